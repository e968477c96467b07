-- The public-private partnerships (PPSs) a programme funds, with their KPI baselines and targets.
create table partnership (
    id                          bigint        not null primary key,
    programme_id                bigint        not null,
    organisation_id             bigint        not null,
    name                        varchar(200)  not null,
    region                      varchar(100)  not null,
    sector                      varchar(100)  not null,
    lead_institution            varchar(200)  not null,
    companies_baseline          integer       not null,
    companies_target            integer       not null,
    sme_reach_baseline          numeric(5, 2) not null,
    sme_reach_target            numeric(5, 2) not null,
    students_baseline           integer       not null,
    students_target             integer       not null,
    teachers_baseline           integer       not null,
    teachers_target             integer       not null,
    cofinancing_baseline_cents  bigint        not null,
    cofinancing_target_cents    bigint        not null,
    registered_by               varchar(60)   not null,
    registered_at               timestamp     not null,
    constraint uq_partnership_name unique (programme_id, name),
    constraint fk_partnership_programme foreign key (programme_id) references programme (id),
    constraint fk_partnership_organisation foreign key (organisation_id) references organisation (id),
    constraint ck_partnership_companies check (companies_baseline >= 0 and companies_target >= companies_baseline),
    constraint ck_partnership_sme check (sme_reach_baseline >= 0 and sme_reach_target <= 100 and sme_reach_target >= sme_reach_baseline),
    constraint ck_partnership_students check (students_baseline >= 0 and students_target >= students_baseline),
    constraint ck_partnership_teachers check (teachers_baseline >= 0 and teachers_target >= teachers_baseline),
    constraint ck_partnership_cofinancing check (cofinancing_baseline_cents >= 0 and cofinancing_target_cents >= cofinancing_baseline_cents)
);

create index ix_partnership_programme on partnership (programme_id);
create index ix_partnership_organisation on partnership (organisation_id);
