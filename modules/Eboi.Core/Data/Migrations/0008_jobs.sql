-- Domain events and background jobs: one queue for every tenant, served by one worker loop (Core/Jobs).

-- An event a module published, inserted in the same transaction as the change that caused it.
CREATE TABLE domain_events (
    id         uuid PRIMARY KEY,
    tenant_id  uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    type       text NOT NULL,
    payload    jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
SELECT eboi_enable_rls('domain_events');

-- One row per (event, subscribed handler) or per (scheduled job, tenant, occurrence): each is claimed, retried and
-- recorded on its own, so one failing handler never re-runs the others. tenant_id NULL: a host-wide scheduled job.
CREATE TABLE job_deliveries (
    id              uuid PRIMARY KEY,
    tenant_id       uuid REFERENCES tenants (id) ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind IN ('Event', 'Scheduled')),
    handler         text NOT NULL,
    event_id        uuid REFERENCES domain_events (id) ON DELETE CASCADE,
    occurrence      timestamptz,
    status          text NOT NULL DEFAULT 'Pending' CHECK (status IN ('Pending', 'Done', 'Failed')),
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    completed_at    timestamptz,
    CHECK ((kind = 'Event') = (event_id IS NOT NULL)),
    CHECK ((kind = 'Scheduled') = (occurrence IS NOT NULL AND event_id IS NULL)),
    CHECK (kind = 'Scheduled' OR tenant_id IS NOT NULL)
);
CREATE UNIQUE INDEX ux_job_deliveries_event_handler ON job_deliveries (event_id, handler) WHERE event_id IS NOT NULL;
-- A scheduled occurrence exists once per tenant (or once host-wide), whichever node fanned it out.
CREATE UNIQUE INDEX ux_job_deliveries_occurrence ON job_deliveries (handler, tenant_id, occurrence) NULLS NOT DISTINCT
    WHERE occurrence IS NOT NULL;
CREATE INDEX ix_job_deliveries_due ON job_deliveries (next_attempt_at) WHERE status = 'Pending';
CREATE INDEX ix_job_deliveries_event ON job_deliveries (event_id) WHERE event_id IS NOT NULL;
SELECT eboi_enable_rls('job_deliveries');

-- Host-level: one row per registered cron job, its next occurrence; whoever locks a due row advances it, so one
-- occurrence is fanned out once however many nodes run the loop. No tenant rows, so no RLS.
CREATE TABLE job_schedules (
    name        text PRIMARY KEY,
    cron        text NOT NULL,
    per_tenant  boolean NOT NULL,
    next_run_at timestamptz NOT NULL
);

-- The worker loop serves every tenant, so its connection sets app.scope = 'jobs-worker' (as the e-mail worker sets
-- 'outbox-worker', see Email's 0001_email.sql). These PERMISSIVE policies are OR-ed with tenant_isolation: that scope
-- reads events, and reads, updates and inserts deliveries (cron fan-out) of all tenants; no other table names it.
CREATE POLICY jobs_worker_read ON domain_events FOR SELECT
    USING (current_setting('app.scope', true) = 'jobs-worker');
CREATE POLICY jobs_worker_read ON job_deliveries FOR SELECT
    USING (current_setting('app.scope', true) = 'jobs-worker');
CREATE POLICY jobs_worker_update ON job_deliveries FOR UPDATE
    USING (current_setting('app.scope', true) = 'jobs-worker')
    WITH CHECK (current_setting('app.scope', true) = 'jobs-worker');
CREATE POLICY jobs_worker_insert ON job_deliveries FOR INSERT
    WITH CHECK (current_setting('app.scope', true) = 'jobs-worker');
