-- PostgreSQL only: what was paid, reported and decided is never changed or removed afterwards.
create or replace function ngf_append_only() returns trigger as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$ language plpgsql;

create trigger tr_disbursement_append_only before update or delete on disbursement
    for each row execute function ngf_append_only();
create trigger tr_progress_report_append_only before update or delete on progress_report
    for each row execute function ngf_append_only();
create trigger tr_tranche_decision_append_only before update or delete on tranche_decision
    for each row execute function ngf_append_only();
