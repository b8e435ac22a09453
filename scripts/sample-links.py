#!/usr/bin/env python3
"""Draws a sample of keyword-map links as tests/data/keymap-judged.tsv judges them: the links
`selaras terms` prints (shared tokens, numbers and names, and the dictionary and learned
pairs that linked passages hold; that file was drawn before `terms` left out the others) on
the seed article pair and on 30 document pairs of lohelp-par, spread as evenly as the kinds
allow over number, same, name, lexicon, learned and cognate, 200 in all, with a fixed random
seed. Prints `kind<TAB>en<TAB>id<TAB>evidence<TAB>pair` rows; the judgement column (1 right,
0 wrong) is added by hand.

With `--news`, draws 200 links the same way from the 14 article pairs of
../shared/eval/sets/news-comp instead (paragraph input). Those texts are copyrighted and for
evaluation only: keep that sample and its judgements outside the repository.

Usage: scripts/sample-links.py [--news] [SELARAS] > sample.tsv
"""
import glob
import json
import random
import subprocess
import sys

args = sys.argv[1:]
news = "--news" in args
args = [a for a in args if a != "--news"]
selaras = args[0] if args else "target/release/selaras"
rng = random.Random(5)
if news:
    docs = sorted(glob.glob("../shared/eval/sets/news-comp/docs/*.en.txt"))
    pairs = [(en, en.replace(".en.txt", ".id.txt"), []) for en in docs]
else:
    pairs = [(sorted(glob.glob("../shared/seeds/000_*.txt"))[0],
              sorted(glob.glob("../shared/seeds/002_*.txt"))[0], [])]
    docs = sorted(glob.glob("../shared/eval/sets/lohelp-par/docs/*.en.txt"))
    pairs += [(en, en.replace(".en.txt", ".id.txt"), ["--presplit"])
              for en in rng.sample(docs, 30)]
pool = {}
for en, idn, extra in pairs:
    out = subprocess.run([selaras, "terms", "--format", "json", *extra, en, idn],
                         capture_output=True, text=True, check=True).stdout
    name = en.split("/")[-1].split(".")[0].split("_")[0]
    for link in json.loads(out):
        pool.setdefault(link["kind"], []).append((link, name))
sample = []
kinds = sorted(pool)
quota = {k: min(200 // len(kinds), len(pool[k])) for k in kinds}
while sum(quota.values()) < 200 and any(quota[k] < len(pool[k]) for k in kinds):
    for k in kinds:
        if quota[k] < len(pool[k]) and sum(quota.values()) < 200:
            quota[k] += 1
for k in kinds:
    sample += rng.sample(pool[k], quota[k])
for link, name in sample:
    print("\t".join([link["kind"], link["en"], link["id"], link["evidence"], name]))
