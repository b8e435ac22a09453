//! Building the shared entity/keyword map of one document pair: which English terms and which
//! Indonesian terms speak of the same thing, by what kind of evidence.

use super::cognate;
use super::lexicon::Lexicon;
use super::table::{Entry, Keys};
use crate::analyze::background::{self, COMMON_ZIPF};
use crate::analyze::stem::{
    english::{EnglishStemmer, StemFilter},
    Shapes, Stemmer,
};
use crate::model::{
    AnalyzedDoc, KeywordMap, Language, Link, LinkKind, Occurrence, Side, SideTerm, TermClass,
    VocabEntry,
};
use crate::settings::KeymapSettings;
use foldhash::HashMapExt;
use foldhash::{HashMap, HashSet};
use rayon::prelude::*;

/// The terms that occur more than once in a sorted sequence.
fn repeats(sorted: &[u32]) -> Vec<u32> {
    let mut out: Vec<u32> = sorted
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    out.dedup();
    out
}

/// The map stage: links the terms of an English and an Indonesian document, each link with
/// its kind and evidence.
///
/// ```
/// use selaras::{keymap, segment, Language, LinkKind, Resources, Settings, Unit};
/// let resources = Resources::shipped();
/// let analyze = |text: &str, language| {
///     resources.analyzer(language).analyze(&segment::segment(text, language, Unit::Line))
/// };
/// let en = analyze("In 2008 Ukraine asked to join NATO.", Language::English);
/// let id = analyze("Pada 2008 Ukraina meminta bergabung dengan NATO.", Language::Indonesian);
/// let map = keymap::build(&en, &id, resources.lexicon(), &Settings::default().keymap);
/// let kinds: Vec<(&str, LinkKind)> = map.links.iter()
///     .map(|l| (map.en.terms[l.en as usize].form.as_str(), l.kind)).collect();
/// assert!(kinds.contains(&("ukraine", LinkKind::Name)));
/// assert!(kinds.contains(&("2008", LinkKind::Number)));
/// ```
pub fn build(
    en: &AnalyzedDoc,
    id: &AnalyzedDoc,
    lexicon: &Lexicon,
    settings: &KeymapSettings,
) -> KeywordMap {
    let mut en_side = PhraseSide::new(en);
    let mut id_side = PhraseSide::new(id);
    let mut links = Vec::new();
    // Only the entries that begin with one of the document's words can match; looking
    // them up runs in parallel, and the phrases found get their ids in lexicon order.
    let found: Vec<(Entry, Resolved, Resolved)> = lexicon
        .entries_starting_with(en_side.keys.keys().copied(), id_side.keys.keys().copied())
        .into_par_iter()
        .filter_map(|entry| {
            let id_resolved = id_side.resolve(entry.id)?;
            let id_fits = |shapes: Shapes| match entry.kind {
                LinkKind::Learned => shapes.fit_learned(entry.id_shape),
                _ => shapes.fit(entry.id_shape),
            };
            if !derived_alike(&id_resolved, id, id_fits) {
                return None;
            }
            let en_resolved = en_side.resolve(entry.en)?;
            if !derived_alike(&en_resolved, en, |shapes| shapes.fit(entry.en_shape)) {
                return None;
            }
            Some((entry, en_resolved, id_resolved))
        })
        .collect();
    for (entry, e, i) in found {
        let (e, i) = (en_side.term(e), id_side.term(i));
        let evidence = match entry.kind {
            LinkKind::Learned => format!("learned from {}", entry.source),
            _ => format!("lexicon ({})", entry.source),
        };
        links.push(Link {
            en: e,
            id: i,
            kind: entry.kind,
            evidence,
            strength: lexicon.weight(&entry, settings.senses_at_full_weight),
        });
    }
    links.extend(same_phrase_links(&mut en_side, &mut id_side));
    links.extend(same_and_spelling_links(en, id, settings));
    let mut en_side = en_side.finish(&links, |l| l.en);
    let mut id_side = id_side.finish(&links, |l| l.id);
    links.retain(|l| {
        en_side.terms[l.en as usize].segments > 0 && id_side.terms[l.id as usize].segments > 0
    });
    links.sort_by(|a, b| {
        (a.en, a.id, a.kind)
            .cmp(&(b.en, b.id, b.kind))
            .then(b.strength.total_cmp(&a.strength))
    });
    links.dedup_by(|b, a| a.en == b.en && a.id == b.id);
    let en_linked = links.iter().map(|l| l.en);
    mark_known(&mut en_side, en_linked, |key| lexicon.knows_english(key));
    let id_linked = links.iter().map(|l| l.id);
    mark_known(&mut id_side, id_linked, |key| lexicon.knows_indonesian(key));
    KeywordMap {
        en: en_side,
        id: id_side,
        links,
    }
}

/// A phrase the lexicon found on one side, written with the same words on the other ("Joko
/// Widodo" in both articles, "black box" quoted in Indonesian): the same name. Its words
/// cannot meet on their own where the phrase stands for them.
fn same_phrase_links(en: &mut PhraseSide, id: &mut PhraseSide) -> Vec<Link> {
    let mut links = Vec::new();
    for (from, to, english_first) in [(&*id, &*en, false), (&*en, &*id, true)] {
        for phrase in &from.phrases {
            let keys: Vec<&str> = phrase
                .iter()
                .map(|&t| from.doc.vocab[t as usize].key.as_str())
                .collect();
            if let Some(other) = to.resolve_words(&keys) {
                let pair = (phrase.clone(), other);
                links.push((
                    if english_first {
                        pair
                    } else {
                        (pair.1, pair.0)
                    },
                    keys.join(" "),
                ));
            }
        }
    }
    links
        .into_iter()
        .map(|((e, i), key)| Link {
            en: en.term(Resolved::Phrase(e)),
            id: id.term(Resolved::Phrase(i)),
            kind: LinkKind::Same,
            evidence: format!("same words \"{key}\""),
            strength: 1.0,
        })
        .collect()
}

/// Whether the document writes a lexicon word's term derived as the word is (`fits` its
/// shapes): a dictionary gives meninggal for "die" and kejadian for "event", and the
/// document's tinggal (stay) or menjadi (become), though of the same root, are other words;
/// so are personal and government for a dictionary's person and govern. A verb's voice and
/// inflection may differ. A phrase is not held to it.
fn derived_alike(resolved: &Resolved, doc: &AnalyzedDoc, fits: impl Fn(Shapes) -> bool) -> bool {
    match resolved {
        Resolved::Term(t) => fits(doc.vocab[*t as usize].shapes),
        Resolved::Phrase(_) => true,
    }
}

/// Marks the terms of a side that a map could link: those this one links, then (looked up
/// only for the rest) names, numbers, acronyms, phrases and the words the lexicon has.
fn mark_known(
    side: &mut Side,
    linked: impl Iterator<Item = u32>,
    lexicon_knows: impl Fn(&[String]) -> bool,
) {
    for t in linked {
        side.terms[t as usize].known = true;
    }
    for term in side.terms.iter_mut().filter(|t| !t.known) {
        term.known = term.class != TermClass::Word
            || term.key.contains(' ')
            || lexicon_knows(std::slice::from_ref(&term.key));
    }
}

/// Links from identical tokens and from spelling (names, cognates), computed per English term
/// in parallel. Two terms each written alike in both documents are themselves, not one
/// the other respelled: Pranowo and Prabowo, both in both reports, are two people.
fn same_and_spelling_links(
    en: &AnalyzedDoc,
    id: &AnalyzedDoc,
    settings: &KeymapSettings,
) -> Vec<Link> {
    let index = IndonesianIndex::new(id, en, settings);
    let mut links: Vec<Link> = en
        .vocab
        .par_iter()
        .enumerate()
        .flat_map_iter(|(e, term)| {
            let e = e as u32;
            let mut out: Vec<Link> = index
                .same(term)
                .into_iter()
                .filter(|&i| {
                    same_token(term.class, id.vocab[i as usize].class, &term.key, settings)
                })
                .map(|i| same_link(e, term, i))
                .collect();
            if matches!(term.class, TermClass::Word | TermClass::Name)
                && may_be_respelled(term, settings)
            {
                let respelled = Respelled::english(term);
                for &i in index.spelling_candidates(&respelled) {
                    if out.iter().any(|l| l.id == i) {
                        continue;
                    }
                    let other = &id.vocab[i as usize];
                    let common = common(term, en, settings) || common(other, id, settings);
                    let en_side = (e, term, &respelled);
                    let id_side = (i, other, &index.respelled[i as usize]);
                    out.extend(spelling_link(en_side, id_side, common, settings));
                }
            }
            out
        })
        .collect();
    let same = |side: fn(&Link) -> u32| -> HashSet<u32> {
        links
            .iter()
            .filter(|l| l.kind == LinkKind::Same)
            .map(side)
            .collect()
    };
    let (en_same, id_same) = (same(|l| l.en), same(|l| l.id));
    links.retain(|l| {
        l.kind == LinkKind::Same || !(en_same.contains(&l.en) && id_same.contains(&l.id))
    });
    links
}

/// Whether a spelling guess may look at a term: long enough, and not a web address or a
/// dotted abbreviation (jakarta.com is a site, not Jakarta respelled).
fn may_be_respelled(term: &VocabEntry, settings: &KeymapSettings) -> bool {
    !term.form.contains('.') && term.form.chars().count() >= settings.spelling_min_chars
}

/// A term's form and key as spelling guesses compare them, respelled once per document.
#[derive(Default)]
struct Respelled {
    form: String,
    key: String,
}

impl Respelled {
    fn english(term: &VocabEntry) -> Respelled {
        Respelled::by(term, cognate::indonesianize)
    }

    fn indonesian(term: &VocabEntry) -> Respelled {
        Respelled::by(term, cognate::respell)
    }

    /// The form and the key respelled, the key only where it differs from the form.
    fn by(term: &VocabEntry, respell: fn(&str) -> String) -> Respelled {
        let form = respell(&term.form);
        let key = if term.key == term.form {
            form.clone()
        } else {
            respell(&term.key)
        };
        Respelled { form, key }
    }
}

/// The Indonesian vocabulary, found by key, by form, by English stem (an English word left
/// in the Indonesian text) and by first sound (candidates for a spelling guess).
struct IndonesianIndex<'d> {
    by_key: HashMap<&'d str, u32>,
    by_form: HashMap<&'d str, u32>,
    by_english_stem: HashMap<String, u32>,
    blocks: HashMap<char, Vec<u32>>,
    /// Each term respelled (left empty for those no spelling guess looks at).
    respelled: Vec<Respelled>,
}

impl<'d> IndonesianIndex<'d> {
    fn new(id: &'d AnalyzedDoc, en: &AnalyzedDoc, settings: &KeymapSettings) -> Self {
        let index = |field: fn(&VocabEntry) -> &str| -> HashMap<&str, u32> {
            id.vocab
                .iter()
                .enumerate()
                .map(|(i, v)| (field(v), i as u32))
                .collect()
        };
        let english = EnglishStemmer::default();
        let english_keys = StemFilter::new(en.vocab.iter().map(|v| v.key.as_str()));
        let mut blocks: HashMap<char, Vec<u32>> = HashMap::new();
        let mut respelled = Vec::with_capacity(id.vocab.len());
        for (i, v) in id.vocab.iter().enumerate() {
            if v.class != TermClass::Number && may_be_respelled(v, settings) {
                let r = Respelled::indonesian(v);
                if let Some(b) = r.form.chars().next() {
                    blocks.entry(b).or_default().push(i as u32);
                }
                respelled.push(r);
            } else {
                respelled.push(Respelled::default());
            }
        }
        IndonesianIndex {
            by_key: index(|v| &v.key),
            by_form: index(|v| &v.form),
            by_english_stem: id
                .vocab
                .iter()
                .enumerate()
                .filter(|(_, v)| english_keys.may_stem_to_one(&v.form))
                .map(|(i, v)| (english.stem(&v.form), i as u32))
                .collect(),
            blocks,
            respelled,
        }
    }

    /// The Indonesian terms written like an English one, ascending.
    fn same(&self, term: &VocabEntry) -> Vec<u32> {
        let mut same: Vec<u32> = [
            self.by_key.get(term.key.as_str()),
            self.by_form.get(term.form.as_str()),
            self.by_english_stem.get(term.key.as_str()),
        ]
        .into_iter()
        .flatten()
        .copied()
        .collect();
        same.sort_unstable();
        same.dedup();
        same
    }

    /// The Indonesian terms an English one may be a respelling of: those that begin with
    /// the same letter once respelled.
    fn spelling_candidates(&self, term: &Respelled) -> &[u32] {
        term.form
            .chars()
            .next()
            .and_then(|b| self.blocks.get(&b))
            .map_or(&[], Vec::as_slice)
    }
}

/// The link of two identical tokens.
fn same_link(e: u32, term: &VocabEntry, i: u32) -> Link {
    let kind = if term.class == TermClass::Number {
        LinkKind::Number
    } else {
        LinkKind::Same
    };
    Link {
        en: e,
        id: i,
        kind,
        evidence: format!("same token \"{}\"", term.key),
        strength: 1.0,
    }
}

/// Identical keys link when they cannot be a chance collision of short common words.
fn same_token(en: TermClass, id: TermClass, key: &str, settings: &KeymapSettings) -> bool {
    let chars = key.chars().count();
    match (en, id) {
        (TermClass::Number, TermClass::Number) | (TermClass::Acronym, TermClass::Acronym) => true,
        (TermClass::Number, _) | (_, TermClass::Number) => false,
        _ if is_code(key) => true,
        (TermClass::Name, _) | (_, TermClass::Name) => chars >= settings.same_name_min_chars,
        _ => chars >= settings.same_word_min_chars,
    }
}

/// Letters with digits (F8, MP3, X11): a key name or a code, the same in both languages.
fn is_code(key: &str) -> bool {
    key.chars().any(|c| c.is_ascii_digit()) && key.chars().any(char::is_alphabetic)
}

/// A term in a large share of its document's segments: a wrong guess about it would link
/// passages all over the document.
fn common(term: &VocabEntry, doc: &AnalyzedDoc, settings: &KeymapSettings) -> bool {
    let segments = doc.segments.len().max(settings.common_term_min_segments);
    term.segments as f64 > settings.common_term_share * segments as f64
}

/// A guessed link between look-alike spellings (a name in its Indonesian spelling, a
/// loanword): the threshold depends on the words' length and, for a common word (not a
/// name: a document's main names are common by nature), is higher.
fn spelling_link(
    (e, en, en_spelled): (u32, &VocabEntry, &Respelled),
    (i, id, id_spelled): (u32, &VocabEntry, &Respelled),
    common: bool,
    settings: &KeymapSettings,
) -> Option<Link> {
    let is_name = en.class == TermClass::Name && id.class == TermClass::Name;
    let len = en.form.chars().count().min(id.form.chars().count());
    let pairs = [
        (&en_spelled.form, &id_spelled.form),
        (&en_spelled.form, &id_spelled.key),
        (&en_spelled.key, &id_spelled.key),
    ];
    // Where a key is its word's form, two of the pairs are the same: each is compared once.
    let sim = pairs
        .iter()
        .enumerate()
        .filter(|&(k, pair)| !pairs[..k].contains(pair))
        .filter_map(|(_, (a, b))| cognate::respelled_similarity(a, b, is_name, settings))
        .fold(0.0, f64::max);
    let margin = if common && !is_name {
        settings.common_term_margin
    } else {
        0.0
    };
    if sim < cognate::threshold(len, is_name, settings) + margin
        || (in_both_languages(&en.form) && in_both_languages(&id.form))
    {
        return None;
    }
    let kind = if is_name {
        LinkKind::Name
    } else {
        LinkKind::Cognate
    };
    Some(Link {
        en: e,
        id: i,
        kind,
        evidence: format!(
            "guess: {} ~ {} (respelled {}, similarity {:.2})",
            en.form, id.form, en_spelled.form, sim
        ),
        strength: sim as f32,
    })
}

/// A word written alike and common in both languages (format, formula): two such words
/// that differ are two words, not one respelled, whatever their letters share.
fn in_both_languages(word: &str) -> bool {
    [Language::English, Language::Indonesian]
        .into_iter()
        .all(|l| background::zipf(l, word) >= COMMON_ZIPF)
}

/// One side while lexicon phrases are being added to its terms.
struct PhraseSide<'a> {
    doc: &'a AnalyzedDoc,
    keys: HashMap<&'a str, u32>,
    phrases: Vec<Vec<u32>>,
    phrase_index: HashMap<Vec<u32>, u32>,
}

/// A lexicon side resolved in one document: one term, or a phrase of terms.
enum Resolved {
    Term(u32),
    Phrase(Vec<u32>),
}

impl<'a> PhraseSide<'a> {
    fn new(doc: &'a AnalyzedDoc) -> Self {
        // An acronym's key is written as in the text ("OK"), a dictionary's often in lower
        // case ("ok = oke"): both find it, a word's own key first.
        let mut keys: HashMap<&str, u32> = HashMap::new();
        for (i, v) in doc.vocab.iter().enumerate() {
            keys.insert(v.key.as_str(), i as u32);
            if v.class == TermClass::Acronym {
                keys.entry(v.form.as_str()).or_insert(i as u32);
            }
        }
        PhraseSide {
            doc,
            keys,
            phrases: Vec::new(),
            phrase_index: HashMap::new(),
        }
    }

    fn resolve(&self, keys: Keys) -> Option<Resolved> {
        if let Some(key) = keys.single() {
            return self.keys.get(key).map(|&t| Resolved::Term(t)); // most entries
        }
        let ids: Option<Vec<u32>> = keys.iter().map(|k| self.keys.get(k).copied()).collect();
        Some(Resolved::Phrase(ids?))
    }

    /// The terms of these keys, if the document has them all.
    fn resolve_words(&self, keys: &[&str]) -> Option<Vec<u32>> {
        keys.iter().map(|k| self.keys.get(k).copied()).collect()
    }

    /// The term id of a resolved side; phrases get ids after the vocabulary.
    fn term(&mut self, resolved: Resolved) -> u32 {
        match resolved {
            Resolved::Term(t) => t,
            Resolved::Phrase(ids) => {
                let next = (self.doc.vocab.len() + self.phrases.len()) as u32;
                *self.phrase_index.entry(ids.clone()).or_insert_with(|| {
                    self.phrases.push(ids);
                    next
                })
            }
        }
    }

    /// Each segment's term set, with linked phrases found in it standing for their words.
    fn finish(self, links: &[Link], side_of: impl Fn(&Link) -> u32) -> Side {
        let vocab_len = self.doc.vocab.len();
        let linked: HashSet<u32> = links
            .iter()
            .map(side_of)
            .filter(|&t| t as usize >= vocab_len)
            .collect();
        let terms: Vec<SideTerm> = self
            .doc
            .vocab
            .iter()
            .map(|v| SideTerm {
                key: v.key.clone(),
                form: v.form.clone(),
                class: v.class,
                segments: 0,
                zipf: v.zipf,
                known: false,
            })
            .chain(self.phrases.iter().map(|p| {
                SideTerm {
                    key: p
                        .iter()
                        .map(|&t| self.doc.vocab[t as usize].key.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                    form: p
                        .iter()
                        .map(|&t| self.doc.vocab[t as usize].form.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                    class: TermClass::Word,
                    segments: 0,
                    zipf: p
                        .iter()
                        .map(|&t| self.doc.vocab[t as usize].zipf)
                        .fold(f32::INFINITY, f32::min),
                    known: false,
                }
            }))
            .collect();
        let mut side = Side {
            terms,
            segments: Vec::with_capacity(self.doc.segments.len()),
            repeated: Vec::with_capacity(self.doc.segments.len()),
            occurrences: Vec::with_capacity(self.doc.segments.len()),
            sizes: self.doc.sizes.clone(),
        };
        for seq in &self.doc.segments {
            let occurrences = self.with_phrases(seq, &linked);
            let mut set: Vec<u32> = occurrences.iter().map(|o| o.term).collect();
            set.sort_unstable();
            side.repeated.push(repeats(&set));
            set.dedup();
            side.segments.push(set);
            side.occurrences.push(occurrences);
        }
        for &t in side.segments.iter().flatten() {
            side.terms[t as usize].segments += 1;
        }
        side
    }

    /// A segment's occurrences with every linked phrase found in it standing for its words,
    /// in text order.
    fn with_phrases(&self, seq: &[Occurrence], linked: &HashSet<u32>) -> Vec<Occurrence> {
        let vocab_len = self.doc.vocab.len();
        let mut covered = vec![false; seq.len()];
        let mut out: Vec<Occurrence> = Vec::new();
        for (k, phrase) in self.phrases.iter().enumerate() {
            let id = (vocab_len + k) as u32;
            if !linked.contains(&id) {
                continue;
            }
            for start in 0..seq.len().saturating_sub(phrase.len() - 1) {
                let words = &seq[start..start + phrase.len()];
                if words.iter().map(|o| o.term).eq(phrase.iter().copied()) {
                    covered[start..start + phrase.len()]
                        .iter_mut()
                        .for_each(|c| *c = true);
                    out.push(Occurrence {
                        term: id,
                        span: words[0].span.cover(words[words.len() - 1].span),
                        clause: words[0].clause,
                    });
                }
            }
        }
        out.extend(
            seq.iter()
                .zip(&covered)
                .filter(|(_, &c)| !c)
                .map(|(o, _)| *o),
        );
        out.sort_by_key(|o| (o.span.start, o.span.end));
        out
    }
}
