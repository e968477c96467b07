-- The award lifecycle: programme, its conditions, the applicant's revisions, the committee's assessments.
-- Amounts are whole euro cents.
create table programme (
    id                   bigint        not null primary key,
    reference            varchar(40)   not null,
    title                varchar(300)  not null,
    organisation_id      bigint        not null,
    requested_cents      bigint        not null,
    conditional_cents    bigint        not null,
    awarded_cents        bigint,
    planned_pps_count    integer,
    status               varchar(30)   not null,
    revision_deadline    date          not null,
    registered_by        varchar(60)   not null,
    registered_at        timestamp     not null,
    process_instance_id  varchar(64),
    version              bigint        not null,
    constraint uq_programme_reference unique (reference),
    constraint fk_programme_organisation foreign key (organisation_id) references organisation (id),
    constraint ck_programme_requested check (requested_cents > 0),
    constraint ck_programme_conditional check (conditional_cents > 0 and conditional_cents <= requested_cents),
    constraint ck_programme_awarded check (awarded_cents is null or (awarded_cents > 0 and awarded_cents <= conditional_cents)),
    constraint ck_programme_status check (status in ('AWAITING_REVISION', 'IN_ASSESSMENT', 'AWARDED', 'REJECTED'))
);

create table award_condition (
    id           bigint         not null primary key,
    programme_id bigint         not null,
    position     integer        not null,
    text         varchar(4000)  not null,
    constraint uq_award_condition_position unique (programme_id, position),
    constraint fk_award_condition_programme foreign key (programme_id) references programme (id)
);

create table revision (
    id            bigint        not null primary key,
    programme_id  bigint        not null,
    round         integer       not null,
    summary       varchar(8000),
    pps_count     integer,
    submitted_by  varchar(60)   not null,
    submitted_at  timestamp     not null,
    constraint uq_revision_round unique (programme_id, round),
    constraint fk_revision_programme foreign key (programme_id) references programme (id)
);

create table condition_answer (
    id           bigint         not null primary key,
    revision_id  bigint         not null,
    condition_id bigint         not null,
    answer       varchar(8000)  not null,
    constraint uq_condition_answer unique (revision_id, condition_id),
    constraint fk_condition_answer_revision foreign key (revision_id) references revision (id),
    constraint fk_condition_answer_condition foreign key (condition_id) references award_condition (id)
);

create table assessment (
    id             bigint        not null primary key,
    programme_id   bigint        not null,
    revision_id    bigint        not null,
    outcome        varchar(20)   not null,
    awarded_cents  bigint,
    reasoning      varchar(8000) not null,
    assessed_by    varchar(60)   not null,
    assessed_at    timestamp     not null,
    constraint uq_assessment_revision unique (revision_id),
    constraint fk_assessment_programme foreign key (programme_id) references programme (id),
    constraint fk_assessment_revision foreign key (revision_id) references revision (id),
    constraint ck_assessment_outcome check (outcome in ('AWARD', 'REJECT')),
    constraint ck_assessment_amount check ((outcome = 'AWARD' and awarded_cents > 0) or (outcome = 'REJECT' and awarded_cents is null))
);

create index ix_programme_organisation on programme (organisation_id);
create index ix_programme_status on programme (status);
