-- The allocation of a programme's awarded amount over its PPSs, each with a tranche schedule.
create table allocation (
    id              bigint       not null primary key,
    programme_id    bigint       not null,
    partnership_id  bigint       not null,
    amount_cents    bigint       not null,
    allocated_by    varchar(60)  not null,
    allocated_at    timestamp    not null,
    constraint uq_allocation_partnership unique (partnership_id),
    constraint fk_allocation_programme foreign key (programme_id) references programme (id),
    constraint fk_allocation_partnership foreign key (partnership_id) references partnership (id),
    constraint ck_allocation_amount check (amount_cents > 0)
);

create table planned_tranche (
    id             bigint        not null primary key,
    allocation_id  bigint        not null,
    sequence_no    integer       not null,
    amount_cents   bigint        not null,
    planned_date   date          not null,
    milestone      varchar(1000) not null,
    constraint uq_planned_tranche unique (allocation_id, sequence_no),
    constraint fk_planned_tranche_allocation foreign key (allocation_id) references allocation (id),
    constraint ck_planned_tranche_amount check (amount_cents > 0)
);

create index ix_allocation_programme on allocation (programme_id);
