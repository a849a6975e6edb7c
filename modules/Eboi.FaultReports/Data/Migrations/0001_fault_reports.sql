-- Fault reports (usterki): categories with their department, reports with a location, photos, the public timeline,
-- staff notes, per-tenant map settings and the per-tenant, per-year number counter. Every table: tenant_id + RLS.
CREATE TABLE fault_categories (
    id               uuid PRIMARY KEY,
    tenant_id        uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key              text NOT NULL,
    name             text NOT NULL,
    department_name  text NOT NULL,
    department_email text NOT NULL,
    active           boolean NOT NULL DEFAULT true,
    sort_order       integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX ux_fault_categories_tenant_key ON fault_categories (tenant_id, key);
SELECT eboi_enable_rls('fault_categories');

CREATE TABLE fault_map_settings (
    tenant_id   uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    min_lat     double precision NOT NULL,
    min_lon     double precision NOT NULL,
    max_lat     double precision NOT NULL,
    max_lon     double precision NOT NULL,
    tile_url    text NOT NULL,
    attribution text NOT NULL,
    CHECK (min_lat < max_lat AND min_lon < max_lon)
);
SELECT eboi_enable_rls('fault_map_settings');

CREATE TABLE fault_report_counters (
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    year      integer NOT NULL,
    last      integer NOT NULL,
    PRIMARY KEY (tenant_id, year)
);
SELECT eboi_enable_rls('fault_report_counters');

CREATE TABLE fault_reports (
    id                 uuid PRIMARY KEY,
    tenant_id          uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    number             text NOT NULL,
    demo_key           text,
    title              text NOT NULL CHECK (length(title) <= 120),
    description        text NOT NULL CHECK (length(description) <= 4000),
    latitude           double precision NOT NULL,
    longitude          double precision NOT NULL,
    -- x = longitude, y = latitude: the GiST index answers the map's bounding box (location <@ box).
    location           point NOT NULL,
    address            text NOT NULL,
    category_id        uuid NOT NULL REFERENCES fault_categories (id),
    status             text NOT NULL,
    moderation         text NOT NULL,
    is_public          boolean NOT NULL DEFAULT false,
    reporter_user_id   uuid,
    reporter_name      text NOT NULL,
    reporter_email     text NOT NULL,
    reporter_phone     text,
    confirm_token_hash text,
    confirm_expires_at timestamptz,
    duplicate_of       text,
    assigned_role      text,
    assigned_user_id   uuid,
    source             text NOT NULL DEFAULT 'web',
    created_at         timestamptz NOT NULL,
    confirmed_at       timestamptz,
    updated_at         timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_fault_reports_tenant_number ON fault_reports (tenant_id, number);
CREATE UNIQUE INDEX ux_fault_reports_tenant_demo ON fault_reports (tenant_id, demo_key) WHERE demo_key IS NOT NULL;
CREATE UNIQUE INDEX ux_fault_reports_confirm ON fault_reports (confirm_token_hash) WHERE confirm_token_hash IS NOT NULL;
CREATE INDEX ix_fault_reports_location ON fault_reports USING gist (location);
CREATE INDEX ix_fault_reports_tenant_created ON fault_reports (tenant_id, created_at DESC);
CREATE INDEX ix_fault_reports_reporter ON fault_reports (tenant_id, reporter_user_id) WHERE reporter_user_id IS NOT NULL;
SELECT eboi_enable_rls('fault_reports');

CREATE TABLE fault_photos (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    report_id   uuid NOT NULL REFERENCES fault_reports (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position BETWEEN 1 AND 3),
    file_key    text NOT NULL,
    width       integer NOT NULL,
    height      integer NOT NULL,
    hidden      boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL
);
CREATE UNIQUE INDEX ux_fault_photos_report_position ON fault_photos (report_id, position);
SELECT eboi_enable_rls('fault_photos');

CREATE TABLE fault_updates (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    report_id   uuid NOT NULL REFERENCES fault_reports (id) ON DELETE CASCADE,
    status      text NOT NULL,
    note        text,
    created_at  timestamptz NOT NULL
);
CREATE INDEX ix_fault_updates_report ON fault_updates (report_id, created_at);
SELECT eboi_enable_rls('fault_updates');

CREATE TABLE fault_notes (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    report_id   uuid NOT NULL REFERENCES fault_reports (id) ON DELETE CASCADE,
    author      text NOT NULL,
    text        text NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX ix_fault_notes_report ON fault_notes (report_id, created_at);
SELECT eboi_enable_rls('fault_notes');
