#!/usr/bin/env bash
# The whole test suite, with what it needs besides Rust: pyspark (from PyPI) for the Spark
# mapper test, which also needs Java 17 (`java` on the PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import pyspark" 2>/dev/null || python3 -m pip install --quiet pyspark
command -v java >/dev/null || { echo "scripts/test.sh: the Spark test needs Java 17 (java not found)" >&2; exit 1; }
cargo test --release "$@"
