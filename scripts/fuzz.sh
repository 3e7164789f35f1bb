#!/usr/bin/env bash
# Fuzzes the parsers of untrusted input with libFuzzer (clang, AddressSanitizer and UBSan) for a bounded
# time each: criteria and positions JSON, database URLs and windows, image files, provider answers, 3D models (GLB), imported training images. Seeds are in
# tests/fuzz/corpus/<target>; what a run learns stays in build-fuzz/ and is never committed.
#   scripts/fuzz.sh                 30 s per target (ATELIER_FUZZ_SECONDS to change)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${ATELIER_FUZZ_SECONDS:-30}"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DATELIER_FUZZ=ON -DATELIER_BUILD_TESTS=OFF -DATELIER_BUILD_BENCH=OFF >/dev/null
targets=(fuzz_criteria fuzz_url fuzz_image fuzz_provider fuzz_glb fuzz_dataset)
cmake --build build-fuzz --parallel "$(nproc)" --target "${targets[@]}"
export QT_QPA_PLATFORM=offscreen
for target in "${targets[@]}"; do
  corpus="build-fuzz/corpus/${target#fuzz_}"
  mkdir -p "$corpus"
  cp -n tests/fuzz/corpus/"${target#fuzz_}"/* "$corpus"/ 2>/dev/null || true
  echo "fuzzing ${target} for ${seconds} s"
  build-fuzz/bin/"$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix=build-fuzz/"$target"- "$corpus" 2>&1 | grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" || true
  # libFuzzer exits non-zero on a finding and leaves the input as build-fuzz/<target>-crash-*.
  if ls build-fuzz/"$target"-crash-* build-fuzz/"$target"-leak-* build-fuzz/"$target"-timeout-* >/dev/null 2>&1; then
    echo "fuzz: ${target} found a failing input:" build-fuzz/"$target"-*
    exit 1
  fi
done
