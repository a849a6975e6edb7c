#!/usr/bin/env bash
# Gateway notifications per second with duplicates mixed in (bench/payments-notify.py does the work and the checks).
#   bench/payments-notify.sh [PAYMENTS] [DUPLICATE_PERCENT] [CONNECTIONS]
# Starts its own app (port 5184, its own data folder and PostgreSQL, the fake gateway on, as ./eboi run).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
N="${1:-1000}"; DUP="${2:-30}"; CONNECTIONS="${3:-8}"
BASE="http://127.0.0.1:5184"
export EBOI_DATA="${BENCH_DATA:-/var/tmp/eboi-bench-notify}" EBOI_PG_PORT=54373
"$ROOT/eboi" run --urls "$BASE" > /var/tmp/eboi-bench-notify.log 2>&1 &
app=$!
trap 'kill -TERM $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -sf "$BASE/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$BASE/health/ready" >/dev/null || { echo "app not ready at $BASE" >&2; exit 1; }
PGPASSFILE="$EBOI_DATA/pgpass" python3 "$ROOT/bench/payments-notify.py" "$BASE" kozy \
  "host=127.0.0.1 port=$EBOI_PG_PORT user=postgres dbname=eboi" "$EBOI_DATA" "$N" "$DUP" "$CONNECTIONS"
