//! Document alignment: which English document of a collection goes with which Indonesian
//! one, when neither collection says so and some documents have no counterpart.
//!
//! Each document becomes a profile of *bridge terms*, keys both languages can produce: a
//! number by value, a token as written (names, acronyms, product names), and an Indonesian
//! stem, reached from an English word through the lexicon. Terms are weighted by how rare
//! they are in the two collections (tf-idf), and an inverted index over the Indonesian
//! profiles finds each English document's candidates without comparing all n×m pairs:
//! terms in more than a share of the documents have no posting list, so the work grows with
//! the collection, not with its square. Pairs are scored by cosine, with a margin over each
//! document's other candidates (a pair that stands out beats one that is merely similar, as
//! in margin-based bitext mining), and kept when each is the other's best and the score
//! clears a threshold.

use crate::keymap::Lexicon;
use crate::model::{Alignment, AnalyzedDoc, Document, TermClass, VocabEntry};
use crate::settings::DocAlignSettings;
use serde::Serialize;
use std::collections::HashMap;

/// A document as the document aligner sees it: weighted bridge terms.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Bridge term → how often it stands in the document (segments containing it).
    terms: HashMap<String, f32>,
    /// The document's length in characters: a translation is about as long as its source.
    chars: usize,
}

impl Profile {
    /// The profile of an English document: its numbers and tokens as written, and the
    /// Indonesian stems its words translate to.
    pub fn english(doc: &AnalyzedDoc, lexicon: &Lexicon) -> Profile {
        Profile::of(doc, |profile, term, count| {
            let translations: Vec<&str> = lexicon
                .translations_of(&term.key)
                .filter_map(|e| e.id.single())
                .collect();
            // A word with many translations spreads its weight over them.
            let share = count / (translations.len() as f32).sqrt();
            for key in translations {
                profile.add(format!("~{key}"), share);
            }
        })
    }

    /// The profile of an Indonesian document: its numbers, its tokens as written, its stems.
    pub fn indonesian(doc: &AnalyzedDoc) -> Profile {
        Profile::of(doc, |profile, term, count| {
            if term.class == TermClass::Word {
                profile.add(format!("~{}", term.key), count);
            }
        })
    }

    /// Numbers by value and other terms as written, both languages alike; `stems` adds what
    /// a term that is not a number reaches in the Indonesian stem space.
    fn of(doc: &AnalyzedDoc, mut stems: impl FnMut(&mut Profile, &VocabEntry, f32)) -> Profile {
        let mut profile = Profile::new(doc);
        for term in &doc.vocab {
            let count = term.segments as f32;
            if term.class == TermClass::Number {
                profile.add(format!("#{}", term.key), count);
            } else {
                profile.add(format!("={}", term.form), count);
                stems(&mut profile, term, count);
            }
        }
        profile
    }

    fn new(doc: &AnalyzedDoc) -> Profile {
        Profile {
            terms: HashMap::new(),
            chars: doc.sizes.iter().map(|s| s.chars).sum(),
        }
    }

    fn add(&mut self, term: String, count: f32) {
        let weight = self.terms.entry(term).or_default();
        *weight = weight.max(count);
    }
}

/// A pair of documents, by their index in the two collections.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DocPair {
    /// The English document.
    pub en: usize,
    /// The Indonesian document.
    pub id: usize,
    /// How much of the two documents their sentence alignment pairs with confidence, 0..1:
    /// what decides between candidates.
    pub score: f64,
    /// The cosine similarity of the two profiles, weighed by how well their lengths fit,
    /// 0..1: what made the pair a candidate.
    pub similarity: f64,
}

/// Pairs the documents of two collections. Profiles propose each document's likeliest
/// counterparts; `verify` aligns a proposed pair and says how much of it aligns (0..1);
/// a pair is kept when each document is the other's best and it clears
/// `settings.min_score`. Documents left out have no counterpart found.
pub fn align(
    english: &[Profile],
    indonesian: &[Profile],
    settings: &DocAlignSettings,
    verify: impl Fn(usize, usize) -> f64 + Sync,
) -> Vec<DocPair> {
    use rayon::prelude::*;
    let proposed = propose(english, indonesian, settings);
    let verified: Vec<DocPair> = proposed
        .into_par_iter()
        .map(|(en, id, similarity)| DocPair {
            en,
            id,
            score: round3(verify(en, id)),
            similarity: round3(f64::from(similarity)),
        })
        .collect();
    mutual_best(verified, english.len(), indonesian.len(), settings)
}

/// How much of an alignment pairs passages with confidence: the characters of both
/// documents in two-sided beads scoring at least `min_bead_score`, over all characters.
pub fn aligned_share(alignment: &Alignment, min_bead_score: f64) -> f64 {
    let chars = |doc: &Document, segments: &[usize]| -> usize {
        segments
            .iter()
            .map(|&s| doc.segments[s].text.chars().count())
            .sum()
    };
    let total =
        |doc: &Document| -> usize { doc.segments.iter().map(|s| s.text.chars().count()).sum() };
    let aligned: usize = alignment
        .pairs()
        .filter(|b| b.score >= min_bead_score)
        .map(|b| chars(&alignment.english, &b.en) + chars(&alignment.indonesian, &b.id))
        .sum();
    aligned as f64 / (total(&alignment.english) + total(&alignment.indonesian)).max(1) as f64
}

/// The candidate pairs worth verifying: for each document of either side, its best
/// candidates by similarity over the background of its other candidates.
fn propose(
    english: &[Profile],
    indonesian: &[Profile],
    settings: &DocAlignSettings,
) -> Vec<(usize, usize, f32)> {
    let weights = Weights::new(english, indonesian, settings);
    let en_vectors: Vec<Vec<(u32, f32)>> = english.iter().map(|p| weights.vector(p)).collect();
    let id_vectors: Vec<Vec<(u32, f32)>> = indonesian.iter().map(|p| weights.vector(p)).collect();
    let mut candidates = candidates(&en_vectors, &id_vectors, &weights, settings);
    for (en, list) in candidates.iter_mut().enumerate() {
        for (id, similarity) in list.iter_mut() {
            *similarity *= length_fit(&english[en], &indonesian[*id], settings);
        }
    }
    let margins = margins(&candidates, indonesian.len(), settings);
    // The best few of each English document and of each Indonesian document.
    let mut by_id: Vec<Vec<(f32, usize, f32)>> = vec![Vec::new(); indonesian.len()];
    let mut proposed = Vec::new();
    for (en, list) in margins.into_iter().enumerate() {
        for (rank, (id, margin, similarity)) in list.into_iter().enumerate() {
            if rank < settings.verify {
                proposed.push((en, id, similarity));
            } else {
                by_id[id].push((margin, en, similarity));
            }
        }
    }
    for (id, mut list) in by_id.into_iter().enumerate() {
        list.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
        proposed.extend(
            list.into_iter()
                .take(settings.verify)
                .map(|(_, en, s)| (en, id, s)),
        );
    }
    proposed.sort_unstable_by_key(|&(en, id, _)| (en, id));
    proposed.dedup_by_key(|&mut (en, id, _)| (en, id));
    proposed
}

/// How well the two lengths fit a translation's (1 at the usual ratio, falling as a
/// Gaussian of the log ratio's distance from it).
fn length_fit(en: &Profile, id: &Profile, settings: &DocAlignSettings) -> f32 {
    if settings.length_spread <= 0.0 {
        return 1.0;
    }
    let log_ratio = (id.chars.max(1) as f64 / en.chars.max(1) as f64).ln();
    let z = (log_ratio - settings.length_log_ratio) / settings.length_spread;
    (-0.5 * z * z).exp() as f32
}

/// Term ids, document frequencies and the terms too common to index.
struct Weights {
    ids: HashMap<String, u32>,
    idf: Vec<f32>,
    indexed: Vec<bool>,
}

impl Weights {
    fn new(english: &[Profile], indonesian: &[Profile], settings: &DocAlignSettings) -> Weights {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut df: Vec<[u32; 2]> = Vec::new();
        for (side, profiles) in [english, indonesian].into_iter().enumerate() {
            for profile in profiles {
                for term in profile.terms.keys() {
                    let next = ids.len() as u32;
                    let id = *ids.entry(term.clone()).or_insert(next);
                    if id as usize == df.len() {
                        df.push([0, 0]);
                    }
                    df[id as usize][side] += 1;
                }
            }
        }
        let documents = (english.len() + indonesian.len()) as f32;
        let max_postings = (indonesian.len() as f64 * settings.max_posting_share)
            .max(settings.min_postings as f64);
        // A term only one collection has cannot bridge the two: it weighs nothing.
        let idf = df
            .iter()
            .map(|&[en, id]| match en.min(id) {
                0 => 0.0,
                _ => (documents / (en + id) as f32).ln(),
            })
            .collect();
        let indexed = df
            .iter()
            .map(|&[_, id]| f64::from(id) <= max_postings)
            .collect();
        Weights { ids, idf, indexed }
    }

    /// A profile as a unit-length tf-idf vector, sorted by term id.
    fn vector(&self, profile: &Profile) -> Vec<(u32, f32)> {
        let mut vector: Vec<(u32, f32)> = profile
            .terms
            .iter()
            .map(|(term, &count)| {
                let id = self.ids[term];
                (id, (1.0 + count.ln()) * self.idf[id as usize])
            })
            .filter(|&(_, w)| w > 0.0)
            .collect();
        let norm = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        for (_, w) in &mut vector {
            *w /= norm;
        }
        vector.sort_unstable_by_key(|&(id, _)| id);
        vector
    }
}

/// Each English document's best-scoring Indonesian documents (cosine over the indexed
/// terms), found through an inverted index.
fn candidates(
    english: &[Vec<(u32, f32)>],
    indonesian: &[Vec<(u32, f32)>],
    weights: &Weights,
    settings: &DocAlignSettings,
) -> Vec<Vec<(usize, f32)>> {
    use rayon::prelude::*;
    let mut postings: HashMap<u32, Vec<(u32, f32)>> = HashMap::new();
    for (doc, vector) in indonesian.iter().enumerate() {
        for &(term, w) in vector {
            if weights.indexed[term as usize] {
                postings.entry(term).or_default().push((doc as u32, w));
            }
        }
    }
    english
        .par_iter()
        .map(|vector| {
            let mut scores: HashMap<u32, f32> = HashMap::new();
            for &(term, w) in vector {
                for &(doc, v) in postings.get(&term).into_iter().flatten() {
                    *scores.entry(doc).or_default() += w * v;
                }
            }
            let mut best: Vec<(usize, f32)> =
                scores.into_iter().map(|(d, s)| (d as usize, s)).collect();
            best.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            best.truncate(settings.candidates);
            best
        })
        .collect()
}

/// Each English document's candidates as (Indonesian document, margin, similarity), best
/// margin first: the similarity over the mean similarity of the two documents' candidates.
fn margins(
    candidates: &[Vec<(usize, f32)>],
    n_id: usize,
    settings: &DocAlignSettings,
) -> Vec<Vec<(usize, f32, f32)>> {
    let mut id_seen: Vec<Vec<f32>> = vec![Vec::new(); n_id];
    for list in candidates {
        for &(id, s) in list {
            id_seen[id].push(s);
        }
    }
    // Missing candidates count as dissimilar documents.
    let background = |scores: &mut Vec<f32>| {
        scores.sort_unstable_by(|a, b| b.total_cmp(a));
        scores.iter().take(settings.candidates).sum::<f32>() / settings.candidates as f32
    };
    let id_background: Vec<f32> = id_seen.iter_mut().map(background).collect();
    candidates
        .iter()
        .map(|list| {
            let en_background = background(&mut list.iter().map(|&(_, s)| s).collect());
            let mut out: Vec<(usize, f32, f32)> = list
                .iter()
                .map(|&(id, s)| {
                    let margin = (en_background + id_background[id]) / 2.0;
                    (id, s / margin.max(f32::EPSILON), s)
                })
                .collect();
            out.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            out
        })
        .collect()
}

/// The pairs that are each other's best by score and clear the threshold.
fn mutual_best(
    pairs: Vec<DocPair>,
    n_en: usize,
    n_id: usize,
    settings: &DocAlignSettings,
) -> Vec<DocPair> {
    let better = |a: &DocPair, b: &DocPair| (a.score, a.similarity) > (b.score, b.similarity);
    let mut best_for_en: Vec<Option<DocPair>> = vec![None; n_en];
    let mut best_for_id: Vec<Option<DocPair>> = vec![None; n_id];
    for pair in pairs {
        for best in [&mut best_for_en[pair.en], &mut best_for_id[pair.id]] {
            if best.is_none_or(|b| better(&pair, &b)) {
                *best = Some(pair);
            }
        }
    }
    best_for_en
        .into_iter()
        .flatten()
        .filter(|p| best_for_id[p.id].is_some_and(|b| b.en == p.en))
        .filter(|p| p.score >= settings.min_score && p.similarity >= settings.min_similarity)
        .collect()
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
