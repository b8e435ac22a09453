#!/usr/bin/env python3
"""Indonesian vs Malay: balanced accuracy of `selaras detect` on documents of 1, 5 and 20
sentences, built from the Malay and Indonesian message catalogs of coreutils, glib and GTK
(packages the shipped language model leaves out; see scripts/make-lid-model.py).

Usage: scripts/eval-malay.py [SELARAS] [LOCALE_DIR]   (defaults: target/release/selaras,
/usr/share/locale; fetch the catalogs with `apt-get download coreutils libglib2.0-data
libgtk2.0-common` and dpkg-deb -x if they are not installed)
"""
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from catalogs import clean, messages  # noqa: E402

DOMAINS = ["coreutils", "glib20", "gtk20"]
SIZES = [1, 5, 20]
DOCS_PER_CLASS = 200


def sentences(locale_dir, locale):
    out = []
    for domain in DOMAINS:
        path = os.path.join(locale_dir, locale, "LC_MESSAGES", domain + ".mo")
        for src, dst in messages(path):
            src, dst = clean(src), clean(dst)
            if dst and dst != src and len(re.findall(r"[^\W\d_]+", dst)) >= 3:
                out.append(dst)
    return out


def main():
    selaras = sys.argv[1] if len(sys.argv) > 1 else "target/release/selaras"
    locale_dir = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/locale"
    corpus = {"ms": sentences(locale_dir, "ms"), "id": sentences(locale_dir, "id")}
    rng = random.Random(1)
    print(f"sentences: ms={len(corpus['ms'])} id={len(corpus['id'])}")
    for size in SIZES:
        recall = {}
        with tempfile.TemporaryDirectory() as tmp:
            files = {}
            for label, lines in corpus.items():
                files[label] = []
                for k in range(DOCS_PER_CLASS):
                    start = rng.randrange(len(lines) - size)
                    path = os.path.join(tmp, f"{label}{k}.txt")
                    with open(path, "w") as f:
                        f.write("\n\n".join(lines[start:start + size]) + "\n")
                    files[label].append(path)
            for label, paths in files.items():
                out = subprocess.run([selaras, "detect", "--format", "tsv", *paths],
                                     capture_output=True, text=True, check=True).stdout
                answers = [line.split("\t")[1] for line in out.splitlines()]
                recall[label] = sum(a == label for a in answers) / len(answers)
        balanced = (recall["ms"] + recall["id"]) / 2
        print(f"{size:>2} sentences: balanced accuracy {balanced:.3f} "
              f"(Malay recall {recall['ms']:.3f}, Indonesian recall {recall['id']:.3f})")


if __name__ == "__main__":
    main()
