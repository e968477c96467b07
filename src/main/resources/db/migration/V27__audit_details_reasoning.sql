-- A decision's audit entry carries why it was taken, the reasoning whole (AuditTrail.quoted): with a verdict per condition
-- that runs past the 4000 characters an entry's details had. Widening the column changes no entry, and so no hash.
alter table audit_entry alter column details set data type varchar(32000);
