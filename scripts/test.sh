#!/usr/bin/env bash
# Command 2 of the README: installs what is missing, builds with warnings as errors, and runs the
# whole test suite against SQLite and a private PostgreSQL 15 that is started and stopped here.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DATELIER_WERROR=ON
export ATELIER_TEST_REQUIRE_PG=1   # a missing server fails the run; it never skips
export QT_QPA_PLATFORM=offscreen
# The UI tests grab what a person would see (every page, French and dark included) into a folder the run keeps.
export ATELIER_SCREENSHOT_DIR="${ATELIER_SCREENSHOT_DIR:-$PWD/build/screenshots}"
mkdir -p "$ATELIER_SCREENSHOT_DIR"
scripts/with-postgres.sh ctest --test-dir build --output-on-failure --timeout 600 "$@"
echo "test: screenshots in $ATELIER_SCREENSHOT_DIR"
# The parsers of untrusted input, fuzzed for a bounded time (AddressSanitizer, UBSan).
ATELIER_FUZZ_SECONDS="${ATELIER_FUZZ_SECONDS:-30}" scripts/fuzz.sh
