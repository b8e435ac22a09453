#!/usr/bin/env bash
# Runs the fuzz targets named (default: all) in turn for SECONDS each (default 300) with
# debug assertions on, and prints each target's executions:
#   scripts/fuzz.sh [SECONDS [TARGET...]]
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). A crash leaves its input in fuzz/artifacts/TARGET/.
set -euo pipefail
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(ingest segment stem identify bilingual pipeline)
cd "$(dirname "$0")/../fuzz"
cargo +nightly fuzz build -O -a -s none
for target in "${targets[@]}"; do
    log=$(mktemp)
    status=0
    cargo +nightly fuzz run -O -a -s none "$target" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 >"$log" 2>&1 || status=$?
    runs=$(grep -ao 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' || echo 0)
    echo "$target: ${runs} executions, exit $status"
    if [ "$status" -ne 0 ]; then tail -20 "$log"; fi
    rm -f "$log"
done
