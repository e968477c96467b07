-- No two PPSs of a programme have the same name, in any case: the database keeps each name as names are compared
-- (without the spaces around it, in lower case, set by the application) and refuses a second PPS of the programme
-- with the same one, also when two officers add it at the same moment. It replaces the constraint on the name as
-- typed, which let "PPS Zorg" and "pps zorg" both in.
alter table partnership add column name_key varchar(200);
update partnership set name_key = lower(trim(name));
alter table partnership alter column name_key set not null;
alter table partnership add constraint uq_partnership_name_key unique (programme_id, name_key);
alter table partnership drop constraint uq_partnership_name;
