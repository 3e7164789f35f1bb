#!/usr/bin/env bash
# The packaging test (ctest package_deb): builds the .deb from the build folder into a temporary folder and checks
# what a person installing it gets: Depends (dpkg -I), the files (dpkg -c), the desktop entry
# (desktop-file-validate), the AppStream metadata (appstreamcli validate), the man page, and lintian's errors.
# usage: scripts/check-package.sh BUILD_DIR   (the build must be complete: cpack installs what is built)
set -euo pipefail
build="$(cd "${1:?usage: check-package.sh BUILD_DIR}" && pwd)"
work="$(mktemp -d /tmp/atelier-package.XXXXXX)"
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh)"
done
for built in "$build/bin/atelier" "$build/man/atelier.1.gz"; do
  [ -f "$built" ] || fail "$built is not built: build the project first (scripts/build.sh)"
done

start=$(date +%s)
# cpack installs into a staging folder of its own, under the temporary folder.
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1) \
  || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb="$(ls "$work"/atelier_*.deb 2>/dev/null | head -1)"
[ -n "$deb" ] || { cat "$work/cpack.log" >&2; fail "cpack wrote no .deb"; }
echo "package: $(basename "$deb"), $(du -h "$deb" | cut -f1), built in $(( $(date +%s) - start )) s"

# Depends: what the program links (shlibdeps found them) and the SQL drivers it loads as plugins.
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for need in libc6 libqt6core6 libqt6widgets6 libqt6sql6 libqt6charts6 libqt6svg6 libpq5 libsqlite3-0 libsodium23 \
            libqt6keychain1 libqt6sql6-psql libqt6sql6-sqlite; do
  grep -Eq "(^|, )$need( |,|$)" <<<"$depends" || fail "Depends lacks $need: $depends"
done

contents="$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')"
for path in /usr/bin/atelier /usr/share/applications/org.atelier.Atelier.desktop \
            /usr/share/icons/hicolor/scalable/apps/org.atelier.Atelier.svg \
            /usr/share/icons/hicolor/16x16/apps/org.atelier.Atelier.png \
            /usr/share/icons/hicolor/512x512/apps/org.atelier.Atelier.png \
            /usr/share/metainfo/org.atelier.Atelier.metainfo.xml /usr/share/man/man1/atelier.1.gz \
            /usr/lib/systemd/user/atelier-workflow-runner.service /usr/share/doc/atelier/copyright \
            /usr/share/doc/atelier/README.md; do
  grep -qx "$path" <<<"$contents" || fail "the package lacks $path"
done
echo "contents: $(grep -vc '/$' <<<"$contents") files, binary, desktop entry, icons, metainfo, man page, unit present"

dpkg-deb -x "$deb" "$work/root"
[ "$("$work/root/usr/bin/atelier" --version)" = "atelier $(dpkg-deb -f "$deb" Version)" ] \
  || fail "the installed atelier --version does not say the package's version"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$work/root/usr/share/applications/org.atelier.Atelier.desktop" || fail "desktop-file-validate"
  echo "desktop-file-validate: ok"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.atelier.Atelier.metainfo.xml" >"$work/as.log" 2>&1 \
    || { cat "$work/as.log" >&2; fail "appstreamcli validate"; }
  echo "appstreamcli validate: ok"
fi
if command -v man >/dev/null; then
  warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$work/root/usr/share/man/man1/atelier.1.gz" 2>&1 >/dev/null || true)"
  [ -z "$warnings" ] || fail "man page warnings: $warnings"
  zcat "$work/root/usr/share/man/man1/atelier.1.gz" | grep -q '^\.B "workflow runner' || fail "atelier(1) lacks the verbs"
  echo "man page: ok"
fi
if command -v lintian >/dev/null; then
  # Errors fail; warnings are listed (none today: docs/packaging.md).
  lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
  cat "$work/lintian.log"
  if grep -q '^E:' "$work/lintian.log"; then fail "lintian reports errors"; fi
  echo "lintian: no errors ($(grep -c '^W:' "$work/lintian.log" || true) warnings)"
else
  echo "lintian: not installed, skipped"
fi
echo "check-package: ok in $(( $(date +%s) - start )) s"
