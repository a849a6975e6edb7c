-- Online payments (issue 10): the per-tenant, per-year reference counter, payments with their lines, and the journal
-- of every gateway notification received (accepted or not). Every table: tenant_id + RLS.
CREATE TABLE payment_counters (
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    year      integer NOT NULL,
    last      integer NOT NULL,
    PRIMARY KEY (tenant_id, year)
);
SELECT eboi_enable_rls('payment_counters');

CREATE TABLE payments (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    reference        text NOT NULL,
    source           text NOT NULL,
    payer_user_id    uuid NOT NULL,
    payer_email      text NOT NULL,
    description      text NOT NULL CHECK (length(description) <= 200),
    amount           numeric(12,2) NOT NULL CHECK (amount > 0),
    commission       numeric(12,2) NOT NULL CHECK (commission >= 0),
    total            numeric(12,2) NOT NULL CHECK (total = amount + commission),
    currency         text NOT NULL,
    state            text NOT NULL CHECK (state IN ('utworzona', 'rozpoczeta', 'oplacona', 'odrzucona', 'anulowana', 'wygasla')),
    idempotency_key  text NOT NULL,
    return_path      text NOT NULL,
    gateway_token    text,
    gateway_order_id bigint,
    created_at       timestamptz NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz
);
CREATE UNIQUE INDEX ux_payments_tenant_reference ON payments (tenant_id, reference);
-- Creation is idempotent: the same payer's key finds the payment already made.
CREATE UNIQUE INDEX ux_payments_tenant_payer_key ON payments (tenant_id, payer_user_id, idempotency_key);
-- The citizen's history (newest first) and the reconciliation job's "started too long ago".
CREATE INDEX ix_payments_tenant_payer_created ON payments (tenant_id, payer_user_id, created_at DESC);
CREATE INDEX ix_payments_state_started ON payments (state, started_at) WHERE state IN ('utworzona', 'rozpoczeta');
SELECT eboi_enable_rls('payments');

CREATE TABLE payment_lines (
    id         uuid PRIMARY KEY,
    tenant_id  uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    payment_id uuid NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    item_ref   text NOT NULL,
    title      text NOT NULL,
    amount     numeric(12,2) NOT NULL CHECK (amount > 0),
    UNIQUE (payment_id, position)
);
SELECT eboi_enable_rls('payment_lines');

CREATE TABLE payment_notifications (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    payment_id  uuid REFERENCES payments (id) ON DELETE SET NULL,
    session_id  text NOT NULL,
    raw_body    text NOT NULL,
    verdict     text NOT NULL,
    detail      text,
    received_at timestamptz NOT NULL
);
CREATE INDEX ix_payment_notifications_payment ON payment_notifications (tenant_id, payment_id, received_at);
SELECT eboi_enable_rls('payment_notifications');
