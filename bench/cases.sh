#!/usr/bin/env bash
# A citizen with 200 cases and 2,000 documents: the "Moje sprawy" list and a case page's server time and requests per
# second, and the EZD API's upserts per second. The cases are fed through the real import API
# (POST /kozy/api/sprawy/import with a "cases" key) in batches of 50 cases (with their stages and the demo citizen Piotr
# Nowak as a party, by PESEL) and their 500 documents (each with a small PDF in base64); the same batches are then sent
# again, which must change nothing (every record "unchanged", the same row counts). The citizen is signed in through
# the real login form.
#   bench/cases.sh [DURATION_SECONDS] [CONNECTIONS]
# Starts its own app (port 5184, its own data folder and PostgreSQL, demo data as ./eboi run); waits up to 15 min for
# its build and start (a first Release build on the shared 2-core machine took over 6 min).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DURATION="${1:-10}"; CONNECTIONS="${2:-8}"
BASE="http://127.0.0.1:5184"; GMINA=kozy
EBOI_DATA="${BENCH_DATA:-/var/tmp/eboi-bench-cases}"; EBOI_PG_PORT=54373
BATCHES="$(mktemp -d)"; ON_EXIT='rm -rf "$BATCHES"'
. "$ROOT/bench/lib.sh"
start_app /var/tmp/eboi-bench-cases.log 900
KEY="$(issue_key cases)"
PESEL="$(python3 -c 'import json,sys; print(next(c["pesel"] for c in json.load(open(sys.argv[1]))["demo"]["citizens"] if c["email"].startswith("piotr.nowak@")))' "$ROOT/recipes/$GMINA.recipe.json")"
count() { PGPASSFILE="$EBOI_DATA/pgpass" psql -h 127.0.0.1 -p "$EBOI_PG_PORT" -U postgres -d eboi -qAtX -c \
  "SELECT (SELECT count(*) FROM cases) || ' cases, ' || (SELECT count(*) FROM case_stages) || ' stages, ' || (SELECT count(*) FROM case_parties) || ' parties, '
       || (SELECT count(*) FROM case_documents) || ' documents, ' || (SELECT count(*) FROM case_document_files) || ' files'"; }

# 200 cases (150 in progress or suspended, 50 finished) of 4 stages each, 10 documents each (half incoming, half
# outgoing), one PDF of ~700 bytes per document; 4 batches of 50 cases + 500 documents (550 records).
python3 - "$BATCHES" "$PESEL" <<'PY'
import base64, datetime, json, sys
out, pesel = sys.argv[1], sys.argv[2]
year = datetime.date.today().year

def pdf(text):
    # A one-page PDF with a correct cross-reference table (what PdfFile.Check accepts: %PDF-1.x header, %%EOF tail).
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    body, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(body)); body += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return base64.b64encode(body).decode()

statuses = ["w-toku", "w-toku", "zawieszona", "zakonczona"]
for b in range(4):
    cases, documents = [], []
    for n in range(b * 50 + 1, b * 50 + 51):
        y = year - (n % 5)
        started = datetime.date(y, 1 + n % 12, 1 + n % 28)
        status = statuses[n % 4]
        ext = f"bench-sprawa-{n}"
        cases.append({"externalId": ext, "sign": f"BENCH.3120.{n}.{y}", "title": f"Wymiar podatku od nieruchomości, sprawa {n}",
                      "jrwaName": "Podatek od nieruchomości", "status": status, "startedOn": started.isoformat(),
                      "closedOn": (started + datetime.timedelta(days=60)).isoformat() if status == "zakonczona" else None,
                      "officer": {"name": "Anna Kowalska", "department": "Referat Finansowy", "phone": "33 000 00 00", "email": "podatki@kozy.eboi.localhost"},
                      "parties": [{"name": "Piotr Nowak", "pesel": pesel}],
                      "stages": [{"name": name, "date": (started + datetime.timedelta(days=d)).isoformat(), "note": f"Etap {i + 1} sprawy {n}"}
                                 for i, (name, d) in enumerate([("Wszczęcie", 0), ("Wezwanie do uzupełnienia", 10), ("Uzupełnienie", 20), ("Decyzja", 40)])]})
        for k in range(10):
            date = (started + datetime.timedelta(days=4 * k)).isoformat()
            documents.append({"externalId": f"bench-pismo-{n}-{k}", "case": ext, "direction": "wychodzace" if k % 2 else "przychodzace",
                              "registerNumber": f"RPW/{n * 10 + k}/{y}", "title": f"Pismo {k + 1} w sprawie {n}", "documentDate": date, "registeredOn": date,
                              "files": [{"name": f"pismo-{n}-{k}.pdf", "content": pdf(f"Pismo {k + 1} w sprawie {n}")}]})
    with open(f"{out}/batch-{b}.json", "w") as f:
        json.dump({"cases": cases, "documents": documents}, f)
PY

import_all() {   # $1 label: posts every batch, prints the records and outcomes and the records per second
  local total=0 start end r added=0 changed=0 unchanged=0 rejected=0
  start=$(date +%s.%N)
  for f in "$BATCHES"/batch-*.json; do
    r="$(curl -sf -X POST "$BASE/$GMINA/api/sprawy/import" -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' --data-binary @"$f")" \
      || { echo "import of $f failed" >&2; exit 1; }
    read -r a c u x < <(python3 -c 'import json,sys; c=json.loads(sys.argv[1])["counts"]; print(c["added"], c["changed"], c["unchanged"], c["rejected"])' "$r")
    added=$((added + a)); changed=$((changed + c)); unchanged=$((unchanged + u)); rejected=$((rejected + x))
    [ "$x" -eq 0 ] || python3 -c 'import json,sys; print(json.loads(sys.argv[1])["rejected"][:3])' "$r" >&2
  done
  end=$(date +%s.%N)
  total=$((added + changed + unchanged + rejected))
  python3 -c "d = $end - $start; print(f'$1: $total records (added $added, changed $changed, unchanged $unchanged, rejected $rejected) in {d:.2f} s = {$total / d:.0f} records/s')"
  LAST_ADDED=$added LAST_CHANGED=$changed LAST_REJECTED=$rejected
}
echo "before: $(count)"
import_all "import"
first="$(count)"; echo "after import: $first"
import_all "replay"
second="$(count)"; echo "after replay: $second"
if [ "$first" = "$second" ] && [ "$LAST_ADDED" -eq 0 ] && [ "$LAST_CHANGED" -eq 0 ] && [ "$LAST_REJECTED" -eq 0 ]; then
  echo "replay idempotent: every record unchanged, row counts equal"
else
  echo "REPLAY NOT IDEMPOTENT" >&2
fi

sign_in_demo_citizen
SIGN="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["cases"][0]["sign"])' "$BATCHES/batch-0.json")"
CASE="/$GMINA/sprawy/$SIGN"
listed=$(curl -s -H "Cookie: $COOKIE" "$BASE/$GMINA/sprawy" | grep -c 'sprawy/BENCH\.' || true)
finished=$(curl -s -H "Cookie: $COOKIE" "$BASE/$GMINA/sprawy?stan=zakonczone" | grep -c 'sprawy/BENCH\.' || true)
docs=$(curl -s -H "Cookie: $COOKIE" "$BASE$CASE" | grep -c 'pisma/' || true)
[ "$listed" -ge 150 ] || { echo "the list did not show the 150 cases in progress (got $listed); signed in? verified?" >&2; exit 1; }
echo "list shows $listed cases in progress and $finished finished; $CASE shows $docs file links"

measure_pages "$CONNECTIONS" "$DURATION" "/$GMINA/sprawy" "/$GMINA/sprawy?stan=zakonczone" "$CASE"
