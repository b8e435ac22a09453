//! Translation QA: from an alignment of a source and its translation, every place a human
//! must look at, located and explained. The checks read what the alignment already knows:
//! one-sided beads (omissions, additions), the unmatched terms of each pair (numbers and
//! names that differ by value), each segment's language (untranslated passages), and the
//! segments' own text (markup, length, glossary terms).

mod finding;
pub mod glossary;
mod length;
mod markup;
mod misplaced;
mod names;
mod passages;
mod untranslated;
mod values;

pub use finding::{Finding, Kind, Location, Severity};
pub use glossary::Glossary;
pub use untranslated::reads_as;

use crate::model::{AlignedBead, Alignment, Language};
use crate::settings::Settings;

/// What the checks need besides the alignment.
#[derive(Debug, Clone, Default)]
pub struct QaOptions {
    /// The language translated from (English when not said).
    pub source: Option<Language>,
    /// Required translations of terms (`--glossary`).
    pub glossary: Option<Glossary>,
    /// The pairs come from a bilingual file (unit k with unit k), and a unit whose
    /// translation belongs to another unit is looked for.
    pub paired: bool,
    /// The settings the alignment was made with.
    pub settings: Settings,
}

/// The pairs of an alignment whose numbers differ by value (the `number` check alone, with
/// English as the source): what corpus preparation drops.
pub fn number_mismatches(alignment: &Alignment) -> Vec<Finding> {
    values::numbers(&View::new(alignment, Language::English))
}

/// Runs every check on an alignment; findings come in document order (by source segment).
pub fn check(alignment: &Alignment, options: &QaOptions) -> Vec<Finding> {
    let view = View::new(alignment, options.source.unwrap_or(Language::English));
    let untranslated = untranslated::check(&view);
    // An untranslated passage is one finding, not also a list of its unmatched names.
    let left_as_is = |f: &Finding| {
        untranslated
            .iter()
            .any(|u| (&u.en, &u.id) == (&f.en, &f.id))
    };
    let mut findings = passages::check(&view);
    findings.extend(values::check(&view).into_iter().filter(|f| !left_as_is(f)));
    findings.extend(untranslated);
    findings.extend(markup::check(&view));
    findings.extend(length::check(&view));
    if options.paired {
        findings.extend(misplaced::check(&view, &options.settings));
    }
    if let Some(glossary) = &options.glossary {
        findings.extend(glossary.check(&view));
    }
    findings.sort_by(|a, b| {
        let first = |f: &Finding| (f.en.first().copied(), f.id.first().copied());
        first(a).cmp(&first(b)).then(a.kind.cmp(&b.kind))
    });
    findings
}

/// The alignment seen from the source side: which of English and Indonesian is the source.
struct View<'a> {
    alignment: &'a Alignment,
    source: Language,
}

impl<'a> View<'a> {
    fn new(alignment: &'a Alignment, source: Language) -> Self {
        View { alignment, source }
    }

    fn target(&self) -> Language {
        self.source.other()
    }

    /// A bead's source and target segments.
    fn sides<'b>(&self, bead: &'b AlignedBead) -> (&'b [usize], &'b [usize]) {
        match self.source {
            Language::English => (&bead.en, &bead.id),
            Language::Indonesian => (&bead.id, &bead.en),
        }
    }

    /// The text of a segment of one language.
    fn text(&self, language: Language, segment: usize) -> &'a str {
        let doc = match language {
            Language::English => &self.alignment.english,
            Language::Indonesian => &self.alignment.indonesian,
        };
        &doc.segments[segment].text
    }

    /// A finding located by source and target segments.
    fn finding(
        &self,
        kind: Kind,
        severity: Severity,
        source: &[usize],
        target: &[usize],
        message: String,
    ) -> Finding {
        let (en, id) = match self.source {
            Language::English => (source.to_vec(), target.to_vec()),
            Language::Indonesian => (target.to_vec(), source.to_vec()),
        };
        Finding::new(kind, severity, en, id, message)
    }
}

/// The findings not in `reviewed` (a list written by `selaras qa --format json` and
/// checked by a person): what a team's CI should fail on.
pub fn new_findings(findings: Vec<Finding>, reviewed: &[Finding]) -> Vec<Finding> {
    findings
        .into_iter()
        .filter(|f| !reviewed.iter().any(|r| r.same_as(f)))
        .collect()
}
