#!/usr/bin/env bash
# Scores selaras on the development sets of ../shared/eval (not shipped; see its README).
# Usage: scripts/eval.sh [par omit comp qa | SET_DIR ...]   (default: par omit comp)
# A name is a lohelp set of the kit; a directory is any set in its format (for instance one
# made by scripts/make-gnome-help-set.py and the kit's make_tasks.py).
# One configuration for every set; only --mode differs (comparable for comp tasks).
set -euo pipefail
cd "$(dirname "$0")/.."
kit=${EVAL_KIT:-../shared/eval}
cargo build --release --quiet
bin=target/release/selaras
for set in "${@:-par omit comp}"; do
  for s in $set; do
    dir=$kit/sets/lohelp-$s
    [ -d "$s" ] && dir=$s
    mode=auto
    grep -qs '"kind": "comp"' "$dir/task.json" && mode=comparable
    out=target/eval/$(basename "$dir")
    rm -rf "$out"
    "$kit/bin/run_system.sh" "$dir" "$out" -- \
      "$bin" align --presplit --format beads --mode "$mode" 2>/dev/null || true
    python3 "$kit/bin/score.py" beads "$dir" "$out"
  done
done
