-- The form a PPS was added from, one key per form: the same form sent twice (a double click) adds the PPS once. PPSs
-- from before have none; a unique constraint allows any number of those.
alter table partnership add column submission_key varchar(36);
alter table partnership add constraint uq_partnership_submission unique (submission_key);
