//! Lengths out of line with the rest of the document pair. A translation's length ratio
//! varies with the language pair, the translator and the text type, so no fixed band fits;
//! each pair is compared with this document pair's own ratios (median and median absolute
//! deviation of the log ratio), and only a pair far outside them is reported.

use super::{Finding, Kind, Severity, View};

/// Pairs needed before the document pair's ratios say anything.
const MIN_PAIRS: usize = 8;
/// Shorter passages vary too much to judge ("OK" = "Oke").
const MIN_CHARS: usize = 20;
/// How many robust standard deviations from the median a ratio must lie ...
const MAX_DEVIATIONS: f64 = 5.0;
/// ... and at least this far (as a log ratio: 2.5 times longer or shorter).
const MIN_LOG_RATIO: f64 = 0.916;

pub(super) fn check(view: &View) -> Vec<Finding> {
    let pairs: Vec<(&[usize], &[usize], f64)> = view
        .alignment
        .pairs()
        .filter_map(|bead| {
            let (source, target) = view.sides(bead);
            let len = |language, segments: &[usize]| -> usize {
                segments
                    .iter()
                    .map(|&s| view.text(language, s).chars().count())
                    .sum()
            };
            let (s, t) = (len(view.source, source), len(view.target(), target));
            (s >= MIN_CHARS || t >= MIN_CHARS)
                .then(|| (source, target, (t.max(1) as f64 / s.max(1) as f64).ln()))
        })
        .collect();
    if pairs.len() < MIN_PAIRS {
        return Vec::new();
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let center = median(pairs.iter().map(|p| p.2).collect());
    let spread = 1.4826 * median(pairs.iter().map(|p| (p.2 - center).abs()).collect());
    let limit = (MAX_DEVIATIONS * spread).max(MIN_LOG_RATIO);
    pairs
        .into_iter()
        .filter(|p| (p.2 - center).abs() > limit)
        .map(|(source, target, ratio)| {
            let (times, usual) = (ratio.exp(), center.exp());
            let mut finding = view.finding(
                Kind::Length,
                Severity::Info,
                source,
                target,
                format!(
                    "the translation is {times:.1} times the source's length; elsewhere in this document {usual:.1}"
                ),
            );
            finding.evidence = vec![format!("{times:.2}"), format!("{usual:.2}")];
            finding
        })
        .collect()
}
