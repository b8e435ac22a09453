//! The report stage: an alignment written in one of the output formats, one file per
//! format. A writer reads only the [`Alignment`] (the model), never the stages before it.

mod beads;

pub mod findings;
pub mod html;
mod json;
mod links;
mod text;
mod tsv;

use crate::model::Alignment;
use std::io::{self, Write};

/// The output formats of `selaras align`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Format {
    /// Aligned pairs with scores and shared terms, then the unaligned passages.
    Text,
    /// The whole alignment as JSON (schema in README.md).
    Json,
    /// One aligned pair per line: English text, Indonesian text, score.
    Tsv,
    /// One bead per line: English indices, Indonesian indices, score.
    Beads,
    /// One link per line: English index, Indonesian index, score, strength.
    Links,
    /// One self-contained HTML page: both documents side by side, links, evidence.
    Html,
}

/// Writes `alignment` in `format`.
///
/// ```
/// use selaras::{ingest::Source, report, Aligner, Config};
/// let en = Source::from_text("en", "Open the file.").unwrap();
/// let id = Source::from_text("id", "Buka berkas.").unwrap();
/// let alignment = Aligner::new(Config::default()).align(&en, &id).unwrap();
/// let mut out = Vec::new();
/// report::write(&alignment, report::Format::Beads, &mut out).unwrap();
/// assert!(String::from_utf8(out).unwrap().starts_with("0\t0\t"));
/// ```
pub fn write(alignment: &Alignment, format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Text => text::write(alignment, out),
        Format::Json => json::write(alignment, out),
        Format::Tsv => tsv::write(alignment, out),
        Format::Beads => beads::write(alignment, out),
        Format::Links => links::write(alignment, out),
        Format::Html => html::write(alignment, &[], out),
    }
}

/// "1 passage", "2 passages": a count with its noun (nouns that take an s).
fn counted(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        _ => format!("{n} {noun}s"),
    }
}

/// Segment indices as the reports write them: comma-separated.
fn indices(v: &[usize]) -> String {
    v.iter().map(usize::to_string).collect::<Vec<_>>().join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Source;
    use crate::{Aligner, Config};

    fn report(format: Format) -> String {
        let en = Source::from_text("en.txt", "Open the file.\n\nThe sky is blue today.\n").unwrap();
        let id = Source::from_text("id.txt", "Buka berkas.\n").unwrap();
        let config = Config {
            mode: crate::Mode::Parallel,
            ..Config::default()
        };
        let alignment = Aligner::new(config).align(&en, &id).unwrap();
        let mut out = Vec::new();
        write(&alignment, format, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn beads_hold_every_segment_once() {
        let beads = report(Format::Beads);
        let sides: Vec<(&str, &str)> = beads
            .lines()
            .map(|l| {
                let mut cols = l.split('\t');
                (cols.next().unwrap(), cols.next().unwrap())
            })
            .collect();
        assert_eq!(sides, [("0", "0"), ("1", "")], "{beads}");
    }

    #[test]
    fn text_lists_what_only_one_side_has() {
        let text = report(Format::Text);
        assert!(text.contains("EN 0  <->  ID 0"), "{text}");
        assert!(text.contains("only in the English (1):\n  [1] The sky is blue today."));
    }
}
