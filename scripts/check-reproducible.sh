#!/usr/bin/env bash
# Checks that two clean builds give byte-identical artifacts.
#   scripts/check-reproducible.sh          target/cairn.jar and the jars Maven Central gets (cairn-core's
#                                          and the Maven plugin's), two "mvn clean package" runs
#   scripts/check-reproducible.sh --dist   also the .tar.gz, .deb, .zip and cairn.jar ("mvn clean package -Pdist")
# Times and order come from project.build.outputTimestamp (pom.xml); see docs/distribution.md.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=()
artifacts=(target/cairn.jar 'target/cairn-core-*.jar' 'cairn-maven-plugin/target/cairn-maven-plugin-*.jar')
if [ "${1:-}" = --dist ]; then
  profile=(-Pdist)
  artifacts+=('target/dist/*.tar.gz' 'target/dist/*.deb' 'target/dist/*.zip' 'target/dist/cairn.jar')
fi

build() {
  mvn -B -q clean package -DskipTests "${profile[@]}" >"$1/mvn.log" 2>&1 || { cat "$1/mvn.log" >&2; exit 1; }
  for pattern in "${artifacts[@]}"; do
    # shellcheck disable=SC2086 # the pattern is expanded after the build made the files
    for f in $pattern; do sha256sum "$f"; done
  done > "$1/sums"
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/1" "$work/2"
build "$work/1"
build "$work/2"
cat "$work/1/sums"
if diff "$work/1/sums" "$work/2/sums" >/dev/null; then
  echo "check-reproducible: ok: two clean builds gave identical artifacts"
else
  echo "check-reproducible: FAIL: the builds differ:" >&2
  diff "$work/1/sums" "$work/2/sums" >&2 || true
  exit 1
fi
