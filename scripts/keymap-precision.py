#!/usr/bin/env python3
"""Precision of the keyword map by link kind, from the hand-judged sample in
tests/data/keymap-judged.tsv (and tests/data/keymap-judged-added.tsv, the links a later
change added). With a selaras binary, also re-runs `selaras terms` on the same
document pairs and reports precision on the judged links that build still finds, by the
kind they were judged under (a pair now linked by stronger evidence, a cognate guess that a
learned lexicon now lists, still counts; a change that drops wrong links raises it; links it
adds are not judged).

Usage: scripts/keymap-precision.py [SELARAS]
"""
import collections
import glob
import json
import subprocess
import sys

rows = [l.rstrip("\n").split("\t") for l in open("tests/data/keymap-judged.tsv")
        if not l.startswith("#")]


def report(title, rows):
    right, total = collections.Counter(), collections.Counter()
    for kind, _, _, _, _, judged in rows:
        total[kind] += 1
        right[kind] += int(judged)
    parts = [f"{k} {right[k]}/{total[k]} = {right[k] / total[k]:.3f}" for k in sorted(total)]
    print(f"{title}: all {sum(right.values())}/{len(rows)} = "
          f"{sum(right.values()) / len(rows):.3f}; " + ", ".join(parts))


def found_links(selaras, pair):
    if pair == "000":
        files = [sorted(glob.glob("../shared/seeds/000_*.txt"))[0],
                 sorted(glob.glob("../shared/seeds/002_*.txt"))[0]]
    else:
        docs = "../shared/eval/sets/lohelp-par/docs/"
        files = ["--presplit", f"{docs}{pair}.en.txt", f"{docs}{pair}.id.txt"]
    out = subprocess.run([selaras, "terms", "--format", "json", *files],
                         capture_output=True, text=True, check=True).stdout
    return {(l["en"], l["id"]) for l in json.loads(out)}


report("judged sample", rows)
added = [l.rstrip("\n").split("\t") for l in open("tests/data/keymap-judged-added.tsv")
         if not l.startswith("#")]
report("links added by the 0.1 strength floor", added)
if len(sys.argv) > 1:
    cache = {}
    kept = []
    for row in rows:
        if row[4] not in cache:
            cache[row[4]] = found_links(sys.argv[1], row[4])
        if tuple(row[1:3]) in cache[row[4]]:
            kept.append(row)
    dropped = [r for r in rows if r not in kept]
    report("still found", kept)
    print(f"no longer found: {len(dropped)} "
          f"({sum(r[5] == '0' for r in dropped)} judged wrong)")
