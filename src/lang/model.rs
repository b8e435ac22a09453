//! The word and letter-trigram statistics of English, Indonesian and Malay that the
//! identifier scores text with: a naive Bayes model over counts from Debian's message
//! catalogs (data/lid, made by scripts/make-lid-model.py). Known words are scored by their
//! own counts; a word the tables do not know, by its letter trigrams.

use crate::fnv;
use crate::tables::{self, StaticTable};

/// English, Indonesian, Malay: the order of every count and score array here.
pub const LANGUAGES: usize = 3;

/// A word marks Malay or Indonesian when one is this many times likelier (e^2 ≈ 7.4).
const MARKER_RATIO: f64 = 2.0;

/// No single word says more than this about Indonesian against Malay: a word that is
/// rare in one language's catalogs (nota, dinding) is still only one word.
const MARKER_CAP: f64 = 3.0;

/// How much an unknown word's trigrams count, against one known word.
const TRIGRAM_WEIGHT: f64 = 0.35;

/// Log-probability tables of one kind of unit (words or trigrams), smoothed from counts
/// when build.rs compiled them (src/tables/rows.rs).
struct Table {
    log_p: &'static StaticTable<[f32; LANGUAGES]>,
    /// The log-probability of a unit never seen in a language.
    unseen: [f32; LANGUAGES],
    /// The log-probability of a unit seen three times in a language: how often a letter
    /// trigram must occur to be part of how the language spells words.
    spelling: [f32; LANGUAGES],
}

impl Table {
    fn get(&self, key: &str) -> Option<&[f32; LANGUAGES]> {
        self.log_p.get(key)
    }
}

/// The shipped model.
pub struct Model {
    words: Table,
    trigrams: Table,
}

/// The evidence a text gives: summed log-likelihoods per language, and how many words
/// contributed (0 means nothing to go on).
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    pub scores: [f64; LANGUAGES],
    /// Malay against Indonesian: each word that marks one of the two (names and words both
    /// use alike do not count), by the hash of its lower-case form, with its log-likelihood
    /// ratio. A word repeated through a document counts once: one translator's habit is
    /// not ten pieces of evidence.
    markers: Vec<(u64, f64)>,
    pub words: usize,
    /// How many of the words the tables know (the rest were scored by their trigrams).
    pub known: usize,
    /// How many of the unknown words are spelled as one of the languages spells words (every
    /// letter trigram common in its catalogs: Basarnas, Cianjur), unlike codes and
    /// abbreviations (vmpeak, sigq, nstgid).
    pub spelled: usize,
}

impl Evidence {
    /// Adds the evidence of another piece of text (a document is the sum of its segments).
    pub fn add(&mut self, other: &Evidence) {
        for (s, o) in self.scores.iter_mut().zip(&other.scores) {
            *s += o;
        }
        self.words += other.words;
        self.known += other.known;
        self.spelled += other.spelled;
        self.markers.extend_from_slice(&other.markers);
    }

    /// Malay against Indonesian, as a log-likelihood ratio (positive: Malay).
    pub fn dialect(&self) -> f64 {
        let mut markers = self.markers.clone();
        markers.sort_unstable_by_key(|&(word, _)| word);
        markers.dedup_by_key(|&mut (word, _)| word);
        markers.iter().map(|&(_, ratio)| ratio).sum()
    }
}

impl Model {
    pub fn shipped() -> &'static Model {
        static MODEL: Model = Model {
            words: Table {
                log_p: &tables::LID_WORDS,
                unseen: tables::LID_WORDS_UNSEEN,
                spelling: tables::LID_WORDS_SPELLING,
            },
            trigrams: Table {
                log_p: &tables::LID_TRIGRAMS,
                unseen: tables::LID_TRIGRAMS_UNSEEN,
                spelling: tables::LID_TRIGRAMS_SPELLING,
            },
        };
        &MODEL
    }

    /// The evidence of a text: every run of letters, lower-cased, is one word. Indonesian
    /// against Malay counts only marker words (bahawa, kerana, fail …), not the many words
    /// the two share with slightly different frequencies, nor a capitalised word inside a
    /// sentence, which is taken for a name (Apung, Helsinki).
    pub fn evidence(&self, text: &str) -> Evidence {
        let mut evidence = Evidence::default();
        let mut lower = String::new();
        let mut sentence_start = true;
        let mut rest = text;
        while let Some(start) = rest.find(char::is_alphabetic) {
            sentence_start |= rest[..start].contains(['.', '!', '?', ':']);
            let len = rest[start..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len() - start);
            let word = &rest[start..start + len];
            rest = &rest[start + len..];
            lower.clear();
            if word.is_ascii() {
                lower.push_str(word); // most words, lower-cased without decoding
                lower.make_ascii_lowercase();
            } else {
                lower.extend(word.chars().flat_map(char::to_lowercase));
            }
            evidence.words += 1;
            let mut scores = [0.0; LANGUAGES];
            match self.words.get(&lower) {
                Some(log_p) => {
                    evidence.known += 1;
                    add(&mut scores, log_p);
                }
                None => {
                    if self.add_trigrams(&lower, &mut scores) {
                        evidence.spelled += 1;
                    }
                }
            }
            let name = !sentence_start && word.starts_with(char::is_uppercase);
            let marker = scores[2] - scores[1];
            if !name && marker.abs() >= MARKER_RATIO {
                let ratio = marker.clamp(-MARKER_CAP, MARKER_CAP);
                evidence.markers.push((fnv::hash(lower.as_bytes()), ratio));
            }
            for (s, x) in evidence.scores.iter_mut().zip(scores) {
                *s += x;
            }
            sentence_start = false;
        }
        evidence
    }

    /// An unknown word's spelling: the mean log-probability of its letter trigrams (with
    /// word boundaries), weighted as a fraction of a known word; whether one language
    /// spells words so.
    fn add_trigrams(&self, word: &str, scores: &mut [f64; LANGUAGES]) -> bool {
        let padded: Vec<char> = std::iter::once('_')
            .chain(word.chars())
            .chain(std::iter::once('_'))
            .collect();
        let mut sum = [0.0f64; LANGUAGES];
        let mut gram = String::new();
        let count = padded.len().saturating_sub(2);
        let mut spelled = [true; LANGUAGES];
        for window in padded.windows(3) {
            gram.clear();
            gram.extend(window);
            let log_p = self.trigrams.get(&gram).unwrap_or(&self.trigrams.unseen);
            add(&mut sum, log_p);
            for ((s, l), common) in spelled.iter_mut().zip(log_p).zip(&self.trigrams.spelling) {
                *s &= l >= common;
            }
        }
        if count > 0 {
            let weight = TRIGRAM_WEIGHT * (count as f64).sqrt();
            for (s, x) in scores.iter_mut().zip(sum) {
                *s += weight * x / count as f64;
            }
        }
        spelled.contains(&true)
    }
}

fn add(scores: &mut [f64; LANGUAGES], log_p: &[f32; LANGUAGES]) {
    debug_assert!(log_p.iter().all(|l| l.is_finite()));
    for (s, l) in scores.iter_mut().zip(log_p) {
        *s += f64::from(*l);
    }
}
