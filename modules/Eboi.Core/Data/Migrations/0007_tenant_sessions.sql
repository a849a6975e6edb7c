-- Sessions issued before this moment are refused (set when the tenant is disabled), so enabling it again does not
-- bring back the sessions that were open when it was turned off.
ALTER TABLE tenants ADD COLUMN sessions_valid_from timestamptz;
