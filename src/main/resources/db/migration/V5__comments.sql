-- Comments on a programme by grant officers and applicants, shown in order with author and time.
create table programme_comment (
    id           bigint        not null primary key,
    programme_id bigint        not null,
    author       varchar(60)   not null,
    author_name  varchar(200)  not null,
    text         varchar(4000) not null,
    created_at   timestamp     not null,
    constraint fk_programme_comment_programme foreign key (programme_id) references programme (id)
);

create index ix_programme_comment_programme on programme_comment (programme_id, created_at);
