//! Target passages still in the source language. A passage counts when the language
//! identifier reads it as the source language and it says so with the source language's
//! own function words ("the", "of", "yang", "dengan"): code, product names, menu paths and
//! file names that legitimately stay the same have none, and are not reported.

use super::{Finding, Kind, Severity, View};
use crate::analyze::background::{self, COMMON_ZIPF};
use crate::analyze::is_stopword;
use crate::lang::{self, Identified};
use crate::model::Language;

/// A passage needs this many function words of the source language to be untranslated.
const MIN_FUNCTION_WORDS: usize = 2;

pub(super) fn check(view: &View) -> Vec<Finding> {
    let mut out = Vec::new();
    for bead in &view.alignment.beads {
        let (source, target) = view.sides(bead);
        let source_text: String = source
            .iter()
            .map(|&s| view.text(view.source, s))
            .collect::<Vec<_>>()
            .join(" ");
        for &t in target {
            let text = view.text(view.target(), t);
            let copied = text.trim() == source_text.trim() && has_source_words(text, view.source);
            if !copied && !reads_as(text, view.source) {
                continue;
            }
            let mut finding = view.finding(
                Kind::Untranslated,
                Severity::Error,
                source,
                &[t],
                format!("the translation is still in {}", view.source.name()),
            );
            finding.evidence = vec![text.to_string()];
            out.push(finding);
        }
    }
    out
}

/// Whether a text copied from the source has words of the source language that text in
/// the target language seldom uses ("Choose File - Export." has "choose"; "LibreOffice
/// Calc" has none, and "file" is in everyday Indonesian too). Words of one or two letters
/// and words in capitals (constants, cell names: A1, ERROR) are code, not text; so is a
/// passage with code marks (a formula, a key combination, a path) or a single word.
fn has_source_words(text: &str, source: Language) -> bool {
    if text.contains(CODE_MARKS) || words(text).len() < 2 {
        return false;
    }
    let wordlike = |w: &&str| w.chars().count() >= 3 && w.chars().any(char::is_lowercase);
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(wordlike)
        .map(str::to_lowercase)
        .collect();
    words.iter().any(|w| {
        let (own, other) = (
            background::zipf(source, w),
            background::zipf(source.other(), w),
        );
        own >= COMMON_ZIPF && own - other >= OWN_MARGIN
    })
}

/// Characters of formulas, key combinations and paths (=SUM(A1), Ctrl+D, c:\\java).
const CODE_MARKS: &[char] = &['+', '=', '(', ')', '_', '#', '\\', '/', '<', '>'];

/// A word as common as [`COMMON_ZIPF`] in a language, and this much commoner there (ten
/// times) than in the other language, is its own.
const OWN_MARGIN: f32 = 1.0;

/// The words of a text: its whitespace-separated tokens that are letters only once their
/// punctuation is stripped ("A1:A10)" is code, not the word "a").
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '\''))
        .map(str::to_lowercase)
        .collect()
}

/// Whether a text is in `language` by its identification and its function words.
pub fn reads_as(text: &str, language: Language) -> bool {
    let words = words(text);
    let count = |l: Language| words.iter().filter(|w| is_stopword(l, w)).count();
    let (own, other) = (count(language), count(language.other()));
    let identified = match language {
        Language::English => Identified::English,
        Language::Indonesian => Identified::Indonesian,
    };
    own >= MIN_FUNCTION_WORDS && own > other && lang::identify(text).language == identified
}
