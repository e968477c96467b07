-- Mail waiting to go out (a transactional outbox): written in the transaction of the step that asks for it,
-- so a step that rolls back mails nothing, and a step that commits is mailed even when the mail server is
-- away for a while or the application stops before it sent. One row per recipient.
create table outgoing_mail (
    id              bigint        not null primary key,
    occasion        varchar(20)   not null,
    kind            varchar(30)   not null,
    deadline        date          not null,
    object_type     varchar(40)   not null,
    object_id       bigint        not null,
    recipient       varchar(200)  not null,
    address         varchar(254)  not null,
    subject         varchar(1000) not null,
    body            varchar(8000) not null,
    created_at      timestamp     not null,
    attempts        integer       not null,
    -- When the next attempt is due; while an attempt runs, when another node may take it over; null once
    -- the mail went out or was given up.
    next_attempt_at timestamp,
    sent_at         timestamp,
    last_error      varchar(1000),
    version         bigint        not null
);

create index ix_outgoing_mail_due on outgoing_mail (next_attempt_at);
