#!/usr/bin/env bash
# The map's bounding-box query over 100,000 fault reports of one tenant (plus 100,000 of another, so the tenant filter
# matters), newest 1,000 first, three ways: "point <@ box" on a GiST index (what migration 0001 shipped), the same with
# the (tenant_id, created_at DESC) index beside it, and latitude/longitude ranges on a (tenant_id, latitude, longitude)
# btree beside the created_at index (what migration 0003 ships and PublicReports.GeoJsonAsync queries).
# Uses a private cluster (scripts/pg-local.sh) in /var/tmp/eboi-bench-faults on PORT.
#   bench/faultreports-bbox.sh [PORT]     prints the median of 20 EXPLAIN ANALYZE runs per query and index
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"; PORT="${1:-55442}"; DIR=/var/tmp/eboi-bench-faults
"$ROOT/scripts/pg-local.sh" start "$DIR" "$PORT" >/dev/null
trap '"$ROOT/scripts/pg-local.sh" stop "$DIR" >/dev/null' EXIT
export PGPASSFILE="$DIR/pgpass"
q() { psql -h 127.0.0.1 -p "$PORT" -U postgres -d eboi -qAtX -v ON_ERROR_STOP=1 "$@"; }
q <<'SQL'
DROP TABLE IF EXISTS bench_fault_reports;
CREATE TABLE bench_fault_reports (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), tenant_id uuid NOT NULL, number text NOT NULL, title text NOT NULL,
    status text NOT NULL, is_public boolean NOT NULL, latitude double precision NOT NULL, longitude double precision NOT NULL,
    location point NOT NULL, created_at timestamptz NOT NULL);
-- Tenant A: Siedlec's box (52.05-52.23 N, 15.85-16.15 E); tenant B: Kozy's (49.82-49.88 N, 19.10-19.21 E).
INSERT INTO bench_fault_reports (tenant_id, number, title, status, is_public, latitude, longitude, location, created_at)
SELECT id, 'U/2026/' || lpad(g::text, 6, '0'), 'Dziura ' || g, (ARRAY['przyjete','w-realizacji','naprawione','zamkniete'])[1 + g % 4], g % 10 <> 0,
       lat, lon, point(lon, lat), now() - (g || ' minutes')::interval
FROM (SELECT t.id, g, t.la0 + random() * t.dla AS lat, t.lo0 + random() * t.dlo AS lon
      FROM (VALUES ('00000000-0000-0000-0000-00000000000a'::uuid, 52.05, 0.18, 15.85, 0.30), ('00000000-0000-0000-0000-00000000000b'::uuid, 49.82, 0.06, 19.10, 0.11)) t(id, la0, dla, lo0, dlo),
           generate_series(1, 100000) g) p;
VACUUM ANALYZE bench_fault_reports;
SQL
# $1 index label, $2 box label, $3 box (minlon minlat maxlon maxlat), $4 predicate form: gist | ranges
run() {
  read -r a b c d <<<"$3"
  local where="location <@ box(point($a,$b), point($c,$d))"
  [ "$4" = ranges ] && where="latitude BETWEEN $b AND $d AND longitude BETWEEN $a AND $c"
  local sql="SELECT number, title, status, latitude, longitude FROM bench_fault_reports WHERE tenant_id = '00000000-0000-0000-0000-00000000000a' AND is_public AND $where ORDER BY created_at DESC LIMIT 1000"
  local times=() rows=0
  for _ in $(seq 20); do
    out=$(q -c "EXPLAIN (ANALYZE, FORMAT JSON) $sql")
    times+=("$(python3 -c 'import json,sys; p=json.loads(sys.stdin.read())[0]; print(p["Execution Time"])' <<<"$out")")
    rows=$(python3 -c 'import json,sys; p=json.loads(sys.stdin.read())[0]["Plan"]; print(p.get("Actual Rows"))' <<<"$out")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -g | sed -n 10p)
  plan=$(q -c "EXPLAIN $sql" | { grep -oE '(Bitmap Index Scan|Index Scan|Index Only Scan|Seq Scan)( using [a-z_]+)? on [a-z_]+' || true; } | head -1)
  printf '| %s | %s | %s | %.2f ms | %s |\n' "$1" "$2" "$rows" "$median" "$plan"
}
boxes=("street (0.005° × 0.005°)|15.99 52.13 15.995 52.135" "village (0.05° × 0.05°)|15.95 52.10 16.00 52.15"
       "a quarter of the gmina|15.85 52.05 16.00 52.14" "whole gmina (the map's first view)|15.85 52.05 16.15 52.23")
variant() { # $1 label, $2 predicate form
  for b in "${boxes[@]}"; do run "$1" "${b%%|*}" "${b#*|}" "$2"; done
}
echo "| indexes and predicate | box | rows returned | median of 20 | plan |"
echo "|---|---|---:|---:|---|"
q -c "CREATE INDEX bench_gist ON bench_fault_reports USING gist (location); ANALYZE bench_fault_reports;"
variant "GiST, point <@ box (0001)" gist
# PostgreSQL estimates "<@" with a fixed selectivity, so the created_at index beside it changes nothing.
q -c "CREATE INDEX bench_created ON bench_fault_reports (tenant_id, created_at DESC); ANALYZE bench_fault_reports;"
variant "GiST + (tenant, created_at), point <@ box" gist
q -c "DROP INDEX bench_gist; CREATE INDEX bench_btree ON bench_fault_reports (tenant_id, latitude, longitude); ANALYZE bench_fault_reports;"
variant "btree (tenant, lat, lon) + (tenant, created_at), ranges (0003, shipped)" ranges
q -c "DROP TABLE bench_fault_reports;"
