-- Uploaded documents: metadata with a SHA-256 checksum, content in a table of its own (never read for lists).
create table document (
    id              bigint        not null primary key,
    organisation_id bigint        not null,
    subject         varchar(60)   not null,
    file_name       varchar(200)  not null,
    content_type    varchar(120)  not null,
    size_bytes      bigint        not null,
    sha256          varchar(64)   not null,
    uploaded_by     varchar(60)   not null,
    uploaded_at     timestamp     not null,
    constraint fk_document_organisation foreign key (organisation_id) references organisation (id),
    constraint ck_document_size check (size_bytes > 0)
);

create table document_content (
    document_id bigint  not null primary key,
    content     bytea   not null,
    constraint fk_document_content_document foreign key (document_id) references document (id)
);

-- The documents a submitted revision carries.
create table revision_document (
    revision_id bigint not null,
    document_id bigint not null,
    constraint pk_revision_document primary key (revision_id, document_id),
    constraint fk_revision_document_revision foreign key (revision_id) references revision (id),
    constraint fk_revision_document_document foreign key (document_id) references document (id)
);

create index ix_document_subject on document (subject);
