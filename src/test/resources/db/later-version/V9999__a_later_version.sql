-- A migration of a later version of the application than the one under test (SchemaMigrationsTest).
create table a_later_version_table (id integer not null primary key);
