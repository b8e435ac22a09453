#!/usr/bin/env python3
"""Sample document pairs for `selaras docs` and `selaras corpus`, from Firefox ESR's strings.

Usage: scripts/make-firefox-samples.py WORK_DIR OUT_DIR
Fetches the same Debian packages as make-firefox-bitext.py (firefox-esr and
firefox-esr-l10n-id) into WORK_DIR and writes, for every 4th Fluent file (by path) that
has at least 8 messages translated, OUT_DIR/en/NAME.txt and OUT_DIR/id/NAME.txt: the file's
messages in their order, one per line (placeables and markup removed), at most 30, and only
those present on both sides. NAME is the file's path with / turned into -.
"""
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("bitext", os.path.join(HERE, "make-firefox-bitext.py"))
bitext = importlib.util.module_from_spec(spec)
sys.path.insert(0, HERE)
spec.loader.exec_module(bitext)

MIN_MESSAGES, MAX_MESSAGES, EVERY = 8, 30, 4


def messages(archive):
    """{neutral .ftl path: [(key, text)] in file order}."""
    import zipfile
    out = {}
    with zipfile.ZipFile(archive) as z:
        for name in z.namelist():
            if name.endswith(".ftl"):
                text = z.read(name).decode("utf-8", errors="replace")
                neutral = "/".join("LOC" if p in bitext.LOCALES else p for p in name.split("/"))
                out[neutral] = list(bitext.fluent(text))
    return out


def line(text):
    return re.sub(r"\s+", " ", bitext.plain(text)).strip()


def main():
    work, out = sys.argv[1], sys.argv[2]
    english, pack = bitext.fetch(work)
    en = {}
    for tag, archive in english:
        en.update({(tag, k): v for k, v in messages(archive).items()})
    indonesian = {}
    for name, values in messages(pack).items():
        if name.startswith("browser/"):
            indonesian[("browser", name[len("browser/"):])] = dict(values)
        else:
            indonesian[("app", name)] = dict(values)
    chosen = []
    for key in sorted(en):
        if key not in indonesian:
            continue
        pairs = [(line(text), line(indonesian[key][k])) for k, text in en[key] if k in indonesian[key]]
        pairs = [(e, i) for e, i in pairs if re.search(r"[A-Za-z]{3}", e) and i and e != i]
        if len(pairs) >= MIN_MESSAGES:
            chosen.append((key, pairs[:MAX_MESSAGES]))
    for n, ((tag, path), pairs) in enumerate(chosen):
        if n % EVERY:
            continue
        name = "-".join(p for p in [tag] + path.replace(".ftl", "").split("/") if p not in ("LOC", "localization"))
        for side, k in (("en", 0), ("id", 1)):
            os.makedirs(os.path.join(out, side), exist_ok=True)
            with open(os.path.join(out, side, name + ".txt"), "w", encoding="utf-8") as f:
                f.write("".join(p[k] + "\n" for p in pairs))


if __name__ == "__main__":
    main()
