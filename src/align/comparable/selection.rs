//! Step 2: the candidate pairs worth keeping, each with the score it competes with.

use super::candidates::{ByEnglish, Candidate};
use crate::settings::ComparableSettings;

/// Pairs that are each other's best candidate (ties allowed, so that repeated lines stay in
/// the running), where each side has enough of its terms matched, and whose share stands
/// out from each passage's other candidates by the ratio margin: the max strategy of bitext
/// mining (Artetxe and Schwenk 2019). They are ranked with their neighbours' support so that
/// of two copies of a repeated line the one in matching company wins.
pub(super) fn translation_like(
    candidates: &[Candidate],
    n: usize,
    m: usize,
    settings: &ComparableSettings,
) -> Vec<(usize, usize, f64)> {
    let en_bg = background(candidates, n, |c| c.en, settings);
    let id_bg = background(candidates, m, |c| c.id, settings);
    let en_best = best(candidates, n, |c| c.en);
    let id_best = best(candidates, m, |c| c.id);
    let by_en = ByEnglish::new(candidates, n);
    let gap = settings.neighbour_gap;
    candidates
        .iter()
        .filter_map(|c| {
            let level = (en_bg[c.en] + id_bg[c.id]) / 2.0 + settings.background_floor;
            let ratio = c.share / level;
            let mutual_best = c.share >= en_best[c.en] && c.share >= id_best[c.id];
            (mutual_best && c.weaker_share >= settings.threshold && ratio >= settings.margin_weight)
                .then(|| {
                    let support = (1..=gap.min(c.en))
                        .map(|d| by_en.share(c.en - d, c.id.checked_sub(1)))
                        .fold(0.0, f64::max)
                        + (1..=gap)
                            .map(|d| by_en.share(c.en + d, Some(c.id + 1)))
                            .fold(0.0, f64::max);
                    (
                        c.en,
                        c.id,
                        (c.share + settings.neighbour_weight * support) * ratio,
                    )
                })
        })
        .collect()
}

/// Mutual-best pairs by containment that reach the containment threshold.
pub(super) fn contained(
    candidates: &[Candidate],
    n: usize,
    m: usize,
    settings: &ComparableSettings,
) -> Vec<(usize, usize, f64)> {
    let mut en_best: Vec<Option<(usize, f64)>> = vec![None; n];
    let mut id_best: Vec<Option<(usize, f64)>> = vec![None; m];
    for c in candidates {
        if en_best[c.en].is_none_or(|(_, s)| c.containment > s) {
            en_best[c.en] = Some((c.id, c.containment));
        }
        if id_best[c.id].is_none_or(|(_, s)| c.containment > s) {
            id_best[c.id] = Some((c.en, c.containment));
        }
    }
    candidates
        .iter()
        .filter(|c| {
            c.nested
                && c.containment >= settings.containment_threshold
                && c.smaller >= settings.contained_weight
        })
        .filter(|c| {
            en_best[c.en].is_some_and(|(j, _)| j == c.id)
                && id_best[c.id].is_some_and(|(i, _)| i == c.en)
        })
        .map(|c| (c.en, c.id, c.containment))
        .collect()
}

/// Per passage, the mean share of its best few other candidates: the level a match must
/// stand out from.
fn background(
    candidates: &[Candidate],
    len: usize,
    key: impl Fn(&Candidate) -> usize,
    settings: &ComparableSettings,
) -> Vec<f64> {
    let k = settings.margin_candidates;
    let mut per: Vec<Vec<f64>> = vec![Vec::new(); len];
    for c in candidates {
        per[key(c)].push(c.share);
    }
    per.into_iter()
        .map(|mut s| {
            s.sort_by(|a, b| b.total_cmp(a));
            s.iter().skip(1).take(k).sum::<f64>() / k as f64
        })
        .collect()
}

/// Per passage, the share of its best candidate.
fn best(candidates: &[Candidate], len: usize, key: impl Fn(&Candidate) -> usize) -> Vec<f64> {
    let mut best = vec![0.0; len];
    for c in candidates {
        best[key(c)] = c.share.max(best[key(c)]);
    }
    best
}
