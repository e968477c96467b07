-- A programme's final settlement: every tranche of every PPS released or cancelled. At most one per
-- programme (the primary key); the engine keeps the history of all the programme's cases until
-- history_kept_until (the closure plus the configured time-to-live).
create table programme_closure (
    programme_id       bigint    not null primary key,
    closed_at          timestamp not null,
    released_cents     bigint    not null,
    released_tranches  integer   not null,
    cancelled_tranches integer   not null,
    history_kept_until timestamp not null,
    constraint fk_programme_closure_programme foreign key (programme_id) references programme (id),
    constraint ck_programme_closure_released check (released_cents >= 0)
);
