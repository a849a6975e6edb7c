-- Kernel tables. tenants/tenant_hosts are global (no RLS): they are read before a tenant is known.
CREATE TABLE tenants (
    id          uuid PRIMARY KEY,
    slug        text NOT NULL,
    name        text NOT NULL,
    office_name text NOT NULL,
    theme       text NOT NULL,
    state       text NOT NULL DEFAULT 'Active' CHECK (state IN ('Active', 'Disabled')),
    modules     text[] NOT NULL DEFAULT '{}',
    profile     jsonb NOT NULL DEFAULT '{}',
    recipe_name text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ix_tenants_slug ON tenants (slug);

CREATE TABLE tenant_hosts (
    host      text PRIMARY KEY CHECK (host = lower(host)),
    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE
);
CREATE INDEX ix_tenant_hosts_tenant_id ON tenant_hosts (tenant_id);

-- Every tenant-owned table calls this: RLS enabled and FORCEd (the owner is filtered too), one policy that
-- reads the session setting written by TenantSessionInterceptor. No tenant set means no rows (fails closed).
CREATE FUNCTION eboi_enable_rls(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
    EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', tbl);
    EXECUTE format($p$CREATE POLICY tenant_isolation ON %s
        USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)$p$, tbl);
END $$;
