//! Splitting a document into the units that get aligned: lines, paragraphs or sentences.

use crate::lang::Language;
use serde::Serialize;
use std::collections::HashSet;
use std::sync::OnceLock;

/// What one aligned passage is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// One input line (pre-split input keeps the line numbering).
    Line,
    Paragraph,
    Sentence,
}

/// One passage of a document, with the paragraph it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    pub text: String,
    pub paragraph: usize,
}

/// Splits `text` into segments of the chosen unit.
pub fn segment(text: &str, language: Language, unit: Unit) -> Vec<Segment> {
    match unit {
        Unit::Line => lines(text)
            .enumerate()
            .map(|(i, line)| Segment {
                text: line.trim().to_string(),
                paragraph: i,
            })
            .collect(),
        Unit::Paragraph => paragraphs(text)
            .into_iter()
            .enumerate()
            .map(|(i, text)| Segment { text, paragraph: i })
            .collect(),
        Unit::Sentence => paragraphs(text)
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                sentences(p, language)
                    .into_iter()
                    .map(move |text| Segment { text, paragraph: i })
            })
            .collect(),
    }
}

/// The lines of a text; a final newline does not make an extra empty line.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.strip_suffix('\n').unwrap_or(text).split('\n')
}

/// Paragraphs are blocks separated by blank lines; a text without blank lines has one
/// paragraph per line. Lines inside a block are joined with a space.
pub fn paragraphs(text: &str) -> Vec<String> {
    let has_blank_lines = lines(text)
        .collect::<Vec<_>>()
        .windows(3)
        .any(|w| !w[0].trim().is_empty() && w[1].trim().is_empty() && !w[2].trim().is_empty());
    if !has_blank_lines {
        return lines(text)
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
    }
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in lines(text).map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

fn abbreviations(language: Language) -> &'static HashSet<&'static str> {
    static EN: OnceLock<HashSet<&str>> = OnceLock::new();
    static ID: OnceLock<HashSet<&str>> = OnceLock::new();
    let (cell, data) = match language {
        Language::English => (&EN, include_str!("../data/abbreviations-en.txt")),
        Language::Indonesian => (&ID, include_str!("../data/abbreviations-id.txt")),
    };
    cell.get_or_init(|| {
        data.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];

/// Splits a paragraph into sentences at . ! ? … followed by space and a capital, digit or
/// opening quote, except after known abbreviations and single-letter initials.
pub fn sentences(paragraph: &str, language: Language) -> Vec<String> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if matches!(c, '.' | '!' | '?' | '…') {
            let mut end = i + 1;
            while end < chars.len()
                && (matches!(chars[end].1, '.' | '!' | '?') || CLOSERS.contains(&chars[end].1))
            {
                end += 1;
            }
            let boundary = end < chars.len()
                && chars[end].1.is_whitespace()
                && starts_sentence(&chars[end..])
                && !(c == '.' && is_abbreviation(paragraph, chars[i].0, language));
            if boundary {
                let byte_end = chars[end].0;
                push_trimmed(&mut out, &paragraph[start..byte_end]);
                start = byte_end;
            }
            i = end;
        } else {
            i += 1;
        }
    }
    push_trimmed(&mut out, &paragraph[start..]);
    out
}

fn push_trimmed(out: &mut Vec<String>, s: &str) {
    let s = s.trim();
    if !s.is_empty() {
        out.push(s.to_string());
    }
}

/// After the whitespace: an upper-case letter, a digit or an opening quote/bracket.
fn starts_sentence(rest: &[(usize, char)]) -> bool {
    rest.iter()
        .map(|&(_, c)| c)
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '«')
        })
}

/// Is the word that ends at the period at `dot` an abbreviation or an initial?
fn is_abbreviation(text: &str, dot: usize, language: Language) -> bool {
    let word_start = text[..dot]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“'))
        .map_or(0, |p| {
            p + text[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[word_start..dot];
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return true; // an initial: "J. Smith"
    }
    abbreviations(language).contains(word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_but_not_abbreviations_or_decimals() {
        let s = sentences(
            "Dr. Smith paid 2.5 million to the U.S. Treasury on Monday. He left. \"Why?\" she asked.",
            Language::English,
        );
        assert_eq!(
            s,
            [
                "Dr. Smith paid 2.5 million to the U.S. Treasury on Monday.",
                "He left.",
                "\"Why?\" she asked."
            ]
        );
        let id = sentences(
            "Ada buku, pena, dll. Semua dibawa. Lalu pergi.",
            Language::Indonesian,
        );
        assert_eq!(id, ["Ada buku, pena, dll. Semua dibawa.", "Lalu pergi."]);
    }

    #[test]
    fn paragraphs_by_blank_lines_or_by_line() {
        assert_eq!(paragraphs("a\nb\n\nc\n"), ["a b", "c"]);
        assert_eq!(paragraphs("a\nb\nc"), ["a", "b", "c"]);
    }

    #[test]
    fn lines_keep_their_numbering() {
        let segs = segment("one\n\nthree\n", Language::English, Unit::Line);
        let texts: Vec<_> = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["one", "", "three"]);
    }
}
