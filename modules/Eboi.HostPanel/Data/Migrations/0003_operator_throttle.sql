-- Failed operator logins are limited per login and source in memory (LoginThrottle), not by a lock on the account
-- that anyone could set off from anywhere.
ALTER TABLE host_operators DROP COLUMN failed_logins, DROP COLUMN locked_until;
