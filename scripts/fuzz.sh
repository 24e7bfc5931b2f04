#!/usr/bin/env bash
# Coverage-guided fuzzing of cairn's parsers with Jazzer.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 300; CI runs a short smoke run)
# Each target runs in its own JVM (Jazzer fuzzes one test per run). A crash is written
# to src/test/resources/cairn/fuzz/<Class>Inputs/<target>/ by Jazzer, where it
# becomes a regression input of the normal test suite: commit it with the fix, and list
# it in docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
# Class#method; the default class is ParserFuzzTest. FUZZ_TARGETS="a b" picks some.
targets=(
  frontMatterParserNeverThrowsUnexpectedly
  markdownToLinksNeverThrowsAndPositionsStayInTheFile
  slugAndUrlNormalisersKeepTheirPromises
  CacheAndConfigFuzzTest#pageFileLoadsOrGivesPositionedDiagnostics
  CacheAndConfigFuzzTest#siteConfigAndExternalSettingsNeverThrow
  CacheAndConfigFuzzTest#anyLinkCacheFileIsACacheOrNone
  CacheAndConfigFuzzTest#aDamagedMarkdownPackNeverChangesTheRenderedPage
)
if [ -n "${FUZZ_TARGETS:-}" ]; then read -r -a targets <<< "$FUZZ_TARGETS"; fi
mvn -B -q test-compile
status=0
# Jazzer's RegexRoadblocks hook turns the whole input into a String at every step of every
# regular expression flexmark runs over it (quadratic: one input ran for minutes in CI), so
# it is off. A single input that still runs for minutes is a hang: `timeout` ends the run
# (libFuzzer's own limit is 20 minutes) and it counts as a finding.
for t in "${targets[@]}"; do
  case "$t" in *"#"*) ;; *) t="ParserFuzzTest#$t" ;; esac
  echo "== fuzzing $t for ${seconds}s"
  JAZZER_FUZZ=1 timeout $((seconds + 300)) mvn -B -q surefire:test -Dtest="$t" \
      -Djazzer.max_duration="${seconds}s" \
      -Djazzer.disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexRoadblocks \
      -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false || rc=$?
  case "${rc:-0}" in
    0) ;;
    124) echo "!! $t: one input ran for minutes (a hang?); the run was stopped"; status=1 ;;
    *) echo "!! $t found a problem (see target/surefire-reports and the new input file)"; status=1 ;;
  esac
  unset rc
done
exit $status
