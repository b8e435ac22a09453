//! The shared entity/keyword map of a document pair.

use super::{Occurrence, Size, TermClass};
use serde::Serialize;

/// Why two terms are linked, from the most to the least trusted.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    /// The same number.
    Number,
    /// The same token on both sides: a name, an acronym, a shared word.
    Same,
    /// A name in its Indonesian spelling.
    Name,
    /// A pair from the bilingual lexicon.
    Lexicon,
    /// A pair learned from aligned text (the shipped catalog pairs, `--realign`, a learned
    /// user lexicon).
    Learned,
    /// A loanword or cognate, guessed from spelling.
    Cognate,
}

impl LinkKind {
    /// The kind's name in reports: `number`, `same`, `name`, `lexicon`, `learned`, `cognate`.
    pub fn name(self) -> &'static str {
        match self {
            LinkKind::Number => "number",
            LinkKind::Same => "same",
            LinkKind::Name => "name",
            LinkKind::Lexicon => "lexicon",
            LinkKind::Learned => "learned",
            LinkKind::Cognate => "cognate",
        }
    }

    /// Whether the link pairs two words by a sense that a dictionary or aligned text gave
    /// (lexicon, learned): it holds in two documents only where their passages bear it out,
    /// unlike a shared token, a number or a respelled name.
    pub fn is_translation(self) -> bool {
        matches!(self, LinkKind::Lexicon | LinkKind::Learned)
    }
}

/// One link between an English and an Indonesian term (ids into [`Side::terms`]).
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    /// The English term.
    pub en: u32,
    /// The Indonesian term.
    pub id: u32,
    /// What kind of evidence links them.
    pub kind: LinkKind,
    /// The evidence in words: "same token", "lexicon (freedict)", "guess: …".
    pub evidence: String,
    /// How much the link is trusted, 0..1.
    pub strength: f32,
}

impl Link {
    /// Which of two links of a term says more: the stronger, then the more trusted kind.
    pub fn cmp_trust(&self, other: &Link) -> std::cmp::Ordering {
        self.strength
            .total_cmp(&other.strength)
            .then(other.kind.cmp(&self.kind))
    }
}

/// A term of one side: a vocabulary entry, or a lexicon phrase found in the document.
#[derive(Debug, Clone, Serialize)]
pub struct SideTerm {
    /// What it matches on: a stem, an acronym, a number's value (a phrase's keys joined
    /// with spaces).
    pub key: String,
    /// Its lower-case form (a phrase's words joined with spaces).
    pub form: String,
    /// What kind of term it is.
    pub class: TermClass,
    /// Segments that contain it.
    pub segments: usize,
    /// How common it is in general text (a Zipf frequency; a phrase is as common as its
    /// rarest word; 0 for numbers and unlisted words).
    pub zipf: f32,
    /// Whether the map could have linked it: it links it, or it is a name, number or acronym
    /// (matched as written), a lexicon phrase, or a word the lexicon has an entry for. An
    /// unmatched term the map could not have linked is no sign of a missing translation.
    #[serde(skip)]
    pub known: bool,
}

/// One document as the map sees it: its terms and each segment's set of term ids.
#[derive(Debug, Clone)]
pub struct Side {
    /// The document's vocabulary, then the lexicon phrases found in it.
    pub terms: Vec<SideTerm>,
    /// Each segment's distinct terms, sorted (a linked phrase stands for its words).
    pub segments: Vec<Vec<u32>>,
    /// Each segment's terms that occur in it more than once (they count twice): a line
    /// that merges the translations of two sentences repeats the words they share.
    pub repeated: Vec<Vec<u32>>,
    /// Each segment's terms in text order, with their spans in the segment (a phrase spans
    /// its words).
    pub occurrences: Vec<Vec<Occurrence>>,
    /// How long each segment is.
    pub sizes: Vec<Size>,
}

impl Side {
    /// The distinct terms of some of its segments, sorted.
    pub fn terms_of(&self, segments: &[usize]) -> Vec<u32> {
        let mut out: Vec<u32> = segments
            .iter()
            .flat_map(|&s| self.segments[s].iter().copied())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The map: both sides and the links between them.
#[derive(Debug, Clone)]
pub struct KeywordMap {
    /// The English side.
    pub en: Side,
    /// The Indonesian side.
    pub id: Side,
    /// Every link, sorted by English term, then Indonesian term; one per pair of terms.
    pub links: Vec<Link>,
}

impl KeywordMap {
    /// The links of an English term, with their indices (the links are sorted by English
    /// term).
    pub fn links_of_english(&self, term: u32) -> impl Iterator<Item = (usize, &Link)> {
        let start = self.links.partition_point(|l| l.en < term);
        self.links[start..]
            .iter()
            .take_while(move |l| l.en == term)
            .enumerate()
            .map(move |(k, l)| (start + k, l))
    }
}
