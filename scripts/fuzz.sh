#!/usr/bin/env bash
# Fuzzes the parsers and writers the project wrote itself (fuzz/fuzz_targets):
# each target for FUZZ_SECONDS (default 30) from the committed seeds and the
# corpus earlier runs left in fuzz/corpus. A finding stops the run; its input
# is kept in fuzz/artifacts/<target>/ and `cargo +nightly fuzz run <target>
# <file>` replays it.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/tools.sh
ensure_fuzz_tools
seconds=${FUZZ_SECONDS:-30}
# Debug builds with debug assertions: they compile in a fraction of the
# time of optimised ones, and a short run finds the shallow bugs either way.
options=(--fuzz-dir fuzz --dev --sanitizer none --debug-assertions)
cargo +nightly fuzz build "${options[@]}"
mapfile -t targets < <(cargo +nightly fuzz list --fuzz-dir fuzz)
if [ "${#targets[@]}" = 0 ]; then
  echo "no fuzz targets found in fuzz/"
  exit 1
fi
for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$target"
  corpora=("fuzz/corpus/$target")
  [ -d "fuzz/seeds/$target" ] && corpora+=("fuzz/seeds/$target")
  log="fuzz/corpus/$target.log"
  # Inputs up to 16 KB: room for a multipart body that repeats a field
  # more than a hundred times.
  if ! cargo +nightly fuzz run "${options[@]}" "$target" "${corpora[@]}" -- \
    -max_total_time="$seconds" -max_len=16384 -rss_limit_mb=4096 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 80 "$log"
    echo "fuzz target $target found a failure (input in fuzz/artifacts/$target/)"
    exit 1
  fi
  echo "$target: $(grep -E '^stat::(number_of_executed_units|new_units_added)' "$log" | tr '\n' ' ')"
done
