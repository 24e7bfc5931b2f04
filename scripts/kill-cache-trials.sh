#!/usr/bin/env bash
# kill -9 during cache writes, many times: runs KilledCacheWriteTest with N trials
# (default 100; the test suite runs 8). Each trial kills a build with a warm cache at a
# random moment, then checks the next build equals a clean --no-cache build.
#   scripts/kill-cache-trials.sh [N] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=KilledCacheWriteTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcairn.killTrials="${1:-100}" -Dcairn.killSeed="${2:-42}"
echo "kill-cache-trials: ${1:-100} trials passed (seed ${2:-42})"
