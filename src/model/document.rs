//! Documents as read and segmented.

use serde::{Serialize, Serializer};
use std::fmt;
use std::ops::Range;

/// The languages selaras aligns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Language {
    /// English.
    #[serde(rename = "en")]
    English,
    /// Indonesian (Bahasa Indonesia).
    #[serde(rename = "id")]
    Indonesian,
}

impl Language {
    /// The other language of the pair.
    pub fn other(self) -> Language {
        match self {
            Language::English => Language::Indonesian,
            Language::Indonesian => Language::English,
        }
    }

    /// The language's English name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Indonesian => "Indonesian",
        }
    }

    /// ISO 639-1 code, as used in reports.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Indonesian => "id",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Language::English => "English",
            Language::Indonesian => "Indonesian",
        })
    }
}

/// What one aligned passage is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// One input line (pre-split input keeps the line numbering).
    Line,
    /// A block of lines separated from the next by a blank line, or one line when the text
    /// has no blank lines.
    Paragraph,
    /// A sentence of a paragraph.
    Sentence,
}

/// A range of byte offsets into a text (start inclusive, end exclusive); in JSON, the pair
/// `[start, end]`. Byte offsets slice Rust strings directly; a reader in another language
/// converts them with the text's UTF-8 encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a range, to slice the text with.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The smallest span that holds both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (self.start, self.end).serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (start, end) = <(usize, usize)>::deserialize(deserializer)?;
        Ok(Span::new(start, end))
    }
}

/// One passage of a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    /// The passage as aligned and reported: the lines of a paragraph are joined with a
    /// space, and the passage is trimmed.
    pub text: String,
    /// The paragraph it came from (the line, for line units).
    pub paragraph: usize,
    /// Where the passage lies in the document's text (from its first character to its last;
    /// a paragraph's span includes the line breaks that `text` replaced with spaces).
    pub span: Span,
}

/// One input document after language identification and segmentation.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The file name (or "standard input"), for messages and reports.
    pub name: String,
    /// The language it is aligned as.
    pub language: Language,
    /// How sure the identifier is, 0..1 (for a partly translated document, the share of
    /// its passages in its language).
    pub confidence: f64,
    /// Its passages, in order.
    pub segments: Vec<Segment>,
    /// Something the user should know about how the document was read (a Malay document
    /// aligned as Indonesian).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}

impl Document {
    /// The text of the given segments, joined with spaces.
    pub fn passage(&self, indices: &[usize]) -> String {
        indices
            .iter()
            .map(|&i| self.segments[i].text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}
