#!/usr/bin/env bash
# Package test: cpack -> validate metadata -> lintian -> unpack into a temporary root -> run slpctl from it.
set -euo pipefail
build_dir="$1"
version="$2"
fixtures="$3"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$build_dir"
cpack -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
deb="$(ls "$work"/out/slpconsole_"$version"_*.deb)" || fail "no .deb produced"
tgz="$(ls "$work"/out/slpconsole-"$version"-*.tar.gz)" || fail "no .tar.gz produced"
echo "built $(basename "$deb") and $(basename "$tgz")"

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
root="$work/root"
dpkg-deb -x "$deb" "$root"

# Depends must cover every shared library the binaries need (shlibdeps), plus the run-time plugins.
ldconfig -p >"$work/ldcache"
for binary in "$root/usr/bin/slpctl" "$root/usr/bin/slpconsole"; do
    for soname in $(objdump -p "$binary" | awk '/NEEDED/ {print $2}'); do
        path="$(awk -v s="$soname" '$1 == s && /x86-64/ {print $NF}' "$work/ldcache" | sed -n 1p)"
        [ -n "$path" ] || fail "$soname (needed by $(basename "$binary")) not found on this machine"
        real="$(readlink -f "$path")"
        # usrmerge: dpkg may know the file under /lib rather than /usr/lib.
        package="$( (dpkg -S "$real" || dpkg -S "${real#/usr}" || true) 2>/dev/null | sed -n 1p | cut -d: -f1)"
        [ -n "$package" ] || fail "no package owns $path"
        grep -qw -- "$package" <<<"$depends" || fail "Depends lacks $package (for $soname)"
    done
done
grep -qw libqt6sql6-sqlite <<<"$depends" || fail "Depends lacks the SQLite driver plugin"
for path in usr/bin/slpconsole usr/bin/slpctl \
            usr/share/applications/org.slpconsole.SlpConsole.desktop \
            usr/share/metainfo/org.slpconsole.SlpConsole.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/org.slpconsole.SlpConsole.svg \
            usr/share/icons/hicolor/48x48/apps/org.slpconsole.SlpConsole.png \
            usr/share/man/man1/slpctl.1.gz usr/share/doc/slpconsole/copyright; do
    [ -e "$root/$path" ] || fail "package lacks /$path"
done

desktop-file-validate "$root/usr/share/applications/org.slpconsole.SlpConsole.desktop" || fail "desktop file invalid"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.slpconsole.SlpConsole.metainfo.xml" \
    || fail "AppStream metainfo invalid"

"$root/usr/bin/slpctl" --version | tee "$work/version.txt"
grep -q "^slpctl SLP Console $version\$" "$work/version.txt" || fail "unpacked slpctl reports a wrong version"
if "$root/usr/bin/slpctl" --help | grep -q '^  parse '; then
    "$root/usr/bin/slpctl" parse --json "$fixtures/show/guide_status_cslu.txt" >"$work/parse.json" \
        || fail "unpacked slpctl parse failed"
    grep -q '"command": "show license status"' "$work/parse.json" || fail "unpacked slpctl parse gave $(head -c 300 "$work/parse.json")"
fi

# lintian: no errors allowed (warnings are printed for the record).
lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
cat "$work/lintian.log"
if grep -q '^E: ' "$work/lintian.log"; then fail "lintian reported errors"; fi
echo "package test passed"
