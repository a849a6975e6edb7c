#!/usr/bin/env bash
# Fault report submissions per second through Open311 (POST /kozy/open311/v2/requests.json with an API key): the same
# validation, numbering, moderation state and workflow start as the web form, without the browser's multipart photos.
#   bench/faultreports-submit.sh [DURATION_SECONDS] [CONNECTIONS]
# Starts its own app (port 5182, its own data folder and PostgreSQL, Production build) with the per-key rate limit
# raised for the run, issues a key with ./eboi apikey create, then runs wrk.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DURATION="${1:-20}"; CONNECTIONS="${2:-8}"
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
BASE="http://127.0.0.1:5182"
export EBOI_DATA="${BENCH_DATA:-/var/tmp/eboi-bench-submit}" EBOI_PG_PORT=54371
export Eboi__ApiKeys__RateLimits__PerKey=100000000 Eboi__ApiKeys__RateLimits__PerAddress=100000000
"$ROOT/eboi" run --urls "$BASE" > /var/tmp/eboi-bench-submit.log 2>&1 &
app=$!
trap 'kill -TERM $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -sf "$BASE/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$BASE/health/ready" >/dev/null || { echo "app not ready at $BASE" >&2; exit 1; }

KEY="$("$ROOT/eboi" apikey create kozy open311 --name "bench $(date +%s)" 2>/dev/null | grep -oE 'eboi_[A-Za-z0-9_-]+' | head -1)"
[ -n "$KEY" ] || { echo "no API key issued" >&2; exit 1; }
SERVICE="$(curl -sf "$BASE/kozy/open311/v2/services.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["service_code"])')"
export KEY SERVICE
count() { PGPASSFILE="$EBOI_DATA/pgpass" psql -h 127.0.0.1 -p "$EBOI_PG_PORT" -U postgres -d eboi -qAtX -c "SELECT count(*) FROM fault_reports"; }
before="$(count)"
out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$ROOT/bench/faultreports-submit.lua" "$BASE")"
after="$(count)"
printf '| connections | req/s | p50 | p99 | reports written | non-2xx |\n|---:|---:|---:|---:|---:|---|\n'
printf '| %s | %s | %s | %s | %s | %s |\n' "$CONNECTIONS" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
  "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")" "$((after - before))" \
  "$(awk '/Non-2xx/ {print $4}' <<<"$out")"
