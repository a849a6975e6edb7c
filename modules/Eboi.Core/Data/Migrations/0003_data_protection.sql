-- Data Protection key ring (auth cookies, activation and reset tokens) shared by all app nodes. Host-level:
-- keys protect every tenant's cookies; tenant separation comes from the tenant claim checked on each request.
CREATE TABLE data_protection_keys (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name text NOT NULL,
    xml          text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
