#!/usr/bin/env python3
"""English-Indonesian bitext from the Indonesian message catalogs (.mo) of Debian packages.

Usage: scripts/make-catalog-bitext.py PACKAGE_LIST MO_DIR > bitext.tsv
PACKAGE_LIST names one Debian package per line; each is fetched with `apt-get download` and
its /usr/share/locale/id/LC_MESSAGES/*.mo files are copied to MO_DIR (kept between runs).
Prints `english<TAB>indonesian` per distinct message pair, with accelerators, markup and
format specifiers removed. `selaras lexicon learn` turns this into a lexicon
(data/lexicon/learned-debian.tsv; see data/README.md for licences).
"""
import os, re, struct, subprocess, sys, tempfile


def fetch(packages, mo_dir):
    os.makedirs(mo_dir, exist_ok=True)
    for p in packages:
        if any(f.startswith(p + "__") for f in os.listdir(mo_dir)):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            if subprocess.run(["apt-get", "download", p], cwd=tmp, capture_output=True).returncode:
                continue
            deb = next(f for f in os.listdir(tmp) if f.endswith(".deb"))
            subprocess.run(["dpkg-deb", "-x", deb, "x"], cwd=tmp, check=True)
            for root, _, files in os.walk(os.path.join(tmp, "x")):
                if root.endswith("/locale/id/LC_MESSAGES"):
                    for f in files:
                        if f.endswith(".mo"):
                            os.replace(os.path.join(root, f), os.path.join(mo_dir, f"{p}__{f}"))


def messages(path):
    data = open(path, "rb").read()
    magic = struct.unpack("<I", data[:4])[0]
    end = "<" if magic == 0x950412DE else ">"
    n, orig, trans = struct.unpack(end + "4xIII", data[4:20])
    for i in range(n):
        ol, oo = struct.unpack(end + "II", data[orig + 8 * i: orig + 8 * i + 8])
        tl, to = struct.unpack(end + "II", data[trans + 8 * i: trans + 8 * i + 8])
        src, dst = data[oo:oo + ol], data[to:to + tl]
        if not src or b"\x00" in src or b"\x00" in dst:
            continue  # header, plural forms
        src = src.split(b"\x04")[-1]  # drop a message context
        try:
            yield src.decode("utf-8"), dst.decode("utf-8")
        except UnicodeDecodeError:
            continue


def clean(s):
    s = re.sub(r"<[^>]{1,80}>", " ", s)
    s = re.sub(r"%(\d+\$)?[-+ #0]*\d*(\.\d+)?[hlLqjzt]*[diouxXeEfgGcspn%]|%\d|\{\w*\}|\$\w+", " ", s)
    s = re.sub(r"(?<=\w)[_&](?=\w)|^[_&](?=\w)|(?<=\s)[_&](?=\w)", "", s)
    s = re.sub(r"\\n|\s+", " ", s).strip()
    return s


def main():
    packages = [l.strip() for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")]
    mo_dir = sys.argv[2]
    fetch(packages, mo_dir)
    seen = set()
    for f in sorted(os.listdir(mo_dir)):
        if f.split("__")[0] not in packages:
            continue
        for en, idn in messages(os.path.join(mo_dir, f)):
            en, idn = clean(en), clean(idn)
            if not re.search(r"[A-Za-z]{2}", en) or not idn or en == idn or len(en) > 400:
                continue
            if (en, idn) not in seen:
                seen.add((en, idn))
                print(f"{en}\t{idn}")


main()
