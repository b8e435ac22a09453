//! What a QA check reports: a finding with its type, severity, locations on both sides, a
//! message for the translator, and the evidence.

use crate::model::Span;
use serde::{Deserialize, Serialize};

/// What is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A source passage, or a clear part of one, with no counterpart in the translation.
    Omission,
    /// Translated content with no source.
    Addition,
    /// A number, date, time or amount that differs by value.
    Number,
    /// A name, acronym or URL present on one side and absent or different on the other.
    Entity,
    /// A target passage still in the source language.
    Untranslated,
    /// Placeholders, tags, entities or accelerators that differ.
    Markup,
    /// A length ratio far outside what the document pair shows elsewhere.
    Length,
    /// A glossary term whose required translation is not used.
    Terminology,
    /// A unit of a bilingual file whose translation is that of another unit.
    Misplaced,
}

impl Kind {
    /// The type's name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Omission => "omission",
            Kind::Addition => "addition",
            Kind::Number => "number",
            Kind::Entity => "entity",
            Kind::Untranslated => "untranslated",
            Kind::Markup => "markup",
            Kind::Length => "length",
            Kind::Terminology => "terminology",
            Kind::Misplaced => "misplaced",
        }
    }
}

/// How much a finding needs a human: an error is almost surely a fault, a warning likely,
/// an info worth a look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Almost surely a fault.
    Error,
    /// Likely a fault.
    Warning,
    /// Worth a look.
    Info,
}

impl Severity {
    /// The level's name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// Where a finding's evidence stands: a segment and the byte span of the words in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The segment index.
    pub segment: usize,
    /// The words, as byte offsets into the segment's text.
    pub span: Span,
}

/// One place a human must look at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// What is wrong.
    #[serde(rename = "type")]
    pub kind: Kind,
    /// How sure.
    pub severity: Severity,
    /// The English segments concerned.
    pub en: Vec<usize>,
    /// The Indonesian segments concerned.
    pub id: Vec<usize>,
    /// Where the evidence stands in the English segments.
    #[serde(default)]
    pub en_at: Vec<Location>,
    /// Where the evidence stands in the Indonesian segments.
    #[serde(default)]
    pub id_at: Vec<Location>,
    /// What a translator should know, in a sentence.
    pub message: String,
    /// The words or values the finding rests on.
    #[serde(default)]
    pub evidence: Vec<String>,
}

impl Finding {
    /// A finding with its segments and message; locations and evidence are added after.
    pub fn new(
        kind: Kind,
        severity: Severity,
        en: Vec<usize>,
        id: Vec<usize>,
        message: String,
    ) -> Self {
        Finding {
            kind,
            severity,
            en,
            id,
            en_at: Vec::new(),
            id_at: Vec::new(),
            message,
            evidence: Vec::new(),
        }
    }

    /// Whether a reviewed finding is this one: the same type, segments and evidence.
    pub fn same_as(&self, other: &Finding) -> bool {
        (self.kind, &self.en, &self.id, &self.evidence)
            == (other.kind, &other.en, &other.id, &other.evidence)
    }
}
