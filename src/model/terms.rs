//! Documents as the analysis stage leaves them: a vocabulary of terms, and each segment's
//! terms in order with where they stand.

use super::{Language, Span};
use crate::analyze::stem::Shapes;
use serde::Serialize;

/// What kind of thing a term is; names and numbers are stronger evidence than words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TermClass {
    /// A word: a stem.
    Word,
    /// A capitalised word inside a sentence.
    Name,
    /// An acronym, a key name or a passage that stands for itself (a formula).
    Acronym,
    /// A number, date or time, by value.
    Number,
}

/// A distinct term of a document.
#[derive(Debug, Clone, Serialize)]
pub struct VocabEntry {
    /// What matching uses: a stem, an acronym as written, or a number's digits.
    pub key: String,
    /// The first lower-case form seen, for spelling comparisons and display.
    pub form: String,
    /// The strongest class any of its occurrences had.
    pub class: TermClass,
    /// How many segments contain the term.
    pub segments: usize,
    /// How common its form is in general text (a Zipf frequency; 0 for numbers and for
    /// words the background lists do not have).
    pub zipf: f32,
    /// How its occurrences are derived from the key (Indonesian affixes), so that a
    /// dictionary word of one derivation does not match another.
    #[serde(skip)]
    pub shapes: Shapes,
}

/// One term where it stands in a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Occurrence {
    /// The term: an index into the vocabulary (or, in the keyword map, into a side's terms).
    pub term: u32,
    /// Where its words lie in the segment's text.
    pub span: Span,
    /// Which clause of the segment it stands in (clauses end at a comma, a stop, a
    /// bracket, a quotation mark): words on either side of such a mark are not one phrase.
    pub clause: u32,
}

/// The size of a segment: characters for the length prior, sentences because only a
/// passage of several sentences can hold another passage whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Size {
    /// Characters of the segment's text.
    pub chars: usize,
    /// Sentences in it (at least one).
    pub sentences: usize,
}

/// A document after analysis: its vocabulary and, per segment, the terms in order.
#[derive(Debug, Clone)]
pub struct AnalyzedDoc {
    /// The language it was analyzed as.
    pub language: Language,
    /// Every distinct term.
    pub vocab: Vec<VocabEntry>,
    /// Each segment's term occurrences, in the order of the text.
    pub segments: Vec<Vec<Occurrence>>,
    /// How long each segment is.
    pub sizes: Vec<Size>,
}
