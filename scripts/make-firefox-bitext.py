#!/usr/bin/env python3
"""English-Indonesian bitext from Firefox ESR's interface strings.

Usage: scripts/make-firefox-bitext.py WORK_DIR > bitext.tsv
Fetches the Debian packages firefox-esr (the en-US strings, inside its omni.ja archives) and
firefox-esr-l10n-id (the Indonesian language pack) with `apt-get download` into WORK_DIR,
pairs every Fluent (.ftl) message and attribute and every .properties string by file and
key, and prints `english<TAB>indonesian` per distinct pair, with placeables, markup and
format specifiers removed. `selaras lexicon learn --min-links 3 --min-strength 0.1` turns this into
data/lexicon/learned-firefox.tsv (see data/README.md for the licence).
"""
import glob
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
from catalogs import clean  # noqa: E402

PACKAGES = ["firefox-esr", "firefox-esr-l10n-id"]
LOCALES = {"en-US", "id"}


def fetch(work):
    """The package archives, each unpacked once: {name in the archive: bytes} per side."""
    os.makedirs(work, exist_ok=True)
    for p in PACKAGES:
        if not glob.glob(os.path.join(work, p + "_*.deb")):
            subprocess.run(["apt-get", "download", p], cwd=work, check=True, capture_output=True)
        deb = glob.glob(os.path.join(work, p + "_*.deb"))[0]
        subprocess.run(["dpkg-deb", "-x", deb, os.path.join(work, "x")], check=True)
    lib = os.path.join(work, "x/usr/lib/firefox-esr")
    english = [("app", os.path.join(lib, "omni.ja")), ("browser", os.path.join(lib, "browser/omni.ja"))]
    pack = glob.glob(os.path.join(lib, "browser/extensions/langpack-id@*.xpi"))[0]
    return english, pack


def strings(archive):
    """{(file with its locale directories neutral, key): text} for an archive's string files."""
    out = {}
    with zipfile.ZipFile(archive) as z:
        for name in z.namelist():
            if not name.endswith((".ftl", ".properties")):
                continue
            text = z.read(name).decode("utf-8", errors="replace")
            parse = fluent if name.endswith(".ftl") else properties
            neutral = "/".join("LOC" if p in LOCALES else p for p in name.split("/"))
            for key, value in parse(text):
                out[(neutral, key)] = value
    return out


def fluent(text):
    """Messages and their attributes; continuation lines join their message, selector
    variants are left out."""
    key, value = None, {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if m := re.match(r"^(-?[A-Za-z][\w-]*)\s*=\s*(.*)$", line):
            key = m.group(1)
            value[key] = m.group(2)
        elif (m := re.match(r"^\s+\.([\w-]+)\s*=\s*(.*)$", line)) and key:
            value[key.split(".")[0] + "." + m.group(1)] = m.group(2)
        elif line.startswith(" ") and key and not re.match(r"^\s*[\[*}]", line) and "->" not in line:
            value[key] = (value.get(key, "") + " " + line.strip()).strip()
    return value.items()


def properties(text):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            yield key.strip(), value.strip()


def plain(text):
    """The words of a string: without Fluent placeables and Mozilla's %S, %1$S specifiers."""
    return clean(re.sub(r"\{[^{}]*\}|%(\d+\$)?S", " ", text))


def main():
    english, pack = fetch(sys.argv[1])
    en = {}
    for tag, archive in english:
        en.update({(tag, *k): v for k, v in strings(archive).items()})
    indonesian = {}
    for (name, key), text in strings(pack).items():
        # The language pack keeps the browser's strings under browser/, the rest at the top.
        if name.startswith("browser/"):
            indonesian[("browser", name[len("browser/"):], key)] = text
        else:
            indonesian[("app", name, key)] = text
    seen = set()
    for key, text in sorted(en.items()):
        if key not in indonesian:
            continue
        pair = (plain(text), plain(indonesian[key]))
        if re.search(r"[A-Za-z]{2}", pair[0]) and pair[1] and pair[0] != pair[1] and pair not in seen:
            seen.add(pair)
            print("\t".join(pair))


if __name__ == "__main__":
    main()
