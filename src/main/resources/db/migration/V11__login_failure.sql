-- Failed logins per user name (lower case) within the lock-out period, shared by every node of the
-- application; rows older than the period are deleted as new failures come in.
create table login_failure (
    id           bigint       not null primary key,
    username_key varchar(200) not null,
    failed_at    timestamp    not null
);

create index ix_login_failure_user on login_failure (username_key, failed_at);
create index ix_login_failure_at on login_failure (failed_at);
