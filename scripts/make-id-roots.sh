#!/usr/bin/env bash
# Regenerates data/id-roots.txt, the Indonesian root-word list that guides the stemmer, from
# Debian's hunspell-id package (id_ID.dic, LGPL-3; see data/README.md).
# Usage: scripts/make-id-roots.sh [PATH/TO/id_ID.dic] > data/id-roots.txt
# Without an argument the package is fetched with `apt-get download` into a temporary folder.
set -euo pipefail
dic=${1:-}
if [ -z "$dic" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download hunspell-id >/dev/null && dpkg-deb -x hunspell-id_*.deb x)
  dic="$tmp/x/usr/share/hunspell/id_ID.dic"
fi
echo "# Indonesian words from hunspell-id (id_ID.dic, Copyright (C) 2017 Ali Ahmadi, LGPL-3)."
echo "# Flags stripped, lower-cased, one word per line. Regenerate: scripts/make-id-roots.sh"
tail -n +2 "$dic" | iconv -f ISO-8859-1 -t UTF-8 | cut -d/ -f1 | tr 'A-Z' 'a-z' \
  | grep -E '^[a-z][a-z-]*$' | LC_ALL=C sort -u
