//! selaras lines up related passages between an English and an Indonesian document, says why
//! (the names, numbers and keywords they share) and what each side has that the other lacks.
//!
//! The pipeline runs one way, a stage a module, each a plain function of the previous
//! stage's output (the types in [`model`]):
//! [`ingest`] (read) → [`lang`] (identify) → [`segment`] → [`analyze`] → [`keymap`] (map)
//! → [`align`] → [`report`]. [`Aligner`] runs it end to end with a [`Config`]; the stemmers
//! and lexicons are loaded once into [`Resources`] and shared; every tuned number is in
//! [`Settings`].
//!
//! ```
//! use selaras::{Aligner, Config, ingest::Source};
//! let en = Source::from_text("en", "Russia invaded Crimea in 2014.\n\nNATO met in Brussels.").unwrap();
//! let id = Source::from_text("id", "Rusia menginvasi Krimea pada 2014.\n\nNATO bertemu di Brussel.").unwrap();
//! let alignment = Aligner::new(Config::default()).align(&en, &id).unwrap();
//! assert_eq!(alignment.pairs().count(), 2);
//! // Why the first pair holds: "2014" on both sides, and "Crimea" spelled "Krimea".
//! let evidence = &alignment.beads[0].evidence;
//! let matched: Vec<&str> = evidence.en.matched.iter().map(|m| alignment.english_text(&m.at)).collect();
//! assert!(matched.contains(&"2014") && matched.contains(&"Crimea"));
//! ```

#![warn(missing_docs)]

pub mod align;
pub mod analyze;
pub mod bilingual;
pub mod corpus;
pub mod docalign;
mod error;
mod fnv;
pub mod ingest;
pub mod keymap;
pub mod lang;
pub mod model;
mod pipeline;
pub mod qa;
pub mod report;
mod resources;
pub mod segment;
pub mod settings;
mod tables;

pub use error::{Error, Result};
pub use model::{
    AlignedBead, Alignment, Document, Evidence, KeywordMap, Language, LinkKind, Mode, Prepared,
    Segment, SharedTerm, Span, TermClass, Unit,
};
pub use pipeline::{Aligner, Config, ConfigBuilder, REALIGN_SOURCE};
pub use resources::{Resources, ResourcesBuilder};
pub use settings::Settings;
