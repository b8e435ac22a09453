//! Across a bilingual file: a unit whose translation is the translation of another unit (a
//! shifted or swapped msgstr). The file's own pairing (unit k with unit k) is compared with
//! an order-free alignment of all its units: where that alignment confidently pairs the
//! translation of unit k with the source of another unit, and unit k's own pair is weak, the
//! translation is in the wrong place. Repeated messages and units of one or two words are
//! left out.

use super::{Finding, Kind, Severity, View};
use crate::align::{self, Mode};
use crate::settings::Settings;

/// Shorter units (a weekday's initial, "New") translate too many others alike.
const MIN_WORDS: usize = 3;

pub(super) fn check(view: &View, settings: &Settings) -> Vec<Finding> {
    let a = view.alignment;
    let own_score = |unit: usize| {
        a.beads
            .iter()
            .find(|b| b.en == [unit] && b.id == [unit])
            .map_or(0.0, |b| b.score)
    };
    let free = align::align(&a.map, Mode::Comparable, settings);
    let mut out = Vec::new();
    for bead in free.beads.iter().filter(|b| b.is_pair()) {
        let (source, target) = view.sides(bead);
        if bead.score < settings.auto.confident_score {
            continue;
        }
        for &unit in target.iter().filter(|t| !source.contains(t)) {
            let other = source[0];
            let words = view.text(view.target(), unit).split_whitespace().count();
            let same_source = view.text(view.source, unit) == view.text(view.source, other);
            let own = own_score(unit);
            if own >= settings.auto.confident_score
                || own >= bead.score
                || same_source
                || words < MIN_WORDS
            {
                continue;
            }
            let mut finding = view.finding(
                Kind::Misplaced,
                Severity::Error,
                &[unit],
                &[unit],
                format!(
                    "the translation of unit {} translates unit {} instead",
                    unit + 1,
                    other + 1
                ),
            );
            finding.evidence = vec![
                view.text(view.target(), unit).to_string(),
                view.text(view.source, other).to_string(),
            ];
            out.push(finding);
        }
    }
    out
}
