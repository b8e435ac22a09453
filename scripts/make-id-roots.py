#!/usr/bin/env python3
"""Regenerates data/id-roots.txt, the Indonesian root list that guides the stemmer, from Debian's
hunspell-id package (id_ID.dic and id_ID.aff; LGPL-3 per Debian's copyright file, see
data/README.md).

Each line is `root<TAB>affix classes`: the first letters of the root's hunspell flags, which say
which prefixes (B ber-, D di-, K ke-, M me(N)-, O ku-/kau-, P pe(N)-, R per-, S se-, T ter-,
W we-) and derivational suffixes (a -an, i -i, k -kan) the dictionary allows on it; `-` when
it allows none. The stemmer
prefers readings the dictionary allows (mengupas -> kupas, not upas).

Curated, where hunspell lists derived forms as roots:
- entries that hunspell itself derives from another root are left out when they have no flags
  of their own (keduduk from duduk) or are flagged NEEDAFFIX (`mengerti` from erti: a base for
  further affixes, never a word alone); compound bases such as `tandatangan` stay;
- belajar and pelajar are left out: the confix-stripping rules read them as bel-/pel- + ajar.

Usage: scripts/make-id-roots.py [DIR_WITH_id_ID.aff_AND_id_ID.dic] > data/id-roots.txt
Without an argument the package is fetched with `apt-get download` into a temporary folder.
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from hunspell_forms import expand, flags_of, parse_aff  # noqa: E402

RULE_DECOMPOSED = {"belajar", "pelajar"}


def fetch():
    tmp = tempfile.mkdtemp()
    subprocess.run("apt-get download hunspell-id >/dev/null && dpkg-deb -x hunspell-id_*.deb x",
                   shell=True, check=True, cwd=tmp)
    return os.path.join(tmp, "x/usr/share/hunspell")


def classes(flags):
    letters = {f[0] for f in flags if f[0].isupper() or f[0] in "aik"}
    return "".join(sorted(letters))


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else fetch()
    rules, circumfix, needaffix = parse_aff(os.path.join(folder, "id_ID.aff"))
    entries = {}
    with open(os.path.join(folder, "id_ID.dic"), encoding="iso-8859-1") as f:
        next(f)
        for line in f:
            word, _, flags = line.split()[0].partition("/") if line.strip() else ("", "", "")
            word = word.lower()
            if re.fullmatch(r"[a-z][a-z-]*", word) and word not in RULE_DECOMPOSED:
                entries.setdefault(word, []).extend(flags_of(flags))
    derived = set()
    for word, flags in entries.items():
        derived |= expand(word, flags, rules, circumfix)
    print("# Indonesian roots from hunspell-id (id_ID.dic, Copyright (C) 2017 Ali Ahmadi, LGPL-3),")
    print("# with the affix classes their hunspell flags allow. Regenerate: scripts/make-id-roots.py")
    for word in sorted(entries):
        flags = entries[word]
        if word in derived and (not flags or needaffix in flags):
            continue
        print(f"{word}\t{classes(flags) or '-'}")


if __name__ == "__main__":
    main()
