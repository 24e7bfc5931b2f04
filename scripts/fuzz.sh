#!/usr/bin/env bash
# Coverage-guided fuzzing of cairn's parsers with Jazzer.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 300; CI runs a short smoke run)
# Each target runs in its own JVM (Jazzer fuzzes one test per run). A crash is written
# to cairn-core/src/test/resources/cairn/fuzz/<Class>Inputs/<target>/ by Jazzer, where it
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
# it is off. A single round that still runs for 15 minutes is a hang: `timeout` ends it
# (libFuzzer's own limit is 20 minutes) and it counts as a finding.
# Jazzer 0.24 takes a run's length only from @FuzzTest(maxDuration = "10s"), not from
# -Djazzer.max_duration, so a longer fuzz is a loop of 10 s runs; each resumes from the
# corpus the previous ones grew in cairn-core/.cifuzz-corpus/ (kept between runs, not committed).
for t in "${targets[@]}"; do
  case "$t" in *"#"*) ;; *) t="ParserFuzzTest#$t" ;; esac
  echo "== fuzzing $t for ${seconds}s"
  start=$(date +%s)
  rounds=0
  while :; do
    rounds=$((rounds + 1))
    JAZZER_FUZZ=1 timeout 900 mvn -B -q -pl cairn-core surefire:test -Dtest="$t" \
        -Djazzer.disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexRoadblocks \
        -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false || rc=$?
    [ "${rc:-0}" = 0 ] || break
    [ $(( $(date +%s) - start )) -lt "$seconds" ] || break
  done
  case "${rc:-0}" in
    0) echo "== $t: $rounds rounds, $(( $(date +%s) - start )) s, no finding" ;;
    124) echo "!! $t: one input ran for minutes (a hang?); the run was stopped"; status=1 ;;
    *) echo "!! $t found a problem (see target/surefire-reports and the new input file)"; status=1 ;;
  esac
  unset rc
done
exit $status
