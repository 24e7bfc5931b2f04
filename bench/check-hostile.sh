#!/usr/bin/env bash
# Benchmark of `cairn check --external` with hostile servers: 10,000 unique URLs, 5 % of
# them on twelve misbehaving servers on 127.0.0.1 (never answers, a byte a second, endless
# body, gzip bomb, redirect loop, 51 hops, redirect to ftp:, reset, dropped, garbage,
# Retry-After: 999999, endless headers), three hosts each, the rest on 190 well-behaved local hosts; default
# settings. The checker runs as its own process (target/cairn.jar, -Xmx256m); prints the
# wall time (goal: under 2 minutes), problems per code, and its resident memory over time.
# Not a test; docs/benchmarks.md records it.  Usage: bench/check-hostile.sh [URLS]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/cairn.jar ] || mvn -B -q package -DskipTests
mvn -B -q test-compile
mvn -B -q -pl cairn-core dependency:build-classpath -Dmdep.outputFile="$PWD/target/bench.classpath" >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    cairn.check.HostileLinksBenchmark "${1:-10000}" target/cairn.jar
