-- The full award lifecycle: completeness checks, per-condition verdicts, revision rounds,
-- deadline decisions (extend / withdraw) and the events the model records (reminder, deadline passed).

alter table programme drop constraint ck_programme_status;
alter table programme add constraint ck_programme_status check (status in
    ('AWAITING_REVISION', 'COMPLETENESS_CHECK', 'IN_ASSESSMENT', 'DEADLINE_PASSED', 'AWARDED', 'REJECTED', 'WITHDRAWN'));

alter table assessment drop constraint ck_assessment_outcome;
alter table assessment drop constraint ck_assessment_amount;
alter table assessment add constraint ck_assessment_outcome check (outcome in ('AWARD', 'REVISE_AGAIN', 'REJECT'));
alter table assessment add constraint ck_assessment_amount check
    ((outcome = 'AWARD' and awarded_cents > 0) or (outcome <> 'AWARD' and awarded_cents is null));

create table completeness_check (
    id           bigint        not null primary key,
    programme_id bigint        not null,
    revision_id  bigint        not null,
    complete     boolean       not null,
    remarks      varchar(8000),
    checked_by   varchar(60)   not null,
    checked_at   timestamp     not null,
    constraint uq_completeness_check_revision unique (revision_id),
    constraint fk_completeness_check_programme foreign key (programme_id) references programme (id),
    constraint fk_completeness_check_revision foreign key (revision_id) references revision (id),
    constraint ck_completeness_check_remarks check (complete or remarks is not null)
);

create table condition_verdict (
    id            bigint        not null primary key,
    assessment_id bigint        not null,
    condition_id  bigint        not null,
    met           boolean       not null,
    reasoning     varchar(8000) not null,
    constraint uq_condition_verdict unique (assessment_id, condition_id),
    constraint fk_condition_verdict_assessment foreign key (assessment_id) references assessment (id),
    constraint fk_condition_verdict_condition foreign key (condition_id) references award_condition (id)
);

create table deadline_decision (
    id            bigint        not null primary key,
    programme_id  bigint        not null,
    decision      varchar(20)   not null,
    old_deadline  date          not null,
    new_deadline  date,
    reason        varchar(8000),
    decided_by    varchar(60)   not null,
    decided_at    timestamp     not null,
    constraint fk_deadline_decision_programme foreign key (programme_id) references programme (id),
    constraint ck_deadline_decision check ((decision = 'EXTEND' and new_deadline is not null)
        or (decision = 'WITHDRAW' and reason is not null))
);

create table programme_event (
    id           bigint       not null primary key,
    programme_id bigint       not null,
    kind         varchar(30)  not null,
    occurred_at  timestamp    not null,
    deadline     date,
    constraint fk_programme_event_programme foreign key (programme_id) references programme (id),
    constraint ck_programme_event_kind check (kind in ('REMINDER_SENT', 'DEADLINE_PASSED'))
);

create index ix_completeness_check_programme on completeness_check (programme_id);
create index ix_deadline_decision_programme on deadline_decision (programme_id);
create index ix_programme_event_programme on programme_event (programme_id);
