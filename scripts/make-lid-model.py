#!/usr/bin/env python3
"""Builds data/lid/words.tsv and data/lid/trigrams.tsv, the counts that selaras's language
identifier (src/lang) scores English, Indonesian and Malay with.

English is the msgids, Indonesian the msgstrs of the Indonesian message catalogs (.mo) of the
Debian packages in PACKAGE_LIST; Malay the msgstrs of their Malay catalogs. Untranslated
messages (msgstr = msgid) are skipped. Packages that ../shared/eval's language-identification
set or the Malay development set draw on are left out: LibreOffice, glib, gsettings-desktop-
schemas, appstream, coreutils and GTK.

Usage: scripts/make-lid-model.py PACKAGE_LIST ID_MO_DIR MS_MO_DIR OUT_DIR
Packages are fetched with apt-get download; their catalogs are kept in ID_MO_DIR and MS_MO_DIR
between runs (ID_MO_DIR can be the one scripts/make-catalog-bitext.py fills).
"""
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from catalogs import clean, fetch, messages  # noqa: E402

EXCLUDED = re.compile(r"libreoffice|glib|gsettings|appstream|coreutils|gtk")
MIN_COUNT = 3


def words(text):
    return re.findall(r"[^\W\d_]+", text.lower())


def count(mo_dir, packages, side, counter):
    for f in sorted(os.listdir(mo_dir)):
        package = f.split("__")[0]
        if package not in packages or EXCLUDED.search(package):
            continue
        for src, dst in messages(os.path.join(mo_dir, f)):
            src, dst = clean(src), clean(dst)
            if src == dst or not dst:
                continue
            counter.update(words(src if side == "msgid" else dst))


def trigrams(word):
    padded = f"_{word}_"
    return [padded[i:i + 3] for i in range(len(padded) - 2)]


def main():
    packages = {l.strip() for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")}
    id_dir, ms_dir, out = sys.argv[2], sys.argv[3], sys.argv[4]
    fetch(packages, id_dir, "id")
    fetch(packages, ms_dir, "ms")
    langs = {"en": collections.Counter(), "id": collections.Counter(), "ms": collections.Counter()}
    count(id_dir, packages, "msgid", langs["en"])
    count(id_dir, packages, "msgstr", langs["id"])
    count(ms_dir, packages, "msgstr", langs["ms"])
    grams = {lang: collections.Counter() for lang in langs}
    for lang, counter in langs.items():
        for word, n in counter.items():
            for g in trigrams(word):
                grams[lang][g] += n
    os.makedirs(out, exist_ok=True)
    header = ("# {what}<TAB>English<TAB>Indonesian<TAB>Malay counts in Debian message catalogs "
              "(see data/README.md); regenerate with scripts/make-lid-model.py\n")
    for name, tables in (("words", langs), ("trigrams", grams)):
        keys = sorted(set().union(*tables.values()))
        with open(os.path.join(out, f"{name}.tsv"), "w") as f:
            f.write(header.format(what=name[:-1]))
            for key in keys:
                counts = [tables[lang][key] for lang in ("en", "id", "ms")]
                if sum(counts) >= MIN_COUNT:
                    f.write(key + "\t" + "\t".join(map(str, counts)) + "\n")


if __name__ == "__main__":
    main()
