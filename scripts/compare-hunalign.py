#!/usr/bin/env python3
"""Speed and accuracy beside hunalign, one process per document, as a user would run either.

    scripts/compare-hunalign.py HUNALIGN_BINARY NULL_DIC [ROUNDS]

Builds four sets from the kit's lohelp-par and lohelp-omit (under target/compare/sets): the
pages of 30-60 lines, and all pages of each set joined into one long document. Every
document is aligned by `selaras align --presplit --mode parallel --format beads`, by
`hunalign -realign NULL_DIC` and by `hunalign NULL_DIC` (hunalign built from its public
repository, with its empty dictionary), the three interleaved run by run, each run
starting with the next tool; each document's median time over ROUNDS runs (default 15) is
summed into lines per second, both sides counted. F1 is the kit's score.py on each tool's beads (hunalign's ladder turned into beads).
SELARAS=BINARY measures another build of selaras (the statically linked one, for instance).
"""
import glob
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KIT = os.environ.get("EVAL_KIT", os.path.join(ROOT, "..", "shared", "eval"))
SELARAS = os.environ.get("SELARAS", os.path.join(ROOT, "target", "release", "selaras"))
WORK = os.path.join(ROOT, "target", "compare")


def lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def write(path, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


def make_sets():
    """short-par, short-omit, long-par, long-omit: (name, directory) pairs."""
    sets = []
    for source in ("par", "omit"):
        src = os.path.join(KIT, "sets", "lohelp-" + source)
        names = sorted(p[:-7] for p in os.listdir(os.path.join(src, "docs")) if p.endswith(".en.txt"))
        docs = [(n, lines(f"{src}/docs/{n}.en.txt"), lines(f"{src}/docs/{n}.id.txt"),
                 lines(f"{src}/gold/{n}.tsv")) for n in names]
        short = os.path.join(WORK, "sets", "short-" + source)
        for n, en, id_, gold in docs:
            if 30 <= len(en) <= 60:
                write(f"{short}/docs/{n}.en.txt", en)
                write(f"{short}/docs/{n}.id.txt", id_)
                write(f"{short}/gold/{n}.tsv", gold)
        long_en, long_id, long_gold = [], [], []
        for _, en, id_, gold in docs:
            shift = lambda side, k: ",".join(str(int(x) + k) for x in side.split(",")) if side else ""
            for bead in gold:
                e, i = bead.split("\t")[:2]
                long_gold.append(shift(e, len(long_en)) + "\t" + shift(i, len(long_id)))
            long_en += en
            long_id += id_
        long_dir = os.path.join(WORK, "sets", "long-" + source)
        write(f"{long_dir}/docs/0000.en.txt", long_en)
        write(f"{long_dir}/docs/0000.id.txt", long_id)
        write(f"{long_dir}/gold/0000.tsv", long_gold)
        sets += [("short-" + source, short), ("long-" + source, long_dir)]
    return sets


def ladder_to_beads(ladder):
    rungs = [tuple(map(int, l.split("\t")[:2])) for l in ladder.splitlines() if l.strip()]
    return [",".join(map(str, range(i, k))) + "\t" + ",".join(map(str, range(j, l)))
            for (i, j), (k, l) in zip(rungs, rungs[1:])]


def main():
    hunalign, dic = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    tools = {
        "selaras": lambda e, i: [SELARAS, "align", "--presplit", "--mode", "parallel", "--format", "beads", e, i],
        "hunalign -realign": lambda e, i: [hunalign, "-realign", dic, e, i],
        "hunalign": lambda e, i: [hunalign, dic, e, i],
    }
    os.makedirs(WORK, exist_ok=True)
    os.chdir(WORK)  # hunalign writes translate.txt into the working directory
    for name, directory in make_sets():
        docs = sorted(glob.glob(directory + "/docs/*.en.txt"))
        count = sum(len(lines(p)) for p in glob.glob(directory + "/docs/*"))
        times = {(t, d): [] for t in tools for d in docs}
        outputs = {}
        order = list(tools.items())
        for _ in range(rounds):
            for d in docs:
                i = d[:-7] + ".id.txt"
                order = order[1:] + order[:1]  # which tool runs first moves the times
                for t, command in order:
                    start = time.perf_counter()
                    run = subprocess.run(command(d, i), capture_output=True, text=True)
                    times[(t, d)].append(time.perf_counter() - start)
                    outputs[(t, d)] = run.stdout
        report = []
        for t in tools:
            total = sum(statistics.median(times[(t, d)]) for d in docs)
            pred = os.path.join(WORK, "pred", name, t.replace(" ", ""))
            for d in docs:
                beads = outputs[(t, d)].splitlines() if t == "selaras" else ladder_to_beads(outputs[(t, d)])
                write(os.path.join(pred, os.path.basename(d)[:-7] + ".tsv"), beads)
            score = subprocess.run([sys.executable, os.path.join(KIT, "bin", "score.py"), "beads", directory, pred],
                                   capture_output=True, text=True).stdout.split()
            f1 = next((s for s in score if s.startswith("F1=")), "F1=?")
            report.append(f"{t} {count / total:,.0f} lines/s ({total:.3f} s) {f1}")
        print(f"{name} ({len(docs)} documents, {count} lines): " + "; ".join(report))


if __name__ == "__main__":
    main()
