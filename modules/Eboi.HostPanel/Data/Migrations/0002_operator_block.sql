-- An operator blocked by another (CLI: eboi operator block) cannot sign in until unblocked; apart from the lockout
-- after failed logins, which a password reset clears.
ALTER TABLE host_operators ADD COLUMN blocked_at timestamptz;
