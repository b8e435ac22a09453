#!/usr/bin/env python3
"""Writes every output format of `selaras align` (and `terms`) for every document of the
development sets, the samples and the seeds into OUT_DIR, one file per run (stdout, stderr,
exit code), so that two builds can be compared byte for byte with `diff -r`: a refactoring
must leave them identical.

    scripts/snapshot.py BIN OUT_DIR        (needs ../shared; not part of the tests)
"""
import glob
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIT = os.environ.get("EVAL_KIT", os.path.join(ROOT, "..", "shared", "eval"))
SEEDS = os.environ.get("SEEDS", os.path.join(ROOT, "..", "shared", "seeds"))
FORMATS = ["beads", "tsv", "text", "json"]


def jobs():
    for name in ["lohelp-par", "lohelp-omit", "lohelp-comp", "news-comp"]:
        modes = ["auto"] if name in ("lohelp-par", "lohelp-omit") else ["auto", "comparable"]
        for en in sorted(glob.glob(os.path.join(KIT, "sets", name, "docs", "*.en.txt"))):
            doc = os.path.basename(en)[: -len(".en.txt")]
            id_ = en[: -len(".en.txt")] + ".id.txt"
            for mode in modes:
                for f in FORMATS:
                    yield f"{name}.{doc}.{mode}.{f}", ["align", "--presplit", "--mode", mode, "--format", f, en, id_]
    seeds = sorted(glob.glob(os.path.join(SEEDS, "*.txt")))
    pairs = [(os.path.join(ROOT, "data/samples/aceh-en.txt"), os.path.join(ROOT, "data/samples/aceh-id.txt"))]
    pairs.append((seeds[0], seeds[1]))
    for en, id_ in pairs:
        name = os.path.basename(en)[:-4]
        for unit in ["paragraph", "sentence"]:
            for extra in [[], ["--realign"]]:
                tag = f"{name}.{unit}{''.join(extra)}"
                for f in FORMATS:
                    yield f"{tag}.{f}", ["align", "--unit", unit, *extra, "--format", f, en, id_]
                yield f"{tag}.terms", ["terms", "--unit", unit, *extra, en, id_]


def main():
    binary, out = os.path.abspath(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)

    def run(job):
        name, args = job
        r = subprocess.run([binary] + args, capture_output=True)
        with open(os.path.join(out, name), "wb") as f:
            f.write(r.stdout + b"--- stderr\n" + r.stderr + b"--- exit %d\n" % r.returncode)

    with ThreadPoolExecutor(2) as ex:
        n = len(list(ex.map(run, jobs())))
    print(f"{n} outputs in {out}")


if __name__ == "__main__":
    main()
