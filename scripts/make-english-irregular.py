#!/usr/bin/env python3
"""Builds data/english-irregular.tsv: irregular English forms and their lemma (began -> begin,
struck -> strike, children -> child, heaviest -> heavy), from Princeton WordNet 3.0's
exception lists, so that the stemmer sees the word a dictionary lists.

    scripts/make-english-irregular.py WORDNET_DIR > data/english-irregular.tsv

WORDNET_DIR: as for scripts/make-wordnet-lexicon.py (Debian package wordnet-base). A form
that is itself a word in WordNet ("left", "saw", "media", "found") is left out: which word
it is depends on the sentence, and the stemmer cannot tell.
"""
import os
import sys


def main():
    wordnet = sys.argv[1]
    lemmas = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(wordnet, f"index.{pos}"), encoding="latin-1") as f:
            lemmas.update(line.split()[0] for line in f if not line.startswith(" "))
    pairs = {}
    for pos in ("noun", "verb", "adj"):
        with open(os.path.join(wordnet, f"{pos}.exc"), encoding="latin-1") as f:
            for line in f:
                form, *bases = line.split()
                if form in lemmas or "_" in form or not bases or not form.isalpha():
                    continue
                pairs.setdefault(form, bases[0])
    print("# Irregular English forms and their lemma, from Princeton WordNet 3.0's exception")
    print("# lists (WordNet 3.0 licence, Princeton University); scripts/make-english-irregular.py.")
    for form, base in sorted(pairs.items()):
        print(f"{form}\t{base}")


if __name__ == "__main__":
    main()
