#!/usr/bin/env bash
# Two JDKs, one output: builds the sample guide (content/), the FSP sample
# (../shared/corpus/fsp-sample) and the synthetic N = 2,000 guide
# (../shared/bench/gen_corpus.py) with target/cairn.jar on JDK 17 and on the newest other
# JDK found (JDK 25 here), and fails if any output differs by a byte.
#   scripts/check-jdks.sh            JDKs from /usr/lib/jvm (or JDK17_HOME / JDK_OTHER_HOME)
#   N=200 scripts/check-jdks.sh      a smaller synthetic guide
# Skips (exit 0, with a message) when only one JDK is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${N:-2000}

jdk_version() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'; }
JDK17=${JDK17_HOME:-}
OTHER=${JDK_OTHER_HOME:-}
for home in /usr/lib/jvm/*/; do
  home=${home%/}
  [ -x "$home/bin/java" ] || continue
  v=$(jdk_version "$home")
  if [ "$v" = 17 ] && [ -z "$JDK17" ]; then JDK17=$home; fi
  if [ "$v" != 17 ] && [ -n "$v" ]; then
    if [ -z "$OTHER" ] || [ "$v" -gt "$(jdk_version "$OTHER")" ]; then OTHER=$home; fi
  fi
done
if [ -z "$JDK17" ] || [ -z "$OTHER" ]; then
  echo "check-jdks: skipped: needs JDK 17 and another JDK under /usr/lib/jvm (found: ${JDK17:-no 17} ${OTHER:-no other})"
  exit 0
fi
echo "check-jdks: JDK $(jdk_version "$JDK17") ($JDK17) vs JDK $(jdk_version "$OTHER") ($OTHER)"

[ -f target/cairn.jar ] || mvn -B -q package -DskipTests
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SITES=("sample:$ROOT")
[ -d ../shared/corpus/fsp-sample ] && SITES+=("fsp:$(cd ../shared/corpus/fsp-sample && pwd)")
if [ -f ../shared/bench/gen_corpus.py ]; then
  python3 ../shared/bench/gen_corpus.py "$N" "$WORK/gen" >/dev/null
  SITES+=("synthetic-$N:$WORK/gen/native")
fi

tree_hash() { (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }
failed=0
for entry in "${SITES[@]}"; do
  name=${entry%%:*}
  src=${entry#*:}
  hashes=()
  for jdk in "$JDK17" "$OTHER"; do
    out="$WORK/out-$name-$(basename "$jdk")"
    # --no-cache: each JDK renders everything itself (the site's .cairn/ is not touched);
    # --no-strict-links: the FSP sample links to pages it does not include
    if ! "$jdk/bin/java" -jar target/cairn.jar build --source "$src" --output "$out" --no-cache --no-strict-links --quiet \
        >"$WORK/log" 2>&1; then
      echo "check-jdks: $name: the build failed on $(basename "$jdk"):"; cat "$WORK/log"; exit 1
    fi
    hashes+=("$(tree_hash "$out")")
  done
  files=$(find "$WORK/out-$name-$(basename "$JDK17")" -type f | wc -l)
  if [ "${hashes[0]}" = "${hashes[1]}" ]; then
    echo "check-jdks: $name: $files files, identical (${hashes[0]})"
  else
    echo "check-jdks: $name: OUTPUT DIFFERS between JDKs (${hashes[0]} vs ${hashes[1]}):"
    diff -rq "$WORK/out-$name-$(basename "$JDK17")" "$WORK/out-$name-$(basename "$OTHER")" | head -20 || true
    failed=1
  fi
done
exit $failed
