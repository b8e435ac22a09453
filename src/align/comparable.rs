//! Order-free alignment of comparable documents. Two kinds of pair are kept:
//! - translation-like pairs: most of both passages' terms are shared, and the pair stands out
//!   from each passage's other candidates (margin over the mean of the best few), or it
//!   continues a run of linked pairs (reordering moves blocks, not the lines inside them);
//! - contained pairs, as in separately written articles: one passage (a sentence) is largely
//!   accounted for by the other (a paragraph), the two are each other's best candidate, and
//!   the smaller one has enough terms to go on.
//!
//! Pairs are combined best first so that a passage may match several on the other side but
//! no bead is many-to-many. Then a repeated line's link moves to the copy whose neighbours
//! are linked in step, runs grow, and a sentence next to a bead joins it where the other
//! side wrote the two as one.

use super::score::{Coverage, Overlap, PairScorer};
use super::{Bead, Params};
use rayon::prelude::*;

/// How many best candidates make a passage's background level.
const MARGIN_K: usize = 3;

/// A term found in more than one Indonesian segment in `COMMON_SHARE` (and in more than
/// `MIN_POSTINGS`) proposes no candidates: it still counts in the overlap of pairs found
/// through rarer terms, but through it every pair of a long document became a candidate
/// (10,000 lines a side: 86 s and 3.4 GB before, 42 s and 1.9 GB after).
const COMMON_SHARE: usize = 8;
const MIN_POSTINGS: usize = 64;

/// Containment says something only when one side is much larger (a paragraph and a
/// sentence); between passages of like size the symmetric share decides.
const MIN_IMBALANCE: f64 = 1.5;

/// Whether one passage may hold the other whole: it has much more term weight and more
/// sentences. A paragraph holds a sentence; a long sentence that shares a few words with a
/// short one is another sentence (in sentence-per-line comparable sets such links were
/// mostly wrong: without them precision rose from 0.902 to 0.910 on GNOME help and from
/// 0.863 to 0.869 on lohelp-comp, recall unchanged or 0.003 lower).
fn may_contain(o: &Overlap, (en_sentences, id_sentences): (usize, usize)) -> bool {
    let more_sentences = if o.en.total() >= o.id.total() {
        en_sentences > id_sentences
    } else {
        id_sentences > en_sentences
    };
    o.imbalance() >= MIN_IMBALANCE && more_sentences
}

/// The matched share that decides whether a pair may be a translation: that of the side
/// with fewer sentences (a paragraph may say more than the sentence it shares), or, with
/// as many sentences on each side, the lower of the two.
fn weaker_share(o: &Overlap, (en_sentences, id_sentences): (usize, usize)) -> f64 {
    match en_sentences.cmp(&id_sentences) {
        std::cmp::Ordering::Less => o.en.share(),
        std::cmp::Ordering::Greater => o.id.share(),
        std::cmp::Ordering::Equal => o.en.share().min(o.id.share()),
    }
}

/// One candidate pair: English and Indonesian segment, symmetric share, containment.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    en: usize,
    id: usize,
    share: f64,
    containment: f64,
    /// One side may hold the other whole (a paragraph and its sentence).
    nested: bool,
    /// The term weight of the smaller side.
    smaller: f64,
    /// The matched share of the side that has less of its terms matched.
    weaker_share: f64,
}

/// Aligns the two documents without regard to order.
pub fn align(scorer: &PairScorer, params: &Params) -> Vec<Bead> {
    let (n, m) = (scorer.en_count(), scorer.id_count());
    let candidates: Vec<Candidate> = scorer
        .candidates((scorer.id_count() / COMMON_SHARE).max(MIN_POSTINGS))
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, js)| {
            js.iter().map(move |&j| {
                let o = scorer.overlap(&[i], &[j]);
                let sentences = scorer.sentences(&[i], &[j]);
                Candidate {
                    en: i,
                    id: j,
                    share: o.share(),
                    containment: o.containment(),
                    nested: may_contain(&o, sentences),
                    smaller: o.en.total().min(o.id.total()),
                    weaker_share: weaker_share(&o, sentences),
                }
            })
        })
        .collect();
    let mut pairs = translation_like(&candidates, n, m, params);
    pairs.extend(contained(&candidates, n, m, params));
    pairs.sort_by(|a, b| b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    let (en_copies, id_copies) = (scorer.en_copies(), scorer.id_copies());
    let mut grouping = stars(&pairs, &en_copies, &id_copies);
    follow_linked_company(&mut grouping, &en_copies, &id_copies);
    extend_runs(&mut grouping, &candidates, params);
    absorb_neighbours(scorer, &mut grouping, params);
    let mut beads = grouping.into_beads();
    for b in beads.iter_mut().filter(|b| b.is_pair()) {
        let o = scorer.overlap(&b.en, &b.id);
        b.score = o.share().max(o.containment());
    }
    beads
}

/// Pairs that are each other's best candidate (ties allowed, so that repeated lines stay in
/// the running), where each side has enough of its terms matched, and whose share stands
/// out from each passage's other candidates by the ratio margin: the max strategy of bitext
/// mining (Artetxe and Schwenk 2019). They are ranked with their neighbours' support so that
/// of two copies of a repeated line the one in matching company wins.
fn translation_like(
    candidates: &[Candidate],
    n: usize,
    m: usize,
    params: &Params,
) -> Vec<(usize, usize, f64)> {
    let en_bg = background(candidates, n, |c| c.en);
    let id_bg = background(candidates, m, |c| c.id);
    let en_best = best(candidates, n, |c| c.en);
    let id_best = best(candidates, m, |c| c.id);
    let by_en = ByEnglish::new(candidates, n);
    candidates
        .iter()
        .filter_map(|c| {
            let level = (en_bg[c.en] + id_bg[c.id]) / 2.0 + BACKGROUND_FLOOR;
            let ratio = c.share / level;
            let mutual_best = c.share >= en_best[c.en] && c.share >= id_best[c.id];
            (mutual_best
                && c.weaker_share >= params.comparable_threshold
                && ratio >= params.margin_weight)
                .then(|| {
                    let support = (1..=NEIGHBOUR_GAP.min(c.en))
                        .map(|d| by_en.share(c.en - d, c.id.checked_sub(1)))
                        .fold(0.0, f64::max)
                        + (1..=NEIGHBOUR_GAP)
                            .map(|d| by_en.share(c.en + d, Some(c.id + 1)))
                            .fold(0.0, f64::max);
                    (
                        c.en,
                        c.id,
                        (c.share + params.neighbour_weight * support) * ratio,
                    )
                })
        })
        .collect()
}

/// The candidates of each English passage, which come sorted by English and Indonesian
/// passage: a pair's share is found by binary search.
struct ByEnglish<'c> {
    candidates: &'c [Candidate],
    starts: Vec<usize>,
}

impl<'c> ByEnglish<'c> {
    fn new(candidates: &'c [Candidate], n: usize) -> Self {
        debug_assert!(candidates.is_sorted_by_key(|c| (c.en, c.id)));
        let mut starts = vec![0; n + 1];
        for c in candidates {
            starts[c.en + 1] += 1;
        }
        for i in 0..n {
            starts[i + 1] += starts[i];
        }
        ByEnglish { candidates, starts }
    }

    /// The share of English `i` and Indonesian `j`, 0 where they are no candidate pair.
    fn share(&self, i: usize, j: Option<usize>) -> f64 {
        let (Some(j), Some(&end)) = (j, self.starts.get(i + 1)) else {
            return 0.0;
        };
        let own = &self.candidates[self.starts[i]..end];
        own.binary_search_by_key(&j, |c| c.id)
            .map_or(0.0, |k| own[k].share)
    }
}

/// How many English passages away a neighbour's match may be (passages in between may have
/// no counterpart).
const NEIGHBOUR_GAP: usize = 3;

/// Keeps the margin ratio finite where a passage has no competitors at all.
const BACKGROUND_FLOOR: f64 = 0.05;

/// Mutual-best pairs by containment that reach the containment threshold.
fn contained(
    candidates: &[Candidate],
    n: usize,
    m: usize,
    params: &Params,
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
                && c.containment >= params.containment_threshold
                && c.smaller >= params.contained_weight
        })
        .filter(|c| {
            en_best[c.en].is_some_and(|(j, _)| j == c.id)
                && id_best[c.id].is_some_and(|(i, _)| i == c.en)
        })
        .map(|c| (c.en, c.id, c.containment))
        .collect()
}

/// Per passage, the mean share of its best few candidates: the level a match must stand
/// out from.
fn background(candidates: &[Candidate], len: usize, key: impl Fn(&Candidate) -> usize) -> Vec<f64> {
    let mut per: Vec<Vec<f64>> = vec![Vec::new(); len];
    for c in candidates {
        per[key(c)].push(c.share);
    }
    per.into_iter()
        .map(|mut s| {
            s.sort_by(|a, b| b.total_cmp(a));
            s.iter().skip(1).take(MARGIN_K).sum::<f64>() / MARGIN_K as f64
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

/// A passage joins another's group only with a link nearly as strong as the group's own:
/// on the dev sets, links that made one-to-many groups at 70% were right less than half
/// the time, against 88% for one-to-one pairs.
const JOIN_SHARE: f64 = 0.85;

/// Passages linked so far: the groups, and each passage's group.
struct Grouping {
    groups: Vec<Bead>,
    en_group: Vec<Option<usize>>,
    id_group: Vec<Option<usize>>,
}

impl Grouping {
    fn link(&mut self, i: usize, j: usize, score: f64) {
        self.en_group[i] = Some(self.groups.len());
        self.id_group[j] = Some(self.groups.len());
        self.groups.push(Bead::new(vec![i], vec![j], score));
    }

    /// Whether English `i` and Indonesian `j` are in the same group.
    fn linked(&self, i: usize, j: usize) -> bool {
        self.en_group[i].is_some() && self.en_group[i] == self.id_group[j]
    }

    /// How many of the Indonesian passages up to `COMPANY` before and after `j` are linked
    /// in step: to an English passage before (after) `i`, at most two for each step away
    /// (passages in between may have no counterpart).
    fn linked_neighbours(&self, i: usize, j: usize) -> usize {
        let (n, m) = (self.en_group.len(), self.id_group.len());
        let reach = 2 * COMPANY;
        let before = (1..=COMPANY.min(j))
            .filter(|&k| (1..=reach.min(i)).any(|d| self.linked(i - d, j - k)))
            .count();
        let after = (1..=COMPANY)
            .filter(|&k| j + k < m && (1..=reach).any(|d| i + d < n && self.linked(i + d, j + k)))
            .count();
        before + after
    }

    /// The groups, then one-sided beads for every passage left out, English in order first.
    fn into_beads(self) -> Vec<Bead> {
        let mut beads = self.groups;
        for g in &mut beads {
            g.en.sort_unstable();
            g.id.sort_unstable();
        }
        beads.extend(
            (0..self.en_group.len())
                .filter(|&i| self.en_group[i].is_none())
                .map(|i| Bead::new(vec![i], vec![], 0.0)),
        );
        beads.sort_by_key(|b| b.en[0]);
        beads.extend(
            (0..self.id_group.len())
                .filter(|&j| self.id_group[j].is_none())
                .map(|j| Bead::new(vec![], vec![j], 0.0)),
        );
        beads
    }
}

/// Greedy, best first: a link joins a free passage to a group whose other side has a single
/// passage, so every group is one-to-many or many-to-one. A passage does not join a group
/// that already holds a copy of it: no translation says the same sentence twice, and the
/// copy stays free for the other copy on the far side.
fn stars(
    pairs: &[(usize, usize, f64)],
    en_copies: &[Vec<usize>],
    id_copies: &[Vec<usize>],
) -> Grouping {
    let (n, m) = (en_copies.len(), id_copies.len());
    let mut g = Grouping {
        groups: Vec::new(),
        en_group: vec![None; n],
        id_group: vec![None; m],
    };
    for &(i, j, s) in pairs {
        match (g.en_group[i], g.id_group[j]) {
            (None, None) => g.link(i, j, s),
            (None, Some(k))
                if g.groups[k].id.len() == 1
                    && s >= g.groups[k].score * JOIN_SHARE
                    && !g.groups[k].en.iter().any(|x| en_copies[i].contains(x)) =>
            {
                g.en_group[i] = Some(k);
                g.groups[k].en.push(i);
            }
            (Some(k), None)
                if g.groups[k].en.len() == 1
                    && s >= g.groups[k].score * JOIN_SHARE
                    && !g.groups[k].id.iter().any(|y| id_copies[j].contains(y)) =>
            {
                g.id_group[j] = Some(k);
                g.groups[k].id.push(j);
            }
            _ => {}
        }
    }
    g
}

/// A translator may write two sentences as one: a free passage next to a group's passages
/// joins the group when the group's other side is a single passage that covers most of it
/// (the run threshold of its weight), and the bead is a better translation with it, both
/// in the terms it shares and in Gale and Church's length evidence. The length keeps a
/// headline out of the paragraph that follows it.
fn absorb_neighbours(scorer: &PairScorer, g: &mut Grouping, params: &Params) {
    let (n, m) = (g.en_group.len(), g.id_group.len());
    let better = |part: Coverage, en: &[usize], id: &[usize], base: (f64, f64)| {
        part.share() >= params.run_threshold
            && scorer.overlap(en, id).share() > base.0
            && scorer.length_logprob(en, id) > base.1
    };
    for k in 0..g.groups.len() {
        loop {
            let b = &g.groups[k];
            let base = (
                scorer.overlap(&b.en, &b.id).share(),
                scorer.length_logprob(&b.en, &b.id),
            );
            let en = (b.id.len() == 1)
                .then(|| {
                    joining_neighbour(
                        &b.en,
                        n,
                        |i| g.en_group[i].is_none(),
                        |i| {
                            let part = scorer.overlap(&[i], &b.id).en;
                            better(part, &[&b.en[..], &[i]].concat(), &b.id, base)
                        },
                    )
                })
                .flatten();
            let id = (b.en.len() == 1 && en.is_none())
                .then(|| {
                    joining_neighbour(
                        &b.id,
                        m,
                        |j| g.id_group[j].is_none(),
                        |j| {
                            let part = scorer.overlap(&b.en, &[j]).id;
                            better(part, &b.en, &[&b.id[..], &[j]].concat(), base)
                        },
                    )
                })
                .flatten();
            match (en, id) {
                (Some(i), _) => {
                    g.en_group[i] = Some(k);
                    g.groups[k].en.push(i);
                }
                (None, Some(j)) => {
                    g.id_group[j] = Some(k);
                    g.groups[k].id.push(j);
                }
                (None, None) => break,
            }
        }
    }
}

/// The free passage right before or right after a group's passages that fits.
fn joining_neighbour(
    members: &[usize],
    len: usize,
    free: impl Fn(usize) -> bool,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    let first = *members.iter().min()?;
    let last = *members.iter().max()?;
    [first.checked_sub(1), Some(last + 1)]
        .into_iter()
        .flatten()
        .find(|&x| x < len && free(x) && fits(x))
}

/// How many Indonesian passages on each side of a pair make its company.
const COMPANY: usize = 3;

/// Of two copies of a repeated line, the one whose neighbours are linked in step: once the
/// first links are made, they tell the copies apart better than the candidate shares the
/// links were ranked by.
fn follow_linked_company(g: &mut Grouping, en_copies: &[Vec<usize>], id_copies: &[Vec<usize>]) {
    for k in 0..g.groups.len() {
        let (&[i], &[j]) = (&g.groups[k].en[..], &g.groups[k].id[..]) else {
            continue;
        };
        let here = g.linked_neighbours(i, j);
        let better_en = |&&x: &&usize| g.en_group[x].is_none() && g.linked_neighbours(x, j) > here;
        let better_id = |&&y: &&usize| g.id_group[y].is_none() && g.linked_neighbours(i, y) > here;
        if let Some(&x) = en_copies[i].iter().find(better_en) {
            g.en_group[i] = None;
            g.en_group[x] = Some(k);
            g.groups[k].en[0] = x;
        } else if let Some(&y) = id_copies[j].iter().find(better_id) {
            g.id_group[j] = None;
            g.id_group[y] = Some(k);
            g.groups[k].id[0] = y;
        }
    }
}

/// Reordering moves blocks, not the sentences inside them: a free pair right after or
/// right before a linked pair, on both sides, needs less of a margin over its competitors.
/// Runs grow one pair at a time, strongest first.
fn extend_runs(g: &mut Grouping, candidates: &[Candidate], params: &Params) {
    let (n, m) = (g.en_group.len(), g.id_group.len());
    let in_run = |g: &Grouping, c: &Candidate| {
        (c.en > 0 && c.id > 0 && g.linked(c.en - 1, c.id - 1))
            || (c.en + 1 < n && c.id + 1 < m && g.linked(c.en + 1, c.id + 1))
    };
    let mut open: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| c.share >= params.run_threshold)
        .collect();
    open.sort_by(|a, b| b.share.total_cmp(&a.share));
    loop {
        let linked = g.groups.len();
        for c in &open {
            if g.en_group[c.en].is_none() && g.id_group[c.id].is_none() && in_run(g, c) {
                g.link(c.en, c.id, c.share);
            }
        }
        if g.groups.len() == linked {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::score::Coverage;

    fn overlap(en: f64, id: f64) -> Overlap {
        let side = |total: f64| Coverage {
            matched: 2.0,
            unmatched: total - 2.0,
        };
        Overlap {
            en: side(en),
            id: side(id),
        }
    }

    #[test]
    fn a_repeated_line_links_the_copy_in_linked_company() {
        // English 0 and 8 are copies ("Syntax"); Indonesian 0 is their translation and
        // Indonesian 1 translates English 9, the line after the second copy.
        let mut g = Grouping {
            groups: Vec::new(),
            en_group: vec![None; 12],
            id_group: vec![None; 2],
        };
        g.link(0, 0, 1.0);
        g.link(9, 1, 1.0);
        let mut en_copies = vec![Vec::new(); 12];
        en_copies[0] = vec![8];
        en_copies[8] = vec![0];
        follow_linked_company(&mut g, &en_copies, &[Vec::new(), Vec::new()]);
        assert!(g.linked(8, 0) && g.en_group[0].is_none());
    }

    #[test]
    fn a_paragraph_may_say_more_than_its_sentence_but_a_sentence_may_not() {
        // Ten units of English term weight, two matched; the Indonesian side all matched.
        let o = overlap(10.0, 2.0);
        assert_eq!(weaker_share(&o, (2, 1)), 1.0);
        assert_eq!(weaker_share(&o, (1, 1)), 0.2);
        assert_eq!(weaker_share(&o, (1, 2)), 0.2);
    }

    #[test]
    fn a_paragraph_may_contain_a_sentence_but_a_sentence_no_other() {
        // A three-sentence English paragraph and a one-sentence Indonesian summary.
        assert!(may_contain(&overlap(30.0, 10.0), (3, 1)));
        assert!(may_contain(&overlap(10.0, 30.0), (1, 2)));
        // One long sentence and one short one.
        assert!(!may_contain(&overlap(30.0, 10.0), (1, 1)));
        // The side with more sentences is the lighter one.
        assert!(!may_contain(&overlap(30.0, 10.0), (1, 2)));
        // Like sizes.
        assert!(!may_contain(&overlap(12.0, 10.0), (3, 1)));
    }
}
