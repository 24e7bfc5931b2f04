#!/usr/bin/env bash
# Coverage-guided fuzzing of cairn's parsers with Jazzer.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 300; CI runs a short smoke run)
# Each target runs in its own JVM (Jazzer fuzzes one test per run). A crash is written
# to src/test/resources/cairn/fuzz/ParserFuzzTestInputs/<target>/ by Jazzer, where it
# becomes a regression input of the normal test suite: commit it with the fix, and list
# it in docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
targets=(
  frontMatterParserNeverThrowsUnexpectedly
  markdownToLinksNeverThrowsAndPositionsStayInTheFile
  slugAndUrlNormalisersKeepTheirPromises
)
mvn -B -q test-compile
status=0
for t in "${targets[@]}"; do
  echo "== fuzzing $t for ${seconds}s"
  if ! JAZZER_FUZZ=1 mvn -B -q surefire:test -Dtest="ParserFuzzTest#$t" \
        -Djazzer.max_duration="${seconds}s" -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false; then
    echo "!! $t found a problem (see target/surefire-reports and the new input file)"
    status=1
  fi
done
exit $status
