#!/usr/bin/env python3
"""Builds data/lexicon/wordnet-eng-ind.tsv: English-Indonesian word pairs through the synsets
that Princeton WordNet 3.0 and Wordnet Bahasa share.

    scripts/make-wordnet-lexicon.py WORDNET_DIR WN_DATA_IND_TAB > data/lexicon/wordnet-eng-ind.tsv

WORDNET_DIR holds Princeton WordNet 3.0's index.* , data.* and cntlist.rev (Debian package
`wordnet-base`: `apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wn`, then
wn/usr/share/wordnet). WN_DATA_IND_TAB is Wordnet Bahasa's Indonesian file, wn-data-ind.tab
(synset offset-pos, "ind:lemma", lemma), from the Open Multilingual Wordnet's data;
wn-freq-ind.tab beside it (synset, lemma, count) says which lemmas Wordnet Bahasa saw used
in that sense.

A pair (English lemma, Indonesian lemma) is kept when they share a synset that is one of the
English lemma's usual senses. The strength of the pair says how usual: the share of the
lemma's sense-tagged occurrences (SemCor counts in cntlist.rev) that fall on that synset,
over all its parts of speech, with a prior by sense rank for lemmas never tagged; the best
synset counts. Senses below
MIN_SENSE_SHARE are dropped, as are pairs whose Indonesian lemma stands for more than
MAX_SYNONYMS words of one synset (a long list of synonyms is a gloss, not translations),
but for the lemmas of such a synset that wn-freq-ind.tab attests in that sense: "die" has 40
Indonesian lemmas, among them hidup and berjalan, and one seen used, meninggal.
"""
import collections
import os
import sys

POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
SS_TYPE = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
# Senses that take less than this share of a lemma's uses are left out.
MIN_SENSE_SHARE = 0.3
# A synset with more Indonesian lemmas than this is glossed rather than translated.
MAX_SYNONYMS = 12
# Longer sides are not phrases a document repeats.
MAX_WORDS = 4


def read_index(wordnet):
    """lemma, pos -> synset offsets in sense order."""
    senses = {}
    for name, pos in POS.items():
        with open(os.path.join(wordnet, f"index.{name}"), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                cols = line.split()
                lemma, synset_cnt, p_cnt = cols[0], int(cols[2]), int(cols[3])
                offsets = cols[6 + p_cnt:6 + p_cnt + synset_cnt]
                senses[(lemma, pos)] = [f"{o}-{pos}" for o in offsets]
    return senses


def read_counts(wordnet):
    """lemma, pos, sense number -> sense-tagged count."""
    counts = collections.Counter()
    with open(os.path.join(wordnet, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, number, count = line.split()
            lemma, rest = key.split("%")
            pos = SS_TYPE[rest.split(":")[0]]
            counts[(lemma, pos, int(number))] += int(count)
    return counts


def sense_shares(senses, counts):
    """lemma, synset -> the share of the lemma's uses, over all its parts of speech, that the
    synset takes: "body" is mostly a noun, and its one verb sense ("to body forth") must not
    count as its usual meaning."""
    by_lemma = collections.defaultdict(list)
    for (lemma, pos), offsets in senses.items():
        for k, offset in enumerate(offsets):
            by_lemma[lemma].append((offset, counts[(lemma, pos, k + 1)], k + 1))
    shares = {}
    for lemma, entries in by_lemma.items():
        tagged = sum(c for _, c, _ in entries)
        if tagged >= 3:
            # Add-one smoothing keeps a rare sense from reaching zero on little evidence.
            weights = [(c + 1) / (tagged + len(entries)) for _, c, _ in entries]
        else:
            # No usage counts: a prior by rank within each part of speech (1, 1/2, ...).
            prior = [1 / rank for _, _, rank in entries]
            weights = [p / sum(prior) for p in prior]
        for (offset, _, _), w in zip(entries, weights):
            shares[(lemma, offset)] = w
    return shares


def read_bahasa(path):
    """synset -> Indonesian lemmas."""
    lemmas = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3 and cols[1] == "ind:lemma":
                lemmas[cols[0]].append(cols[2].strip())
    return lemmas


def read_attested(path):
    """(synset, Indonesian lemma) pairs seen used in that sense."""
    attested = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 3:
                attested.add((cols[0], cols[1].strip()))
    return attested


def words(phrase):
    return phrase.replace("_", " ").split()


def main():
    wordnet, bahasa = sys.argv[1], sys.argv[2]
    senses = read_index(wordnet)
    shares = sense_shares(senses, read_counts(wordnet))
    indonesian = read_bahasa(bahasa)
    attested = read_attested(os.path.join(os.path.dirname(bahasa), "wn-freq-ind.tab"))
    by_synset = collections.defaultdict(list)
    for (lemma, synset) in shares:
        by_synset[synset].append(lemma)
    pairs = {}
    for synset, en_lemmas in by_synset.items():
        id_lemmas = indonesian.get(synset, [])
        if len(id_lemmas) > MAX_SYNONYMS:
            id_lemmas = [id_ for id_ in id_lemmas if (synset, id_) in attested]
        for en in en_lemmas:
            share = shares[(en, synset)]
            if share < MIN_SENSE_SHARE:
                continue
            for id_ in id_lemmas:
                en_words, id_words = words(en), words(id_)
                if not 0 < len(en_words) <= MAX_WORDS or not 0 < len(id_words) <= MAX_WORDS:
                    continue
                key = (" ".join(en_words), " ".join(id_words))
                pairs[key] = max(pairs.get(key, 0.0), share)
    print("# English-Indonesian pairs through the synsets Princeton WordNet 3.0 and Wordnet Bahasa")
    print("# share; the strength is the share of the English word's uses that the shared sense")
    print("# takes. Made by scripts/make-wordnet-lexicon.py (sources and licences: data/README.md).")
    for (en, id_), strength in sorted(pairs.items()):
        print(f"{en}\t{id_}\t{min(1.0, strength):.2f}")


if __name__ == "__main__":
    main()
