#!/usr/bin/env bash
# Prepares a release: the version lives in one place (pom.xml's <version>; each module's pom
# names it as its <parent>'s, which Maven needs literally, and this sets it there too), and so does the
# release date (<release.date>: cairn --version's build date, the jar's entry times, the man
# pages). This sets both and turns CHANGELOG.md's [Unreleased] section into the release's.
#   scripts/release.sh VERSION [DATE]       e.g. scripts/release.sh 0.2.0 2026-03-01 (DATE: today)
# It commits and tags nothing; it prints what to do next. After the release, set the pom's
# version to the next -SNAPSHOT (scripts/release.sh 0.3.0-SNAPSHOT only changes the pom).
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:?usage: scripts/release.sh VERSION [YYYY-MM-DD]}
date=${2:-$(date -u +%F)}
repo=https://github.com/cairn-ssg/cairn
fail() { echo "release: $*" >&2; exit 1; }

[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] || fail "\"$version\" is not a semantic version (1.2.3 or 1.2.3-rc.1)"
[[ $date =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] && date -d "$date" >/dev/null 2>&1 || fail "\"$date\" is not a date (YYYY-MM-DD)"

# Everything is checked before anything is changed.
if [[ $version != *-SNAPSHOT ]]; then
  grep -q '^## \[Unreleased\]$' CHANGELOG.md || fail "CHANGELOG.md has no \"## [Unreleased]\" section"
  if grep -q "^## \[$version\]" CHANGELOG.md; then fail "CHANGELOG.md already has a section for $version"; fi
  entries=$(awk '/^## \[Unreleased\]$/{on=1; next} /^## \[/{on=0} on && /^- /{n++} END{print n+0}' CHANGELOG.md)
  [ "$entries" -gt 0 ] || fail "CHANGELOG.md's [Unreleased] section lists no change"
fi
grep -q '^  <artifactId>cairn</artifactId>$' pom.xml || fail "pom.xml: no <artifactId>cairn</artifactId> at the top level"
modules=$(sed -n -E 's|^    <module>([^<]+)</module>$|\1|p' pom.xml)
for m in $modules; do
  grep -q '^    <artifactId>cairn</artifactId>$' "$m/pom.xml" 2>/dev/null || fail "$m/pom.xml: no <parent> with <artifactId>cairn</artifactId>"
done

# pom.xml: the project's own <version> (the first one, right after <artifactId>cairn</artifactId>)
# and <release.date>
sed -i -E '/^  <artifactId>cairn<\/artifactId>$/{n;s|^  <version>[^<]*</version>$|  <version>'"$version"'</version>|}' pom.xml
grep -q "^  <version>$version</version>$" pom.xml || fail "pom.xml: could not set <version>"
for m in $modules; do
  sed -i -E '/^    <artifactId>cairn<\/artifactId>$/{n;s|^    <version>[^<]*</version>$|    <version>'"$version"'</version>|}' "$m/pom.xml"
  grep -q "^    <version>$version</version>$" "$m/pom.xml" || fail "$m/pom.xml: could not set the parent's <version>"
done

if [[ $version == *-SNAPSHOT ]]; then
  echo "release: pom.xml and its modules are now at $version (CHANGELOG.md and release.date unchanged)"
  exit 0
fi
sed -i -E "s|<release.date>[^<]*</release.date>|<release.date>$date</release.date>|" pom.xml

# CHANGELOG.md: "## [Unreleased]" becomes "## [VERSION] - DATE" under a new, empty [Unreleased]

previous=$(grep -m1 -oE '^## \[[0-9][^]]*\]' CHANGELOG.md | sed -E 's/^## \[(.*)\]$/\1/' || true)
awk -v v="$version" -v d="$date" -v repo="$repo" -v prev="$previous" '
  /^## \[Unreleased\]$/ { print; print ""; print "## [" v "] - " d; next }
  /^\[Unreleased\]: / {
    print "[Unreleased]: " repo "/compare/v" v "...HEAD"
    print "[" v "]: " (prev == "" ? repo "/releases/tag/v" v : repo "/compare/v" prev "...v" v)
    next
  }
  { print }' CHANGELOG.md > CHANGELOG.md.new
mv CHANGELOG.md.new CHANGELOG.md

echo "release: pom.xml is at $version, released $date; CHANGELOG.md has its section ($entries entries)"
echo "next: mvn -B verify && JAVA_HOME=/path/to/jdk-25 mvn -B package -Pdist -DskipTests; commit; tag v$version; upload target/dist/*"
echo "      (the .tar.gz, .deb, .zip and cairn.jar) to the GitHub release v$version; then"
echo "      scripts/release.sh NEXT-SNAPSHOT"
