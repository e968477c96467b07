-- A user's e-mail address (optional): where reminders before a deadline go.
alter table user_account add column email varchar(254);
