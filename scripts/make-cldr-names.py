#!/usr/bin/env python3
"""Builds data/lexicon/cldr-names.tsv: the English and Indonesian names of countries and
regions, of their subdivisions (provinces, states), of languages, months and days, paired by
their Unicode CLDR code, so that Ukraine = Ukraina, Papua New Guinea = Papua Nugini,
West Java = Jawa Barat, Japanese = Jepang and Thursday = Kamis are known.

    scripts/make-cldr-names.py CLDR_COMMON > data/lexicon/cldr-names.tsv

CLDR_COMMON: the `common` directory of CLDR (Debian package unicode-cldr-core:
`apt-get download unicode-cldr-core && dpkg-deb -x unicode-cldr-core_*.deb cldr`, then
cldr/usr/share/unicode/cldr/common). Unicode licence (Unicode-DFS-2016).
Names spelled alike in both languages are left out: the keyword map links them anyway.
"""
import os
import sys
import xml.etree.ElementTree as ET


def names(root, path, attr="type"):
    """code -> name of the elements at `path`, without alternative or draft-unconfirmed forms."""
    out = {}
    for el in root.findall(path):
        if el.get("alt") or el.get("draft") == "unconfirmed" or not (el.text or "").strip():
            continue
        out[el.get(attr)] = el.text.strip()
    return out


def calendar(root, what):
    """month or day code -> wide format name, Gregorian calendar."""
    base = "dates/calendars/calendar[@type='gregorian']"
    width = "monthWidth" if what == "month" else "dayWidth"
    return names(root, f"{base}/{what}s/{what}Context[@type='format']/{width}[@type='wide']/{what}")


def main():
    common = sys.argv[1]
    main_ = {lang: ET.parse(os.path.join(common, "main", f"{lang}.xml")).getroot() for lang in ("en", "id")}
    subdiv = {lang: ET.parse(os.path.join(common, "subdivisions", f"{lang}.xml")).getroot() for lang in ("en", "id")}
    tables = [
        lambda r: names(r, "localeDisplayNames/territories/territory"),
        lambda r: names(r, "localeDisplayNames/languages/language"),
        lambda r: calendar(r, "month"),
        lambda r: calendar(r, "day"),
    ]
    pairs = set()
    for table in tables:
        en, id_ = table(main_["en"]), table(main_["id"])
        pairs |= {(en[k], id_[k]) for k in en.keys() & id_.keys()}
    en = names(subdiv["en"], "localeDisplayNames/subdivisions/subdivision")
    id_ = names(subdiv["id"], "localeDisplayNames/subdivisions/subdivision")
    pairs |= {(en[k], id_[k]) for k in en.keys() & id_.keys()}
    print("# English and Indonesian names of countries, regions, subdivisions, languages, months")
    print("# and days, paired by CLDR code; Unicode CLDR 41 (Unicode-DFS-2016, Unicode, Inc.).")
    print("# Made by scripts/make-cldr-names.py; english<TAB>indonesian")
    for e, i in sorted(pairs):
        if e.lower() != i.lower() and "\t" not in e + i:
            print(f"{e}\t{i}")


if __name__ == "__main__":
    main()
