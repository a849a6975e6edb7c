-- Workflows: per-tenant definitions with their kept versions, instances, journals, staff notifications and settings.

CREATE TABLE workflow_definitions (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    key           text NOT NULL,
    title         text NOT NULL,
    trigger_event text NOT NULL,
    trigger_cron  text,
    enabled       boolean NOT NULL,
    version       integer NOT NULL CHECK (version >= 1),
    graph         jsonb NOT NULL,
    next_fire_at  timestamptz,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    updated_by    text
);
CREATE UNIQUE INDEX ux_workflow_definitions_tenant_key ON workflow_definitions (tenant_id, key);
-- The event sink looks up enabled definitions by trigger.
CREATE INDEX ix_workflow_definitions_trigger ON workflow_definitions (tenant_id, trigger_event) WHERE enabled;
-- The cron starter finds due timer workflows of every tenant.
CREATE INDEX ix_workflow_definitions_fire ON workflow_definitions (next_fire_at) WHERE enabled AND next_fire_at IS NOT NULL;
SELECT eboi_enable_rls('workflow_definitions');

CREATE TABLE workflow_versions (
    definition_id uuid NOT NULL REFERENCES workflow_definitions (id) ON DELETE CASCADE,
    version       integer NOT NULL,
    tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    title         text NOT NULL,
    trigger_event text NOT NULL,
    trigger_cron  text,
    graph         jsonb NOT NULL,
    created_at    timestamptz NOT NULL,
    created_by    text,
    PRIMARY KEY (definition_id, version)
);
CREATE INDEX ix_workflow_versions_tenant ON workflow_versions (tenant_id);
SELECT eboi_enable_rls('workflow_versions');

CREATE TABLE workflow_instances (
    id                uuid PRIMARY KEY,
    tenant_id         uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    definition_id     uuid NOT NULL,
    version           integer NOT NULL,
    status            text NOT NULL CHECK (status IN ('Running', 'Waiting', 'Finished', 'Faulted')),
    current_activity  text NOT NULL,
    start_key         text NOT NULL,
    subject_type      text,
    subject_id        text,
    person_email      text,
    "values"          jsonb NOT NULL,
    next_run_at       timestamptz,
    resume_on_events  text[] NOT NULL DEFAULT '{}',
    resumed_by_event  text,
    resume_event_id   uuid,
    attempt           integer NOT NULL DEFAULT 0 CHECK (attempt >= 0),
    steps             integer NOT NULL DEFAULT 0 CHECK (steps >= 0),
    lease_token       uuid,
    locked_until      timestamptz,
    last_error        text,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    finished_at       timestamptz,
    FOREIGN KEY (definition_id, version) REFERENCES workflow_versions (definition_id, version) ON DELETE CASCADE
);
-- Idempotent start: one instance per definition and starting event (or cron occurrence).
CREATE UNIQUE INDEX ux_workflow_instances_start ON workflow_instances (tenant_id, definition_id, start_key);
-- The engine's claim across tenants: only what can still run, in due order.
CREATE INDEX ix_workflow_instances_due ON workflow_instances (next_run_at) WHERE status IN ('Running', 'Waiting');
-- Correlation: a later event for the same subject finds the instances waiting for it.
CREATE INDEX ix_workflow_instances_subject ON workflow_instances (tenant_id, subject_type, subject_id) WHERE status = 'Waiting';
-- The panel lists a tenant's instances newest first; retention deletes old ended ones.
CREATE INDEX ix_workflow_instances_tenant_created ON workflow_instances (tenant_id, created_at DESC);
CREATE INDEX ix_workflow_instances_ended ON workflow_instances (tenant_id, finished_at) WHERE status IN ('Finished', 'Faulted');
CREATE INDEX ix_workflow_instances_definition ON workflow_instances (definition_id, status);
SELECT eboi_enable_rls('workflow_instances');

CREATE TABLE workflow_journal (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    instance_id uuid NOT NULL REFERENCES workflow_instances (id) ON DELETE CASCADE,
    at          timestamptz NOT NULL,
    activity_id text NOT NULL,
    task        text NOT NULL,
    outcome     text,
    error       text,
    note        text
);
CREATE INDEX ix_workflow_journal_instance ON workflow_journal (instance_id, at);
CREATE INDEX ix_workflow_journal_tenant ON workflow_journal (tenant_id);
SELECT eboi_enable_rls('workflow_journal');

CREATE TABLE staff_notifications (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    role        text,
    user_id     uuid,
    text        text NOT NULL,
    instance_id uuid,
    created_at  timestamptz NOT NULL,
    read_at     timestamptz,
    read_by     text,
    CHECK (role IS NOT NULL OR user_id IS NOT NULL)
);
CREATE INDEX ix_staff_notifications_tenant_created ON staff_notifications (tenant_id, created_at DESC);
SELECT eboi_enable_rls('staff_notifications');

CREATE TABLE workflow_settings (
    tenant_id      uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    retention_days integer NOT NULL CHECK (retention_days BETWEEN 1 AND 3650)
);
SELECT eboi_enable_rls('workflow_settings');

-- The engine serves every tenant from one loop (as the e-mail and jobs workers do): its connection sets
-- app.scope = 'workflows-worker'. These PERMISSIVE policies are OR-ed with tenant_isolation and let that scope claim
-- instances (read + update the lease) and find due timer workflows; each step itself then runs with its tenant set.
CREATE POLICY workflows_worker_read ON workflow_instances FOR SELECT
    USING (current_setting('app.scope', true) = 'workflows-worker');
CREATE POLICY workflows_worker_update ON workflow_instances FOR UPDATE
    USING (current_setting('app.scope', true) = 'workflows-worker')
    WITH CHECK (current_setting('app.scope', true) = 'workflows-worker');
CREATE POLICY workflows_worker_read ON workflow_definitions FOR SELECT
    USING (current_setting('app.scope', true) = 'workflows-worker');
