CREATE TABLE content_types (
    id           uuid PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name         text NOT NULL,
    display_name text NOT NULL,
    fields       jsonb NOT NULL DEFAULT '[]',
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ix_content_types_tenant_name ON content_types (tenant_id, name);
SELECT eboi_enable_rls('content_types');

CREATE TABLE content_items (
    id           uuid PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    content_type text NOT NULL,
    key          text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ix_content_items_tenant_type_key ON content_items (tenant_id, content_type, key);
SELECT eboi_enable_rls('content_items');

CREATE TABLE content_versions (
    id              uuid PRIMARY KEY,
    tenant_id       uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    item_id         uuid NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    content_type    text NOT NULL,
    number          integer NOT NULL,
    status          text NOT NULL CHECK (status IN ('Draft', 'Published', 'Archived')),
    title           text NOT NULL,
    slug            text NOT NULL,
    category        text,
    sort_order      integer NOT NULL DEFAULT 0,
    data            jsonb NOT NULL DEFAULT '{}',
    search_keywords text NOT NULL DEFAULT '',
    search_text     text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text,
    published_at    timestamptz,
    -- Weighted Polish search vector: title and keywords (A) above the body (C).
    tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('public.eboi_pl'::regconfig, title), 'A') ||
        setweight(to_tsvector('public.eboi_pl'::regconfig, search_keywords), 'A') ||
        setweight(to_tsvector('public.eboi_pl'::regconfig, search_text), 'C')) STORED
);
CREATE UNIQUE INDEX ix_content_versions_item_number ON content_versions (tenant_id, item_id, number);
-- One published version per item, and published slugs unique per tenant and type.
CREATE UNIQUE INDEX ux_content_versions_published_item ON content_versions (tenant_id, item_id) WHERE status = 'Published';
CREATE UNIQUE INDEX ux_content_versions_published_slug ON content_versions (tenant_id, content_type, slug) WHERE status = 'Published';
CREATE INDEX ix_content_versions_published_type ON content_versions (tenant_id, content_type, category, sort_order) WHERE status = 'Published';
CREATE INDEX ix_content_versions_tsv ON content_versions USING gin (tsv) WHERE status = 'Published';
CREATE INDEX ix_content_versions_title_trgm ON content_versions
    USING gin (immutable_unaccent(lower(title || ' ' || search_keywords)) gin_trgm_ops) WHERE status = 'Published';
SELECT eboi_enable_rls('content_versions');
