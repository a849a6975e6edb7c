-- Host-level directory of the services each office offers (the SEKAP model: pick a service, see the offices).
-- Public data projected from published service cards. Everyone may read it; a tenant writes only its own rows.
CREATE TABLE service_directory (
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    service_key text NOT NULL,
    title       text NOT NULL,
    slug        text NOT NULL,
    online      boolean NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, service_key)
);
CREATE INDEX ix_service_directory_key ON service_directory (service_key);
ALTER TABLE service_directory ENABLE ROW LEVEL SECURITY;
ALTER TABLE service_directory FORCE ROW LEVEL SECURITY;
CREATE POLICY directory_read ON service_directory FOR SELECT USING (true);
CREATE POLICY tenant_isolation ON service_directory
    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
