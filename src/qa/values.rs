//! Numbers and names of a pair compared by value: the keyword map already matched what
//! agrees (1,000 = 1.000, 1.5 million = 1,5 juta, Ukraine = Ukraina, UN = PBB), so what is
//! left unmatched on both sides of a pair differs. A number or name changed in translation
//! leaves one unmatched on each side; one dropped or added leaves one side only.

use super::names;
use super::{Finding, Kind, Location, Severity, View};
use crate::analyze::is_stopword;
use crate::model::{AlignedBead, Language, SideEvidence, TermClass, TermOccurrence};
use std::collections::HashSet;

pub(super) fn check(view: &View) -> Vec<Finding> {
    let words = Words {
        source: DocumentWords::of(view, view.source),
        target: DocumentWords::of(view, view.target()),
    };
    let mut out = Vec::new();
    for bead in view.alignment.pairs() {
        out.extend(compare(view, bead, Kind::Number, &words));
        out.extend(compare(view, bead, Kind::Entity, &words));
    }
    out
}

/// The words of the source and the translation.
#[derive(Default)]
struct Words {
    source: DocumentWords,
    target: DocumentWords,
}

/// The words of a document, lower-cased: all of them, and those it also writes in lower
/// case (a common word, capitalised only where it starts a label: Digests, Moderated).
#[derive(Default)]
struct DocumentWords {
    all: HashSet<String>,
    written_lower: HashSet<String>,
}

impl DocumentWords {
    fn of(view: &View, language: Language) -> DocumentWords {
        let doc = match language {
            Language::English => &view.alignment.english,
            Language::Indonesian => &view.alignment.indonesian,
        };
        let mut words = DocumentWords::default();
        for word in doc
            .segments
            .iter()
            .flat_map(|s| s.text.split(|c: char| !c.is_alphanumeric()))
        {
            let lower = word.to_lowercase();
            if lower == word {
                words.written_lower.insert(lower.clone());
            }
            words.all.insert(lower);
        }
        words
    }

    /// Whether a capitalised term is a word the document also writes in lower case.
    fn writes_lower(&self, term: &str) -> bool {
        let words = names::words(term);
        !words.is_empty() && words.iter().all(|w| self.written_lower.contains(w))
    }
}

/// The number findings alone (they need no word list of the source).
pub(super) fn numbers(view: &View) -> Vec<Finding> {
    let none = Words::default();
    view.alignment
        .pairs()
        .filter_map(|bead| compare(view, bead, Kind::Number, &none))
        .collect()
}

/// The finding of one kind in one pair, if its values differ.
fn compare(view: &View, bead: &AlignedBead, kind: Kind, words: &Words) -> Option<Finding> {
    let mut source = unmatched(view, bead, view.source, kind);
    let mut target = unmatched(view, bead, view.target(), kind);
    let text =
        |language, o: &TermOccurrence| view.text(language, o.segment)[o.span.range()].to_string();
    if kind == Kind::Number && (source.is_empty() || target.is_empty()) {
        // "1" on one side only is an article written as a number ("a twip" = "1 twip").
        let one = |o: &&TermOccurrence, language| text(language, o).trim() == "1";
        source.retain(|o| !one(o, view.source));
        target.retain(|o| !one(o, view.target()));
    }
    if kind == Kind::Entity {
        // A translated label's capitalised word that the translation also writes in lower
        // case is a word, not a name (Dimoderasi for Moderated, Status for Bounces).
        let all_caps = |t: &str| !t.chars().any(char::is_lowercase);
        target.retain(|o| {
            let t = text(view.target(), o);
            all_caps(&t) || !words.target.writes_lower(&t)
        });
        let source_names: Vec<String> = source.iter().map(|o| text(view.source, o)).collect();
        let names = names::Context {
            source: view.source,
            source_names: &source_names,
            source_words: &words.source.all,
        };
        let (mut foreign, others): (Vec<_>, Vec<_>) = target
            .into_iter()
            .partition(|o| names.is_foreign_name(&text(view.target(), o)));
        // A source-language word capitalised in the translation where a capitalised source
        // word went unmatched is a name put in its place (Enter -> Path, Data -> Writer,
        // LibreOffice -> CommandAlt), though neither is a name by its spelling.
        let capitalised_source = with_capitalised_words(view, bead, view.source, &source);
        let capitalised_values: Vec<String> = capitalised_source
            .iter()
            .map(|o| text(view.source, o))
            .collect();
        let loose = names::Context {
            source_names: &capitalised_values,
            ..names
        };
        let left_in: Vec<_> = with_capitalised_words(view, bead, view.target(), &others)
            .into_iter()
            .filter(|o| {
                let written = text(view.target(), o);
                names::is_source_word(view.source, &written) && loose.is_foreign_name(&written)
            })
            .collect();
        if !left_in.is_empty() {
            foreign.extend(left_in);
            foreign.sort_by_key(|o| (o.segment, o.span.start));
            source = capitalised_source;
        }
        target = foreign;
        // What one side has alone: a name the source passage also writes was not added
        // (Norwegia Bokmål for Norwegian Bokmål, INSERT for inserts, Set Karakter for
        // Charsets), and a word capitalised as a label was translated, not dropped (Sign Up
        // = Daftar, Digests = Ringkasan, where the source writes "digests" elsewhere).
        if source.is_empty() {
            let (source_segments, _) = view.sides(bead);
            let passage: Vec<String> = source_segments
                .iter()
                .flat_map(|&s| names::words(view.text(view.source, s)))
                .collect();
            target.retain(|o| {
                let words = names::words(&text(view.target(), o));
                !words.iter().all(|w| names::written_in(w, &passage))
            });
        }
        if target.is_empty() {
            source.retain(|o| {
                let name = text(view.source, o);
                !(names::is_source_word(view.source, &name) || words.source.writes_lower(&name))
            });
        }
    }
    let source_values: Vec<String> = source.iter().map(|o| text(view.source, o)).collect();
    let target_values: Vec<String> = target.iter().map(|o| text(view.target(), o)).collect();
    // Names compare by spelling; numbers, and names with digits (Sheet1 = Lembar1, F5), by
    // their digits.
    let key = |v: &[String]| -> Vec<String> {
        let mut keys: Vec<String> = match kind {
            Kind::Number => v.iter().flat_map(|s| digit_runs(s)).collect(),
            _ => v.iter().map(|s| s.to_lowercase()).collect(),
        };
        keys.sort();
        keys
    };
    if key(&source_values) == key(&target_values) {
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
            one_sided(kind, false),
            format!(
                "{what} missing from the translation: {}",
                source_values.join(", ")
            ),
        ),
        (true, false) => (
            one_sided(kind, true),
            format!("{what} not in the source: {}", target_values.join(", ")),
        ),
    };
    let (src_segments, tgt_segments) = view.sides(bead);
    let mut finding = view.finding(kind, severity, src_segments, tgt_segments, message);
    let locate = |o: &&TermOccurrence| Location {
        segment: o.segment,
        span: o.span,
    };
    let (source_at, target_at): (Vec<Location>, Vec<Location>) = (
        source.iter().map(locate).collect(),
        target.iter().map(locate).collect(),
    );
    (finding.en_at, finding.id_at) = match view.source {
        Language::English => (source_at, target_at),
        Language::Indonesian => (target_at, source_at),
    };
    finding.evidence = source_values.into_iter().chain(target_values).collect();
    Some(finding)
}

/// How sure a number or name on one side only is a fault: a number missing or added is
/// likely one; a name of the source missing from the translation may well be a label the
/// translator rightly translated (Format = Format, Subform = Subformulir), and is worth a
/// look only.
fn one_sided(kind: Kind, target_side: bool) -> Severity {
    if kind == Kind::Number || target_side {
        Severity::Warning
    } else {
        Severity::Info
    }
}

/// The unmatched terms of one kind on one side of a pair: terms written with digits
/// (numbers, and names such as F5 or Sheet1; a number word left out is a rewording, not a
/// changed value), or names, acronyms and URLs.
fn unmatched<'b>(
    view: &View,
    bead: &'b AlignedBead,
    language: Language,
    kind: Kind,
) -> Vec<&'b TermOccurrence> {
    side(bead, language)
        .unmatched
        .iter()
        .filter(|o| {
            let text = &view.text(language, o.segment)[o.span.range()];
            let digits = text.chars().any(|c| c.is_ascii_digit());
            match kind {
                Kind::Number => digits,
                _ => {
                    !digits
                        && matches!(o.class, TermClass::Name | TermClass::Acronym)
                        && is_name_like(text, language)
                }
            }
        })
        .collect()
}

/// A side's unmatched names together with its unmatched capitalised words, in text order.
fn with_capitalised_words<'b>(
    view: &View,
    bead: &'b AlignedBead,
    language: Language,
    names: &[&'b TermOccurrence],
) -> Vec<&'b TermOccurrence> {
    let words = side(bead, language).unmatched.iter().filter(|o| {
        let text = &view.text(language, o.segment)[o.span.range()];
        o.class == TermClass::Word && is_name_like(text, language)
    });
    let mut all: Vec<&TermOccurrence> = names.iter().copied().chain(words).collect();
    all.sort_by_key(|o| (o.segment, o.span.start));
    all
}

fn side(bead: &AlignedBead, language: Language) -> &SideEvidence {
    match language {
        Language::English => &bead.evidence.en,
        Language::Indonesian => &bead.evidence.id,
    }
}

/// Whether a capitalised term can be a name: more than one letter (not a weekday's initial,
/// S M T W), letters and the marks of names only (not "{}th" or "%s"), and not a
/// function word ("And" at a sentence start), and capitalised.
fn is_name_like(text: &str, language: Language) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let marks_ok = text
        .chars()
        .all(|c| c.is_alphanumeric() || " .-'’&".contains(c));
    let all_caps = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let capital = text.starts_with(char::is_uppercase);
    letters >= 2
        && capital
        && marks_ok
        && (all_caps || !is_stopword(language, &text.to_lowercase()))
}

/// The runs of digits in a text ("Sheet1.D12" -> 1, 12).
fn digit_runs(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .map(str::to_string)
        .collect()
}
