#!/usr/bin/env bash
# Installs the .deb on a fresh, minimal Debian 12 (a debootstrap chroot) with apt, so that apt resolves its Depends
# from the archive alone, then runs atelier there: --version, --help, a verb on a new SQLite database, and the
# console offscreen for a moment. Needs root, debootstrap and the network (a few minutes): a release check, not part
# of ctest (ctest package_deb checks the package itself).
# usage: sudo scripts/check-package-chroot.sh BUILD_DIR [MIRROR]
set -euo pipefail
build="$(cd "${1:?usage: check-package-chroot.sh BUILD_DIR [MIRROR]}" && pwd)"
mirror="${2:-http://deb.debian.org/debian}"
work="$(mktemp -d /tmp/atelier-chroot.XXXXXX)"
cleanup() {
  for m in proc sys dev; do umount -l "$work/root/$m" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >/dev/null)
deb="$(ls "$work"/atelier_*.deb | head -1)"
debootstrap --variant=minbase bookworm "$work/root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
for m in proc sys dev; do mount --bind "/$m" "$work/root/$m"; done
cp "$deb" "$work/root/tmp/"
chroot "$work/root" /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  "/tmp/$(basename "$deb")" >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log" >&2; exit 1; }
echo "installed: $(grep -c '^Setting up' "$work/apt.log") packages set up"
chroot "$work/root" atelier --version
chroot "$work/root" sh -c 'atelier --help | head -3'
chroot "$work/root" env HOME=/tmp/home atelier migrate --database sqlite:///tmp/home/check.db
chroot "$work/root" env HOME=/tmp/home atelier db status --database sqlite:///tmp/home/check.db | head -4
# The console itself, offscreen, for three seconds: it must start (no missing plugin or library) and keep running.
set +e
chroot "$work/root" env HOME=/tmp/home QT_QPA_PLATFORM=offscreen timeout 3 atelier --database sqlite:///tmp/home/check.db \
  >"$work/console.log" 2>&1
rc=$?
set -e
[ $rc -eq 124 ] || { cat "$work/console.log" >&2; echo "check-package-chroot: the console exited with $rc" >&2; exit 1; }
echo "check-package-chroot: ok (the console ran until stopped)"
