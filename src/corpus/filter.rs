//! The filters a sentence pair must pass to be kept as bitext, each named, so that a user
//! can turn it off and a summary can count what it dropped.

use crate::lang::{self, Identified};
use crate::model::Language;
use crate::qa;
use serde::{Deserialize, Serialize};

/// Why a pair was dropped: the filter that dropped it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// A side with no words: only URLs, numbers or punctuation.
    NoWords,
    /// Both sides the same text (left untranslated, or code).
    Identical,
    /// A side not in its language: English left in the Indonesian side, Indonesian or
    /// Malay in the English side, a Malay segment on the Indonesian side.
    Language,
    /// Numbers that differ by value (the comparison translation QA makes).
    Numbers,
    /// A length ratio outside the bounds.
    Length,
    /// The aligner's confidence below the minimum.
    Score,
    /// A pair already kept earlier in the run.
    Duplicate,
}

impl Reason {
    /// Every filter, in the order a pair meets them.
    pub const ALL: [Reason; 7] = [
        Reason::NoWords,
        Reason::Identical,
        Reason::Language,
        Reason::Numbers,
        Reason::Length,
        Reason::Score,
        Reason::Duplicate,
    ];

    /// The filter's name, as `--no-filter` takes it and reports print it.
    pub fn name(self) -> &'static str {
        match self {
            Reason::NoWords => "no-words",
            Reason::Identical => "identical",
            Reason::Language => "language",
            Reason::Numbers => "numbers",
            Reason::Length => "length",
            Reason::Score => "score",
            Reason::Duplicate => "duplicate",
        }
    }

    /// The filter of this name.
    pub fn from_name(name: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.name() == name)
    }
}

/// Which filters run, and their bounds.
#[derive(Debug, Clone, PartialEq)]
pub struct Filters {
    /// The filters turned off.
    pub off: Vec<Reason>,
    /// The lowest aligner confidence kept.
    pub min_score: f64,
    /// The lowest and highest ratio of Indonesian to English characters kept...
    pub length_ratio: (f64, f64),
    /// ...once the longer side has this many characters (short labels vary freely).
    pub length_min_chars: usize,
}

impl Default for Filters {
    fn default() -> Self {
        Filters {
            off: Vec::new(),
            min_score: 0.3,
            length_ratio: (0.45, 2.5),
            length_min_chars: 30,
        }
    }
}

impl Filters {
    /// Whether a filter runs.
    pub fn on(&self, reason: Reason) -> bool {
        !self.off.contains(&reason)
    }

    /// The first filter (other than duplicates, which need the run's memory) that drops
    /// the pair; `numbers_differ` is what translation QA found for it.
    pub fn check(&self, en: &str, id: &str, score: f64, numbers_differ: bool) -> Option<Reason> {
        let fails = |reason: Reason| match reason {
            Reason::NoWords => !has_words(en) || !has_words(id),
            Reason::Identical => normalized(en) == normalized(id),
            Reason::Language => {
                !in_language(en, Language::English) || !in_language(id, Language::Indonesian)
            }
            Reason::Numbers => numbers_differ,
            Reason::Length => !self.length_fits(en, id),
            Reason::Score => score < self.min_score,
            Reason::Duplicate => false,
        };
        Reason::ALL.into_iter().find(|&r| self.on(r) && fails(r))
    }

    fn length_fits(&self, en: &str, id: &str) -> bool {
        let (e, i) = (en.chars().count(), id.chars().count());
        if e.max(i) < self.length_min_chars {
            return true;
        }
        let ratio = i as f64 / e.max(1) as f64;
        (self.length_ratio.0..=self.length_ratio.1).contains(&ratio)
    }
}

/// Whether a text has a word of two letters or more outside URLs and e-mail addresses.
fn has_words(text: &str) -> bool {
    text.split_whitespace()
        .filter(|t| !t.contains("://") && !t.contains('@') && !t.starts_with("www."))
        .any(|t| {
            t.split(|c: char| !c.is_alphabetic())
                .any(|w| w.chars().count() >= 2)
        })
}

fn normalized(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether a side is in its language: not a passage that reads as the other language by
/// its function words (the check translation QA makes for untranslated text), and on the
/// Indonesian side not a segment that reads as Malay on its own evidence.
fn in_language(text: &str, language: Language) -> bool {
    if qa::reads_as(text, language.other()) {
        return false;
    }
    language == Language::English || lang::identify(text).language != Identified::Malay
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_filter_drops_what_it_names() {
        let f = Filters::default();
        let check = |en, id, score| f.check(en, id, score, false);
        assert_eq!(
            check("https://example.com 2024", "https://example.com 2024", 1.0),
            Some(Reason::NoWords)
        );
        assert_eq!(
            check("LibreOffice Calc", "LibreOffice  calc", 1.0),
            Some(Reason::Identical)
        );
        assert_eq!(
            check(
                "Open the file with the editor.",
                "Open the file with the editor now.",
                1.0
            ),
            Some(Reason::Language)
        );
        assert_eq!(
            f.check("Pay 5 dollars.", "Bayar 6 dolar.", 1.0, true),
            Some(Reason::Numbers)
        );
        assert_eq!(
            check("Save the document before you close it.", "Simpan.", 1.0),
            Some(Reason::Length)
        );
        assert_eq!(
            check("Open the file.", "Buka berkas itu.", 0.1),
            Some(Reason::Score)
        );
        assert_eq!(check("Open the file.", "Buka berkas itu.", 0.9), None);
    }

    #[test]
    fn a_filter_turned_off_lets_its_pairs_through() {
        let f = Filters {
            off: vec![Reason::Score],
            ..Filters::default()
        };
        assert_eq!(
            f.check("Open the file.", "Buka berkas itu.", 0.1, false),
            None
        );
    }
}
