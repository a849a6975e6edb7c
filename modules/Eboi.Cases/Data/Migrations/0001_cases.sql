-- Sprawy (issue 11): cases with their znak, stages, parties (linked to accounts by PESEL/NIP), documents with PDF
-- files, messages to the officer, the inbox the EZD pulls, and the register's case counters. External ids come from
-- the gmina's EZD and make its upserts idempotent; cases kept in the staff register have none.
CREATE TABLE cases (
    id                 uuid PRIMARY KEY,
    tenant_id          uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    external_id        text,
    sign               text NOT NULL,
    title              text NOT NULL,
    jrwa               text NOT NULL,
    jrwa_name          text,
    status             text NOT NULL,
    started_on         date NOT NULL,
    closed_on          date,
    officer_name       text,
    officer_department text,
    officer_phone      text,
    officer_email      text,
    updated_at         timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_cases_tenant_sign ON cases (tenant_id, sign);
CREATE UNIQUE INDEX ux_cases_tenant_external ON cases (tenant_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX ix_cases_tenant_started ON cases (tenant_id, started_on DESC);
SELECT eboi_enable_rls('cases');

CREATE TABLE case_stages (
    id        uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    case_id   uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    name      text NOT NULL,
    date      date NOT NULL,
    note      text
);
CREATE INDEX ix_case_stages_case ON case_stages (case_id, position);
SELECT eboi_enable_rls('case_stages');

CREATE TABLE case_parties (
    id        uuid PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    case_id   uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    name      text NOT NULL,
    pesel     text,
    nip       text,
    user_id   uuid,
    linked_at timestamptz
);
CREATE INDEX ix_case_parties_case ON case_parties (case_id);
-- "My cases" and linking by PESEL/NIP look these up.
CREATE INDEX ix_case_parties_user ON case_parties (tenant_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX ix_case_parties_pesel ON case_parties (tenant_id, pesel) WHERE pesel IS NOT NULL AND user_id IS NULL;
CREATE INDEX ix_case_parties_nip ON case_parties (tenant_id, nip) WHERE nip IS NOT NULL AND user_id IS NULL;
SELECT eboi_enable_rls('case_parties');

CREATE TABLE case_documents (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    case_id         uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    external_id     text,
    direction       text NOT NULL,
    register_number text,
    title           text NOT NULL,
    document_date   date NOT NULL,
    registered_on   date,
    updated_at      timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_case_documents_tenant_external ON case_documents (tenant_id, external_id) WHERE external_id IS NOT NULL;
CREATE INDEX ix_case_documents_case ON case_documents (case_id, document_date);
SELECT eboi_enable_rls('case_documents');

CREATE TABLE case_document_files (
    id           uuid PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    document_id  uuid NOT NULL REFERENCES case_documents (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    file_name    text NOT NULL,
    content_type text NOT NULL,
    size         bigint NOT NULL,
    sha256       text NOT NULL,
    storage_key  text NOT NULL
);
CREATE INDEX ix_case_document_files_document ON case_document_files (document_id, position);
SELECT eboi_enable_rls('case_document_files');

CREATE TABLE case_inbox (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kind             text NOT NULL,
    sender_user_id   uuid NOT NULL,
    title            text NOT NULL,
    body             jsonb NOT NULL,
    attachments      jsonb NOT NULL,
    case_sign        text,
    created_at       timestamptz NOT NULL,
    acknowledged_at  timestamptz,
    register_number  text
);
-- The EZD's pull: what is not acknowledged yet, oldest first (ids are UUIDv7, so by time).
CREATE INDEX ix_case_inbox_pending ON case_inbox (tenant_id, id) WHERE acknowledged_at IS NULL;
CREATE INDEX ix_case_inbox_sender ON case_inbox (tenant_id, sender_user_id, created_at DESC);
SELECT eboi_enable_rls('case_inbox');

CREATE TABLE case_messages (
    id             uuid PRIMARY KEY,
    tenant_id      uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    case_id        uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    sender_user_id uuid NOT NULL,
    subject        text NOT NULL,
    body           text NOT NULL,
    sent_at        timestamptz NOT NULL,
    inbox_item_id  uuid NOT NULL REFERENCES case_inbox (id)
);
CREATE INDEX ix_case_messages_case ON case_messages (case_id, sent_at);
CREATE INDEX ix_case_messages_tenant_sent ON case_messages (tenant_id, sent_at DESC);
SELECT eboi_enable_rls('case_messages');

CREATE TABLE case_counters (
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    unit        text NOT NULL,
    jrwa        text NOT NULL,
    year        integer NOT NULL,
    last_number integer NOT NULL,
    PRIMARY KEY (tenant_id, unit, jrwa, year)
);
SELECT eboi_enable_rls('case_counters');
