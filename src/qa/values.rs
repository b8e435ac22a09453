//! Numbers and names of a pair compared by value: the keyword map already matched what
//! agrees (1,000 = 1.000, 1.5 million = 1,5 juta, Ukraine = Ukraina, UN = PBB), so what is
//! left unmatched on both sides of a pair differs. A number or name changed in translation
//! leaves one unmatched on each side; one dropped or added leaves one side only.

use super::{Finding, Kind, Location, Severity, View};
use crate::analyze::background;
use crate::model::{AlignedBead, Language, TermClass, TermOccurrence};

pub(super) fn check(view: &View) -> Vec<Finding> {
    let mut out = Vec::new();
    for bead in view.alignment.pairs() {
        out.extend(compare(view, bead, Kind::Number));
        out.extend(compare(view, bead, Kind::Entity));
    }
    out
}

/// The finding of one kind in one pair, if its values differ.
fn compare(view: &View, bead: &AlignedBead, kind: Kind) -> Option<Finding> {
    let (en, id) = (
        unmatched(view, bead, Language::English, kind),
        unmatched(view, bead, Language::Indonesian, kind),
    );
    let (source, target) = match view.source {
        Language::English => (en, id),
        Language::Indonesian => (id, en),
    };
    let text =
        |language, o: &TermOccurrence| view.text(language, o.segment)[o.span.range()].to_string();
    let source_values: Vec<String> = source.iter().map(|o| text(view.source, o)).collect();
    let mut target_values: Vec<String> = target.iter().map(|o| text(view.target(), o)).collect();
    if kind == Kind::Entity {
        // A capitalised word of the target language (a translated menu label, "Ubah") is
        // no name put in place of the source's.
        target_values.retain(|v| !is_translated_word(view.target(), v));
    }
    let lower = |v: &[String]| -> Vec<String> { v.iter().map(|s| s.to_lowercase()).collect() };
    if lower(&source_values) == lower(&target_values) {
        return None;
    }
    let what = match kind {
        Kind::Number => "number",
        _ => "name",
    };
    let (severity, message) = match (source_values.is_empty(), target_values.is_empty()) {
        (true, true) => return None,
        (false, false) => (
            Severity::Error,
            format!(
                "{what} changed: {} in the source, {} in the translation",
                source_values.join(", "),
                target_values.join(", ")
            ),
        ),
        (false, true) => (
            one_sided(kind, &source_values, view.source),
            format!(
                "{what} missing from the translation: {}",
                source_values.join(", ")
            ),
        ),
        (true, false) => (
            one_sided(kind, &target_values, view.target()),
            format!("{what} not in the source: {}", target_values.join(", ")),
        ),
    };
    let (src_segments, tgt_segments) = view.sides(bead);
    let mut finding = view.finding(kind, severity, src_segments, tgt_segments, message);
    let locate = |o: &&TermOccurrence| Location {
        segment: o.segment,
        span: o.span,
    };
    let kept = |o: &&&TermOccurrence| {
        kind == Kind::Number || !is_translated_word(view.target(), &text(view.target(), o))
    };
    let (source_at, target_at): (Vec<Location>, Vec<Location>) = (
        source.iter().map(locate).collect(),
        target.iter().filter(kept).map(locate).collect(),
    );
    (finding.en_at, finding.id_at) = match view.source {
        Language::English => (source_at, target_at),
        Language::Indonesian => (target_at, source_at),
    };
    finding.evidence = source_values.into_iter().chain(target_values).collect();
    Some(finding)
}

/// How sure a number or name on one side only is a fault: a number, an acronym, a name
/// with digits (Text2) or a word foreign to the language it stands in (Calc in English,
/// Path in Indonesian) is kept in any translation; a capitalised word of the language may
/// be a label the translator rightly translated (Format = Format, Data = Data).
fn one_sided(kind: Kind, values: &[String], language: Language) -> Severity {
    let kept_as_is = |v: &String| {
        v.chars().any(|c| c.is_ascii_digit())
            || (v.chars().filter(|c| c.is_uppercase()).count() >= 2 && !v.contains(' '))
            || background::zipf(language, &v.to_lowercase()) < COMMON_ZIPF
    };
    if kind == Kind::Number || values.iter().all(kept_as_is) {
        Severity::Warning
    } else {
        Severity::Info
    }
}

/// Whether a capitalised word is a word of the language it stands in, more than of the other
/// one: common in general text of the language (a Zipf frequency of 3, once per million
/// words, or more) and commoner there ("Ubah", not "Path").
fn is_translated_word(language: Language, word: &str) -> bool {
    let word = word.to_lowercase();
    let (own, other) = (
        background::zipf(language, &word),
        background::zipf(language.other(), &word),
    );
    own >= COMMON_ZIPF && own > other
}

const COMMON_ZIPF: f32 = 3.0;

/// The unmatched terms of one kind on one side of a pair: numbers written with digits
/// (a number word left out is a rewording, not a changed value), or names, acronyms and
/// URLs.
fn unmatched<'b>(
    view: &View,
    bead: &'b AlignedBead,
    language: Language,
    kind: Kind,
) -> Vec<&'b TermOccurrence> {
    let side = match language {
        Language::English => &bead.evidence.en,
        Language::Indonesian => &bead.evidence.id,
    };
    side.unmatched
        .iter()
        .filter(|o| {
            let text = &view.text(language, o.segment)[o.span.range()];
            match kind {
                Kind::Number => {
                    o.class == TermClass::Number && text.chars().any(|c| c.is_ascii_digit())
                }
                _ => matches!(o.class, TermClass::Name | TermClass::Acronym),
            }
        })
        .collect()
}
