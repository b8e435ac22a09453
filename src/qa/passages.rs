//! Whole passages without a counterpart: a source passage the translation dropped
//! (omission), a target passage with no source (addition). These are the one-sided beads
//! of the alignment; a passage with nothing but numbers and symbols is not reported.

use super::{Finding, Kind, Severity, View};
use crate::model::{Language, Mode, TermClass};

pub(super) fn check(view: &View) -> Vec<Finding> {
    let mut out = one_sided(view);
    out.extend(merged(view));
    out
}

/// One-sided beads: whole passages without a counterpart. In a translation aligned in
/// order, a gap between two pairs with passages on both sides is most likely a pair the
/// keyword map could not confirm (a loose translation, a typo): worth a look (info), not an
/// omission; a gap with passages on one side only is the omission or addition.
fn one_sided(view: &View) -> Vec<Finding> {
    let a = view.alignment;
    let two_sided_gap = gaps_on_both_sides(view);
    a.beads
        .iter()
        .enumerate()
        .filter(|(_, b)| !b.is_pair())
        .filter_map(|(k, bead)| {
            let (source, target) = view.sides(bead);
            let (kind, severity, side, segments) = if target.is_empty() {
                (Kind::Omission, Severity::Error, view.source, source)
            } else {
                (Kind::Addition, Severity::Warning, view.target(), target)
            };
            let severity = if two_sided_gap[k] {
                Severity::Info
            } else {
                severity
            };
            let evidence = &bead.evidence;
            let terms = match side {
                Language::English => &evidence.en.unmatched,
                Language::Indonesian => &evidence.id.unmatched,
            };
            if terms.iter().all(|t| t.class == TermClass::Number) {
                return None;
            }
            let text: Vec<&str> = segments.iter().map(|&s| view.text(side, s)).collect();
            let message = match kind {
                Kind::Omission => format!(
                    "the {} passage has no counterpart in the translation",
                    side.name()
                ),
                _ => format!(
                    "the {} passage has no counterpart in the source",
                    side.name()
                ),
            };
            let mut finding = view.finding(kind, severity, source, target, message);
            finding.evidence = vec![text.join(" ")];
            Some(finding)
        })
        .collect()
}

/// For each bead, whether it lies in a run of one-sided beads (between two pairs) that has
/// passages of both languages; only an ordered alignment has such runs.
fn gaps_on_both_sides(view: &View) -> Vec<bool> {
    let beads = &view.alignment.beads;
    let mut out = vec![false; beads.len()];
    if view.alignment.mode != Mode::Parallel {
        return out;
    }
    let mut start = 0;
    while start < beads.len() {
        if beads[start].is_pair() {
            start += 1;
            continue;
        }
        let end = (start..beads.len())
            .find(|&k| beads[k].is_pair())
            .unwrap_or(beads.len());
        let run = &beads[start..end];
        let both = run.iter().any(|b| !b.en.is_empty()) && run.iter().any(|b| !b.id.is_empty());
        out[start..end].iter_mut().for_each(|x| *x = both);
        start = end;
    }
    out
}

/// A source segment merged into a pair (a heading aligned together with the sentence after
/// it) that shares nothing with the pair's target: the translation of that segment is
/// missing, and the aligner joined it to its neighbour.
fn merged(view: &View) -> Vec<Finding> {
    let mut out = Vec::new();
    for bead in view.alignment.pairs() {
        let (source, _) = view.sides(bead);
        if source.len() < 2 {
            continue;
        }
        let evidence = match view.source {
            Language::English => &bead.evidence.en,
            Language::Indonesian => &bead.evidence.id,
        };
        for &s in source {
            let matched = evidence.matched.iter().any(|m| m.at.segment == s);
            let words = evidence
                .unmatched
                .iter()
                .any(|o| o.segment == s && o.class == TermClass::Word);
            if matched || !words {
                continue;
            }
            let mut finding = view.finding(
                Kind::Omission,
                Severity::Error,
                &[s],
                &[],
                format!(
                    "the {} passage has no counterpart in the translation (aligned with its neighbour, it shares nothing with the translation)",
                    view.source.name()
                ),
            );
            finding.evidence = vec![view.text(view.source, s).to_string()];
            out.push(finding);
        }
    }
    out
}
