-- A withheld tranche's corrective-action plan has a deadline: past it the tranche is PLAN_OVERDUE and a
-- grant officer extends the deadline or cancels the tranche (a PLAN_OVERDUE decision).
alter table tranche_release drop constraint ck_tranche_release_status;
alter table tranche_release add constraint ck_tranche_release_status check (status in ('SCHEDULED', 'REPORT_DUE',
    'REPORT_OVERDUE', 'IN_VERIFICATION', 'AWAITING_SECOND_APPROVAL', 'WITHHELD', 'PLAN_OVERDUE', 'RELEASING', 'RELEASED',
    'CANCELLED'));
alter table tranche_decision drop constraint ck_tranche_decision_kind;
alter table tranche_decision add constraint ck_tranche_decision_kind check (kind in ('VERIFICATION', 'RULE', 'APPROVAL',
    'OVERDUE', 'PLAN_OVERDUE'));
-- The corrective-action plan's current deadline (a date, ending 23:59:59 Dutch time), for the PPS page and the audit.
alter table tranche_release add column plan_due date;
