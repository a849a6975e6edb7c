-- E-mail: per-tenant template overrides and the transactional outbox.

CREATE TABLE email_templates (
    tenant_id  uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key        text NOT NULL,
    subject    text NOT NULL,
    body       text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    updated_by text,
    PRIMARY KEY (tenant_id, key)
);
SELECT eboi_enable_rls('email_templates');

-- One row per message, inserted in the same transaction as the change that caused it and rendered at that moment.
CREATE TABLE email_outbox (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    template_key    text NOT NULL,
    to_address      text NOT NULL,
    subject         text NOT NULL,
    body_text       text NOT NULL,
    body_html       text NOT NULL,
    status          text NOT NULL DEFAULT 'Pending' CHECK (status IN ('Pending', 'Sent', 'Failed')),
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz
);
-- The worker claims due rows of every tenant in next_attempt_at order; the index holds only what is still pending.
CREATE INDEX ix_email_outbox_due ON email_outbox (next_attempt_at) WHERE status = 'Pending';
-- Staff of a tenant list its messages newest first.
CREATE INDEX ix_email_outbox_tenant_created ON email_outbox (tenant_id, created_at);
SELECT eboi_enable_rls('email_outbox');

-- The delivery worker serves every tenant from one loop (DESIGN: background jobs), so it cannot run under one
-- tenant. Instead its connection sets the session setting app.scope = 'outbox-worker' (written on every connection
-- open by TenantSessionInterceptor, '' otherwise, like app.tenant_id). These two extra PERMISSIVE policies are
-- OR-ed with tenant_isolation and let that scope read and update outbox rows of all tenants, nothing more: no
-- INSERT or DELETE, and no other table names the scope, so every other table stays strictly per tenant.
-- A request context never sets the scope; like app.tenant_id it guards against forgotten WHERE clauses, not
-- against SQL the application itself chooses to run (shared/reference/stack.md §12).
CREATE POLICY outbox_worker_read ON email_outbox FOR SELECT
    USING (current_setting('app.scope', true) = 'outbox-worker');
CREATE POLICY outbox_worker_update ON email_outbox FOR UPDATE
    USING (current_setting('app.scope', true) = 'outbox-worker')
    WITH CHECK (current_setting('app.scope', true) = 'outbox-worker');
