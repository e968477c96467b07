-- PostgreSQL only: what an applicant submitted (revised plans, their answers and documents, a report's evidence)
-- and what was checked, judged, decided and said on a file is never changed or removed afterwards, by the
-- application or behind its back. The function is the funding records' (V9_2).
create trigger tr_revision_append_only before update or delete on revision
    for each row execute function ngf_append_only();
create trigger tr_condition_answer_append_only before update or delete on condition_answer
    for each row execute function ngf_append_only();
create trigger tr_revision_document_append_only before update or delete on revision_document
    for each row execute function ngf_append_only();
create trigger tr_document_append_only before update or delete on document
    for each row execute function ngf_append_only();
create trigger tr_document_content_append_only before update or delete on document_content
    for each row execute function ngf_append_only();
create trigger tr_progress_report_document_append_only before update or delete on progress_report_document
    for each row execute function ngf_append_only();
create trigger tr_completeness_check_append_only before update or delete on completeness_check
    for each row execute function ngf_append_only();
create trigger tr_assessment_append_only before update or delete on assessment
    for each row execute function ngf_append_only();
create trigger tr_condition_verdict_append_only before update or delete on condition_verdict
    for each row execute function ngf_append_only();
create trigger tr_deadline_decision_append_only before update or delete on deadline_decision
    for each row execute function ngf_append_only();
create trigger tr_programme_event_append_only before update or delete on programme_event
    for each row execute function ngf_append_only();
create trigger tr_programme_comment_append_only before update or delete on programme_comment
    for each row execute function ngf_append_only();
