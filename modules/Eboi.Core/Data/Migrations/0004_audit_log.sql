-- The tenant's audit log (logins, failures, lockouts, role changes, verifications, publications). Append-only for
-- the application role: it may insert and read, never change or delete an entry.
CREATE TABLE audit_log (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    at        timestamptz NOT NULL,
    event     text NOT NULL,
    actor_id  uuid,
    actor     text,
    subject   text NOT NULL,
    details   text,
    ip        text
);
CREATE INDEX ix_audit_log_tenant_at ON audit_log (tenant_id, at DESC);
CREATE INDEX ix_audit_log_tenant_event ON audit_log (tenant_id, event, at DESC);
SELECT eboi_enable_rls('audit_log');
