-- The audit trail: append-only, each entry chained to the one before by a SHA-256 hash. Entries get
-- their sequence number under a lock on audit_head, so the chain never forks.
create table audit_entry (
    seq            bigint        not null primary key,
    recorded_at    timestamp     not null,
    actor          varchar(60)   not null,
    action         varchar(60)   not null,
    object_type    varchar(40)   not null,
    object_id      varchar(64)   not null,
    details        varchar(4000),
    previous_hash  varchar(64)   not null,
    hash           varchar(64)   not null,
    constraint uq_audit_entry_hash unique (hash)
);
create index ix_audit_entry_object on audit_entry (object_type, object_id);
create index ix_audit_entry_actor on audit_entry (actor);
create index ix_audit_entry_recorded on audit_entry (recorded_at);

create table audit_head (
    id         integer     not null primary key,
    last_seq   bigint      not null,
    last_hash  varchar(64) not null,
    constraint ck_audit_head_single check (id = 1)
);
insert into audit_head (id, last_seq, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
