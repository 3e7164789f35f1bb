#!/usr/bin/env bash
# Installs the Debian 12 packages Atelier needs to build, run and test; does nothing when all are present.
set -euo pipefail
packages=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  libqt6sql6-psql libqt6sql6-sqlite qt6-svg-dev qtkeychain-qt6-dev qt6-declarative-dev
  libeigen3-dev libsodium-dev libboost-dev libpq-dev libsqlite3-dev zlib1g-dev unzip
  postgresql-15 postgresql-15-hypopg sqlite3 xvfb xauth at-spi2-core dbus python3-pyatspi
  clang-14 libclang-rt-14-dev lld qt6-pdf-dev libqt6opengl6-dev qt6-websockets-dev fonts-dejavu-core
  dpkg-dev python3 librsvg2-bin desktop-file-utils appstream lintian man-db
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
