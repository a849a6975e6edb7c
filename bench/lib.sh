# What the page benchmarks share (sourced, not run): start a private app with demo data, issue an API key, sign the
# demo citizen Piotr Nowak in through the real login form, and measure pages with curl and wrk.
# The caller sets ROOT, BASE, GMINA, EBOI_DATA and EBOI_PG_PORT first.

# start_app LOG WAIT_SECONDS: ./eboi run on $BASE in the background (stopped on exit, then ON_EXIT runs), ready or exit 1.
start_app() {
  command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
  export EBOI_DATA EBOI_PG_PORT
  # The benchmarks post far more than the per-key and per-address limits allow a real client.
  export Eboi__ApiKeys__RateLimits__PerKey=100000000 Eboi__ApiKeys__RateLimits__PerAddress=100000000
  "$ROOT/eboi" run --urls "$BASE" > "$1" 2>&1 &
  APP_PID=$!
  trap 'kill -TERM $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true; ${ON_EXIT:-true}' EXIT
  for _ in $(seq 1 "$2"); do curl -sf "$BASE/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -sf "$BASE/health/ready" >/dev/null || { echo "app not ready at $BASE (log: $1)" >&2; exit 1; }
}

# issue_key SCOPE: a new key of the gmina through the CLI; prints it.
issue_key() {
  local key
  key="$("$ROOT/eboi" apikey create "$GMINA" "$1" --name "bench $(date +%s)" 2>/dev/null | grep -oE 'eboi_[A-Za-z0-9_-]+' | head -1)"
  [ -n "$key" ] || { echo "no API key issued" >&2; exit 1; }
  echo "$key"
}

# demo_citizen: prints the e-mail and password of the gmina's demo citizen Piotr Nowak (from demo-accounts.txt).
demo_citizen() { awk -F'\t' -v g="$GMINA" '$1 == g && $2 ~ /^piotr/ {print $2, $3}' "$EBOI_DATA/demo-accounts.txt"; }

# sign_in_demo_citizen: sets COOKIE to the session of the gmina's demo citizen Piotr Nowak (antiforgery token from the page).
sign_in_demo_citizen() {
  local email password jar token
  read -r email password < <(demo_citizen)
  jar="$(mktemp)"
  token="$(curl -s -c "$jar" -b "$jar" "$BASE/$GMINA/konto/logowanie" | grep -oP 'name="__RequestVerificationToken"[^>]*value="\K[^"]+' | head -1)"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Form.Login=$email" --data-urlencode "Form.Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/$GMINA/konto/logowanie"
  COOKIE="$(awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {printf "%s=%s; ", $6, $7}' "$jar")"
  rm -f "$jar"
}

# measure_pages CONNECTIONS DURATION PATH...: a Markdown table of each page's server time (median of 20 requests one at
# a time) and wrk's requests per second, p50 and p99 with the signed-in cookie.
measure_pages() {
  local connections="$1" duration="$2" u times median out errors; shift 2
  printf '| page | server time (median of 20, one at a time) | req/s (%s conn.) | p50 | p99 |\n|---|---:|---:|---:|---:|\n' "$connections"
  for u in "$@"; do
    times=(); for _ in $(seq 20); do times+=("$(curl -s -o /dev/null -w '%{time_starttransfer}' -H "Cookie: $COOKIE" "$BASE$u")"); done
    median=$(printf '%s\n' "${times[@]}" | sort -g | sed -n 10p)
    out="$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Cookie: $COOKIE" "$BASE$u")"
    errors="$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out")"
    printf '| `%s` | %.1f ms | %s | %s | %s |%s\n' "$u" "$(python3 -c "print($median * 1000)")" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
      "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")" "${errors:+ $errors}"
  done
}
