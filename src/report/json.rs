//! The alignment as one JSON object; the schema is documented in README.md.

use super::passage;
use crate::align::Mode;
use crate::lang::Language;
use crate::segment::Unit;
use crate::{Alignment, Document, SharedTerm};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Report<'a> {
    english: DocSummary<'a>,
    indonesian: DocSummary<'a>,
    unit: Unit,
    mode: Mode,
    mode_reason: &'a str,
    pairs: Vec<Pair<'a>>,
    unaligned_en: Vec<Passage<'a>>,
    unaligned_id: Vec<Passage<'a>>,
}

#[derive(Serialize)]
struct DocSummary<'a> {
    name: &'a str,
    language: Language,
    confidence: f64,
    segments: usize,
}

#[derive(Serialize)]
struct Pair<'a> {
    en: &'a [usize],
    id: &'a [usize],
    score: f64,
    en_text: String,
    id_text: String,
    shared: &'a [SharedTerm],
}

#[derive(Serialize)]
struct Passage<'a> {
    index: usize,
    text: &'a str,
}

fn summary(doc: &Document) -> DocSummary<'_> {
    DocSummary {
        name: &doc.name,
        language: doc.language,
        confidence: doc.confidence,
        segments: doc.segments.len(),
    }
}

fn unaligned<'a>(doc: &'a Document, indices: impl Iterator<Item = usize>) -> Vec<Passage<'a>> {
    indices
        .filter(|&i| !doc.segments[i].text.is_empty())
        .map(|index| Passage {
            index,
            text: &doc.segments[index].text,
        })
        .collect()
}

pub fn write(a: &Alignment, out: &mut dyn Write) -> io::Result<()> {
    let report = Report {
        english: summary(&a.english),
        indonesian: summary(&a.indonesian),
        unit: a.unit,
        mode: a.mode,
        mode_reason: &a.mode_reason,
        pairs: a
            .pairs()
            .map(|b| Pair {
                en: &b.en,
                id: &b.id,
                score: b.score,
                en_text: passage(&a.english, &b.en),
                id_text: passage(&a.indonesian, &b.id),
                shared: &b.shared,
            })
            .collect(),
        unaligned_en: unaligned(
            &a.english,
            a.beads
                .iter()
                .filter(|b| b.id.is_empty())
                .flat_map(|b| b.en.iter().copied()),
        ),
        unaligned_id: unaligned(
            &a.indonesian,
            a.beads
                .iter()
                .filter(|b| b.en.is_empty())
                .flat_map(|b| b.id.iter().copied()),
        ),
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}
