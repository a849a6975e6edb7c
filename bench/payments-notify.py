#!/usr/bin/env python3
"""Gateway notifications per second, duplicates mixed in: N payments "rozpoczęta" are written to the database and
registered with the fake Przelewy24 gateway (its real register call), then every payment's correctly signed
notification (after the payer "paid" on its page, with no notification of its own) plus DUP% duplicates, shuffled, are POSTed by C workers to the tenant's urlStatus. Each accepted one
locks its payment, verifies with the gateway over HTTP, moves it to "opłacona" and stores PaymentSucceeded in one
transaction. Prints throughput and latency, then checks that nothing happened twice.
   payments-notify.py BASE GMINA PSQL_DSN DATA_DIR N DUP CONNECTIONS"""
import base64, concurrent.futures, hashlib, http.client, json, random, statistics, subprocess, sys, time, urllib.parse, uuid

base, gmina, dsn, data, n, dup, conns = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
def psql(sql):
    return subprocess.run(["psql", dsn, "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True, capture_output=True, text=True).stdout.strip()
def sign(fields):
    return hashlib.sha384(json.dumps(fields, separators=(",", ":"), ensure_ascii=False).encode()).hexdigest()
url = urllib.parse.urlparse(base)
def post(path, body, headers=None, method="POST", conn=None):
    c = conn or http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    c.request(method, path, body=json.dumps(body) if body is not None else None, headers={"Content-Type": "application/json", **(headers or {})})
    r = c.getresponse(); text = r.read().decode()
    return r.status, text

tenant = psql(f"SELECT id FROM tenants WHERE slug = '{gmina}'")
merchant, pos = psql(f"SELECT merchant_id || ' ' || pos_id FROM payment_settings WHERE tenant_id = '{tenant}'").split()
merchant, pos = int(merchant), int(pos)
post(f"/{gmina}/platnosci/bramka/powiadomienie", {})   # any notification makes the app load (and, first time, generate) the merchant's keys
keys = json.load(open(f"{data}/payments/merchant-{merchant}.json"))
crc, api = keys["CrcKey"], keys["ApiKey"]
auth = {"Authorization": "Basic " + base64.b64encode(f"{pos}:{api}".encode()).decode()}

# N payments, as StartAsync leaves them after registering: rozpoczęta, one line each, source "Bench" (no module settles it).
ids = [uuid.uuid4() for _ in range(n)]
run = int(time.time()) % 100000
rows = ",".join(f"('{i}', '{tenant}', 'P/BENCH/{run:05d}{k:05d}', 'Bench', '{uuid.uuid4()}', 'bench@example.invalid', 'Bench {k}', 100.00, 0.50, 100.50, 'PLN', 'rozpoczeta', 'bench-{run}-{k}', '/', now(), now())" for k, i in enumerate(ids))
psql("INSERT INTO payments (id, tenant_id, reference, source, payer_user_id, payer_email, description, amount, commission, total, currency, state, idempotency_key, return_path, created_at, started_at) VALUES " + rows)
lines = ",".join(f"('{uuid.uuid4()}', '{tenant}', '{i}', 1, 'bench:{k}', 'Bench {k}', 100.00)" for k, i in enumerate(ids))
psql("INSERT INTO payment_lines (id, tenant_id, payment_id, position, item_ref, title, amount) VALUES " + lines)

conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
orders = {}
for i in ids:
    sid = i.hex
    body = {"merchantId": merchant, "posId": pos, "sessionId": sid, "amount": 10050, "currency": "PLN", "description": "Bench",
            "email": "bench@example.invalid", "country": "PL", "language": "pl", "urlReturn": f"{base}/", "urlStatus": f"{base}/{gmina}/platnosci/bramka/powiadomienie",
            "timeLimit": 15, "sign": sign({"sessionId": sid, "merchantId": merchant, "amount": 10050, "currency": "PLN", "crc": crc})}
    status, text = post("/bramka-testowa/api/v1/transaction/register", body, auth, conn=conn)
    assert status == 200, (status, text)
    # The payer pays at the gateway, which is told to send no notification: the bench sends them itself.
    token = json.loads(text)["data"]["token"]
    conn.request("POST", f"/bramka-testowa/trnRequest/{token}", body="decyzja=zaplac&powiadomienie=brak",
                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    conn.getresponse().read()
    conn.request("GET", f"/bramka-testowa/api/v1/transaction/by/sessionId/{sid}", headers=auth)
    r = conn.getresponse(); orders[sid] = json.loads(r.read())["data"]["orderId"]
def notification(sid):
    f = {"merchantId": merchant, "posId": pos, "sessionId": sid, "amount": 10050, "originAmount": 10050, "currency": "PLN",
         "orderId": orders[sid], "methodId": 154, "statement": f"p24-bench-{sid[:6]}"}
    return {**f, "sign": sign({**f, "crc": crc})}
bodies = [notification(i.hex) for i in ids]
bodies += [random.choice(bodies) for _ in range(n * dup // 100)]
random.shuffle(bodies)

latencies, statuses = [], {}
def worker(chunk):
    c = http.client.HTTPConnection(url.hostname, url.port, timeout=60); out = []
    for b in chunk:
        t = time.perf_counter(); s, _ = post(f"/{gmina}/platnosci/bramka/powiadomienie", b, conn=c); out.append((s, time.perf_counter() - t))
    return out
chunks = [bodies[k::conns] for k in range(conns)]
start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(conns) as pool:
    for result in pool.map(worker, chunks):
        for s, l in result: statuses[s] = statuses.get(s, 0) + 1; latencies.append(l)
elapsed = time.perf_counter() - start
latencies.sort()
paid = psql(f"SELECT count(*) FROM payments WHERE tenant_id = '{tenant}' AND reference LIKE 'P/BENCH/{run:05d}%' AND state = 'oplacona'")
verdicts = psql(f"SELECT string_agg(verdict || ' ' || c, ', ') FROM (SELECT verdict, count(*) c FROM payment_notifications j JOIN payments p ON p.id = j.payment_id WHERE p.reference LIKE 'P/BENCH/{run:05d}%' GROUP BY verdict ORDER BY verdict) v")
events = psql(f"SELECT count(*) FROM domain_events WHERE tenant_id = '{tenant}' AND type = 'payments.succeeded' AND payload::text LIKE '%P/BENCH/{run:05d}%'")
print(f"| payments | notifications (duplicates) | workers | notifications/s | p50 | p99 | HTTP | paid | PaymentSucceeded stored | journal |")
print(f"|---:|---:|---:|---:|---:|---:|---|---:|---:|---|")
print(f"| {n} | {len(bodies)} ({len(bodies) - n}) | {conns} | {len(bodies) / elapsed:.1f} | {latencies[len(latencies) // 2] * 1000:.0f} ms | {latencies[int(len(latencies) * 0.99)] * 1000:.0f} ms | {statuses} | {paid} | {events} | {verdicts} |")
assert int(paid) == n and int(events) == n, "a payment was lost or doubled"
