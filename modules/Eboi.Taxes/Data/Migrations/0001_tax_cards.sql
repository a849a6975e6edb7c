-- Kartoteki podatkowe (issue 10): taxpayers, cards with co-obligated taxpayers, subjects of taxation, decisions with
-- instalments, and operations allocated to instalments. External ids come from the gmina's tax system and make
-- imports idempotent; money is numeric(12,2).
CREATE TABLE tax_taxpayers (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    external_id text NOT NULL,
    name        text NOT NULL,
    pesel       text,
    nip         text,
    address     text,
    user_id     uuid,
    linked_by   text,
    linked_at   timestamptz,
    updated_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_tax_taxpayers_tenant_external ON tax_taxpayers (tenant_id, external_id);
-- Linking by PESEL/NIP and "my cards" look these up.
CREATE INDEX ix_tax_taxpayers_user ON tax_taxpayers (tenant_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX ix_tax_taxpayers_pesel ON tax_taxpayers (tenant_id, pesel) WHERE pesel IS NOT NULL;
CREATE INDEX ix_tax_taxpayers_nip ON tax_taxpayers (tenant_id, nip) WHERE nip IS NOT NULL;
SELECT eboi_enable_rls('tax_taxpayers');

CREATE TABLE tax_cards (
    id           uuid PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    external_id  text NOT NULL,
    number       text NOT NULL,
    kind         text NOT NULL,
    bank_account text NOT NULL,
    year         integer NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_tax_cards_tenant_external ON tax_cards (tenant_id, external_id);
CREATE UNIQUE INDEX ux_tax_cards_tenant_number ON tax_cards (tenant_id, number);
SELECT eboi_enable_rls('tax_cards');

CREATE TABLE tax_card_obligors (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    card_id     uuid NOT NULL REFERENCES tax_cards (id) ON DELETE CASCADE,
    taxpayer_id uuid NOT NULL REFERENCES tax_taxpayers (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ux_tax_card_obligors_card_taxpayer ON tax_card_obligors (card_id, taxpayer_id);
CREATE INDEX ix_tax_card_obligors_taxpayer ON tax_card_obligors (taxpayer_id);
SELECT eboi_enable_rls('tax_card_obligors');

CREATE TABLE tax_subjects (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    card_id     uuid NOT NULL REFERENCES tax_cards (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    description text NOT NULL,
    area        numeric(14,4),
    unit        text,
    class       text,
    rate        numeric(12,4),
    amount      numeric(12,2) NOT NULL
);
CREATE INDEX ix_tax_subjects_card ON tax_subjects (card_id);
SELECT eboi_enable_rls('tax_subjects');

CREATE TABLE tax_decisions (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    card_id     uuid NOT NULL REFERENCES tax_cards (id) ON DELETE CASCADE,
    external_id text NOT NULL,
    number      text NOT NULL,
    issued_on   date NOT NULL
);
CREATE UNIQUE INDEX ux_tax_decisions_tenant_external ON tax_decisions (tenant_id, external_id);
CREATE INDEX ix_tax_decisions_card ON tax_decisions (card_id);
SELECT eboi_enable_rls('tax_decisions');

CREATE TABLE tax_instalments (
    id                 uuid PRIMARY KEY,
    tenant_id          uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    card_id            uuid NOT NULL REFERENCES tax_cards (id) ON DELETE CASCADE,
    decision_id        uuid NOT NULL REFERENCES tax_decisions (id) ON DELETE CASCADE,
    title              text NOT NULL,
    year               integer NOT NULL,
    number             integer NOT NULL,
    statutory_due_date date NOT NULL,
    due_date           date NOT NULL,
    amount             numeric(12,2) NOT NULL CHECK (amount >= 0),
    CHECK (due_date >= statutory_due_date)
);
CREATE UNIQUE INDEX ux_tax_instalments_decision_number ON tax_instalments (decision_id, number);
CREATE INDEX ix_tax_instalments_card_due ON tax_instalments (card_id, due_date);
SELECT eboi_enable_rls('tax_instalments');

CREATE TABLE tax_operations (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    card_id     uuid NOT NULL REFERENCES tax_cards (id) ON DELETE CASCADE,
    external_id text NOT NULL,
    date        date NOT NULL,
    amount      numeric(12,2) NOT NULL,
    title       text NOT NULL,
    source      text NOT NULL,
    recorded_at timestamptz NOT NULL
);
-- Idempotency: an import row or an online payment (external id "payment:{id}") is recorded once.
CREATE UNIQUE INDEX ux_tax_operations_tenant_external ON tax_operations (tenant_id, external_id);
CREATE INDEX ix_tax_operations_card_date ON tax_operations (card_id, date);
SELECT eboi_enable_rls('tax_operations');

CREATE TABLE tax_operation_allocations (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    operation_id  uuid NOT NULL REFERENCES tax_operations (id) ON DELETE CASCADE,
    instalment_id uuid NOT NULL REFERENCES tax_instalments (id) ON DELETE CASCADE,
    to_arrears    numeric(12,2) NOT NULL,
    to_interest   numeric(12,2) NOT NULL
);
CREATE INDEX ix_tax_operation_allocations_operation ON tax_operation_allocations (operation_id);
CREATE INDEX ix_tax_operation_allocations_instalment ON tax_operation_allocations (instalment_id);
SELECT eboi_enable_rls('tax_operation_allocations');
