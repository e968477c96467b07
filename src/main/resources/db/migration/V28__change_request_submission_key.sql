-- The form a change request was sent from, one key per form: the same form sent twice (a double click, the browser's
-- back button) records one request, and a budget shift small enough to apply at once shifts the money once. Requests
-- from before have none; a unique constraint allows any number of those.
alter table change_request add column submission_key varchar(36);
alter table change_request add constraint uq_change_request_submission unique (submission_key);
