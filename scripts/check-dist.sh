#!/usr/bin/env bash
# Checks the distribution that "mvn -B package -Pdist" left in target/dist:
#  1. the .tar.gz, unpacked elsewhere, builds the sample guide with JAVA_HOME unset and
#     no java on PATH;
#  2. the portable .zip (no runtime) has both launchers and builds the guide with the system's
#     java; cairn.jar, the asset jbang-catalog.json names, runs with the manifest's main class;
#  3. the .deb installs (needs root and dpkg): cairn --version, man cairn, bash completion
#     of "cairn b<TAB>", the CDS archive made at install time; dpkg -r removes every file.
# Run by .ci/run. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

fail() { echo "check-dist: FAIL: $*" >&2; exit 1; }
ok() { echo "check-dist: ok: $*"; }

tarball=$(ls target/dist/cairn-*-linux-x64.tar.gz 2>/dev/null | head -1)
deb=$(ls target/dist/cairn_*_amd64.deb 2>/dev/null | head -1)
[ -n "$tarball" ] && [ -n "$deb" ] || fail "no target/dist/*.tar.gz or *.deb; run: mvn -B package -Pdist -DskipTests"
version=$(basename "$tarball" -linux-x64.tar.gz); version=${version#cairn-}

work=$(mktemp -d)
cleanup() {
  if dpkg-query -W -f='${Status}' cairn 2>/dev/null | grep -q installed && [ -f "$work/installed-by-check" ]; then
    dpkg -r cairn >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# --- 1. the release archive, without any Java on the machine's paths -----------------
tar -xzf "$tarball" -C "$work"
image="$work/cairn-$version-linux-x64"
[ -x "$image/bin/cairn" ] || fail "no bin/cairn in $tarball"
# a PATH with only the tools bin/cairn uses, so no java can be found by accident
mkdir "$work/path"
for tool in sh readlink dirname mktemp rm; do ln -s "$(command -v $tool)" "$work/path/$tool"; done
bare() { env -i HOME="$work" PATH="$work/path" ${CAIRN_JAVA_OPTS:+CAIRN_JAVA_OPTS="$CAIRN_JAVA_OPTS"} "$@"; }
bare sh -c 'command -v java' >/dev/null && fail "java is still on the bare PATH"
cp -r content static cairn.yaml "$work/"
mkdir "$work/site" && mv "$work/content" "$work/static" "$work/cairn.yaml" "$work/site/"
out=$(bare "$image/bin/cairn" build --source "$work/site" --output "$work/public") || fail "image build of the sample guide failed: $out"
[ -f "$work/public/index.html" ] || fail "image build wrote no index.html"
ok "unpacked $tarball builds the sample guide without JAVA_HOME or java on PATH ($out)"

# The start-up archive bin/cairn picks must be usable: -XX:AOTMode=on (the AOT cache of a JDK 25+
# runtime, which bin/cairn uses with the java that made it) or -Xshare:on (the CDS archive) turns
# "not usable" into a start-up error instead of a silent fallback.
strict_archive() { # LIB_DIR JAVA
  if [ -f "$1/cairn.aot" ] && [ "$(cat "$1/cairn.aot.java" 2>/dev/null)" = "$2" ]; then echo -XX:AOTMode=on
  else echo -Xshare:on; fi
}
bare "$image/lib/cds-train" >/dev/null || fail "lib/cds-train failed in the unpacked image"
CAIRN_JAVA_OPTS=$(strict_archive "$image/lib" "$(readlink -f "$image/runtime/bin/java")") \
  bare "$image/bin/cairn" --version >/dev/null || fail "the archive made by lib/cds-train is not usable"
ok "lib/cds-train makes a start-up archive that bin/cairn uses ($(strict_archive "$image/lib" "$(readlink -f "$image/runtime/bin/java")"))"

[ -f "$image/bin/cairn.cmd" ] || fail "no bin/cairn.cmd in $tarball"

# --- 2. the portable .zip and the jar that JBang runs ----------------------------------
zip=target/dist/cairn-$version.zip
[ -f "$zip" ] || fail "no $zip"
unzip -q "$zip" -d "$work/zip"
portable="$work/zip/cairn-$version"
[ -e "$portable/runtime" ] && fail "$zip carries a runtime (it is the portable one)"
head -1 "$portable/bin/cairn.cmd" | grep -q $'\r$' || fail "bin/cairn.cmd in $zip lost its CRLF line endings"
out=$(env -u JAVA_HOME sh "$portable/bin/cairn" build --source "$work/site" --output "$work/public-zip") \
  || fail "the portable zip's bin/cairn failed with the system's java: $out"
cmp -s "$work/public/index.html" "$work/public-zip/index.html" || fail "the zip and the image built different sites"
ok "$zip: no runtime, bin/cairn.cmd (CRLF), bin/cairn builds the sample guide with the system's java"

ref=$(sed -n 's/.*"script-ref": *"\([^"]*\)".*/\1/p' jbang-catalog.json)
main=$(sed -n 's/.*"main": *"\([^"]*\)".*/\1/p' jbang-catalog.json)
asset=target/dist/$(basename "$ref")
[ -f "$asset" ] || fail "jbang-catalog.json runs $ref, but the dist build made no $asset"
manifest=$(unzip -p "$asset" META-INF/MANIFEST.MF | tr -d '\r')
grep -qx "Main-Class: $main" <<<"$manifest" || fail "$asset's manifest does not name $main (JBang alias main)"
v=$("$image/runtime/bin/java" -jar "$asset" --version | head -2 | tr '\n' ' ')
date=$(sed -n 's/^Build-Date: //p' <<<"$manifest")
[ "$v" = "cairn $version Built $date " ] || fail "java -jar $asset --version printed \"$v\""
ok "$asset (jbang-catalog.json's script-ref): Main-Class $main, --version: $v"

# --- 3. the .deb -----------------------------------------------------------------------
if [ "$(id -u)" != 0 ] || ! command -v dpkg >/dev/null; then
  echo "check-dist: SKIP .deb checks: they need root and dpkg (CI runs them as root on Debian)"
  exit 0
fi
if dpkg-query -W -f='${Status}' cairn 2>/dev/null | grep -q "install ok installed"; then
  fail "a cairn package is already installed; remove it first (dpkg -r cairn)"
fi
command -v man >/dev/null || fail "man is not installed (apt-get install man-db)"

dpkg -i "$deb" >/dev/null || fail "dpkg -i $deb"
touch "$work/installed-by-check"
files=$(dpkg -L cairn)
[ "$(readlink -f /usr/bin/cairn)" = /usr/lib/cairn/bin/cairn ] || fail "/usr/bin/cairn does not lead to /usr/lib/cairn/bin/cairn"
v=$(env -u JAVA_HOME cairn --version | head -1)
[ "$v" = "cairn $version" ] || fail "cairn --version printed \"$v\", expected \"cairn $version\""
ok "dpkg -i: $v"

[ -f /usr/lib/cairn/lib/cairn.jsa ] || [ -f /usr/lib/cairn/lib/cairn.aot ] || fail "postinst made no start-up archive"
CAIRN_JAVA_OPTS=$(strict_archive /usr/lib/cairn/lib /usr/lib/cairn/runtime/bin/java) cairn --version >/dev/null \
  || fail "the installed start-up archive is not usable"
ok "postinst made a usable start-up archive ($(strict_archive /usr/lib/cairn/lib /usr/lib/cairn/runtime/bin/java))"

if grep -rqs '^path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg.d/; then
  fail "dpkg is set to drop man pages (path-exclude in /etc/dpkg/dpkg.cfg.d/), so man cairn cannot be checked here"
fi
page=$(MANWIDTH=80 man -P cat cairn 2>/dev/null) || fail "man cairn"
grep -q "cairn - A static site generator" <<<"$page" || fail "man cairn lacks the NAME line"
MANWIDTH=80 man -P cat cairn-build 2>/dev/null | grep -q -- "--source" || fail "man cairn-build lacks --source"
ok "man cairn, man cairn-build"

# bash completion, loaded the way bash-completion does it: on demand from its completions dir
completion=$(bash --norc --noprofile -c '
  if [ -f /usr/share/bash-completion/bash_completion ]; then
    . /usr/share/bash-completion/bash_completion
    _completion_loader cairn
  else
    . /usr/share/bash-completion/completions/cairn
  fi
  fn=$(complete -p cairn | sed -E "s/.*-F ([^ ]+).*/\1/")
  COMP_WORDS=(cairn b); COMP_CWORD=1; COMP_LINE="cairn b"; COMP_POINT=${#COMP_LINE}
  "$fn" cairn b cairn
  echo "${COMPREPLY[*]}"') || fail "bash completion script failed"
[ "$completion" = build ] || fail "cairn b<TAB> completed to \"$completion\", expected \"build\""
ok "bash completion: cairn b<TAB> -> $completion"

dpkg -r cairn >/dev/null || fail "dpkg -r cairn"
rm -f "$work/installed-by-check"
left=""
while IFS= read -r f; do
  [ "$f" = /. ] && continue
  if [ -e "$f" ] || [ -L "$f" ]; then
    # shared directories (/usr/bin, /usr/share/man/man1 ...) stay; anything of cairn's must go
    case "$f" in *cairn*) left="$left $f" ;; esac
  fi
done <<<"$files"
[ -e /usr/lib/cairn ] && left="$left /usr/lib/cairn"
[ -z "$left" ] || fail "dpkg -r left:$left"
ok "dpkg -r removed every file (and the CDS archive made at install)"
echo "check-dist: all checks passed"
