//! Writing an alignment: one file per output format.

mod beads;
mod json;
mod text;
mod tsv;

use crate::Alignment;
use std::io::{self, Write};

/// The output formats of `selaras align`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned pairs with scores and shared terms, then the unaligned passages.
    Text,
    /// The whole alignment as JSON (schema in README.md).
    Json,
    /// One aligned pair per line: English text, Indonesian text, score.
    Tsv,
    /// One bead per line: English indices, Indonesian indices, score.
    Beads,
}

/// Writes `alignment` in `format`.
pub fn write(alignment: &Alignment, format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Text => text::write(alignment, out),
        Format::Json => json::write(alignment, out),
        Format::Tsv => tsv::write(alignment, out),
        Format::Beads => beads::write(alignment, out),
    }
}

/// The text of the given segments of a document, joined with spaces.
fn passage(doc: &crate::Document, indices: &[usize]) -> String {
    indices
        .iter()
        .map(|&i| doc.segments[i].text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}
