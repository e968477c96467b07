-- Users, organisations and roles. Portable between H2 and PostgreSQL.
create sequence ngf_id_seq start with 1000 increment by 50;

create table organisation (
    id      bigint       not null primary key,
    code    varchar(40)  not null,
    name    varchar(200) not null,
    constraint uq_organisation_code unique (code)
);

create table user_account (
    id              bigint       not null primary key,
    username        varchar(60)  not null,
    display_name    varchar(200) not null,
    -- Jakarta Security Pbkdf2PasswordHash format: algorithm:iterations:salt:hash
    password_hash   varchar(500) not null,
    organisation_id bigint,
    active          boolean      not null,
    constraint uq_user_account_username unique (username),
    constraint fk_user_account_organisation foreign key (organisation_id) references organisation (id)
);

create table user_role (
    user_id bigint      not null,
    role    varchar(40) not null,
    constraint pk_user_role primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references user_account (id),
    constraint ck_user_role_role check (role in ('grant-officer', 'committee-member', 'applicant', 'administrator'))
);
