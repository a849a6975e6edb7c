#!/usr/bin/env bash
# bench/run.sh — requests per second and p99 latency of a tenant home page and the catalog page, next to the
# app's trivial endpoint (/health/ping), in one run against one app instance on 127.0.0.1.
#   bench/run.sh [DURATION_SECONDS] [CONNECTIONS]
# Starts its own app (port 5181, its own data folder, Production build) unless BENCH_URL points at a running one.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DURATION="${1:-10}"; CONNECTIONS="${2:-32}"
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
BASE="${BENCH_URL:-}"
app=""
if [ -z "$BASE" ]; then
  BASE="http://127.0.0.1:5181"
  EBOI_DATA="${BENCH_DATA:-/var/tmp/eboi-bench-data}" EBOI_PG_PORT=54369 "$ROOT/eboi" run --urls "$BASE" > /var/tmp/eboi-bench-app.log 2>&1 &
  app=$!
  # TERM, not INT: a background job of a non-interactive shell ignores SIGINT, so INT would leave the app running.
  trap 'kill -TERM $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do curl -sf "$BASE/health/ready" >/dev/null 2>&1 && break; sleep 1; done
fi
curl -sf "$BASE/health/ready" >/dev/null || { echo "app not ready at $BASE" >&2; exit 1; }

urls=("/health/ping" "/kozy/" "/kozy/katalog-spraw" "/kozy/katalog-spraw?q=dowodu+osobistego" "/kozy/katalog-spraw/dowod-osobisty")
for u in "${urls[@]}"; do curl -s -o /dev/null "$BASE$u"; done   # warm-up and first fill of the output cache

printf '| endpoint | req/s | p50 | p99 |\n|---|---:|---:|---:|\n'
for u in "${urls[@]}"; do
  out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$BASE$u")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
  p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
  errors="$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out")"
  printf '| `%s` | %s | %s | %s |%s\n' "$u" "$rps" "$p50" "$p99" "${errors:+ $errors}"
done
# The same search, never served from the output cache: the database path (FTS + ranking) under load.
out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$ROOT/bench/uncached-search.lua" "$BASE")"
printf '| `%s` | %s | %s | %s |\n' "/kozy/katalog-spraw?q=… (uncached)" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
  "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")"
