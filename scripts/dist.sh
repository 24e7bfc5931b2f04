#!/usr/bin/env bash
# Makes the self-contained distribution from target/cairn.jar and the generated man pages
# and bash completion. Called by "mvn -B package -Pdist" (which makes those first):
#   scripts/dist.sh VERSION OUTPUT_TIMESTAMP JAVA_HOME
# Produces, under target/dist/:
#   cairn-VERSION-linux-x64/            the image, unpacked (bin/cairn, lib/, runtime/, share/)
#   cairn-VERSION-linux-x64.tar.gz      the same, packed
#   cairn_DEBVERSION_amd64.deb          /usr/lib/cairn + /usr/bin/cairn, man pages, bash completion
#   cairn-VERSION.zip                   portable, no runtime (Windows, macOS, any OS with Java 17+)
#   cairn.jar                           the jar alone (JBang's catalog runs it: jbang-catalog.json)
# See docs/distribution.md.
set -euo pipefail
cd "$(dirname "$0")/.."

version=${1:?version}
timestamp=${2:?outputTimestamp}
jdk=${3:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
epoch=$(date -d "$timestamp" +%s)
export SOURCE_DATE_EPOCH=$epoch   # dpkg-deb and gzip headers

jar=target/cairn.jar
gen=target/generated-docs
for f in "$jar" "$gen/cairn.bash" "$gen/man/cairn.1"; do
  [ -f "$f" ] || { echo "dist.sh: $f is missing; run: mvn -B package -Pdist" >&2; exit 1; }
done

name=cairn-$version-linux-x64
dist=target/dist
image=$dist/$name
rm -rf "$dist"
mkdir -p "$image"/{bin,lib,share/man/man1,share/bash-completion/completions,share/doc/cairn,share/cairn/guide}

# 1. The Java runtime: the modules jdeps finds, plus those loaded as services, which no
#    class refers to (so jdeps cannot see them): jdk.zipfs opens the default theme inside
#    cairn.jar; jdk.crypto.ec gives TLS the elliptic-curve ciphers most HTTPS sites need
#    (external link checks); jdk.localedata is left out (cairn's output is not localised).
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
modules=$modules,jdk.zipfs,jdk.crypto.ec
echo "dist: modules $modules"
"$jdk/bin/jlink" --add-modules "$modules" --output "$image/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  > "$dist/jlink.log" 2>&1 || { cat "$dist/jlink.log" >&2; exit 1; }
# No CDS archive in the image: JDK 17 does not write them byte for byte the same twice,
# and they hold the path they were made at. lib/cds-train makes both (the runtime's base
# archive and cairn's) where cairn is installed.

# 2. cairn itself, its launcher, and the CDS training script (run once where it is installed)
cp "$jar" "$image/lib/cairn.jar"
cp bin/cairn "$image/bin/cairn"
cp bin/cairn.cmd "$image/bin/cairn.cmd"   # runs lib/cairn.jar with a Windows java (JAVA_HOME or PATH)
cp scripts/cds-train.sh "$image/lib/cds-train"
chmod 755 "$image/bin/cairn" "$image/lib/cds-train"

# 3. man pages, completion, docs, and the sample guide (the CDS training input)
for page in "$gen"/man/*.1; do gzip -9n < "$page" > "$image/share/man/man1/$(basename "$page").gz"; done
cp "$gen/cairn.bash" "$image/share/bash-completion/completions/cairn"
cp LICENSE README.md CHANGELOG.md "$image/share/doc/cairn/"
cp -r content static cairn.yaml "$image/share/cairn/guide/"

# Reproducible archives: fixed times, owners and order; no user or group names.
normalise() { find "$1" -exec touch -h -d "@$epoch" {} +; chmod -R u+w,go-w,a+rX "$1"; }
normalise "$image"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C "$dist" -cf - "$name" \
  | gzip -9n > "$dist/$name.tar.gz"

# The portable zip: the image without the Linux runtime, for any OS with Java 17 or newer
# (bin/cairn.cmd on Windows, bin/cairn elsewhere); and the jar alone, under a name without
# the version, so that releases/latest/download/cairn.jar always leads to the newest one.
portable=cairn-$version
mkdir "$dist/zip"
cp -a "$image" "$dist/zip/$portable"
rm -rf "$dist/zip/$portable/runtime"
normalise "$dist/zip"   # removing runtime/ touched its parent
(cd "$dist/zip" && find "$portable" -print | LC_ALL=C sort | TZ=UTC zip -X -q -9 -@ "../$portable.zip")
rm -rf "$dist/zip"
cp "$jar" "$dist/cairn.jar"
touch -d "@$epoch" "$dist/cairn.jar"

# 4. The .deb, built from a staged tree with dpkg-deb (jpackage's .deb puts the app in
#    /opt and has no place for man pages or completion).
debversion=${version/-/\~}   # 0.1.0-SNAPSHOT -> 0.1.0~SNAPSHOT, which sorts before 0.1.0
deb=$dist/deb
mkdir -p "$deb/DEBIAN" "$deb/usr/lib" "$deb/usr/bin" "$deb/usr/share/man" "$deb/usr/share/doc/cairn" \
  "$deb/usr/share/bash-completion"
cp -a "$image" "$deb/usr/lib/cairn"
mv "$deb/usr/lib/cairn/share/man/man1" "$deb/usr/share/man/man1"
mv "$deb/usr/lib/cairn/share/bash-completion/completions" "$deb/usr/share/bash-completion/completions"
rmdir "$deb/usr/lib/cairn/share/man" "$deb/usr/lib/cairn/share/bash-completion"
ln -s ../lib/cairn/bin/cairn "$deb/usr/bin/cairn"
cat > "$deb/usr/share/doc/cairn/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: cairn
Source: https://github.com/cairn-ssg/cairn

Files: *
License: Apache-2.0
 The full text is in /usr/lib/cairn/share/doc/cairn/LICENSE. The bundled Java runtime
 (/usr/lib/cairn/runtime) is OpenJDK, GPL-2.0 with the Classpath Exception; its
 notices are in /usr/lib/cairn/runtime/legal.
EOF
size=$(du -sk --exclude=DEBIAN "$deb" | cut -f1)
cat > "$deb/DEBIAN/control" <<EOF
Package: cairn
Version: $debversion
Architecture: amd64
Maintainer: The cairn authors <cairn@users.noreply.github.com>
Installed-Size: $size
Depends: libc6, libgcc-s1, libstdc++6, zlib1g
Section: web
Priority: optional
Homepage: https://github.com/cairn-ssg/cairn
Description: static site generator for curated resource guides
 cairn builds guides of topic pages in chapters, cross-linked by see-also boxes,
 a sidebar and a generated table of contents, and is strict about broken links.
 Includes its own Java runtime.
EOF
# The CDS archives are made for the installed path, so they are made at install time
# (about 5 s) and removed with the package.
cat > "$deb/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  /usr/lib/cairn/lib/cds-train >/dev/null 2>&1 || echo "cairn: no CDS archive made; cairn works, it only starts slower" >&2
fi
EOF
cat > "$deb/DEBIAN/prerm" <<'EOF'
#!/bin/sh
set -e
rm -f /usr/lib/cairn/lib/cairn.jsa /usr/lib/cairn/lib/cairn.aot /usr/lib/cairn/lib/cairn.aot.java /usr/lib/cairn/runtime/lib/server/classes.jsa
EOF
chmod 755 "$deb/DEBIAN/postinst" "$deb/DEBIAN/prerm"
normalise "$deb"
dpkg-deb --root-owner-group -Zxz --build "$deb" "$dist/cairn_${debversion}_amd64.deb" >/dev/null
rm -rf "$deb"

# 5. CDS archives for the unpacked image in target/dist (not inside the archives above).
"$image/lib/cds-train"

echo "dist: $(du -sh "$image" --exclude='*.jsa' | cut -f1) image, $(du -h "$dist/$name.tar.gz" | cut -f1) .tar.gz, $(du -h "$dist"/*.deb | cut -f1) .deb, $(du -h "$dist/$portable.zip" | cut -f1) .zip"
ls -1 "$dist"
