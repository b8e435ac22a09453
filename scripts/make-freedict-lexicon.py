#!/usr/bin/env python3
"""Regenerates data/lexicon/freedict-eng-ind.tsv from Debian's dict-freedict-eng-ind package.

Usage: scripts/make-freedict-lexicon.py [DICTD_DIR] > data/lexicon/freedict-eng-ind.tsv
DICTD_DIR holds freedict-eng-ind.index and freedict-eng-ind.dict.dz; without it the script
downloads the Debian package with `apt-get download` into a temporary folder.
The output is CC-BY-SA-3.0 like its source (see data/README.md).
"""
import gzip, os, re, subprocess, sys, tempfile

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(s):
    n = 0
    for ch in s:
        n = n * 64 + B64.index(ch)
    return n


def dictd_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["apt-get", "download", "dict-freedict-eng-ind"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    deb = next(f for f in os.listdir(tmp) if f.endswith(".deb"))
    subprocess.run(["dpkg-deb", "-x", deb, "x"], cwd=tmp, check=True)
    return os.path.join(tmp, "x/usr/share/dictd")


def clean(translation):
    t = re.sub(r"\s+\d+\.$", "", translation.strip())  # sense numbers "adven 2."
    t = re.sub(r"\([^)]*\)", "", t).strip()
    return t if re.fullmatch(r"[A-Za-z][A-Za-z' -]*", t) else None


def main():
    d = dictd_dir()
    data = gzip.open(os.path.join(d, "freedict-eng-ind.dict.dz")).read()
    pairs = set()
    for line in open(os.path.join(d, "freedict-eng-ind.index"), encoding="utf-8"):
        head, off, length = line.rstrip("\n").split("\t")[:3]
        if head.startswith("00-database") or head.startswith("00database"):
            continue
        entry = data[b64(off):b64(off) + b64(length)].decode("utf-8").split("\n")
        if len(entry) < 2 or "<suffix>" in entry[0] or "<prefix>" in entry[0]:
            continue
        en = re.sub(r"\s*/.*$", "", entry[0]).strip()
        if not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", en):
            continue
        # An entry of several senses numbers them ("1. hakim, juri" / gloss / "2. ..."): the
        # first line is still the usual sense, its number no part of the first word.
        for t in re.sub(r"^1\.\s+", "", entry[1]).split(","):
            t = clean(t)
            if t:
                pairs.add((en.lower(), t.lower()))
    print("# English-Indonesian lexicon derived from FreeDict eng-ind 2022.11.18 (WikDict),")
    print("# CC-BY-SA-3.0, FreeDict contributors. Regenerate: scripts/make-freedict-lexicon.py")
    for en, idw in sorted(pairs):
        print(f"{en}\t{idw}")


main()
