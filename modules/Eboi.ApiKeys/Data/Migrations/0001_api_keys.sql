CREATE TABLE api_keys (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    scope         text NOT NULL,
    name          text NOT NULL,
    prefix        text NOT NULL,
    -- SHA-256 of the 256-bit secret; the raw key is never stored.
    secret_hash   bytea NOT NULL CHECK (octet_length(secret_hash) = 32),
    created_at    timestamptz NOT NULL,
    created_by    text,
    revoked_at    timestamptz,
    revoked_by    text,
    last_used_at  timestamptz
);
-- Every API request looks its key up by prefix.
CREATE UNIQUE INDEX ux_api_keys_tenant_prefix ON api_keys (tenant_id, prefix);
SELECT eboi_enable_rls('api_keys');
