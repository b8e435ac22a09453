#!/usr/bin/env python3
"""Expands hunspell-id's roots with their own affix rules into `form<TAB>root` pairs.

Used twice: to measure the stemmer against forms it never saw (root + affixes -> root), and to
curate data/id-roots.txt (an entry that hunspell itself derives from another root is a derived
form, not a root). Covers what id_ID.aff uses: long flags, prefix/suffix cross products,
circumfixes (CIRCUMFIX flag on both halves) and one continuation suffix (-lah, -nya, -ku ...).

Usage: scripts/hunspell-forms.py ID_ID.aff ID_ID.dic > forms.tsv
"""
import re
import sys


def flags_of(text):
    return [text[i:i + 2] for i in range(0, len(text), 2)]


def parse_aff(path):
    rules, circumfix, needaffix = {}, None, None
    with open(path, encoding="iso-8859-1") as f:
        lines = [l.split("#")[0].split() for l in f]
    headers = set()
    for parts in lines:
        if not parts:
            continue
        if parts[0] == "CIRCUMFIX":
            circumfix = parts[1]
        elif parts[0] == "NEEDAFFIX":
            needaffix = parts[1]
        elif parts[0] in ("PFX", "SFX") and len(parts) >= 4:
            kind, flag = parts[0], parts[1]
            if (kind, flag) not in headers:
                headers.add((kind, flag))
                rules[flag] = {"kind": kind, "cross": parts[2] == "Y", "entries": []}
                continue
            strip = "" if parts[2] == "0" else parts[2]
            affix, _, cont = parts[3].partition("/")
            affix = "" if affix == "0" else affix
            cond = parts[4] if len(parts) > 4 else "."
            pattern = "^" + cond if kind == "PFX" else cond + "$"
            rules[flag]["entries"].append((strip, affix, set(flags_of(cont)), re.compile(pattern)))
    return rules, circumfix, needaffix


def apply(rule, word):
    for strip, affix, cont, cond in rule["entries"]:
        if not cond.search(word):
            continue
        if rule["kind"] == "PFX" and word.startswith(strip):
            yield affix + word[len(strip):], cont
        elif rule["kind"] == "SFX" and word.endswith(strip):
            yield word[: len(word) - len(strip)] + affix, cont


def expand(root, flags, rules, circumfix):
    """Every form hunspell accepts for root, with at most one prefix and two suffixes."""
    forms = set()
    prefixes = [rules[f] for f in flags if f in rules and rules[f]["kind"] == "PFX"]
    for flag in flags:
        rule = rules.get(flag)
        if not rule or rule["kind"] != "SFX":
            continue
        for form, cont in apply(rule, root):
            bound = circumfix in cont
            if not bound:
                forms.add(form)
            levels = [form] + [f2 for c in cont if c in rules and rules[c]["kind"] == "SFX"
                               for f2, _ in apply(rules[c], form)]
            for level in levels:
                inner = [rules[c] for c in cont if c in rules and rules[c]["kind"] == "PFX"]
                outer = [p for p in prefixes if p["cross"] and rule["cross"]] if not bound else []
                for prefix in inner + outer:
                    for pform, _ in apply(prefix, level):
                        forms.add(pform)
                if not bound and level != form:
                    forms.add(level)
    for prefix in prefixes:
        for form, cont in apply(prefix, root):
            if circumfix not in cont:
                forms.add(form)
    forms.discard(root)
    return forms


def main():
    rules, circumfix, needaffix = parse_aff(sys.argv[1])
    with open(sys.argv[2], encoding="iso-8859-1") as f:
        next(f)
        for line in f:
            word, _, flags = line.split()[0].partition("/") if line.strip() else ("", "", "")
            flags = flags_of(flags)
            if not re.fullmatch(r"[a-z]+", word) or needaffix in flags:
                continue
            for form in sorted(expand(word, flags, rules, circumfix)):
                if re.fullmatch(r"[a-z]+", form):
                    print(f"{form}\t{word}")


if __name__ == "__main__":
    main()
