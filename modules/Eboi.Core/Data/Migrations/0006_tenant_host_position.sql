-- The order of a tenant's host names: the first is its canonical address, the one every absolute link is built on
-- (mail, redirects, APIs), never the request's Host header.
ALTER TABLE tenant_hosts ADD COLUMN position integer NOT NULL DEFAULT 0;
