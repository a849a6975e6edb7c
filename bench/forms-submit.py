"""Sends the same form N times as one citizen through the real pages and times the "Wyślij formularz" POST, which
builds the UPO, signs it (XMLDSig, the gmina's RSA-3072 key), stores the submission and queues it for the EZD and the
workflow. Then C connections send at once, to see what the signing costs in throughput.
    python3 forms-submit.py BASE GMINA EMAIL PASSWORD N CONNECTIONS"""
import concurrent.futures, http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request

BASE, GMINA, EMAIL, PASSWORD, N, C = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
FORM = "wniosek-o-informacje-publiczna"
ANSWERS = {"wnioskodawca": "Piotr Nowak", "tresc": "Proszę o kopię umowy na odbiór odpadów komunalnych zawartej w 2025 r.",
           "forma": "pliki elektroniczne", "sposob_przekazania": "na konto w portalu i na adres e-mail"}
TOKEN = re.compile(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def session():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def get(opener, path):
    with opener.open(BASE + path) as r:
        return r.read().decode()


def post(opener, path, fields):
    data = urllib.parse.urlencode(fields).encode()
    try:
        with opener.open(urllib.request.Request(BASE + path, data=data)) as r:
            return r.status, r.headers.get("Location"), r.read().decode()
    except urllib.error.HTTPError as e:   # 302 arrives here with NoRedirect
        return e.code, e.headers.get("Location"), ""


def sign_in():
    s = session()
    token = TOKEN.search(get(s, f"/{GMINA}/konto/logowanie")).group(1)
    status, _, _ = post(s, f"/{GMINA}/konto/logowanie", {"Form.Login": EMAIL, "Form.Password": PASSWORD, "__RequestVerificationToken": token})
    assert status == 302, f"login answered {status}"
    return s


def one_submission(s):
    """Draft, answers, review (untimed), then the timed send; returns its seconds."""
    token = TOKEN.search(get(s, f"/{GMINA}/formularze/{FORM}")).group(1)
    status, draft, _ = post(s, f"/{GMINA}/formularze/{FORM}", {"__RequestVerificationToken": token})
    assert status == 302 and "/robocze/" in draft, f"start answered {status}"
    draft_path = urllib.parse.urlparse(draft).path
    token = TOKEN.search(get(s, draft_path)).group(1)
    fields = {"__RequestVerificationToken": token, **{"odp." + k: v for k, v in ANSWERS.items()}}
    status, review, _ = post(s, draft_path, fields)
    assert status == 302 and review.endswith("/sprawdz"), f"answers answered {status}"
    review_path = urllib.parse.urlparse(review).path
    token = TOKEN.search(get(s, review_path)).group(1)
    start = time.perf_counter()
    status, sent, _ = post(s, review_path, {"__RequestVerificationToken": token})
    took = time.perf_counter() - start
    assert status == 302 and "/wyslane/" in sent, f"send answered {status}"
    return took


def report(label, times, wall):
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"| {label} | {len(times)} | {statistics.median(times) * 1000:.1f} ms | {p95 * 1000:.1f} ms | {len(times) / wall:.1f} |")


s = sign_in()
one_submission(s)   # warm-up: JIT, the key loaded and unprotected once
print("| sending | forms sent | median of the send | p95 | sent per second (wall, whole flow) |")
print("|---|---:|---:|---:|---:|")
start = time.perf_counter()
report("one at a time", [one_submission(s) for _ in range(N)], time.perf_counter() - start)
sessions = [sign_in() for _ in range(C)]
start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(C) as pool:
    times = list(pool.map(lambda i: one_submission(sessions[i % C]), range(N)))
report(f"{C} at once", times, time.perf_counter() - start)
