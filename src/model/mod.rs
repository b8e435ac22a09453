//! The plain data that passes between the stages, at the bottom of the crate: every stage
//! reads and writes these types and nothing above them. Documents and their segments carry
//! spans into the text they came from, analyzed terms carry spans into their segment, and
//! the alignment keeps the keyword map and, for every bead, the evidence for and against it.

mod alignment;
mod contract;
mod document;
mod map;
mod terms;

pub(crate) use alignment::BeadIndex;
pub use alignment::{
    AlignedBead, Alignment, Evidence, MatchedTerm, Mode, PassageLink, Prepared, SharedTerm,
    SideEvidence, Strength, TermOccurrence,
};
pub use document::{Document, Language, Segment, Span, Unit};
pub use map::{KeywordMap, Link, LinkKind, Side, SideTerm};
pub use terms::{AnalyzedDoc, Occurrence, Size, TermClass, VocabEntry};
