//! The alignment as one JSON object; the schema is documented in README.md.

use crate::model::{
    AlignedBead, Alignment, Document, Language, LinkKind, Mode, PassageLink, SharedTerm, Side,
    SideEvidence, Span, Strength, TermClass, Unit,
};
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
    links: &'a [PassageLink],
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
    strength: Option<Strength>,
    en_text: String,
    id_text: String,
    shared: &'a [SharedTerm],
    evidence: PairEvidence<'a>,
}

/// Each side's terms where they stand: matched, with their counterpart, or not.
#[derive(Serialize)]
struct PairEvidence<'a> {
    en: SideTerms<'a>,
    id: SideTerms<'a>,
}

#[derive(Serialize)]
struct SideTerms<'a> {
    matched: Vec<Matched<'a>>,
    unmatched: Vec<Term<'a>>,
}

#[derive(Serialize)]
struct Term<'a> {
    segment: usize,
    span: Span,
    text: &'a str,
    class: TermClass,
}

#[derive(Serialize)]
struct Matched<'a> {
    #[serde(flatten)]
    term: Term<'a>,
    with: &'a str,
    kind: LinkKind,
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

fn unaligned(doc: &Document, indices: Vec<usize>) -> Vec<Passage<'_>> {
    indices
        .into_iter()
        .map(|index| Passage {
            index,
            text: &doc.segments[index].text,
        })
        .collect()
}

/// One side's evidence with the text of each term; `other` is the other side of the map.
fn side_terms<'a>(doc: &'a Document, evidence: &SideEvidence, other: &'a Side) -> SideTerms<'a> {
    let term = |at: &crate::model::TermOccurrence| Term {
        segment: at.segment,
        span: at.span,
        text: &doc.segments[at.segment].text[at.span.range()],
        class: at.class,
    };
    SideTerms {
        matched: evidence
            .matched
            .iter()
            .map(|m| Matched {
                term: term(&m.at),
                with: &other.terms[m.counterpart as usize].form,
                kind: m.kind,
            })
            .collect(),
        unmatched: evidence.unmatched.iter().map(term).collect(),
    }
}

fn pair<'a>(a: &'a Alignment, b: &'a AlignedBead) -> Pair<'a> {
    Pair {
        en: &b.en,
        id: &b.id,
        score: b.score,
        strength: a.strength(b),
        en_text: a.english.passage(&b.en),
        id_text: a.indonesian.passage(&b.id),
        shared: &b.shared,
        evidence: PairEvidence {
            en: side_terms(&a.english, &b.evidence.en, &a.map.id),
            id: side_terms(&a.indonesian, &b.evidence.id, &a.map.en),
        },
    }
}

/// Writes the report.
pub fn write(a: &Alignment, out: &mut dyn Write) -> io::Result<()> {
    let report = Report {
        english: summary(&a.english),
        indonesian: summary(&a.indonesian),
        unit: a.unit,
        mode: a.mode,
        mode_reason: &a.mode_reason,
        pairs: a.pairs().map(|b| pair(a, b)).collect(),
        links: &a.links,
        unaligned_en: unaligned(&a.english, a.unaligned_english()),
        unaligned_id: unaligned(&a.indonesian, a.unaligned_indonesian()),
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}
