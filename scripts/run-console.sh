#!/usr/bin/env bash
# Command 1 of the README: installs what is missing, builds, and opens the console. Without
# --database it opens the embedded SQLite database, created and filled with demo data on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/bin/atelier "$@"
