-- The map's bounding box runs on plain latitude/longitude ranges over a (tenant_id, latitude, longitude) btree instead
-- of the GiST index on the point. PostgreSQL estimates "point <@ box" with a fixed selectivity, so it always chose the
-- GiST scan and sorted every match: 96 ms for a whole-gmina box over 100,000 reports. With the columns' real statistics
-- it walks ix_fault_reports_tenant_created newest first for wide boxes (0.9 ms) and the btree for narrow ones
-- (bench/faultreports-bbox.sh, bench/README.md).
DROP INDEX IF EXISTS ix_fault_reports_location;
CREATE INDEX ix_fault_reports_tenant_lat_lon ON fault_reports (tenant_id, latitude, longitude);
