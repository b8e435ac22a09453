//! The map stage: the shared entity/keyword map between the two documents of a pair, from
//! identical tokens, numbers, the lexicon and spelling; and learning new word pairs from
//! aligned text.

mod cognate;
mod compiled;
pub mod learn;
mod lexicon;
mod map;
mod table;

pub use lexicon::Lexicon;
pub use map::build;
