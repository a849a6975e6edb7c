-- A citizen's online request to link the account to their identity (the staff decide in the panel).
ALTER TABLE users ADD COLUMN verification_requested_at timestamptz;
ALTER TABLE users ADD COLUMN verification_note text;
