#!/usr/bin/env bash
# The whole test suite, with what it needs besides Rust: pyspark (from PyPI) for the Spark
# mapper test, which also needs Java 17 (`java` on the PATH), and Debian's chromium and
# chromium-driver for the browser tests of the HTML report.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import pyspark" 2>/dev/null || python3 -m pip install --quiet pyspark
command -v java >/dev/null || { echo "scripts/test.sh: the Spark test needs Java 17 (java not found)" >&2; exit 1; }
if ! command -v chromedriver >/dev/null; then
    sudo=$([ "$(id -u)" = 0 ] || echo sudo)
    $sudo apt-get update -qq && $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi
cargo test --release "$@"
