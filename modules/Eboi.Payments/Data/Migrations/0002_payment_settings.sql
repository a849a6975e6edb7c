-- Per-tenant gateway settings (issue 10): merchant and shop ids, gateway address, fee table, timeouts. Secrets (CRC and
-- API keys) are not here: they live in the data folder or the configuration.
CREATE TABLE payment_settings (
    tenant_id            uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    merchant_id          integer NOT NULL CHECK (merchant_id > 0),
    pos_id               integer NOT NULL CHECK (pos_id > 0),
    gateway_url          text,
    fees                 jsonb NOT NULL,
    timeout_minutes      integer NOT NULL CHECK (timeout_minutes > 0),
    expire_after_minutes integer NOT NULL CHECK (expire_after_minutes > 0),
    updated_at           timestamptz NOT NULL
);
-- A merchant account belongs to one gmina: its secrets are filed by merchant id.
CREATE UNIQUE INDEX ux_payment_settings_merchant ON payment_settings (merchant_id);
SELECT eboi_enable_rls('payment_settings');
