-- A tranche's milestone gets a measurable part: the KPI and the value the PPS is to reach by then.
-- Tranches planned before this keep only their description (both columns empty).
alter table planned_tranche add column milestone_kpi varchar(20);
alter table planned_tranche add column milestone_target numeric(15, 2);
alter table planned_tranche add constraint ck_planned_tranche_target
    check ((milestone_kpi is null and milestone_target is null)
        or (milestone_kpi in ('COMPANIES', 'SME_REACH', 'STUDENTS', 'TEACHERS', 'COFINANCING') and milestone_target >= 0));
-- The verification keeps, beside the attainment the officer found, the one the report's figures give.
alter table tranche_decision add column measured_attainment numeric(20, 2);
-- A change of milestone sets its KPI value too, and keeps the one it replaced.
alter table change_request add column new_milestone_kpi varchar(20);
alter table change_request add column new_milestone_target numeric(15, 2);
alter table change_request add column previous_milestone_kpi varchar(20);
alter table change_request add column previous_milestone_target numeric(15, 2);
