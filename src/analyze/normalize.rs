//! Text normalization before tokenizing: NFKC, and one form for quotes, dashes and spaces,
//! keeping for every character of the result the span of the text it came from.

use crate::model::Span;
use std::borrow::Cow;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Normalized text, and where its characters came from.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    /// NFKC, with typographic quotes made plain, dashes made hyphens and odd spaces plain;
    /// the text itself where that changes nothing.
    pub text: Cow<'a, str>,
    origin: Origin,
}

/// How offsets of the normalized text map back to the original.
#[derive(Debug, Clone)]
enum Origin {
    /// Byte for byte (ASCII text).
    Same,
    /// Per normalized character, in order: its byte offset and the original span it came
    /// from (a ligature's two letters both come from its one character).
    Chars(Vec<(usize, Span)>),
    /// Only the whole text is known to correspond (a composition across characters that
    /// normalizing piece by piece would not reproduce).
    Whole(Span),
}

impl Normalized<'_> {
    /// The span of the original text that a span of the normalized text came from.
    pub fn source_span(&self, span: Span) -> Span {
        match &self.origin {
            Origin::Same => span,
            Origin::Whole(whole) => *whole,
            Origin::Chars(chars) => {
                let at = |offset: usize| chars.partition_point(|&(o, _)| o <= offset) - 1;
                let first = chars[at(span.start)].1;
                let last = chars[at(span.end.max(span.start + 1) - 1)].1;
                first.cover(last)
            }
        }
    }

    /// The span of the original text that `part`, a slice of the normalized text, came from.
    pub fn source_of(&self, part: &str) -> Span {
        let start = part.as_ptr() as usize - self.text.as_ptr() as usize;
        self.source_span(Span::new(start, start + part.len()))
    }
}

/// NFKC, with typographic quotes made plain and dashes made hyphens.
pub fn normalize(text: &str) -> Normalized<'_> {
    if text.is_ascii() {
        // The backquote is the one ASCII character that `plain` changes.
        let text = if text.contains('`') {
            Cow::Owned(text.replace('`', "'"))
        } else {
            Cow::Borrowed(text)
        };
        return Normalized {
            text,
            origin: Origin::Same,
        };
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = Vec::with_capacity(text.len());
    let mut push = |normalized: &mut dyn Iterator<Item = char>, from: Span| {
        for c in normalized {
            chars.push((out.len(), from));
            out.push(plain(c));
        }
    };
    if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        for (i, c) in text.char_indices() {
            push(&mut std::iter::once(c), Span::new(i, i + c.len_utf8()));
        }
        return Normalized {
            text: Cow::Owned(out),
            origin: Origin::Chars(chars),
        };
    }
    // A starter and the combining marks after it normalize together.
    for cluster in clusters(text) {
        push(&mut text[cluster.range()].nfkc(), cluster);
    }
    let whole: String = text.nfkc().map(plain).collect();
    let origin = if whole == out {
        Origin::Chars(chars)
    } else {
        out = whole;
        Origin::Whole(Span::new(0, text.len()))
    };
    Normalized {
        text: Cow::Owned(out),
        origin,
    }
}

/// The spans of a text's clusters: a character that does not combine, then the combining
/// marks that follow it.
fn clusters(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut starts: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| i == 0 || canonical_combining_class(c) == 0)
        .map(|(i, _)| i)
        .collect();
    starts.push(text.len());
    (0..starts.len() - 1).map(move |k| Span::new(starts[k], starts[k + 1]))
}

/// One form for quotes, dashes and spaces.
fn plain(c: char) -> char {
    match c {
        '‘' | '’' | '‚' | '‛' | '`' | '´' => '\'',
        '“' | '”' | '„' | '‟' | '«' | '»' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
        '\u{00a0}' | '\u{2009}' | '\u{202f}' => ' ',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unifies_quotes_and_dashes() {
        assert_eq!(
            normalize("“Putin’s” 2014–2015 ﬁle").text,
            "\"Putin's\" 2014-2015 file"
        );
    }

    #[test]
    fn every_character_knows_where_it_came_from() {
        let text = "“Putin’s” ﬁle, cafe\u{301}";
        let n = normalize(text);
        let part = |word: &str| {
            let start = n.text.find(word).unwrap();
            &text[n.source_span(Span::new(start, start + word.len())).range()]
        };
        assert_eq!(part("Putin's"), "Putin’s");
        assert_eq!(part("file"), "ﬁle");
        assert_eq!(part("café"), "cafe\u{301}");
        assert_eq!(n.text, "\"Putin's\" file, café");
    }
}
