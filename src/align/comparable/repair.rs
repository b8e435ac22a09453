//! Step 4: repairs once the first links are made: copies follow their company, runs grow,
//! neighbours join a bead the other side wrote as one.

use super::candidates::Candidate;
use super::grouping::Grouping;
use crate::align::score::{Copies, Coverage, PairScorer};
use crate::settings::ComparableSettings;

/// Of two copies of a repeated line, the one whose neighbours are linked in step: once the
/// first links are made, they tell the copies apart better than the candidate shares the
/// links were ranked by.
pub(super) fn follow_linked_company(
    g: &mut Grouping,
    en_copies: &Copies,
    id_copies: &Copies,
    settings: &ComparableSettings,
) {
    let company = settings.company;
    for k in 0..g.groups.len() {
        let (&[i], &[j]) = (&g.groups[k].en[..], &g.groups[k].id[..]) else {
            continue;
        };
        let here = g.linked_neighbours(i, j, company);
        let better_en =
            |&x: &usize| g.en_group[x].is_none() && g.linked_neighbours(x, j, company) > here;
        let better_id =
            |&y: &usize| g.id_group[y].is_none() && g.linked_neighbours(i, y, company) > here;
        if let Some(x) = en_copies.copies_of(i).find(better_en) {
            g.en_group[i] = None;
            g.en_group[x] = Some(k);
            g.groups[k].en[0] = x;
        } else if let Some(y) = id_copies.copies_of(j).find(better_id) {
            g.id_group[j] = None;
            g.id_group[y] = Some(k);
            g.groups[k].id[0] = y;
        }
    }
}

/// Reordering moves blocks, not the sentences inside them: a free pair right after or
/// right before a linked pair, on both sides, needs less of a margin over its competitors.
/// Runs grow one pair at a time, strongest first.
pub(super) fn extend_runs(
    g: &mut Grouping,
    candidates: &[Candidate],
    settings: &ComparableSettings,
) {
    let (n, m) = (g.en_group.len(), g.id_group.len());
    let in_run = |g: &Grouping, c: &Candidate| {
        (c.en > 0 && c.id > 0 && g.linked(c.en - 1, c.id - 1))
            || (c.en + 1 < n && c.id + 1 < m && g.linked(c.en + 1, c.id + 1))
    };
    let mut open: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| c.share >= settings.run_threshold)
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

/// A translator may write two sentences as one: a free passage next to a group's passages
/// joins the group when the group's other side is a single passage that covers most of it
/// (the run threshold of its weight), and the bead is a better translation with it, both
/// in the terms it shares and in Gale and Church's length evidence. The length keeps a
/// headline out of the paragraph that follows it.
pub(super) fn absorb_neighbours(
    scorer: &PairScorer,
    g: &mut Grouping,
    settings: &ComparableSettings,
) {
    let (n, m) = (g.en_group.len(), g.id_group.len());
    let better = |part: Coverage, en: &[usize], id: &[usize], base: (f64, f64)| {
        part.share() >= settings.run_threshold
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_line_links_the_copy_in_linked_company() {
        // English 0 and 8 are copies ("Syntax"); Indonesian 0 is their translation and
        // Indonesian 1 translates English 9, the line after the second copy.
        let mut g = Grouping::new(12, 2);
        g.link(0, 0, 1.0);
        g.link(9, 1, 1.0);
        let terms = |n: u32, copy: (u32, u32)| -> Vec<[u32; 1]> {
            (0..n)
                .map(|i| [if i == copy.1 { copy.0 } else { i }])
                .collect()
        };
        let copies = |terms: &[[u32; 1]]| Copies::of(terms.iter().map(|t| (&t[..], &[][..])));
        let (en, id) = (terms(12, (0, 8)), terms(2, (0, 0)));
        let settings = ComparableSettings::default();
        follow_linked_company(&mut g, &copies(&en), &copies(&id), &settings);
        assert!(g.linked(8, 0) && g.en_group[0].is_none());
    }
}
