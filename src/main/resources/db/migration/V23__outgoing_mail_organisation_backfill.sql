-- Mails queued before V22 name no organisation: they take their recipient's organisation, so that trying one again
-- goes, like any other, to the address its recipient has now. A mail whose recipient no longer exists keeps none:
-- it can only be withdrawn.
update outgoing_mail set organisation_id = (select u.organisation_id from user_account u where u.username = outgoing_mail.recipient)
    where organisation_id is null;
