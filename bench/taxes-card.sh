#!/usr/bin/env bash
# A citizen's tax card with 10 years of instalments (40) and 200 operations: the card page's server time and
# requests per second, next to the "Podatki i opłaty" list. The card is fed through the real import API
# (POST /kozy/api/podatki/import with a "taxes" key), so its instalments and operations are allocated as in production,
# and it is shared with the demo citizen Piotr Nowak, who is signed in through the real login form.
#   bench/taxes-card.sh [DURATION_SECONDS] [CONNECTIONS]
# Starts its own app (port 5183, its own data folder and PostgreSQL, demo data as ./eboi run).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DURATION="${1:-10}"; CONNECTIONS="${2:-8}"
BASE="http://127.0.0.1:5183"; GMINA=kozy
EBOI_DATA="${BENCH_DATA:-/var/tmp/eboi-bench-taxes}"; EBOI_PG_PORT=54372
. "$ROOT/bench/lib.sh"
start_app /var/tmp/eboi-bench-taxes.log 300
KEY="$(issue_key taxes)"

# 10 decisions of 4 instalments (years Y-9..Y), 200 operations: five part-payments of each instalment, the last
# year's left partly unpaid so interest is computed on today's date for several instalments.
python3 - "$ROOT" > /var/tmp/eboi-bench-taxes-batch.json <<'PY'
import datetime, json
year = datetime.date.today().year
bban = "81130007" + "0000000000424242"
nrb = f"{98 - int(bban + '252100') % 97:02d}{bban}"
card = {"externalId": "bench-karta-10-lat", "number": "BENCH/10/0001", "kind": "lzp", "year": year, "bankAccount": nrb,
        "obligors": ["demo-podatnik-1"],
        "subjects": [{"description": f"Działka nr {i}/7 – grunty orne", "area": 1.25, "unit": "ha", "class": "RIVa", "rate": 278.41, "amount": 348.01} for i in range(1, 6)]}
decisions, operations = [], []
for y in range(year - 9, year + 1):
    decisions.append({"externalId": f"bench-decyzja-{y}", "card": card["externalId"], "number": f"N/{y}/BENCH", "issuedOn": f"{y}-02-10", "year": y,
                      "instalments": [{"number": n + 1, "dueDate": f"{y}-{m:02d}-15", "amount": 435.00} for n, m in enumerate((3, 5, 9, 11))]})
    for n, m in enumerate((3, 5, 9, 11)):
        for k in range(5):
            if y == year and n >= 2: continue   # this year's last two instalments not yet paid
            operations.append({"externalId": f"bench-wplata-{y}-{n + 1}-{k}", "card": card["externalId"],
                               "date": f"{y}-{m:02d}-{10 + k:02d}", "amount": 87.00 if not (y == year - 1 and k == 4) else 40.00,
                               "title": f"Wpłata {k + 1}/5 – rata {n + 1}/{y}"})
ops = operations[:200]
print(json.dumps({"cards": [card], "decisions": decisions, "operations": ops}))
PY
start=$(date +%s.%N)
result="$(curl -sf -X POST "$BASE/$GMINA/api/podatki/import" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' --data-binary @/var/tmp/eboi-bench-taxes-batch.json)"
import_s=$(python3 -c "print(f'{$(date +%s.%N) - $start:.2f}')")
python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print("import:", {k: (len(v) if isinstance(v, list) else v) for k, v in r.items()})' "$result"

sign_in_demo_citizen
CARD="/$GMINA/platnosci/karty/BENCH%2F10%2F0001"
rows=$(curl -s -H "Cookie: $COOKIE" "$BASE$CARD" | grep -c '<tr id="wiersz-' || true)
[ "$rows" -ge 40 ] || { echo "the card did not show its 40 instalments (got $rows); signed in?" >&2; exit 1; }
echo "import of 1 card, 10 decisions (40 instalments), 200 operations: ${import_s} s; card page shows $rows instalment rows"

measure_pages "$CONNECTIONS" "$DURATION" "/$GMINA/platnosci" "$CARD" "$CARD?filtr=do-zaplaty"
