#!/usr/bin/env bash
# Start-up time of "cairn --version" and of building the sample guide, with and without the
# CDS archives, from the unpacked image in target/dist (mvn -B package -Pdist -DskipTests).
# Prints the median of N runs (default 11) in milliseconds, and the machine's load. Results: docs/distribution.md.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-11}
image=$(ls -d target/dist/cairn-*-linux-x64 | head -1)
[ -f "$image/lib/cairn.jsa" ] || "$image/lib/cds-train" >/dev/null
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT

median() { # command...
  local times=()
  for _ in $(seq "$n"); do
    local start end
    start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p"
}

row() { printf '%-44s %6s ms\n' "$1" "$(median "${@:2}")"; }
nocds="-Xshare:off"
base="-XX:SharedArchiveFile=$PWD/$image/runtime/lib/server/classes.jsa"   # the runtime's archive only
row "cairn --version (image, CDS)" "$image/bin/cairn" --version
row "cairn --version (image, JDK classes only)" env CAIRN_JAVA_OPTS=$base "$image/bin/cairn" --version
row "cairn --version (image, no CDS)" env CAIRN_JAVA_OPTS=$nocds "$image/bin/cairn" --version
row "java -jar target/cairn.jar --version (JDK)" java -jar target/cairn.jar --version
row "build sample guide (image, CDS)" "$image/bin/cairn" build -q --source . --output "$out/a"
row "build sample guide (image, JDK classes only)" env CAIRN_JAVA_OPTS=$base "$image/bin/cairn" build -q --source . --output "$out/c"
row "build sample guide (image, no CDS)" env CAIRN_JAVA_OPTS=$nocds "$image/bin/cairn" build -q --source . --output "$out/b"
echo "($(nproc) cpus, load average $(cut -d" " -f1-3 /proc/loadavg))"
