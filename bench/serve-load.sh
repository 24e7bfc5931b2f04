#!/usr/bin/env bash
# `cairn serve` under load (a benchmark, not a test): wrk with 50 connections for 30 s on
# the synthetic guide (default 2,000 pages) while another process saves a page every
# 200 ms (atomic rename, as editors save).
#
#   bench/serve-load.sh [N] [SECONDS] [CONNECTIONS]      defaults: 2000 30 50
#
# Prints wrk's latency distribution (p50/p99) and errors, how many saves were made, and
# the server's resident memory, live heap (after a full GC, via jcmd) and open file
# descriptors before and after the run. Needs wrk (apt-get install wrk), python3, java 17+.
set -euo pipefail

N=${1:-2000}
SECONDS_=${2:-30}
CONNS=${3:-50}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GEN=${GEN:-$ROOT/../shared/bench/gen_corpus.py}
CORPUS=/tmp/cairn-bench-corpus/$N
JAR=$ROOT/target/cairn.jar
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
[ -f "$JAR" ] || mvn -B -q -f "$ROOT/pom.xml" package -DskipTests
if [ ! -d "$CORPUS/native/content" ]; then
  python3 "$GEN" "$N" "$CORPUS" >&2
fi
WORK=$(mktemp -d)
SERVE_PID=
SAVER_PID=
cleanup() {
  [ -n "$SAVER_PID" ] && kill "$SAVER_PID" 2>/dev/null
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
cp -r "$CORPUS/native" "$WORK/site"

java ${JAVA_OPTS:-} -jar "$JAR" serve --source "$WORK/site" --port 0 >"$WORK/serve.log" 2>&1 &
SERVE_PID=$!
URL=
for _ in $(seq 1 1200); do
  URL=$(grep -o 'http://127.0.0.1:[0-9]*/' "$WORK/serve.log" || true)
  [ -n "$URL" ] && break
  kill -0 "$SERVE_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$URL" ] || { echo "serve did not start" >&2; exit 1; }

# the pages to request: 500 of the guide's pages, in a Lua table wrk picks from at random
python3 - "$CORPUS/slugs.txt" > "$WORK/paths.lua" <<'PY'
import random, sys
slugs = open(sys.argv[1]).read().split()
random.seed(42)
chosen = random.sample(slugs, min(500, len(slugs)))
print("paths = {" + ",".join('"/%s.html"' % s for s in chosen) + "}")
print("math.randomseed(42)")
print("request = function() return wrk.format('GET', paths[math.random(#paths)]) end")
PY
FIRST=$(python3 -c "import re,sys; print(re.search(r'\"(/[^\"]+)\"', open(sys.argv[1]).read()).group(1))" "$WORK/paths.lua")
curl -sf -o /dev/null "${URL%/}$FIRST" || { echo "the server does not have $FIRST" >&2; exit 1; }

measure() { # resident kB, live heap after a full GC, open fds
  local rss heap fds
  rss=$(awk '/VmRSS/ {print $2}' /proc/$SERVE_PID/status)
  jcmd "$SERVE_PID" GC.run >/dev/null 2>&1 || true
  heap=$(jcmd "$SERVE_PID" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9)
  fds=$(ls /proc/$SERVE_PID/fd | wc -l)
  echo "$1: resident ${rss} kB, live heap ${heap:-?} kB, open files $fds"
}
# warm up: every page of the list rendered once, so "before" and "after" hold the same pages
python3 - "$URL" "$WORK/paths.lua" <<'PY'
import re, sys, urllib.request
for p in re.findall(r'"(/[^"]+)"', open(sys.argv[2]).read()):
    urllib.request.urlopen(sys.argv[1].rstrip("/") + p).read()
PY
echo "== without saves, 10 s"
wrk -t 2 -c "$CONNS" -d 10s --timeout 10s --latency -s "$WORK/paths.lua" "$URL" | grep -E '^ +(50|99)%|Requests/sec|Non-2xx|Socket errors'
measure "before"
echo "== with a save every 200 ms, ${SECONDS_} s"

EDIT=$(find "$WORK/site/content/pages" -name '*.markdown' -o -name '*.md' | sort | sed -n 1p)
( i=0; while true; do
    i=$((i+1))
    sed "0,/^title:.*/s//title: Load test edit $i/" "$EDIT" > "$WORK/site/.edit.tmp"
    mv "$WORK/site/.edit.tmp" "$EDIT"
    echo "$i" > "$WORK/saves"
    sleep 0.2
  done ) &
SAVER_PID=$!
wrk -t 2 -c "$CONNS" -d "${SECONDS_}s" --timeout 10s --latency -s "$WORK/paths.lua" "$URL"
kill "$SAVER_PID"; wait "$SAVER_PID" 2>/dev/null || true; SAVER_PID=
echo "saves during the run: $(cat "$WORK/saves")"
SLUG=$(awk '/^slug:/ {print $2; exit}' "$EDIT")
SLUG=${SLUG:-$(basename "${EDIT%.*}" | sed 's/^[0-9]*-//')}
LAST=$(cat "$WORK/saves")
T0=$(date +%s%N); SEEN=
for _ in $(seq 1 600); do # the last save must show up: poll for up to 60 s
  SEEN=$(curl -s "${URL%/}/$SLUG.html" | grep -o 'Load test edit [0-9]*' | head -1)
  [ "$SEEN" = "Load test edit $LAST" ] && break
  sleep 0.1
done
echo "last save ($LAST) served after $(( ($(date +%s%N) - T0) / 1000000 )) ms: ${SEEN:-nothing} (expected Load test edit $LAST)"
python3 - "$URL" "$WORK/paths.lua" <<'PY'
import re, sys, urllib.request
for p in re.findall(r'"(/[^"]+)"', open(sys.argv[2]).read()):
    urllib.request.urlopen(sys.argv[1].rstrip("/") + p).read()
PY
measure "after (the same pages fetched once more)"
