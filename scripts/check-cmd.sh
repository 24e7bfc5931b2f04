#!/usr/bin/env bash
# Runs bin/cairn.cmd, the Windows launcher, in Wine's cmd.exe with a stand-in java.cmd that
# prints the arguments it gets, and checks it makes the same JVM choices as bin/cairn
# (LauncherTest checks those): C1 and the serial collector for a build or check of a guide
# under 3,000 Markdown files, C1 only for a build with a build cache, the JVM's defaults for
# serve and for bigger sites; CAIRN_JAVA_OPTS last; every argument passed on as given; the
# exit code passed back; a clear error when there is no jar. Both layouts: a checkout's
# (target\cairn.jar) and the portable zip's (lib\cairn.jar, the AOT cache or CDS archive beside it).
# Needs wine64 (Debian: apt-get install wine64); without it, it says SKIP and exits 0,
# except under CI=true, where it fails. Run by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "check-cmd: FAIL: $*" >&2; exit 1; }
ok() { echo "check-cmd: ok: $*"; }

wine=$(command -v wine64 || ls /usr/lib/wine/wine64 2>/dev/null || true)
if [ -z "$wine" ]; then
  [ "${CI:-}" = true ] && fail "wine64 is not installed (apt-get install wine64)"
  echo "check-cmd: SKIP: wine64 is not installed (apt-get install wine64)"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export WINEPREFIX="$work/prefix" WINEDEBUG=-all
winpath() { echo "Z:${1//\//\\}"; }

mkdir -p "$work/cairn/bin" "$work/cairn/target" "$work/fake" "$work/small/content/pages" "$work/big/content"
cp bin/cairn.cmd "$work/cairn/bin/"
: > "$work/cairn/target/cairn.jar"
printf '@echo ARGS: %%*\r\n@exit /b 3\r\n' > "$work/fake/java.cmd"
for i in 1 2 3; do echo "title: P" > "$work/small/content/pages/p$i.md"; done
for i in $(seq 1 3000); do : > "$work/big/content/p$i.md"; done

# the cairn.cmd under test and the jar it should run: a checkout's layout first (target\)
home=$work/cairn
jar=$home/target/cairn.jar

# cairn.cmd ARGS... run in SITE; prints the stand-in java's line
launch() {
  local site=$1; shift
  (cd "$site" && env -u JAVA_HOME WINEPATH="$(winpath "$work/fake")" "$wine" cmd /c "$(winpath "$home/bin/cairn.cmd")" "$@" 2>&1 || true) | tr -d '\r'
}
expect() { # expect SITE "WANTED OPTIONS" ARGS...
  local site=$1 want=$2; shift 2
  local got; got=$(launch "$site" "$@")
  local shown; shown=$(winpath "$jar")
  local line="ARGS: ${want:+$want }-cp \"$shown\" cairn.cli.Main $*"
  [ "$(echo "$got" | sed 's/  */ /g')" = "$(echo "$line" | sed 's/  */ /g')" ] \
    || fail "cairn.cmd $* printed \"$got\", expected \"$line\""
  ok "cairn.cmd $* -> ${want:-JVM defaults}"
}

"$wine" cmd /c exit 0 >/dev/null 2>&1 || true   # makes the Wine prefix (about 20 s the first time)

expect "$work/small" "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" build
expect "$work/small" "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" check --format github
expect "$work/small" "" serve --port 8123
expect "$work" "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" build --source small
expect "$work" "" build --source=big
expect "$work" "" check -s big
mkdir -p "$work/big/.cairn/cache/markdown" && : > "$work/big/.cairn/cache/markdown/pack-0"
expect "$work/big" "-XX:TieredStopAtLevel=1" build
expect "$work/big" "" build --no-cache
got=$(cd "$work/small" && CAIRN_JAVA_OPTS=-Xmx2g launch . build)
case "$got" in "ARGS: -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx2g -cp "*) ok "CAIRN_JAVA_OPTS comes last" ;;
  *) fail "CAIRN_JAVA_OPTS: $got" ;; esac

set +e
(cd "$work/small" && WINEPATH="$(winpath "$work/fake")" "$wine" cmd /c "$(winpath "$work/cairn/bin/cairn.cmd")" build >/dev/null 2>&1)
code=$?
set -e
[ "$code" = 3 ] || fail "exit code of java (3) came back as $code"
ok "java's exit code is cairn.cmd's"

# The portable zip's layout (cairn-VERSION\bin\cairn.cmd, lib\cairn.jar: the Windows way in), and
# the start-up archives beside the jar, chosen as bin/cairn chooses them: the AOT cache only for
# the java named in lib\cairn.aot.java, else the CDS archive
home=$work/zip
jar=$home/lib/cairn.jar
mkdir -p "$home/bin" "$home/lib"
cp bin/cairn.cmd "$home/bin/"
: > "$jar"
expect "$work/small" "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" build
expect "$work/small" "" serve
lib=$(winpath "$home/lib")
: > "$home/lib/cairn.jsa"
expect "$work/small" "-XX:SharedArchiveFile=$lib\cairn.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" build
: > "$home/lib/cairn.aot"
printf 'java\r\n' > "$home/lib/cairn.aot.java"
expect "$work/small" "-XX:AOTCache=$lib\cairn.aot -Xlog:aot=off -Xlog:cds=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" check
expect "$work/small" "-XX:AOTCache=$lib\cairn.aot -Xlog:aot=off -Xlog:cds=off" serve
printf 'C:\\jdk-25\\bin\\java.exe\r\n' > "$home/lib/cairn.aot.java"
expect "$work/small" "-XX:SharedArchiveFile=$lib\cairn.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" build
ok "the zip's layout: lib\\cairn.jar, the AOT cache for its own java only, else the CDS archive"
home=$work/cairn

rm "$work/cairn/target/cairn.jar"
set +e
err=$(cd "$work/small" && "$wine" cmd /c "$(winpath "$home/bin/cairn.cmd")" build 2>&1 | tr -d '\r')
code=${PIPESTATUS[0]}
set -e
[ "$code" = 70 ] || fail "no jar: exit code $code, expected 70"
case "$err" in *"cannot find cairn.jar"*) ok "no jar: exit 70, \"$err\"" ;; *) fail "no jar: printed \"$err\"" ;; esac
echo "check-cmd: all checks passed"
