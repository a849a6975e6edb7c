CREATE TABLE form_drafts (
    id           uuid PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id      uuid NOT NULL,
    form_item_id uuid NOT NULL,
    form_version integer NOT NULL,
    form_slug    text NOT NULL,
    form_title   text NOT NULL,
    answers      jsonb NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
-- A citizen's drafts, newest first.
CREATE INDEX ix_form_drafts_tenant_user ON form_drafts (tenant_id, user_id, updated_at DESC);
SELECT eboi_enable_rls('form_drafts');

CREATE TABLE form_submissions (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id          uuid NOT NULL,
    form_item_id     uuid NOT NULL,
    form_version     integer NOT NULL,
    form_slug        text NOT NULL,
    form_title       text NOT NULL,
    answers          jsonb NOT NULL,
    document         text NOT NULL,
    document_sha256  text NOT NULL,
    sender_name      text NOT NULL,
    sender_email     text NOT NULL,
    sender_pesel     text,
    sender_nip       text,
    department       text NOT NULL,
    department_email text,
    submitted_at     timestamptz NOT NULL,
    upo_id           uuid NOT NULL,
    upo_xml          text NOT NULL
);
CREATE INDEX ix_form_submissions_tenant_user ON form_submissions (tenant_id, user_id, submitted_at DESC);
CREATE INDEX ix_form_submissions_tenant_submitted ON form_submissions (tenant_id, submitted_at DESC);
CREATE UNIQUE INDEX ux_form_submissions_upo ON form_submissions (tenant_id, upo_id);
SELECT eboi_enable_rls('form_submissions');

CREATE TABLE form_attachments (
    id           uuid PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id      uuid NOT NULL,
    parent_id    uuid NOT NULL,
    field        text NOT NULL,
    file_name    text NOT NULL,
    content_type text NOT NULL,
    size         bigint NOT NULL,
    sha256       text NOT NULL,
    file_key     text NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX ix_form_attachments_tenant_parent ON form_attachments (tenant_id, parent_id);
SELECT eboi_enable_rls('form_attachments');

CREATE TABLE upo_signing_keys (
    id                    uuid PRIMARY KEY,
    tenant_id             uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    certificate           bytea NOT NULL,
    protected_private_key text NOT NULL,
    created_at            timestamptz NOT NULL
);
-- One key per tenant: two first submissions racing both try to create it, one wins.
CREATE UNIQUE INDEX ux_upo_signing_keys_tenant ON upo_signing_keys (tenant_id);
SELECT eboi_enable_rls('upo_signing_keys');
