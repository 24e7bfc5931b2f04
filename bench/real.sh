#!/usr/bin/env bash
# cairn on real content: a guide of ~760 Full Stack Python pages and posts
# (bench/make-fsp-corpus.py: ../shared/corpus/fsp-sample x COPIES, slugs and links renamed
# per copy), through the command a user runs (bin/cairn, with its class-data archive):
#   cold build   output and .cairn/ deleted before each run
#   warm build   nothing changed since the previous build (build cache and output kept)
#   check        cairn check after the builds (it reads their Markdown cache; exit 1: the
#                sample links to pages it does not have)
#   check cold   cairn check --no-cache
#   flexmark     the floor: flexmark alone parsing and rendering every file, in a fresh JVM
#                with the launcher's options (cairn.bench.FlexmarkFloor, src/test)
# Each round runs the five once, in that order; the table has the median, min and max of
# RUNS rounds (wall seconds) and the peak memory of the median run.
#
#   bench/real.sh [RUNS] [COPIES]        defaults: 5 rounds, 10 copies
#
# Broken links are reported, not fatal (--no-strict-links): the sample has 594 of them.
# Needs target/cairn.jar (mvn -B -q package -DskipTests); compiles the test classes.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
copies=${2:-10}
work=${WORK:-$(mktemp -d)}
site="$work/fsp$copies"
[ -f target/cairn.jar ] || { echo "real.sh: no target/cairn.jar (mvn -B -q package -DskipTests)" >&2; exit 1; }
mvn -B -q -o test-compile >&2 || mvn -B -q test-compile >&2
[ -d "$site/content" ] || python3 bench/make-fsp-corpus.py "$site" "$copies" >&2
out="$work/public"
mkdir -p "$work/times"

# one timed run: NAME COMMAND... (wall seconds and peak RSS in KB appended to times/NAME)
timed() {
  local name=$1; shift
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(tail -n 1 "$work/rss")" >> "$work/times/$name"
}

bin/cairn build --quiet --source "$site" --output "$out" --no-strict-links >/dev/null 2>&1 || true # archive, page cache
for _ in $(seq "$runs"); do
  rm -rf "$out" "$site/.cairn"
  timed cold bin/cairn build --quiet --source "$site" --output "$out" --no-strict-links
  timed warm bin/cairn build --quiet --source "$site" --output "$out" --no-strict-links
  timed check bin/cairn check --source "$site"
  timed check-cold bin/cairn check --source "$site" --no-cache
  timed flexmark java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/test-classes:target/cairn.jar \
    cairn.bench.FlexmarkFloor "$site/content"
done

files=$(find "$site/content" \( -name '*.md' -o -name '*.markdown' \) | wc -l)
echo "real content: $files Markdown files ($(du -sh "$site/content" | cut -f1)), $runs rounds;" \
  "load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '%-12s %9s %9s %9s %9s\n' work median min max peak
for name in cold warm check check-cold flexmark; do
  sort -n "$work/times/$name" | awk -v name="$name" '
    { t[NR] = $1; m[NR] = $2 }
    END { mid = int((NR + 1) / 2); printf "%-12s %8.2fs %8.2fs %8.2fs %7dMB\n", name, t[mid] / 1000, t[1] / 1000, t[NR] / 1000, m[mid] / 1024 }'
done
[ -n "${WORK:-}" ] || rm -rf "$work"
