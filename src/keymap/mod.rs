//! The shared entity/keyword map between the two documents of a pair.

pub mod cognate;
pub mod learn;
pub mod lexicon;
pub mod map;

pub use lexicon::Lexicon;
pub use map::{KeywordMap, Link, LinkKind, Side};
