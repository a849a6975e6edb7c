-- A block imposed by staff is its own state, apart from Identity's lockout after failed logins: a password reset
-- clears a lockout, never a block, and only staff lift it. Accounts locked by staff until the end of time (how the
-- block was kept before) become blocked.
ALTER TABLE users ADD COLUMN blocked_at timestamptz;
UPDATE users SET blocked_at = now(), lockout_end = NULL WHERE lockout_end > now() + interval '100 years';
