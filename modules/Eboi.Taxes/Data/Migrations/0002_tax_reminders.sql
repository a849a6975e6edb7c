-- Reminders of instalment due dates (issue 10 §6): one row per instalment and kind once the reminder event was
-- published, in the same transaction, so a rerun or a second node never reminds twice.
CREATE TABLE tax_reminders (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    instalment_id uuid NOT NULL REFERENCES tax_instalments (id) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('przed-terminem', 'po-terminie')),
    sent_at       timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_tax_reminders_tenant_instalment_kind ON tax_reminders (tenant_id, instalment_id, kind);
CREATE INDEX ix_tax_reminders_instalment ON tax_reminders (instalment_id);
SELECT eboi_enable_rls('tax_reminders');
