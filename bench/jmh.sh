#!/usr/bin/env bash
# Stage micro-benchmarks with JMH: one hot stage at a time, warm, in a forked JVM.
#
#   bench/jmh.sh [JMH args…]
#
#   bench/jmh.sh                                   every benchmark, default settings (~2 min)
#   bench/jmh.sh MarkdownBench                     one class (a regex over benchmark names)
#   bench/jmh.sh 'TemplateBench.renderPage' -p pages=2000 -f 1 -wi 2 -i 3
#   bench/jmh.sh -l                                list the benchmarks;  -h: JMH's options
#
# Benchmarks: cairn-core/src/test/java/cairn/bench/ (and cairn/content/FrontMatterBench). Compiles the
# test classes first (JMH's annotation processor generates its code in test-compile), then
# runs org.openjdk.jmh.Main on the test class path. Maven runs offline (-o) first and
# online only if that fails. Compare before/after runs on the same machine, close in time.
set -euo pipefail
cd "$(dirname "$0")/.."

cp_file=target/jmh.classpath
maven() {
    mvn -B -q -Dstyle.color=never "$@" -pl cairn-core test-compile dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$cp_file" >&2
}
maven -o || { echo "jmh.sh: offline Maven failed, trying online" >&2; maven; }

exec java -cp "target/test-classes:target/classes:$(cat "$cp_file")" org.openjdk.jmh.Main "$@"
