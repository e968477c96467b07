-- Counts the changes to what a user may do (password, roles, organisation, active). A session
-- remembers the count it logged in with; a session whose count is behind is ended at its next request,
-- so a new password, a lost role or a switched-off account takes effect at once on every session.
alter table user_account add column access_version integer default 0 not null;
