#!/usr/bin/env bash
# Runs every fuzz target for a while (default 10 minutes each) with the nightly toolchain,
# seeded with the fixtures, which are read in place (libFuzzer reads seed folders recursively
# and never writes to them). New inputs go to fuzz/corpus/<target>, crashes to
# fuzz/artifacts/<target>.
#   fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract_bytes profile_toml warc_reader)
for target in "${targets[@]}"; do
  case $target in
    extract_bytes) seeds=(fixtures) ;;
    profile_toml) seeds=(src/profile/sites fixtures) ;;
    warc_reader) seeds=(fixtures/warc) ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
  esac
  mkdir -p "fuzz/corpus/$target"
  cargo +nightly fuzz run "$target" "fuzz/corpus/$target" "${seeds[@]}" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=1048576
done
