CREATE TABLE announcements (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key           text,
    title         text NOT NULL,
    body          text NOT NULL,
    visible_from  date NOT NULL,
    visible_until date,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    updated_by    text,
    office_copy_sent_at timestamptz,
    CHECK (visible_until IS NULL OR visible_until >= visible_from)
);
-- The home page asks for what is visible today: newest start first.
CREATE INDEX ix_announcements_tenant_from ON announcements (tenant_id, visible_from DESC);
CREATE UNIQUE INDEX ux_announcements_tenant_key ON announcements (tenant_id, key) WHERE key IS NOT NULL;
SELECT eboi_enable_rls('announcements');
