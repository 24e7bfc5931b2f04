#!/bin/sh
# Makes cairn's class-data-sharing (CDS) archives, so that the JVM maps classes from them
# instead of loading them one by one:
#  - in a release image, the runtime's base archive (runtime/lib/server/classes.jsa,
#    -Xshare:dump; a JDK has its own);
#  - cairn's archive: a training run of "cairn build" on the sample guide with
#    -XX:ArchiveClassesAtExit.
# An archive holds the path of cairn.jar, so it is made where cairn runs: in a checkout
# (target/cairn.jsa), in an unpacked release (lib/cairn.jsa; the .deb runs this at
# install time).
# In a release image this file is lib/cds-train; in a checkout, scripts/cds-train.sh.
set -e
root=$(dirname "$(dirname "$(readlink -f "$0")")")
if [ -f "$root/lib/cairn.jar" ]; then
  lib="$root/lib"; guide="$root/share/cairn/guide"
else
  lib="$root/target"; guide="$root"
fi
[ -f "$lib/cairn.jar" ] || { echo "cds-train: no $lib/cairn.jar (run: mvn -B -q package -DskipTests)" >&2; exit 1; }
if [ -x "$root/runtime/bin/java" ] && [ ! -f "$root/runtime/lib/server/classes.jsa" ]; then
  "$root/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off >/dev/null
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
rm -f "$lib/cairn.jsa"
CAIRN_JAVA_OPTS="-XX:ArchiveClassesAtExit=$lib/cairn.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" \
  "$root/bin/cairn" build --quiet --no-cache --source "$guide" --output "$out/public"
[ -f "$lib/cairn.jsa" ] && echo "cds-train: wrote $lib/cairn.jsa"
# JDK 25+: an AOT cache too (classes loaded and linked, method profiles), used by bin/cairn
# with the same java only. The java is the one bin/cairn picks.
if [ -x "$root/runtime/bin/java" ]; then java="$root/runtime/bin/java"
elif [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
rm -f "$lib/cairn.aot" "$lib/cairn.aot.java"
if "$java" -XX:AOTMode=off -version >/dev/null 2>&1; then
  rm -rf "$out/public"
  "$java" -XX:AOTCacheOutput="$lib/cairn.aot" -Xlog:aot=off -Xlog:cds=off -cp "$lib/cairn.jar" cairn.cli.Main \
    build --quiet --no-cache --source "$guide" --output "$out/public" >/dev/null
  [ -f "$lib/cairn.aot" ] && echo "$java" > "$lib/cairn.aot.java" && echo "cds-train: wrote $lib/cairn.aot"
fi
