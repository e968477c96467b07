-- The organisation a mail was queued for: trying it again by hand sends it to the address its recipient has
-- now, provided they are still an active applicant of that organisation. And a mail an administrator
-- withdrew (who, when) instead of having it tried again: it is neither sent nor listed any more. And until when
-- a running attempt has the mail (null: none), so that an administrator neither retries nor withdraws a mail
-- while it is being sent.
alter table outgoing_mail add column organisation_id bigint;
alter table outgoing_mail add column taken_until timestamp;
alter table outgoing_mail add column withdrawn_at timestamp;
alter table outgoing_mail add column withdrawn_by varchar(200);
