-- Notification preferences per category and channel (jsonb: what is queried lives elsewhere).
ALTER TABLE users ADD COLUMN notifications jsonb NOT NULL DEFAULT '{}';
