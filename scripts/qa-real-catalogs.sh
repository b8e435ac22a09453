#!/bin/bash
# Runs `selaras qa` over the Indonesian gettext catalogs of Debian packages that keep them
# outside /usr/share/locale (so not among the catalogs the learned lexicon comes from), and
# prints findings per 1,000 translated units by type. Needs apt-get, dpkg-deb and gettext
# (msgunfmt, msgattrib).
#
#     scripts/qa-real-catalogs.sh WORK_DIR
#
# WORK_DIR/out/NAME.json holds each catalog's findings (`--format json`), for judging by hand.
set -euo pipefail
work=${1:?usage: $0 WORK_DIR}
selaras=${SELARAS:-$(dirname "$0")/../target/release/selaras}
packages="python3-django python3-django-allauth python3-django-debug-toolbar
  python3-django-extensions python3-djangorestframework python3-django-hyperkitty
  python3-django-postorius python3-django-mailman3 python3-humanize mailman3 phpmyadmin
  tryton-server tryton-modules-party tryton-modules-product tryton-modules-company"
mkdir -p "$work/debs" "$work/root" "$work/po" "$work/out"
(cd "$work/debs" && apt-get download $packages >/dev/null)
for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
find "$work/root" \( -path "*/id/LC_MESSAGES/*" -o -path "*/id_ID/LC_MESSAGES/*" -o -path "*/locale/id.po" \) \
  \( -name "*.po" -o -name "*.mo" \) -not -path "*/usr/share/locale/*" | sort | while read -r f; do
  name=$(echo "${f#"$work/root/"}" | sed 's|usr/lib/python3/dist-packages/||; s|usr/share/||; s|\.[pm]o$||; s|/|_|g')
  [ -e "$work/po/$name.po" ] && continue
  case $f in
    *.mo) msgunfmt "$f" -o "$work/po/$name.po" ;;
    *.po) cp "$f" "$work/po/$name.po" ;;
  esac
done
for po in "$work"/po/*.po; do
  name=$(basename "$po" .po)
  "$selaras" qa --format json "$po" > "$work/out/$name.json"
done
python3 - "$work" <<'PY'
import collections, glob, json, os, re, subprocess, sys
work = sys.argv[1]
units, kinds = 0, collections.Counter()
for po in sorted(glob.glob(os.path.join(work, "po", "*.po"))):
    text = subprocess.run(["msgattrib", "--translated", "--no-obsolete", "--no-fuzzy", po],
                          capture_output=True, text=True, check=True).stdout
    units += max(len(re.findall(r'^msgid "', text, re.M)) - 1, 0)
    name = os.path.splitext(os.path.basename(po))[0]
    for finding in json.load(open(os.path.join(work, "out", name + ".json"))):
        kinds[finding["type"]] += 1
total = sum(kinds.values())
print(f"{units} translated units, {total} findings, {1000 * total / units:.1f} per 1,000 units")
for kind, n in kinds.most_common():
    print(f"  {kind:13s} {n:4d}  {1000 * n / units:5.1f} per 1,000")
PY
