//! Corpus preparation: the sentence pairs of aligned document pairs, each kept or dropped
//! by named filters and carrying the reason, written as bitext (TSV, JSONL, Moses, TMX).
//! [`batch`] runs many document pairs in parallel with results in input order, outputs
//! that appear only when complete, and resumption of an interrupted run.

pub mod batch;
mod filter;
pub mod manifest;
pub mod output;

pub use filter::{Filters, Reason};

use crate::model::Alignment;
use serde::Serialize;
use std::collections::HashSet;

/// One pair of passages from an alignment's two-sided beads, and what the filters said.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentencePair {
    /// The English segment indices.
    pub en_segments: Vec<usize>,
    /// The Indonesian segment indices.
    pub id_segments: Vec<usize>,
    /// The English text (segments joined with a space).
    pub en_text: String,
    /// The Indonesian text.
    pub id_text: String,
    /// The aligner's confidence, 0..1.
    pub score: f64,
    /// Why the pair holds: the names, numbers and keywords both sides share.
    pub shared: Vec<String>,
    /// The filter that dropped it, if one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dropped: Option<Reason>,
}

impl SentencePair {
    /// Whether the filters kept it.
    pub fn kept(&self) -> bool {
        self.dropped.is_none()
    }
}

/// The sentence pairs of one alignment, judged by every filter but duplicates (see
/// [`Dedup`]), in bead order.
pub fn sentence_pairs(alignment: &Alignment, filters: &Filters) -> Vec<SentencePair> {
    let numbers = if filters.on(Reason::Numbers) {
        crate::qa::number_mismatches(alignment)
    } else {
        Vec::new()
    };
    alignment
        .pairs()
        .map(|bead| {
            let en_text = alignment.english.passage(&bead.en);
            let id_text = alignment.indonesian.passage(&bead.id);
            let numbers_differ = numbers.iter().any(|f| f.en == bead.en && f.id == bead.id);
            let dropped = filters.check(&en_text, &id_text, bead.score, numbers_differ);
            SentencePair {
                en_segments: bead.en.clone(),
                id_segments: bead.id.clone(),
                shared: bead
                    .shared
                    .iter()
                    .map(|s| format!("{} = {}", s.en, s.id))
                    .collect(),
                en_text,
                id_text,
                score: bead.score,
                dropped,
            }
        })
        .collect()
}

/// The pairs kept so far in a run, so that a pair met again is dropped as a duplicate. It
/// holds a 64-bit hash per kept pair, not the text.
#[derive(Debug, Clone, Default)]
pub struct Dedup {
    seen: HashSet<u64>,
}

impl Dedup {
    /// Marks a kept pair as a duplicate if it was kept before, and remembers it otherwise.
    pub fn check(&mut self, pair: &mut SentencePair) {
        if pair.kept() && !self.seen.insert(Dedup::hash(pair)) {
            pair.dropped = Some(Reason::Duplicate);
        }
    }

    /// The hash a pair is remembered by: its two texts, whitespace and case aside (64-bit
    /// FNV-1a, the same in every build, so that a resumed run knows the pairs of the part
    /// before the interruption).
    pub fn hash(pair: &SentencePair) -> u64 {
        let mut fnv = crate::fnv::Fnv::default();
        for text in [&pair.en_text, &pair.id_text] {
            for word in text.split_whitespace() {
                fnv.add(word.to_lowercase().as_bytes());
                fnv.add(b" ");
            }
            fnv.add(b"\t");
        }
        fnv.finish()
    }

    /// Remembers hashes of an earlier part of the run (when resuming it).
    pub fn extend(&mut self, hashes: impl IntoIterator<Item = u64>) {
        self.seen.extend(hashes);
    }
}
