-- Accounts of the hosting provider. Host-level like tenants (no tenant_id, no RLS); never joined to tenant users.
CREATE TABLE host_operators (
    id             uuid PRIMARY KEY,
    login          text NOT NULL CHECK (login = lower(login)),
    display_name   text NOT NULL,
    password_hash  text NOT NULL,
    security_stamp text NOT NULL,
    failed_logins  integer NOT NULL DEFAULT 0,
    locked_until   timestamptz,
    last_login_at  timestamptz,
    created_at     timestamptz NOT NULL
);
CREATE UNIQUE INDEX ix_host_operators_login ON host_operators (login);
