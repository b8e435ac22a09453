//! Order-free alignment of comparable documents, in four steps:
//! 1. [`candidates`]: every pair of passages that shares a linked term, scored;
//! 2. [`selection`]: the pairs kept: translation-like pairs (most of both passages'
//!    terms shared, standing out from each passage's other candidates) and contained pairs
//!    (a sentence that a paragraph accounts for);
//! 3. [`grouping`]: pairs combined best first, so that a passage may match several on the
//!    other side but no bead is many-to-many;
//! 4. [`repair`]: a repeated line's link moves to the copy whose neighbours are linked in
//!    step, runs grow, and a sentence next to a bead joins it where the other side wrote
//!    the two as one.

mod candidates;
mod grouping;
mod repair;
mod selection;

use super::score::PairScorer;
use super::Bead;
use crate::settings::ComparableSettings;

/// Aligns the two documents without regard to order.
pub(super) fn align(scorer: &PairScorer, settings: &ComparableSettings) -> Vec<Bead> {
    let (n, m) = (scorer.en_count(), scorer.id_count());
    let candidates = candidates::find(scorer, settings);
    let mut pairs = selection::translation_like(&candidates, n, m, settings);
    pairs.extend(selection::contained(&candidates, n, m, settings));
    pairs.sort_by(|a, b| b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    let (en_copies, id_copies) = (scorer.en_copies(), scorer.id_copies());
    let mut grouping = grouping::stars(&pairs, &en_copies, &id_copies, settings);
    repair::follow_linked_company(&mut grouping, &en_copies, &id_copies, settings);
    repair::extend_runs(&mut grouping, &candidates, settings);
    repair::absorb_neighbours(scorer, &mut grouping, settings);
    let mut beads = grouping.into_beads();
    for b in beads.iter_mut().filter(|b| b.is_pair()) {
        let o = scorer.overlap(&b.en, &b.id);
        b.score = o.share().max(scorer.containment(&o));
    }
    beads
}
