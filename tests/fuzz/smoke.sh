#!/usr/bin/env bash
# Short fuzz run for CI: builds the `fuzz` preset (clang++-14, libFuzzer, ASan + UBSan) if needed,
# then runs each target from the committed corpus for a bounded number of inputs (about 25 s
# each). Fails on any crash, leak, timeout or sanitizer report; the input is left in
# build/fuzz/smoke/ (add it to regressions/, see README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${ATLAS_FUZZ_SECONDS:-25}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
work=build/fuzz/smoke
rm -rf "$work"
for target in dataset map tour; do
  mkdir -p "$work/$target"
  echo "fuzz_$target: up to $seconds s"
  ASAN_OPTIONS=detect_leaks=1 "build/fuzz/tests/fuzz/fuzz_$target" "$work/$target" "tests/fuzz/corpus/$target" \
    -seed=1 -runs=200000 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$work/$target-" -print_final_stats=1 2>"$work/$target.log" \
    || { tail -n 60 "$work/$target.log"; exit 1; }
  grep -E '^stat::number_of_executed_units|^Done' "$work/$target.log" || true
done
