#!/usr/bin/env bash
# Edit-to-reload latency of `cairn serve` on the synthetic guide (a benchmark, not a test).
#
#   bench/serve-latency.sh [N] [EDITS]        defaults: N=2000 pages, EDITS=20
#   JAR=/path/to/other/cairn.jar bench/serve-latency.sh 2000   the same against another build
#                                             (e.g. main's, for a before/after in the same hour)
#
# Generates the corpus once with ../shared/bench/gen_corpus.py into /tmp/cairn-bench-corpus/N
# (cairn's input is DIR/native), copies it to a scratch directory, starts
# `cairn serve --port 0` on it, opens the live-reload event stream like a browser tab,
# looks at one page, then EDITS times: changes that page's title (an atomic rename, as
# editors save), waits for the reload event, and fetches the page and a page of the same
# chapter, checking both show the new title. Prints p50/p95 of
#   - edit -> reload event, and
#   - edit -> both pages fetched with the new title.
# Needs java 17+, python3, and target/cairn.jar (built when missing).
set -euo pipefail

N=${1:-2000}
EDITS=${2:-20}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GEN=${GEN:-$ROOT/../shared/bench/gen_corpus.py}
CORPUS=/tmp/cairn-bench-corpus/$N
JAR=${JAR:-$ROOT/target/cairn.jar}

[ -f "$JAR" ] || mvn -B -q -f "$ROOT/pom.xml" package -DskipTests
if [ ! -d "$CORPUS/native/content" ]; then
  echo "generating corpus: N=$N -> $CORPUS" >&2
  python3 "$GEN" "$N" "$CORPUS" >&2
fi
WORK=$(mktemp -d)
LOG=$WORK/serve.log
SERVE_PID=
cleanup() {
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
cp -r "$CORPUS/native" "$WORK/site"

START=$(date +%s%N)
java ${JAVA_OPTS:-} -jar "$JAR" serve --source "$WORK/site" --port 0 ${SERVE_OPTS:-} >"$LOG" 2>&1 &
SERVE_PID=$!
URL=
for _ in $(seq 1 1200); do
  URL=$(grep -o 'http://127.0.0.1:[0-9]*/' "$LOG" || true)
  [ -n "$URL" ] && break
  kill -0 "$SERVE_PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 0.1
done
[ -n "$URL" ] || { echo "serve did not start" >&2; cat "$LOG" >&2; exit 1; }
echo "first build and start: $(( ($(date +%s%N) - START) / 1000000 )) ms ($(head -1 "$LOG"))"

python3 - "$URL" "$WORK/site" "$EDITS" <<'PY'
import os, re, socket, statistics, sys, time, urllib.request

url, site, edits = sys.argv[1], sys.argv[2], int(sys.argv[3])
host, port = re.match(r"http://([^:]+):(\d+)/", url).groups()

def fetch(path):
    with urllib.request.urlopen(url + path.lstrip("/")) as r:
        return r.read().decode("utf-8")

pages = os.path.join(site, "content", "pages")
files = sorted(f for f in os.listdir(pages) if f.endswith(".markdown"))
meta = {}
for f in files:
    head = open(os.path.join(pages, f), encoding="utf-8").read().split("\n\n", 1)[0]
    kv = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
    meta[f] = kv
target = files[len(files) // 2]
chapter = meta[target]["sortorder"][:2]
sibling = next(f for f in files if f != target and meta[f]["sortorder"][:2] == chapter)
target_url, sibling_url = "/" + meta[target]["slug"] + ".html", "/" + meta[sibling]["slug"] + ".html"

sse = socket.create_connection((host, int(port)))
sse.sendall(b"GET /__cairn/events HTTP/1.0\r\nHost: x\r\n\r\n")
stream = sse.makefile("rb")
def next_event():
    kind = None
    while True:
        line = stream.readline()
        if not line:
            raise SystemExit("event stream closed")
        line = line.decode().rstrip("\r\n")
        if line.startswith("event:"):
            kind = line[6:].strip()
        elif line == "" and kind:
            return kind
while next_event() != "hello":
    pass
fetch(target_url); fetch(sibling_url)   # the tabs the author has open

path = os.path.join(pages, target)
original = open(path, encoding="utf-8").read()
to_event, to_pages = [], []
for i in range(edits):
    title = f"Edited title {i}"
    text = re.sub(r"(?m)^title: .*$", "title: " + title, original)
    text = re.sub(r"(?m)^sidebartitle: .*$", "sidebartitle: " + title, text)
    tmp = os.path.join(pages, ".edit.tmp")
    with open(tmp, "w", encoding="utf-8") as out:
        out.write(text)
    t0 = time.perf_counter()
    os.replace(tmp, path)
    while (kind := next_event()) != "reload":
        if kind == "failed":
            raise SystemExit("the build failed")
    t1 = time.perf_counter()
    a, b = fetch(target_url), fetch(sibling_url)
    t2 = time.perf_counter()
    if title not in a or title not in b:
        raise SystemExit(f"edit {i}: new title missing from {target_url if title not in a else sibling_url}")
    to_event.append((t1 - t0) * 1000)
    to_pages.append((t2 - t0) * 1000)

def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(p / 100 * len(xs) + 0.5) - 1))]
print(f"pages: {len(files)}, edits: {edits}, edited {target_url}, sibling {sibling_url}")
print(f"edit -> reload event:           p50 {pct(to_event, 50):6.0f} ms   p95 {pct(to_event, 95):6.0f} ms")
print(f"edit -> both pages re-fetched:  p50 {pct(to_pages, 50):6.0f} ms   p95 {pct(to_pages, 95):6.0f} ms")
PY
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "^(Rebuilt|error|warning)" "$LOG" | tail -3; [ -n "${SHOW_LOG:-}" ] && cat "$LOG"
