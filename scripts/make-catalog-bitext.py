#!/usr/bin/env python3
"""English-Indonesian bitext from the Indonesian message catalogs (.mo) of Debian packages.

Usage: scripts/make-catalog-bitext.py PACKAGE_LIST MO_DIR > bitext.tsv
PACKAGE_LIST names one Debian package per line; each is fetched with `apt-get download` and
its /usr/share/locale/id/LC_MESSAGES/*.mo files are copied to MO_DIR (kept between runs).
Prints `english<TAB>indonesian` per distinct message pair, with accelerators, markup and
format specifiers removed. `selaras lexicon learn` turns this into a lexicon
(data/lexicon/learned-debian.tsv; see data/README.md for licences).
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(__file__))
from catalogs import clean, fetch, messages  # noqa: E402


def main():
    packages = [l.strip() for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")]
    mo_dir = sys.argv[2]
    fetch(packages, mo_dir)
    seen = set()
    for f in sorted(os.listdir(mo_dir)):
        if f.split("__")[0] not in packages:
            continue
        for en, idn in messages(os.path.join(mo_dir, f)):
            en, idn = clean(en), clean(idn)
            if not re.search(r"[A-Za-z]{2}", en) or not idn or en == idn or len(en) > 400:
                continue
            if (en, idn) not in seen:
                seen.add((en, idn))
                print(f"{en}\t{idn}")


main()
