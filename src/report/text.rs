//! The default report for people: pairs with scores and shared terms, then what is unaligned.

use super::indices;
use crate::model::{AlignedBead, Alignment, Document};
use std::io::{self, Write};

/// Writes the report.
pub fn write(a: &Alignment, out: &mut dyn Write) -> io::Result<()> {
    for (label, doc) in [("English", &a.english), ("Indonesian", &a.indonesian)] {
        writeln!(
            out,
            "{label:<11} {} ({}, confidence {:.2}, {} segments)",
            doc.name,
            doc.language.code(),
            doc.confidence,
            doc.segments.len()
        )?;
    }
    writeln!(out, "mode        {:?} ({})", a.mode, a.mode_reason)?;
    let pairs: Vec<&AlignedBead> = a.pairs().collect();
    writeln!(out, "\n{} aligned pairs\n", pairs.len())?;
    for bead in pairs {
        writeln!(
            out,
            "EN {}  <->  ID {}   score {:.2}",
            indices(&bead.en),
            indices(&bead.id),
            bead.score
        )?;
        writeln!(out, "  en: {}", a.english.passage(&bead.en))?;
        writeln!(out, "  id: {}", a.indonesian.passage(&bead.id))?;
        if !bead.shared.is_empty() {
            let shared: Vec<String> = bead
                .shared
                .iter()
                .map(|s| {
                    let kind = s.kind.name();
                    if s.en == s.id {
                        format!("{} ({kind})", s.en)
                    } else {
                        format!("{} = {} ({kind})", s.en, s.id)
                    }
                })
                .collect();
            writeln!(out, "  shared: {}", shared.join(", "))?;
        }
        writeln!(out)?;
    }
    unaligned(out, "English", &a.english, a.unaligned_english())?;
    unaligned(out, "Indonesian", &a.indonesian, a.unaligned_indonesian())
}

fn unaligned(out: &mut dyn Write, label: &str, doc: &Document, idx: Vec<usize>) -> io::Result<()> {
    writeln!(out, "only in the {label} ({}):", idx.len())?;
    for i in idx {
        writeln!(out, "  [{i}] {}", doc.segments[i].text)?;
    }
    writeln!(out)
}
