//! Order-free alignment of comparable documents: pairs that stand out from each passage's
//! other candidates (margin over the mean of the best few), above a threshold, combined so
//! that a passage may match several on the other side but no bead is many-to-many.

use super::score::PairScorer;
use super::{Bead, Params};
use rayon::prelude::*;

/// How many best candidates make a passage's background level.
const MARGIN_K: usize = 3;

/// Aligns the two documents without regard to order.
pub fn align(scorer: &PairScorer, params: &Params) -> Vec<Bead> {
    let (n, m) = (scorer.en_count(), scorer.id_count());
    let candidates = scorer.candidates(usize::MAX);
    let mut pairs: Vec<(usize, usize, f64)> = candidates
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, js)| js.iter().map(move |&j| (i, j, scorer.lexical(&[i], &[j]))))
        .collect();
    let background = |key: &dyn Fn(&(usize, usize, f64)) -> usize, len: usize| {
        let mut per: Vec<Vec<f64>> = vec![Vec::new(); len];
        for p in &pairs {
            per[key(p)].push(p.2);
        }
        per.into_iter()
            .map(|mut s| {
                s.sort_by(|a, b| b.total_cmp(a));
                s.iter().take(MARGIN_K).sum::<f64>() / MARGIN_K as f64
            })
            .collect::<Vec<f64>>()
    };
    let en_bg = background(&|p| p.0, n);
    let id_bg = background(&|p| p.1, m);
    for p in &mut pairs {
        let margin = p.2 - (en_bg[p.0] + id_bg[p.1]) / 2.0;
        p.2 = p.2 + params.margin_weight * margin;
    }
    pairs.retain(|p| p.2 >= params.comparable_threshold);
    pairs.sort_by(|a, b| b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    stars(&pairs, n, m)
}

/// Greedy, best first: a link joins a free passage to a group whose other side has a single
/// passage, so every group is one-to-many or many-to-one.
fn stars(pairs: &[(usize, usize, f64)], n: usize, m: usize) -> Vec<Bead> {
    let mut en_group: Vec<Option<usize>> = vec![None; n];
    let mut id_group: Vec<Option<usize>> = vec![None; m];
    let mut groups: Vec<Bead> = Vec::new();
    for &(i, j, s) in pairs {
        match (en_group[i], id_group[j]) {
            (None, None) => {
                en_group[i] = Some(groups.len());
                id_group[j] = Some(groups.len());
                groups.push(Bead::new(vec![i], vec![j], s));
            }
            (None, Some(g)) if groups[g].id.len() == 1 && s >= groups[g].score * 0.7 => {
                en_group[i] = Some(g);
                groups[g].en.push(i);
            }
            (Some(g), None) if groups[g].en.len() == 1 && s >= groups[g].score * 0.7 => {
                id_group[j] = Some(g);
                groups[g].id.push(j);
            }
            _ => {}
        }
    }
    for g in &mut groups {
        g.en.sort_unstable();
        g.id.sort_unstable();
    }
    let mut beads = groups;
    beads.extend(
        (0..n)
            .filter(|&i| en_group[i].is_none())
            .map(|i| Bead::new(vec![i], vec![], 0.0)),
    );
    beads.sort_by_key(|b| b.en[0]);
    beads.extend(
        (0..m)
            .filter(|&j| id_group[j].is_none())
            .map(|j| Bead::new(vec![], vec![j], 0.0)),
    );
    beads
}
