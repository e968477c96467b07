-- PostgreSQL only: a programme's closure is never changed or removed afterwards.
create trigger tr_programme_closure_append_only before update or delete on programme_closure
    for each row execute function ngf_append_only();
