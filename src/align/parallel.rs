//! Monotonic alignment of a translation: dynamic programming over 1-1, 1-0, 0-1, 2-1 and 1-2
//! beads, inside a band that follows confident anchor matches, so that long documents cost
//! time linear in their length.

use super::score::PairScorer;
use super::Bead;
use crate::settings::ParallelSettings;
use rayon::prelude::*;

/// Bead shapes: (English segments, Indonesian segments). There is no 2-2 bead: two sentences
/// translated as two are two 1-1 beads, and where the move was offered it mostly merged two
/// neighbouring pairs that each stood alone (on lohelp-omit 7 of its 9 beads were wrong).
const MOVES: [(usize, usize); 5] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)];

/// Cells of the band whose gains are scored in one parallel batch: whole short documents at
/// once, long ones in blocks of rows, so that handing work to the thread pool (a wake-up and
/// a wait) is paid a few times per document rather than once per row.
const BLOCK_CELLS: usize = 4096;

type Gains = [f64; MOVES.len()];

/// Aligns the two documents in order.
pub fn align(scorer: &PairScorer, params: &ParallelSettings) -> Vec<Bead> {
    let (n, m) = (scorer.en_count(), scorer.id_count());
    let path = &fallback(scorer, params);
    let (lo, hi) = band(scorer, n, m, params);
    let (lo, hi) = (lo.as_slice(), hi.as_slice());
    let mut best: Vec<Vec<f64>> = Vec::with_capacity(n + 1);
    let mut back: Vec<Vec<u8>> = Vec::with_capacity(n + 1);
    let mut first = 0;
    while first <= n {
        let mut end = first;
        let mut cells = 0;
        while end <= n && cells < BLOCK_CELLS {
            cells += hi[end] - lo[end] + 1;
            end += 1;
        }
        let gains: Vec<Gains> = (first..end)
            .into_par_iter()
            .flat_map_iter(|i| (lo[i]..=hi[i]).map(move |j| cell_gains(scorer, path, lo, hi, i, j)))
            .collect();
        let mut rows = gains.as_slice();
        for i in first..end {
            let (row_gains, rest) = rows.split_at(hi[i] - lo[i] + 1);
            rows = rest;
            let (row, row_back) = best_row(i, row_gains, &best, lo);
            best.push(row);
            back.push(row_back);
        }
        first = end;
    }
    let mut beads = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (di, dj) = MOVES[back[i][j - lo[i]] as usize];
        let (en, id): (Vec<usize>, Vec<usize>) = ((i - di..i).collect(), (j - dj..j).collect());
        let score = if di > 0 && dj > 0 {
            confidence(scorer, params, &en, &id)
        } else {
            0.0
        };
        beads.push(Bead::new(en, id, score));
        i -= di;
        j -= dj;
    }
    beads.reverse();
    beads
}

/// The gain of each move that ends at cell (i, j) and starts inside the band.
fn cell_gains(
    scorer: &PairScorer,
    params: &ParallelSettings,
    lo: &[usize],
    hi: &[usize],
    i: usize,
    j: usize,
) -> Gains {
    let mut g = [f64::NEG_INFINITY; MOVES.len()];
    for (k, &(di, dj)) in MOVES.iter().enumerate() {
        if i >= di && j >= dj && in_band(lo, hi, i - di, j - dj) {
            g[k] = gain(scorer, params, i - di..i, j - dj..j);
        }
    }
    g
}

/// Row i of the table: the best path score into each of its cells, and the move it ends with.
fn best_row(i: usize, gains: &[Gains], best: &[Vec<f64>], lo: &[usize]) -> (Vec<f64>, Vec<u8>) {
    let mut row = vec![f64::NEG_INFINITY; gains.len()];
    let mut row_back = vec![u8::MAX; gains.len()];
    for (x, g) in gains.iter().enumerate() {
        let j = lo[i] + x;
        if i == 0 && j == 0 {
            row[x] = 0.0;
            continue;
        }
        for (k, &(di, dj)) in MOVES.iter().enumerate() {
            if g[k] == f64::NEG_INFINITY {
                continue;
            }
            let prev = if di == 0 {
                row[x - dj]
            } else {
                best[i - di][j - dj - lo[i - di]]
            };
            if prev + g[k] > row[x] {
                row[x] = prev + g[k];
                row_back[x] = k as u8;
            }
        }
    }
    (row, row_back)
}

/// The settings the path is chosen with for this document pair (a bead's confidence still
/// weighs all its evidence): where the keyword map links little of either
/// document (a domain its lexicon does not know), an unmatched term is no sign of an
/// omission, and the cost of one falls steeply with the share of term weight the map
/// links, so that length and position carry the alignment as they do for Gale–Church.
fn fallback(scorer: &PairScorer, params: &ParallelSettings) -> ParallelSettings {
    let all_en: Vec<usize> = (0..scorer.en_count()).collect();
    let all_id: Vec<usize> = (0..scorer.id_count()).collect();
    let o = scorer.overlap(&all_en, &all_id);
    let linked = o.matched() / (o.matched() + o.unmatched()).max(f64::MIN_POSITIVE);
    ParallelSettings {
        miss_cost: params.miss_cost
            * (linked / params.well_linked)
                .min(1.0)
                .powf(params.fallback_power),
        ..params.clone()
    }
}

fn in_band(lo: &[usize], hi: &[usize], i: usize, j: usize) -> bool {
    lo[i] <= j && j <= hi[i]
}

/// What a bead adds to the path, in log-odds: one-sided beads add nothing; a pair adds the
/// evidence of its shared and unshared terms and of its lengths, less a cost per merged
/// segment. A pair is kept only when the evidence outweighs leaving both sides unaligned.
fn gain(
    scorer: &PairScorer,
    params: &ParallelSettings,
    en: std::ops::Range<usize>,
    id: std::ops::Range<usize>,
) -> f64 {
    if en.is_empty() || id.is_empty() {
        return 0.0;
    }
    let merged = (en.len() + id.len() - 2) as f64;
    // A move spans at most two segments a side: the indices live on the stack.
    let (mut en_at, mut id_at) = ([0; 2], [0; 2]);
    let (en, id) = (indices(en, &mut en_at), indices(id, &mut id_at));
    if scorer.has_blank(en, id) {
        return f64::MIN / 4.0;
    }
    pair_gain(scorer, params, en, id, Evidence::Known) - params.merge_penalty * merged
}

fn indices(range: std::ops::Range<usize>, buffer: &mut [usize; 2]) -> &[usize] {
    let n = range.len();
    for (slot, i) in buffer.iter_mut().zip(range) {
        *slot = i;
    }
    &buffer[..n]
}

/// Which unmatched terms count against a pair.
#[derive(Clone, Copy)]
enum Evidence {
    /// Only those the map could have linked: a word its lexicon does not know is no sign
    /// that a passage went untranslated (with no lexicon for a document's domain, length
    /// and the names and numbers it shares choose the path).
    Known,
    /// All of them: a bead's confidence weighs everything it could not account for.
    All,
}

/// The log-odds that two passages translate each other.
fn pair_gain(
    scorer: &PairScorer,
    params: &ParallelSettings,
    en: &[usize],
    id: &[usize],
    evidence: Evidence,
) -> f64 {
    let o = scorer.overlap(en, id);
    let missing = match evidence {
        Evidence::Known => o.unmatched() - o.unknown(),
        Evidence::All => o.unmatched(),
    };
    params.link_bias + params.match_gain * o.matched() - params.miss_cost * missing
        + params.length_gain * scorer.length_logprob(en, id)
}

/// A bead's score for reports, 0..1: its log-odds per segment through the logistic function.
pub(super) fn confidence(
    scorer: &PairScorer,
    params: &ParallelSettings,
    en: &[usize],
    id: &[usize],
) -> f64 {
    let g = pair_gain(scorer, params, en, id, Evidence::All) / (en.len() + id.len()) as f64 * 2.0;
    1.0 / (1.0 + (-g).exp())
}

/// For each English position 0..=n, the Indonesian positions the path may pass through: a
/// band around the chain of anchors (the whole table only for documents narrower than it).
fn band(
    scorer: &PairScorer,
    n: usize,
    m: usize,
    params: &ParallelSettings,
) -> (Vec<usize>, Vec<usize>) {
    let width = params.band;
    let chain = anchors(scorer, m, params);
    let mut lo = vec![0; n + 1];
    let mut hi = vec![m; n + 1];
    // The path may stray from its line by what the lengths along it differ, within a
    // budget of cells that keeps the table linear in the document (text that repeats itself
    // has no anchors, and its length gap grows with its size; comparable text has anchors
    // scattered far apart).
    let slack_cap = (params.max_band_cells / (2 * n.max(1))).max(width);
    if chain.is_empty() {
        let w = (width + n.abs_diff(m)).min(slack_cap);
        for i in 0..=n {
            let c = i * m / n.max(1);
            lo[i] = c.saturating_sub(w);
            hi[i] = (c + w).min(m);
        }
    } else {
        // Between two anchors the path runs near the line that joins them, off it by at
        // most what the stretch's lengths differ (an omission, a merge) and the band's width:
        // a corridor, not the whole rectangle between the anchors, so that sparse anchors
        // (repetitive text, where copies tie) do not make the table quadratic.
        lo.fill(m);
        hi.fill(0);
        let ends = std::iter::once((0, 0))
            .chain(chain.iter().map(|&(i, j)| (i + 1, j + 1)))
            .chain(std::iter::once((n, m)));
        let points: Vec<(usize, usize)> = ends.collect();
        for pair in points.windows(2) {
            let ((i0, j0), (i1, j1)) = (pair[0], pair[1]);
            let (di, dj) = (i1.saturating_sub(i0), j1.saturating_sub(j0));
            let w = (width + di.abs_diff(dj)).min(slack_cap);
            for i in i0..=i1.min(n) {
                let c = j0 + (i - i0) * dj / di.max(1);
                lo[i] = lo[i].min(c.saturating_sub(w));
                hi[i] = hi[i].max((c + w).min(m));
            }
        }
    }
    lo[0] = 0;
    hi[n] = m;
    for i in 1..=n {
        // Each row starts no later than the last one ends, so that a path always connects.
        lo[i] = lo[i].max(lo[i - 1]).min(m).min(hi[i - 1]);
        hi[i] = hi[i].max(hi[i - 1]).max(lo[i]);
    }
    (lo, hi)
}

/// Mutual-best 1-1 matches that agree on the order: the longest increasing chain of them.
/// Matches far from the diagonal are left out: in a document with repeated passages they
/// pair one copy with another and would pull the band off the true path.
fn anchors(scorer: &PairScorer, m: usize, params: &ParallelSettings) -> Vec<(usize, usize)> {
    let n = scorer.en_count().max(1);
    let reach = (n.max(m) as f64 * params.anchor_reach) as usize + n.abs_diff(m);
    let mutual: Vec<(usize, usize)> = mutual_best(scorer, m, params)
        .into_iter()
        .filter(|&(i, j)| j.abs_diff(i * m / n) <= reach)
        .collect();
    longest_increasing(&mutual)
}

/// Segment pairs that are each other's best candidate and share at least the anchor share.
fn mutual_best(scorer: &PairScorer, m: usize, params: &ParallelSettings) -> Vec<(usize, usize)> {
    let cap = ((m as f64).sqrt() * params.anchor_candidates_per_root)
        .max(params.anchor_candidates as f64)
        .min(params.anchor_max_postings as f64) as usize;
    let scored: Vec<Vec<(usize, f64)>> = scorer
        .candidates(cap)
        .par_iter()
        .enumerate()
        .map(|(i, js)| {
            js.iter()
                .map(|&j| (j, scorer.lexical(&[i], &[j])))
                .collect()
        })
        .collect();
    let mut id_best: Vec<Option<(usize, f64)>> = vec![None; m];
    for (i, row) in scored.iter().enumerate() {
        for &(j, s) in row {
            if id_best[j].is_none_or(|(_, b)| s > b) {
                id_best[j] = Some((i, s));
            }
        }
    }
    scored
        .iter()
        .enumerate()
        .filter_map(|(i, row)| {
            let &(j, s) = row.iter().max_by(|a, b| a.1.total_cmp(&b.1))?;
            (s >= params.anchor_min_share && id_best[j].is_some_and(|(bi, _)| bi == i))
                .then_some((i, j))
        })
        .collect()
}

/// The longest chain of pairs increasing in both coordinates (pairs sorted by the first).
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut tails: Vec<usize> = Vec::new(); // index into pairs of the tail of each length
    let mut prev: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(_, j)) in pairs.iter().enumerate() {
        let pos = tails.partition_point(|&t| pairs[t].1 < j);
        prev[k] = pos.checked_sub(1).map(|p| tails[p]);
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut chain = Vec::new();
    let mut cur = tails.last().copied();
    while let Some(k) = cur {
        chain.push(pairs[k]);
        cur = prev[k];
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests {
    #[test]
    fn longest_increasing_chain() {
        let pairs = [(0, 0), (1, 5), (2, 1), (3, 2), (4, 9), (5, 3)];
        assert_eq!(
            super::longest_increasing(&pairs),
            [(0, 0), (2, 1), (3, 2), (5, 3)]
        );
    }
}
