#!/usr/bin/env bash
# Scores selaras on the development sets of ../shared/eval (not shipped; see its README).
# Usage: scripts/eval.sh [par omit comp qa]   (default: par omit comp)
# One configuration for every set; only --mode differs (comparable for lohelp-comp).
set -euo pipefail
cd "$(dirname "$0")/.."
kit=${EVAL_KIT:-../shared/eval}
cargo build --release --quiet
bin=target/release/selaras
for set in "${@:-par omit comp}"; do
  for s in $set; do
    mode=auto
    [ "$s" = comp ] && mode=comparable
    out=target/eval/$s
    rm -rf "$out"
    "$kit/bin/run_system.sh" "$kit/sets/lohelp-$s" "$out" -- \
      "$bin" align --presplit --format beads --mode "$mode" 2>/dev/null || true
    python3 "$kit/bin/score.py" beads "$kit/sets/lohelp-$s" "$out"
  done
done
