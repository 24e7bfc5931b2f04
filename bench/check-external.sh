#!/usr/bin/env bash
# Benchmark of `cairn check --external`: 10,000 unique URLs on 200 local HTTP servers
# (ports on 127.0.0.1), default politeness (2 requests in flight per host, 100 ms between
# request starts to one host). Not a test: prints the wall time; docs/benchmarks.md records it.
# Usage: bench/check-external.sh [HOSTS] [URLS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q -pl cairn-core dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench.classpath" >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    cairn.check.ExternalLinksBenchmark "${1:-200}" "${2:-10000}"
