-- Programme references are numbered per year without gaps (NGF-2026-001, NGF-2026-002, ...) from one
-- counter row that each registration locks. It continues after the highest reference already given in the
-- latest year, so no reference is ever given twice.
create table programme_numbering (
    id             integer not null,
    reference_year integer not null,
    last_number    integer not null,
    constraint pk_programme_numbering primary key (id)
);
insert into programme_numbering (id, reference_year, last_number) values (1, 0, 0);
update programme_numbering
   set reference_year = coalesce((select max(cast(substring(reference from 5 for 4) as integer)) from programme), 0);
update programme_numbering
   set last_number = coalesce((select max(cast(substring(reference from 10) as integer)) from programme
                                where cast(substring(reference from 5 for 4) as integer) = programme_numbering.reference_year), 0);
