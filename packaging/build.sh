#!/usr/bin/env bash
# Builds Genrescope's installable app from `mvn package`'s output (target/genrescope.jar):
#   target/package/genrescope/          the app image; its launcher is bin/genrescope
#   target/package/genrescope_*.deb     when dpkg-deb and fakeroot are present
#   target/package/sizes.txt            the sizes of the runtime, the jar, the image and the package
# The runtime is a jlink image of the modules in packaging/jlink-modules.txt, stripped (no debug attributes,
# header files or man pages, compressed), with the JDK classes' CDS archive and bin/java (the training worker
# runs on it, ADR 0006). docs/adr/0017-packaging.md says why each piece is as it is.
#
# Usage: packaging/build.sh [--no-deb]
set -euo pipefail
cd "$(dirname "$0")/.."
here=packaging
out=target/package
jar=target/genrescope.jar
name=genrescope

fail() { echo "packaging/build.sh: $*" >&2; exit 1; }
for tool in jlink jpackage; do
    command -v "$tool" >/dev/null || fail "$tool was not found; it comes with a full JDK 17 (on Debian: the openjdk-17-jdk package); no app image was built."
done
[ -f "$jar" ] || fail "$jar is missing; run 'mvn -DskipTests package' first."
want_deb=yes
[ "${1:-}" = --no-deb ] && want_deb=no

# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT becomes 0.1.0.
version=$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *\([0-9.]*\).*/\1/p' | tr -d '\r')
[ -n "$version" ] || fail "$jar has no Implementation-Version in its manifest."

rm -rf "$out"
mkdir -p "$out/input"

# The app's files: the jar, and beside it the licences and the data credit (the About box shows the copies inside
# the jar; these are for whoever looks into the installed folder).
cp "$jar" "$out/input/$name.jar"
cp LICENSE THIRD-PARTY-NOTICES.md "$out/input/"
# JNA (brought in by ND4J) carries its native stub for every platform; only Linux x86-64's stays.
if command -v zip >/dev/null; then
    mapfile -t foreign < <(unzip -Z1 "$out/input/$name.jar" 'com/sun/jna/*/*' | grep -v '^com/sun/jna/linux-x86-64/' \
        | grep -E '\.(so|dll|jnilib|a)$' || true)
    if [ "${#foreign[@]}" -gt 0 ]; then
        zip -q -d "$out/input/$name.jar" "${foreign[@]}"
    fi
fi

echo "jlink: the runtime" >&2
modules=$(grep -v '^#' "$here/jlink-modules.txt" | grep -v '^$' | paste -sd, -)
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive --output "$out/runtime"
[ -x "$out/runtime/bin/java" ] || fail "the runtime has no bin/java; the training worker needs it (ADR 0006)."

echo "jpackage: the app image" >&2
jpackage --type app-image --name "$name" --app-version "$version" \
    --input "$out/input" --main-jar "$name.jar" --main-class org.genrescope.app.Main \
    --runtime-image "$out/runtime" --icon assets/icons/genrescope-256.png \
    --description "Cluster music tracks by their audio features and compare the clusters with the genres" \
    --vendor Genrescope --copyright "GNU General Public License v3.0 or later" --dest "$out"
image="$out/$name"
# The launcher script replaces jpackage's native launcher (which cannot choose a per-user CDS archive).
rm -f "$image/lib/app/$name.cfg" "$image/lib/libapplauncher.so"
install -m 755 "$here/genrescope-launcher.sh" "$image/bin/$name"
install -m 644 assets/icons/genrescope-256.png "$image/lib/$name.png"
# Every size, for the .deb's postinst to put into the icon theme (packaging/linux/postinst).
mkdir -p "$image/lib/icons"
install -m 644 assets/icons/genrescope-*.png assets/genrescope.svg "$image/lib/icons/"

if [ "$want_deb" = yes ]; then
    if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
        echo "jpackage: the .deb" >&2
        # gzip, not dpkg-deb's default xz: the jar inside is already compressed, so xz saved little and took minutes
        # on two busy cores (docs/benchmarks.md). Every dpkg reads gzip.
        DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=6 jpackage --type deb --app-image "$image" --name "$name" --app-version "$version" \
            --description "Cluster music tracks by their audio features and compare the clusters with the genres" \
            --vendor Genrescope --copyright "GNU General Public License v3.0 or later" --license-file LICENSE \
            --icon assets/icons/genrescope-256.png --resource-dir "$here/linux" \
            --linux-shortcut --linux-menu-group "Science;DataVisualization;Education;" --linux-app-category science \
            --linux-deb-maintainer "genrescope@users.noreply.github.com" \
            --file-associations "$here/linux/csv.properties" --dest "$out"
    else
        echo "packaging/build.sh: dpkg-deb or fakeroot is missing, so no .deb was built (the app image is ready)." >&2
    fi
fi

rm -rf "$out/input" "$out/runtime"
{
    echo "runtime (jlink, lib/runtime): $(du -sk "$image/lib/runtime" | cut -f1) KiB"
    echo "jar (lib/app/$name.jar): $(du -sk "$image/lib/app/$name.jar" | cut -f1) KiB"
    echo "app image ($image): $(du -sk "$image" | cut -f1) KiB"
    for deb in "$out"/*.deb; do
        if [ -f "$deb" ]; then echo "package ($(basename "$deb")): $(du -sk "$deb" | cut -f1) KiB"; fi
    done
} | tee "$out/sizes.txt"
