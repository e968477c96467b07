-- The form a comment was posted from, one key per form: the same form sent twice (a double click) posts the comment
-- once. Comments from before have none; a unique constraint allows any number of those.
alter table programme_comment add column submission_key varchar(36);
alter table programme_comment add constraint uq_programme_comment_submission unique (submission_key);
