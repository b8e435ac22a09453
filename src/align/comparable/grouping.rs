//! Step 3: pairs combined into beads, best first.

use crate::align::score::Copies;
use crate::align::Bead;
use crate::settings::ComparableSettings;

/// Passages linked so far: the groups, and each passage's group.
pub(super) struct Grouping {
    pub groups: Vec<Bead>,
    pub en_group: Vec<Option<usize>>,
    pub id_group: Vec<Option<usize>>,
}

impl Grouping {
    /// No passage linked yet.
    pub fn new(n: usize, m: usize) -> Grouping {
        Grouping {
            groups: Vec::new(),
            en_group: vec![None; n],
            id_group: vec![None; m],
        }
    }

    /// A new group of English `i` and Indonesian `j`.
    pub fn link(&mut self, i: usize, j: usize, score: f64) {
        self.en_group[i] = Some(self.groups.len());
        self.id_group[j] = Some(self.groups.len());
        self.groups.push(Bead::new(vec![i], vec![j], score));
    }

    /// Whether English `i` and Indonesian `j` are in the same group.
    pub fn linked(&self, i: usize, j: usize) -> bool {
        self.en_group[i].is_some() && self.en_group[i] == self.id_group[j]
    }

    /// How many of the Indonesian passages up to `company` before and after `j` are linked
    /// in step: to an English passage before (after) `i`, at most two for each step away
    /// (passages in between may have no counterpart).
    pub fn linked_neighbours(&self, i: usize, j: usize, company: usize) -> usize {
        let (n, m) = (self.en_group.len(), self.id_group.len());
        let reach = 2 * company;
        let before = (1..=company.min(j))
            .filter(|&k| (1..=reach.min(i)).any(|d| self.linked(i - d, j - k)))
            .count();
        let after = (1..=company)
            .filter(|&k| j + k < m && (1..=reach).any(|d| i + d < n && self.linked(i + d, j + k)))
            .count();
        before + after
    }

    /// The groups, then one-sided beads for every passage left out, English in order first.
    pub fn into_beads(self) -> Vec<Bead> {
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
pub(super) fn stars(
    pairs: &[(usize, usize, f64)],
    en_copies: &Copies,
    id_copies: &Copies,
    settings: &ComparableSettings,
) -> Grouping {
    let mut g = Grouping::new(en_copies.len(), id_copies.len());
    for &(i, j, s) in pairs {
        match (g.en_group[i], g.id_group[j]) {
            (None, None) => g.link(i, j, s),
            (None, Some(k))
                if g.groups[k].id.len() == 1
                    && s >= g.groups[k].score * settings.join_share
                    && !g.groups[k].en.iter().any(|&x| en_copies.are_copies(i, x)) =>
            {
                g.en_group[i] = Some(k);
                g.groups[k].en.push(i);
            }
            (Some(k), None)
                if g.groups[k].en.len() == 1
                    && s >= g.groups[k].score * settings.join_share
                    && !g.groups[k].id.iter().any(|&y| id_copies.are_copies(j, y)) =>
            {
                g.id_group[j] = Some(k);
                g.groups[k].id.push(j);
            }
            _ => {}
        }
    }
    g
}
