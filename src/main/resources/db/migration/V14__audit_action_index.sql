-- The ledger's reconciliation reads every payment the audit trail recorded by its action.
create index ix_audit_entry_action on audit_entry (action);
