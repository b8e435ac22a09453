//! The default report for people: pairs with scores and shared terms, then what is unaligned.

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
                    let kind = format!("{:?}", s.kind).to_lowercase();
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
    unaligned(
        out,
        "English",
        &a.english,
        a.beads
            .iter()
            .filter(|b| b.id.is_empty())
            .flat_map(|b| &b.en),
    )?;
    unaligned(
        out,
        "Indonesian",
        &a.indonesian,
        a.beads
            .iter()
            .filter(|b| b.en.is_empty())
            .flat_map(|b| &b.id),
    )
}

fn indices(v: &[usize]) -> String {
    v.iter().map(usize::to_string).collect::<Vec<_>>().join(",")
}

fn unaligned<'a>(
    out: &mut dyn Write,
    label: &str,
    doc: &Document,
    idx: impl Iterator<Item = &'a usize>,
) -> io::Result<()> {
    let idx: Vec<usize> = idx
        .copied()
        .filter(|&i| !doc.segments[i].text.is_empty())
        .collect();
    writeln!(out, "only in the {label} ({}):", idx.len())?;
    for i in idx {
        writeln!(out, "  [{i}] {}", doc.segments[i].text)?;
    }
    writeln!(out)
}
