//! The default report for people: pairs with scores and shared terms, then what is unaligned.

use super::{counted, indices};
use crate::model::{AlignedBead, Alignment, Document, SharedTerm, Strength};
use std::io::{self, Write};

/// Writes the report.
pub fn write(a: &Alignment, out: &mut dyn Write) -> io::Result<()> {
    for (label, doc) in [("English", &a.english), ("Indonesian", &a.indonesian)] {
        writeln!(
            out,
            "{label:<11} {} ({}, confidence {:.2}, {})",
            doc.name,
            doc.language.code(),
            doc.confidence,
            counted(doc.segments.len(), "segment")
        )?;
    }
    writeln!(out, "mode        {:?} ({})", a.mode, a.mode_reason)?;
    let pairs: Vec<&AlignedBead> = a.pairs().collect();
    writeln!(out, "\n{}\n", counted(pairs.len(), "aligned pair"))?;
    for bead in pairs {
        writeln!(
            out,
            "EN {}  <->  ID {}   score {:.2}, {}",
            indices(&bead.en),
            indices(&bead.id),
            bead.score,
            strength_name(a.strength(bead))
        )?;
        writeln!(out, "  en: {}", a.english.passage(&bead.en))?;
        writeln!(out, "  id: {}", a.indonesian.passage(&bead.id))?;
        shared(out, &bead.shared)?;
        writeln!(out)?;
    }
    further_links(out, a)?;
    unaligned(out, "English", &a.english, a.unaligned_english())?;
    unaligned(out, "Indonesian", &a.indonesian, a.unaligned_indonesian())
}

/// The links outside the beads, each with the start of both passages.
fn further_links(out: &mut dyn Write, a: &Alignment) -> io::Result<()> {
    let links: Vec<_> = a.further_links().collect();
    if links.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "{} (the same facts told elsewhere)\n",
        counted(links.len(), "further link")
    )?;
    for l in links {
        writeln!(
            out,
            "EN {}  <->  ID {}   score {:.2}, {}",
            l.en,
            l.id,
            l.score,
            l.strength.name()
        )?;
        writeln!(out, "  en: {}", opening(&a.english.segments[l.en].text))?;
        writeln!(out, "  id: {}", opening(&a.indonesian.segments[l.id].text))?;
        shared(out, &l.shared)?;
        if let Some([en, id]) = l.beside {
            writeln!(out, "  beside: EN {en}  <->  ID {id} (the same story)")?;
        }
    }
    writeln!(out)
}

/// The terms two passages share, each with where the link comes from.
fn shared(out: &mut dyn Write, terms: &[SharedTerm]) -> io::Result<()> {
    if terms.is_empty() {
        return Ok(());
    }
    let terms: Vec<String> = terms
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
    writeln!(out, "  shared: {}", terms.join(", "))
}

/// The first words of a passage, enough to recognise it.
fn opening(text: &str) -> String {
    const WORDS: usize = 12;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= WORDS {
        return words.join(" ");
    }
    format!("{} ...", words[..WORDS].join(" "))
}

fn strength_name(strength: Option<Strength>) -> &'static str {
    strength.map_or("unlinked", Strength::name)
}

fn unaligned(out: &mut dyn Write, label: &str, doc: &Document, idx: Vec<usize>) -> io::Result<()> {
    writeln!(out, "only in the {label} ({}):", idx.len())?;
    for i in idx {
        writeln!(out, "  [{i}] {}", doc.segments[i].text)?;
    }
    writeln!(out)
}
