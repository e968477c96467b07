-- The form a conditional award was registered from, one key per form: the same form sent twice (a double click, the
-- browser's back button) registers one programme, with one case and one task for the applicant. Programmes from before
-- have none; a unique constraint allows any number of those.
alter table programme add column submission_key varchar(36);
alter table programme add constraint uq_programme_submission unique (submission_key);
