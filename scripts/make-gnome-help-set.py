#!/usr/bin/env python3
"""A second development set from another manual: the GNOME desktop help, English and Indonesian.

Usage: scripts/make-gnome-help-set.py WORK_DIR SET_DIR
Fetches the Debian package gnome-user-docs (CC-BY-SA 3.0; not shipped, for measurement only)
with `apt-get download` into WORK_DIR and writes SET_DIR in the format of ../shared/eval's
sets: one sentence per line, and one gold bead per block (title, description, paragraph),
which the Indonesian page has in the same place because it was translated block by block.
Pages whose blocks differ in number or kind, and pages more than a fifth untranslated, are
left out. The evaluation kit's generator then damages it like lohelp-par:
  ../shared/eval/bin/make_tasks.py --src SET_DIR --task comp --seed 1 --out SET_DIR-comp
"""
import glob
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

MALLARD = "{http://projectmallard.org/1.0/}"
BLOCKS = {"title", "subtitle", "desc", "p"}
SPACE = re.compile(r"\s+")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")


def fetch(work):
    """The help directory of the unpacked package."""
    os.makedirs(work, exist_ok=True)
    if not glob.glob(os.path.join(work, "gnome-user-docs_*.deb")):
        subprocess.run(["apt-get", "download", "gnome-user-docs"], cwd=work, check=True)
    root = os.path.join(work, "unpacked")
    if not os.path.isdir(root):
        deb = glob.glob(os.path.join(work, "gnome-user-docs_*.deb"))[0]
        subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
    return os.path.join(root, "usr/share/help")


def blocks(path):
    """The page's text blocks in order, as (kind, text); page metadata is skipped."""
    out = []

    def walk(element):
        kind = element.tag.replace(MALLARD, "")
        if kind == "info" or kind.startswith("{"):
            return
        if kind in BLOCKS:
            text = SPACE.sub(" ", "".join(element.itertext())).strip()
            if text:
                out.append((kind, text))
            return
        for child in element:
            walk(child)

    walk(ET.parse(path).getroot())
    return out


def sentences(text):
    return [s for s in SENTENCE_END.split(text) if s]


def write_doc(out, name, en_blocks, id_blocks):
    en, idn, gold = [], [], []
    for (_, a), (_, b) in zip(en_blocks, id_blocks):
        sa, sb = sentences(a), sentences(b)
        gold.append((range(len(en), len(en) + len(sa)), range(len(idn), len(idn) + len(sb))))
        en += sa
        idn += sb
    for lang, lines in (("en", en), ("id", idn)):
        with open(os.path.join(out, "docs", f"{name}.{lang}.txt"), "w", encoding="utf-8") as f:
            f.write("".join(line.replace("\t", " ") + "\n" for line in lines))
    with open(os.path.join(out, "gold", f"{name}.tsv"), "w", encoding="utf-8") as f:
        for e, i in gold:
            f.write(",".join(map(str, e)) + "\t" + ",".join(map(str, i)) + "\n")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    help_dir, out = fetch(sys.argv[1]), sys.argv[2]
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    os.makedirs(os.path.join(out, "gold"), exist_ok=True)
    written = left_out = 0
    for page in sorted(glob.glob(os.path.join(help_dir, "C/gnome-help/*.page"))):
        translated = os.path.join(help_dir, "id/gnome-help", os.path.basename(page))
        if not os.path.exists(translated):
            left_out += 1
            continue
        en_blocks, id_blocks = blocks(page), blocks(translated)
        same_shape = [k for k, _ in en_blocks] == [k for k, _ in id_blocks]
        untranslated = sum(a == b for (_, a), (_, b) in zip(en_blocks, id_blocks))
        if not same_shape or len(en_blocks) < 6 or untranslated > len(en_blocks) / 5:
            left_out += 1
            continue
        write_doc(out, f"{written:04d}", en_blocks, id_blocks)
        written += 1
    print(f"{written} document pairs written to {out}, {left_out} pages left out", file=sys.stderr)


if __name__ == "__main__":
    main()
