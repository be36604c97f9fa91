# A web-server log analyzer built on re: a verbose pattern with named
# groups parses access-log lines, malformed lines are reported with their
# numbers, query strings are decoded with sub() and a function, user
# agents are classified with lookaheads, and a summary report is printed
# with per-status, per-path and per-hour tables.
import re
from collections import Counter, defaultdict

LINE = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+
    -\s+(?P<user>[\w.-]+|-)\s+
    \[(?P<day>\d{2})/(?P<month>[A-Z][a-z]{2})/(?P<year>\d{4}):(?P<hour>\d{2}):(?P<minute>\d{2}):\d{2}\s[+-]\d{4}\]\s+
    "(?P<method>GET|POST|PUT|DELETE|HEAD)\s(?P<path>[^\s?"]+)(?:\?(?P<query>[^\s"]*))?\sHTTP/(?P<version>1\.[01]|2)"\s+
    (?P<status>[1-5]\d\d)\s+(?P<size>\d+|-)
    (?:\s+"(?P<referrer>[^"]*)"\s+"(?P<agent>[^"]*)")?\s*$
""", re.VERBOSE)

PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")
BOT = re.compile(r"(?i)(?=.*\b(?:bot|crawler|spider)\b)")
MOBILE = re.compile(r"(?i)\b(?:iphone|android(?!.*\btablet\b))\b")

LOG = """\
192.168.1.10 - alice [12/Mar/2024:09:15:02 +0000] "GET /index.html HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Windows NT 10.0)"
10.0.0.5 - - [12/Mar/2024:09:15:09 +0000] "GET /search?q=caf%C3%A9+au+lait&page=2 HTTP/1.1" 200 2048 "https://example.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0)"
10.0.0.5 - - [12/Mar/2024:09:16:44 +0000] "POST /api/orders HTTP/2" 201 312 "-" "curl/8.4.0"
66.249.66.1 - - [12/Mar/2024:10:01:00 +0000] "GET /robots.txt HTTP/1.1" 404 0 "-" "Googlebot/2.1 (+http://www.google.com/bot.html)"
this line is garbage
172.16.0.2 - bob.smith [12/Mar/2024:10:22:31 +0000] "DELETE /api/orders/17 HTTP/1.1" 403 - "-" "Mozilla/5.0 (Linux; Android 14; Tablet)"
172.16.0.2 - bob.smith [12/Mar/2024:10:22:35 +0000] "GET /api/orders/17?verbose=1&fields=id%2Cstatus HTTP/1.1" 500 87
999.1.1 - - [12/Mar/2024:10:30:00 +0000] "GET / HTTP/1.1" 200 10
192.168.1.10 - alice [12/Mar/2024:11:45:12 +0000] "GET /static/app.js HTTP/1.1" 304 - "https://example.com/index.html" "Mozilla/5.0 (Android 14; Mobile)"
192.168.1.11 - - [12/Mar/2024:11:59:59 +0000] "PATCH /api/orders/3 HTTP/1.1" 200 5 "-" "x"
54.36.148.1 - - [12/Mar/2024:12:00:01 +0000] "HEAD /index.html HTTP/1.0" 200 0 "-" "AhrefsBot/7.0; +http://ahrefs.com/robot/ (web crawler)"
"""


def decode(text):
    raw = PERCENT.sub(lambda m: chr(int(m.group(1), 16)), text.replace("+", " "))
    return raw.encode("latin-1").decode("utf-8", errors="replace")


def parse_query(query):
    if not query:
        return {}
    pairs = (part.partition("=") for part in re.split(r"[&;]", query) if part)
    return {decode(k): decode(v) for k, _, v in pairs}


def classify(agent):
    if agent is None:
        return "unknown"
    if BOT.match(agent):
        return "bot"
    if MOBILE.search(agent):
        return "mobile"
    if re.match(r"(?:curl|wget|python-requests)/", agent):
        return "tool"
    return "desktop"


records, bad = [], []
for number, line in enumerate(LOG.splitlines(), start=1):
    m = LINE.match(line)
    if not m:
        bad.append((number, line[:30]))
        continue
    rec = m.groupdict()
    rec["size"] = 0 if rec["size"] == "-" else int(rec["size"])
    rec["status"] = int(rec["status"])
    rec["params"] = parse_query(rec["query"])
    rec["kind"] = classify(rec["agent"])
    records.append(rec)

print(f"parsed {len(records)} lines, {len(bad)} malformed")
for number, start in bad:
    print(f"  line {number}: {start!r}")
print("first record:", {k: records[0][k] for k in ("ip", "user", "method", "path", "status", "size", "kind")})
print("search params:", records[1]["params"], "| fields:", records[5]["params"])
print("span of path in line 1:", LINE.match(LOG.splitlines()[0]).span("path"), LINE.groupindex["status"])

by_status = Counter(r["status"] // 100 * 100 for r in records)
print("status classes:", sorted(by_status.items()))
by_path = defaultdict(list)
for r in records:
    by_path[re.sub(r"/\d+(?=/|$)", "/{id}", r["path"])].append(r["status"])
print("paths:")
for path, statuses in sorted(by_path.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"  {path:<22}{len(statuses):>3}  {statuses}")
print("bytes by kind:", dict(sorted(Counter({k: sum(r['size'] for r in records if r['kind'] == k) for k in {r['kind'] for r in records}}).items())))
hours = Counter(r["hour"] for r in records)
for hour in sorted(hours):
    print(f"  {hour}:00 {'#' * hours[hour]}")
errors = [f"{r['method']} {r['path']} -> {r['status']}" for r in records if r["status"] >= 400]
print("errors:", errors)
users = sorted({r["user"] for r in records} - {"-"})
print("users:", users, "| ips:", sorted(set(r["ip"] for r in records), key=lambda ip: tuple(map(int, ip.split(".")))))
masked = re.sub(r"\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b", r"\1.\2.x.x", LOG.splitlines()[0])
print("masked:", masked[:40])
print("tokens:", re.findall(r"[A-Z][a-z]+|\d+", "Mozilla/5.0 (Windows NT 10.0)"), re.split(r"(\s*[;()]\s*)", "a (b; c)"))
print("fullmatch:", bool(re.fullmatch(r"\d{3}", "404")), bool(re.fullmatch(r"\d{3}", "4040")), re.escape("a.b*c"))
for bad_pattern in ["(?P<x>a)(?P<x>b)", "[z-a]", "a{2,1}", "(?<=a+)b"]:
    try:
        re.compile(bad_pattern)
    except re.error as e:
        print(f"re.error for {bad_pattern!r}: {e}")
