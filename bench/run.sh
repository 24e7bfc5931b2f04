#!/usr/bin/env bash
# Side-by-side build benchmark: cairn, Hugo, Pelican (and Jekyll if installed) on the
# same synthetic guide, through the shared harness (../shared/bench/run_bench.sh), which
# checks that every page was written with its see-also box and that the TOC links them all.
#
#   bench/run.sh [SIZES] [RUNS]      default: "200 2000 10000" and 3 runs
#
# Per size: cold builds of every generator (the harness deletes outputs and caches), then
# cairn warm (build cache and previous output kept): nothing changed, and one page edited
# (WARM=0 skips those). CAIRN_JAVA_OPTS passes JVM options to cairn (e.g. -Xmx512m).
# cairn runs as users run it, through bin/cairn (the launcher the .deb and the release image
# install), with the class-data archive that scripts/cds-train.sh makes (the .deb makes it at
# install time); LAUNCHER=jar runs `java -jar target/cairn.jar` instead, and JAR_ROW=1 adds a
# cold `java -jar` row after the harness table.
#
# Needs: apt-get install -y hugo pelican python3-markdown (jekyll optional), and
# target/cairn.jar (mvn -B -q package -DskipTests). Prints Markdown tables; paste them
# into docs/benchmarks.md with the date and `uptime` (the machine is shared: compare
# generators within one run, as ratios).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
harness=${HARNESS:-$repo/../shared/bench/run_bench.sh}
sizes=${1:-200 2000 10000}
runs=${2:-3}
jar=$repo/target/cairn.jar
[ -f "$jar" ] || (cd "$repo" && mvn -B -q package -DskipTests)
[ -x "$harness" ] || [ -f "$harness" ] || { echo "no harness at $harness"; exit 2; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(uptime)"
echo "java: $(java -version 2>&1 | head -1)"
version=$(unzip -p "$jar" META-INF/MANIFEST.MF | awk -F': ' '/Implementation-Version/ {print $2}' | tr -d '\r')
# JVM options for cairn (CAIRN_JAVA_OPTS, e.g. -Xmx512m to show the heap it needs).
jar_cmd="java ${CAIRN_JAVA_OPTS:-} -jar $jar"
if [ "${LAUNCHER:-bin}" = jar ]; then
  java_cmd=$jar_cmd
else
  (cd "$repo" && sh scripts/cds-train.sh >/dev/null)
  java_cmd="env CAIRN_JAVA_OPTS='${CAIRN_JAVA_OPTS:-}' $repo/bin/cairn"
fi
echo "cairn command: $java_cmd"
for n in $sizes; do
  echo
  echo "### N = $n"
  # cold: the harness deletes out/ and .cairn/ before every run (fresh JVM, no build cache)
  NATIVE_CMD="$java_cmd build --output out --quiet" NATIVE_TOC=table-of-contents.html \
    NATIVE_LABEL="cairn $version" \
    ONE_RUN_OVER=${ONE_RUN_OVER:-120} LIMIT=${LIMIT:-600} bash "$harness" "$n" "$runs"
  if [ "${JAR_ROW:-0}" = 1 ] && [ "$java_cmd" != "$jar_cmd" ]; then
    NATIVE_CMD="$jar_cmd build --output out --quiet" NATIVE_TOC=table-of-contents.html \
      NATIVE_LABEL="cairn, java -jar" GENERATORS=native ONE_RUN_OVER=${ONE_RUN_OVER:-120} LIMIT=${LIMIT:-600} \
      bash "$harness" "$n" "$runs" | grep '^| cairn'
  fi
  if [ "${WARM:-1}" = 1 ]; then
    # warm: the cache and output of the previous run are kept; nothing changed, then one page edited
    corpus=/tmp/bench-corpus/$n/native
    (cd "$corpus" && rm -rf out .cairn && bash -c "$java_cmd build --output out --quiet")
    pages=("$corpus"/content/pages/*.markdown) # a glob, not ls | head: pipefail would stop the script
    page=${pages[0]}
    NATIVE_CMD="$java_cmd build --output out --quiet" NATIVE_CLEAN=nothing NATIVE_TOC=table-of-contents.html \
      NATIVE_LABEL="cairn warm, unchanged" GENERATORS=native LIMIT=${LIMIT:-600} bash "$harness" "$n" "$runs" \
      | grep '^| cairn'
    NATIVE_CMD="echo >> $page; $java_cmd build --output out --quiet" NATIVE_CLEAN=nothing \
      NATIVE_TOC=table-of-contents.html NATIVE_LABEL="cairn warm, 1 page edited" GENERATORS=native \
      LIMIT=${LIMIT:-600} bash "$harness" "$n" "$runs" | grep '^| cairn'
  fi
done

# The real Full Stack Python sample (76 files): cairn only, the peers need its theme.
fsp=$repo/../shared/corpus/fsp-sample
if [ -d "$fsp" ]; then
  echo
  echo "### Full Stack Python sample (cairn; links not strict: the sample has dangling links)"
  for i in $(seq "$runs"); do
    rm -rf /tmp/cairn-fsp-bench
    /usr/bin/time -f '%e s %M KB' bash -c "$java_cmd build --source '$fsp' --output /tmp/cairn-fsp-bench \
      --no-strict-links --no-cache --quiet" 2>&1 | grep -E ' s [0-9]+ KB$'
  done
fi
