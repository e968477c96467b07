-- Where each failed login came from: a name is locked out at the address it was guessed from (and everywhere only
-- after many failures from any addresses), so that whoever guesses an officer's password locks out themselves, not
-- the officer. Failures from before count under no address.
alter table login_failure add column client_address varchar(64) default '' not null;
