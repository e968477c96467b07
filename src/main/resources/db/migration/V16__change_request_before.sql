-- What an approved change request changed from: the tranche's planned date, milestone and amount, and for a
-- budget shift the receiving tranche's amount, as they were the moment it was applied (null before then).
alter table change_request add column previous_date date;
alter table change_request add column previous_milestone varchar(1000);
alter table change_request add column previous_amount_cents bigint;
alter table change_request add column previous_target_amount_cents bigint;
