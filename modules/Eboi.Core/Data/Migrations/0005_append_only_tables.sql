-- Tables whose rows the application role may insert and read but never change or delete (audit trails). A module
-- declares one with SELECT eboi_append_only('tbl'); the migration runner revokes UPDATE and DELETE after its grants.
CREATE TABLE eboi_append_only_tables (tbl regclass PRIMARY KEY);

CREATE FUNCTION eboi_append_only(tbl regclass) RETURNS void LANGUAGE sql AS $$
    INSERT INTO eboi_append_only_tables VALUES (tbl) ON CONFLICT DO NOTHING
$$;

SELECT eboi_append_only('audit_log');
