#!/usr/bin/env bash
# Form submissions with their signed UPO: the "Wyślij formularz" POST's server time one at a time and with several
# senders at once (bench/forms-submit.py does the work). The demo citizen Piotr Nowak of Kozy sends the public
# information request through the real pages.
#   bench/forms-submit.sh [SUBMISSIONS] [CONNECTIONS]
# Starts its own app (port 5185, its own data folder and PostgreSQL, demo data as ./eboi run).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
N="${1:-100}"; CONNECTIONS="${2:-4}"
BASE="http://127.0.0.1:5185"; GMINA=kozy
EBOI_DATA="${BENCH_DATA:-/var/tmp/eboi-bench-forms}"; EBOI_PG_PORT=54374
. "$ROOT/bench/lib.sh"
start_app /var/tmp/eboi-bench-forms.log 900
read -r EMAIL PASSWORD < <(demo_citizen)
python3 "$ROOT/bench/forms-submit.py" "$BASE" "$GMINA" "$EMAIL" "$PASSWORD" "$N" "$CONNECTIONS"
