-- A decision of the decision table keeps which version of the table took it: a table changed in workflows/ is deployed
-- as its next version, and an auditor reads a decision against the thresholds it was taken on. Decisions taken before
-- this keep none (their rule and description say what the table said then).
alter table tranche_decision add column table_version integer;
