-- A password an administrator set (a new account, a reset, the first administrator) is for one login:
-- the user chooses their own before doing anything else.
alter table user_account add column password_change_required boolean default false not null;
