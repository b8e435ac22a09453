#!/usr/bin/env bash
# Regenerates data/bench/id-token-counts.tsv, the Indonesian tokens the stemmer benchmark runs
# over: every lower-cased alphabetic token (2+ letters) of the Indonesian side of the Debian
# catalog bitext that scripts/make-catalog-bitext.py writes, with its count.
# Usage: scripts/make-bench-tokens.sh BITEXT.tsv > data/bench/id-token-counts.tsv
set -euo pipefail
echo "# token<TAB>count: the Indonesian side of Debian's message catalogs (see data/README.md)"
cut -f2 "$1" | tr -cs 'A-Za-z' '\n' | tr 'A-Z' 'a-z' | grep -E '^[a-z]{2,}$' \
  | LC_ALL=C sort | uniq -c | awk '{print $2 "\t" $1}' | LC_ALL=C sort -t$'\t' -k2,2nr -k1,1
