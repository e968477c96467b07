-- Funding: per planned tranche its release state, the progress reports and corrective-action plans,
-- every decision with its reason, the disbursement ledger and change requests.
create table tranche_release (
    tranche_id          bigint       not null primary key,
    partnership_id      bigint       not null,
    programme_id        bigint       not null,
    status              varchar(30)  not null,
    process_instance_id varchar(64),
    reminder_sent_at    timestamp,
    overdue_since       timestamp,
    constraint fk_tranche_release_tranche foreign key (tranche_id) references planned_tranche (id),
    constraint fk_tranche_release_partnership foreign key (partnership_id) references partnership (id),
    constraint ck_tranche_release_status check (status in ('SCHEDULED', 'REPORT_DUE', 'REPORT_OVERDUE',
        'IN_VERIFICATION', 'AWAITING_SECOND_APPROVAL', 'WITHHELD', 'RELEASING', 'RELEASED', 'CANCELLED'))
);
create index ix_tranche_release_partnership on tranche_release (partnership_id);
create index ix_tranche_release_programme on tranche_release (programme_id);

-- What the applicant submits for a tranche: a progress report (KPIs, narrative) or a corrective-action plan.
create table progress_report (
    id                 bigint        not null primary key,
    tranche_id         bigint        not null,
    round_no           integer       not null,
    kind               varchar(20)   not null,
    companies          integer,
    sme_reach          numeric(5, 2),
    students           integer,
    teachers           integer,
    cofinancing_cents  bigint,
    narrative          varchar(4000) not null,
    submitted_by       varchar(60)   not null,
    submitted_at       timestamp     not null,
    constraint uq_progress_report_round unique (tranche_id, round_no),
    constraint fk_progress_report_tranche foreign key (tranche_id) references tranche_release (tranche_id),
    constraint ck_progress_report_kind check (kind in ('REPORT', 'CORRECTIVE_PLAN')),
    constraint ck_progress_report_kpis check (companies is null or (companies >= 0 and students >= 0 and teachers >= 0
        and sme_reach >= 0 and sme_reach <= 100 and cofinancing_cents >= 0))
);

create table progress_report_document (
    report_id   bigint not null,
    document_id bigint not null,
    constraint pk_progress_report_document primary key (report_id, document_id),
    constraint fk_progress_report_document_report foreign key (report_id) references progress_report (id),
    constraint fk_progress_report_document_document foreign key (document_id) references document (id)
);

-- Every decision on a tranche with who took it and why: verification, the decision table's rule,
-- the second approval, an overdue report's extension or cancellation.
create table tranche_decision (
    id           bigint        not null primary key,
    tranche_id   bigint        not null,
    kind         varchar(20)   not null,
    outcome      varchar(40)   not null,
    decided_by   varchar(60)   not null,
    decided_at   timestamp     not null,
    attainment   numeric(6, 2),
    input_amount_cents bigint,
    rule_id      varchar(100),
    explanation  varchar(4000),
    constraint fk_tranche_decision_tranche foreign key (tranche_id) references tranche_release (tranche_id),
    constraint ck_tranche_decision_kind check (kind in ('VERIFICATION', 'RULE', 'APPROVAL', 'OVERDUE'))
);
create index ix_tranche_decision_tranche on tranche_decision (tranche_id);

-- The disbursement ledger. A tranche is paid at most once: the unique constraint holds even when a
-- release job runs twice or two engines race; the application's checks come on top.
create table disbursement (
    id              bigint       not null primary key,
    tranche_id      bigint       not null,
    partnership_id  bigint       not null,
    programme_id    bigint       not null,
    amount_cents    bigint       not null,
    authorised_by   varchar(60)  not null,
    released_at     timestamp    not null,
    constraint uq_disbursement_tranche unique (tranche_id),
    constraint fk_disbursement_tranche foreign key (tranche_id) references tranche_release (tranche_id),
    constraint fk_disbursement_partnership foreign key (partnership_id) references partnership (id),
    constraint ck_disbursement_amount check (amount_cents > 0)
);
create index ix_disbursement_partnership on disbursement (partnership_id);
create index ix_disbursement_programme on disbursement (programme_id);

-- An applicant's request to change a PPS's tranche schedule during execution.
create table change_request (
    id                bigint        not null primary key,
    partnership_id    bigint        not null,
    tranche_id        bigint        not null,
    kind              varchar(20)   not null,
    target_tranche_id bigint,
    new_date          date,
    new_milestone     varchar(1000),
    amount_cents      bigint,
    reason            varchar(4000) not null,
    needs_approval    boolean       not null,
    status            varchar(20)   not null,
    requested_by      varchar(60)   not null,
    requested_at      timestamp     not null,
    decided_by        varchar(60),
    decided_at        timestamp,
    decision_reason   varchar(4000),
    constraint fk_change_request_partnership foreign key (partnership_id) references partnership (id),
    constraint fk_change_request_tranche foreign key (tranche_id) references planned_tranche (id),
    constraint fk_change_request_target foreign key (target_tranche_id) references planned_tranche (id),
    constraint ck_change_request_kind check (kind in ('DELAY', 'CONTENT', 'BUDGET_SHIFT')),
    constraint ck_change_request_status check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    constraint ck_change_request_amount check (amount_cents is null or amount_cents > 0)
);
create index ix_change_request_partnership on change_request (partnership_id);
