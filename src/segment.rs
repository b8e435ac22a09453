//! Splitting a document into the units that get aligned: lines, paragraphs or sentences.

use crate::error::{Error, Result};
use crate::ingest::Source;
use crate::lang::Identification;
use crate::model::{Document, Language, Segment, Span, Unit};
use crate::tables::{self, StaticTable};

/// The segment stage: a document identified as `identification`, in passages of `unit`;
/// an error when no passage has any text.
pub fn document(source: &Source, identification: Identification, unit: Unit) -> Result<Document> {
    let segments = segment(&source.text, identification.language, unit);
    if segments.iter().all(|s| s.text.is_empty()) {
        return Err(Error::Empty(source.name.clone()));
    }
    Ok(Document {
        name: source.name.clone(),
        language: identification.language,
        confidence: identification.confidence,
        segments,
        warning: identification.warning,
    })
}

/// Splits `text` into segments of the chosen unit, each with its span in `text`.
///
/// ```
/// use selaras::{segment, Language, Unit};
/// let text = "Dr. Smith left.  He\nreturned.\n\nThe end.";
/// let sentences = segment::segment(text, Language::English, Unit::Sentence);
/// assert_eq!(sentences[1].text, "He returned.");
/// assert_eq!(&text[sentences[1].span.range()], "He\nreturned.");
/// ```
pub fn segment(text: &str, language: Language, unit: Unit) -> Vec<Segment> {
    match unit {
        Unit::Line => lines(text)
            .enumerate()
            .map(|(i, line)| {
                let line = line.trim();
                Segment {
                    text: line.to_string(),
                    paragraph: i,
                    span: span_in(text, line),
                }
            })
            .collect(),
        Unit::Paragraph => paragraph_blocks(text)
            .into_iter()
            .enumerate()
            .map(|(i, block)| Segment {
                span: block.source_span(text),
                text: block.text,
                paragraph: i,
            })
            .collect(),
        Unit::Sentence => paragraph_blocks(text)
            .iter()
            .enumerate()
            .flat_map(|(i, block)| {
                sentence_spans(&block.text, language)
                    .into_iter()
                    .map(move |s| Segment {
                        text: block.text[s.range()].to_string(),
                        paragraph: i,
                        span: block.to_source(s, text),
                    })
            })
            .collect(),
    }
}

/// The lines of a text; a final newline does not make an extra empty line.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.strip_suffix('\n').unwrap_or(text).split('\n')
}

/// Where `part`, a slice of `text`, lies in it.
fn span_in(text: &str, part: &str) -> Span {
    let start = part.as_ptr() as usize - text.as_ptr() as usize;
    Span::new(start, start + part.len())
}

/// A paragraph: its lines (trimmed slices of the text) and their text joined with spaces.
struct Block<'t> {
    lines: Vec<&'t str>,
    text: String,
}

impl<'t> Block<'t> {
    fn new(lines: Vec<&'t str>) -> Self {
        Block {
            text: lines.join(" "),
            lines,
        }
    }

    /// The span of the whole paragraph in the text.
    fn source_span(&self, text: &str) -> Span {
        let first = span_in(text, self.lines[0]);
        let last = span_in(text, self.lines[self.lines.len() - 1]);
        first.cover(last)
    }

    /// A span of the joined text, as a span of the source text.
    fn to_source(&self, span: Span, text: &str) -> Span {
        let offset = |at: usize| {
            let mut joined = 0;
            for line in &self.lines {
                if at <= joined + line.len() {
                    return span_in(text, line).start + (at - joined);
                }
                joined += line.len() + 1;
            }
            span_in(text, self.lines[self.lines.len() - 1]).end
        };
        Span::new(offset(span.start), offset(span.end))
    }
}

/// Paragraphs are blocks separated by blank lines; a text without blank lines has one
/// paragraph per line. Lines inside a block are joined with a space.
fn paragraph_blocks(text: &str) -> Vec<Block<'_>> {
    let has_blank_lines = lines(text)
        .collect::<Vec<_>>()
        .windows(3)
        .any(|w| !w[0].trim().is_empty() && w[1].trim().is_empty() && !w[2].trim().is_empty());
    if !has_blank_lines {
        return lines(text)
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(|l| Block::new(vec![l]))
            .collect();
    }
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in lines(text).map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(Block::new(std::mem::take(&mut current)));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(Block::new(current));
    }
    out
}

fn abbreviations(language: Language) -> &'static StaticTable<()> {
    match language {
        Language::English => &tables::ABBREVIATIONS_EN,
        Language::Indonesian => &tables::ABBREVIATIONS_ID,
    }
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];

/// How many sentences a passage has (at least one): only a passage of several sentences can
/// hold another whole.
pub fn sentence_count(passage: &str, language: Language) -> usize {
    // A passage whose only stops are at its end is one sentence (most are), without a scan.
    let stop = |c: char| matches!(c, '.' | '!' | '?' | '…');
    let inner = passage
        .trim_end()
        .trim_end_matches(|c: char| stop(c) || CLOSERS.contains(&c));
    let ascii_stop = |b: &u8| matches!(b, b'.' | b'!' | b'?');
    if !inner.as_bytes().iter().any(ascii_stop) && !inner.contains('…') {
        return 1;
    }
    sentence_spans(passage, language).len().max(1)
}

/// The spans of a paragraph's sentences, trimmed. A sentence ends at . ! ? … followed by
/// space and a capital, digit or opening quote, except after known abbreviations and
/// single-letter initials.
fn sentence_spans(paragraph: &str, language: Language) -> Vec<Span> {
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
                push_trimmed(&mut out, paragraph, start, byte_end);
                start = byte_end;
            }
            i = end;
        } else {
            i += 1;
        }
    }
    push_trimmed(&mut out, paragraph, start, paragraph.len());
    out
}

fn push_trimmed(out: &mut Vec<Span>, paragraph: &str, start: usize, end: usize) {
    let s = paragraph[start..end].trim();
    if !s.is_empty() {
        out.push(span_in(paragraph, s));
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

    fn sentences(paragraph: &str, language: Language) -> Vec<&str> {
        sentence_spans(paragraph, language)
            .into_iter()
            .map(|s| &paragraph[s.range()])
            .collect()
    }

    fn paragraphs(text: &str) -> Vec<String> {
        segment(text, Language::English, Unit::Paragraph)
            .into_iter()
            .map(|s| s.text)
            .collect()
    }

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

    #[test]
    fn segments_know_where_they_stand_in_the_text() {
        let text = "  Dr. Smith left.  He\nreturned.\n\nBaru.\n";
        for unit in [Unit::Line, Unit::Paragraph, Unit::Sentence] {
            for s in segment(text, Language::English, unit) {
                assert_eq!(text[s.span.range()].replace('\n', " "), s.text, "{unit:?}");
            }
        }
        let sentences = segment(text, Language::English, Unit::Sentence);
        assert_eq!(&text[sentences[1].span.range()], "He\nreturned.");
    }
}
