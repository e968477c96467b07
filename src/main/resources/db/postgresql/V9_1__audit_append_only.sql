-- PostgreSQL only: the database itself refuses to change or delete audit entries.
create or replace function ngf_audit_append_only() returns trigger as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$ language plpgsql;

create trigger tr_audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function ngf_audit_append_only();

create trigger tr_audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function ngf_audit_append_only();
