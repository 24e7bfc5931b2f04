#!/usr/bin/env bash
# The site search on a big guide (a benchmark, not a test): what the first query transfers
# and how soon its results show, in headless Chromium.
#
#   bench/search.sh [N] [RUNS]        defaults: N=10000 pages, RUNS=5
#
# Generates the synthetic guide once with ../shared/bench/gen_corpus.py into
# /tmp/cairn-bench-corpus/N, builds it with target/cairn.jar (when the output is missing or
# older than the jar), serves the output from 127.0.0.1 with gzip, and for each query
# (QUERIES="a b|c d", default below) RUNS times, each in a fresh browser context (nothing
# cached): opens the home page, types the whole query into the header box at once and waits
# for the results. Prints a Markdown table with medians: index files fetched and their gzip
# bytes (manifest, shards, one file per result shown), keystroke -> results shown, and last
# byte of the index -> results shown (the script's own work).
# Needs java 17+, python3, node/npm, Debian's chromium; puppeteer-core is installed once
# into ${SHOOT_CACHE:-/tmp/shoot-node} (as ../shared/tools/shoot.sh does; no browser download).
set -euo pipefail

N=${1:-10000}
RUNS=${2:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
GEN=${GEN:-$ROOT/../shared/bench/gen_corpus.py}
CORPUS=/tmp/cairn-bench-corpus/$N
JAR=${JAR:-$ROOT/target/cairn.jar}
OUT=$CORPUS/search-out
CACHE=${SHOOT_CACHE:-/tmp/shoot-node}
CHROME=${CHROME:-$(command -v chromium || command -v chromium-browser || true)}
QUERIES=${QUERIES:-django|postgresql caching|kubernetes monitoring best practices|deploy|py|co}

[ -n "$CHROME" ] || { echo "search.sh: no chromium (apt-get install -y chromium)" >&2; exit 1; }
[ -f "$JAR" ] || mvn -B -q -f "$ROOT/pom.xml" package -DskipTests
if [ ! -d "$CORPUS/native/content" ]; then
  echo "generating corpus: N=$N -> $CORPUS" >&2
  python3 "$GEN" "$N" "$CORPUS" >&2
fi
if [ ! -f "$OUT/search/index.json" ] || [ "$JAR" -nt "$OUT/search/index.json" ]; then
  echo "building $N pages -> $OUT" >&2
  rm -rf "$OUT"
  (cd "$CORPUS/native" && java ${JAVA_OPTS:-} -jar "$JAR" build --output "$OUT" --quiet)
fi
if [ ! -d "$CACHE/node_modules/puppeteer-core" ]; then
  mkdir -p "$CACHE" && (cd "$CACHE" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent --no-audit --no-fund puppeteer-core > /dev/null)
fi

shards=$(find "$OUT/search/w" -type f | wc -l)
pages=$(find "$OUT/search/p" -type f | wc -l)
all=$(du -sb "$OUT/search" | cut -f1)
manifest=$(gzip -6 -c "$OUT/search/index.json" | wc -c)
biggest=$(for f in "$OUT"/search/w/*.json; do gzip -6 -c "$f" | wc -c; done | sort -n | tail -n 1)
echo "N=$N: $shards shards, $pages page files, $((all / 1024)) KB in search/ (uncompressed);" \
  "manifest $manifest B gzip, biggest shard $biggest B gzip; load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo
IFS='|' read -r -a qs <<< "$QUERIES"
NODE_PATH="$CACHE/node_modules" CHROME="$CHROME" node "$ROOT/bench/search.mjs" "$OUT" "$RUNS" "${qs[@]}"
