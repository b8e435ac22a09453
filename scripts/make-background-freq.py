#!/usr/bin/env python3
"""Builds data/background/en.tsv and id.tsv: how common each word is in general English and
Indonesian (word<TAB>Zipf frequency, i.e. log10 of occurrences per billion words), from
wordfreq's "small" lists. The keyword map uses them to tell a specific shared word (tear gas,
barricade) from one that any two texts share (said, people, year).

    pip download wordfreq==3.1.1 --no-deps -d W && unzip W/wordfreq-3.1.1-py3-none-any.whl -d W
    scripts/make-background-freq.py W/wordfreq/data data/background     (needs msgpack)

wordfreq's data files are CC-BY-SA 4.0 (Robyn Speer and the sources its README credits:
Wikipedia, OpenSubtitles, Google Books, Leeds Internet Corpus, SUBTLEX, and others).
"""
import gzip
import os
import sys

import msgpack

# Words rarer than this are left out (the file stays small; a word not listed counts as rare).
MIN_ZIPF = 2.5


def main():
    data, out = sys.argv[1], sys.argv[2]
    for lang in ("en", "id"):
        with gzip.open(os.path.join(data, f"small_{lang}.msgpack.gz")) as f:
            bins = msgpack.load(f, raw=False, strict_map_key=False)
        assert bins[0]["format"] == "cB"
        with open(os.path.join(out, f"{lang}.tsv"), "w", encoding="utf-8") as f:
            f.write(f"# Zipf frequency of {lang} words (log10 per billion), from wordfreq 3.1.1's\n")
            f.write("# small list (CC-BY-SA 4.0); made by scripts/make-background-freq.py.\n")
            for centibels, words in enumerate(bins[1:], start=1):
                zipf = 9 - centibels / 100
                if zipf < MIN_ZIPF:
                    break
                for w in sorted(words):
                    if "\t" not in w and w.strip() == w and w:
                        f.write(f"{w}\t{zipf:.2f}\n")


if __name__ == "__main__":
    main()
