//! Step 1: the candidate pairs, found through the terms they share, each scored once.

use crate::align::score::{Overlap, PairScorer};
use crate::settings::ComparableSettings;
use rayon::prelude::*;

/// One candidate pair: English and Indonesian segment, symmetric share, containment.
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidate {
    pub en: usize,
    pub id: usize,
    pub share: f64,
    pub containment: f64,
    /// One side may hold the other whole (a paragraph and its sentence).
    pub nested: bool,
    /// The term weight of the smaller side.
    pub smaller: f64,
    /// The matched share of the side that has less of its terms matched.
    pub weaker_share: f64,
}

/// Every pair of segments that shares a linked term, sorted by English, then Indonesian
/// segment. A term in a large share of the Indonesian segments proposes no candidates (see
/// [`ComparableSettings::common_term_fraction`]).
pub(super) fn find(scorer: &PairScorer, settings: &ComparableSettings) -> Vec<Candidate> {
    let max_postings = (scorer.id_count() / settings.common_term_fraction)
        .max(settings.common_term_min_postings)
        .min(settings.common_term_max_postings);
    scorer
        .candidates(max_postings)
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, js)| {
            let mut row: Vec<Candidate> = js
                .iter()
                .map(|&j| {
                    let o = scorer.overlap(&[i], &[j]);
                    let sentences = scorer.sentences(&[i], &[j]);
                    Candidate {
                        en: i,
                        id: j,
                        share: o.share(),
                        containment: scorer.containment(&o),
                        nested: may_contain(&o, sentences, settings),
                        smaller: o.en.total().min(o.id.total()),
                        weaker_share: weaker_share(&o, sentences),
                    }
                })
                .collect();
            if row.len() > settings.candidates_per_passage {
                row.sort_unstable_by(|a, b| {
                    let key = |c: &Candidate| c.share.max(c.containment);
                    key(b).total_cmp(&key(a)).then(a.id.cmp(&b.id))
                });
                row.truncate(settings.candidates_per_passage);
                row.sort_unstable_by_key(|c| c.id);
            }
            row
        })
        .collect()
}

/// Whether one passage may hold the other whole: it has much more term weight and more
/// sentences. A paragraph holds a sentence; a long sentence that shares a few words with a
/// short one is another sentence (in sentence-per-line comparable sets such links were
/// mostly wrong: without them precision rose from 0.902 to 0.910 on GNOME help and from
/// 0.863 to 0.869 on lohelp-comp, recall unchanged or 0.003 lower).
fn may_contain(
    o: &Overlap,
    (en_sentences, id_sentences): (usize, usize),
    settings: &ComparableSettings,
) -> bool {
    let more_sentences = if o.en.total() >= o.id.total() {
        en_sentences > id_sentences
    } else {
        id_sentences > en_sentences
    };
    o.imbalance() >= settings.min_imbalance && more_sentences
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

/// The candidates of each English passage, which come sorted by English and Indonesian
/// passage: a pair's share is found by binary search.
pub(super) struct ByEnglish<'c> {
    candidates: &'c [Candidate],
    starts: Vec<usize>,
}

impl<'c> ByEnglish<'c> {
    pub fn new(candidates: &'c [Candidate], n: usize) -> Self {
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
    pub fn share(&self, i: usize, j: Option<usize>) -> f64 {
        let (Some(j), Some(&end)) = (j, self.starts.get(i + 1)) else {
            return 0.0;
        };
        let own = &self.candidates[self.starts[i]..end];
        own.binary_search_by_key(&j, |c| c.id)
            .map_or(0.0, |k| own[k].share)
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
            unknown: 0.0,
        };
        Overlap {
            en: side(en),
            id: side(id),
        }
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
        let may_contain = |o, sentences| may_contain(&o, sentences, &Default::default());
        // A three-sentence English paragraph and a one-sentence Indonesian summary.
        assert!(may_contain(overlap(30.0, 10.0), (3, 1)));
        assert!(may_contain(overlap(10.0, 30.0), (1, 2)));
        // One long sentence and one short one.
        assert!(!may_contain(overlap(30.0, 10.0), (1, 1)));
        // The side with more sentences is the lighter one.
        assert!(!may_contain(overlap(30.0, 10.0), (1, 2)));
        // Like sizes.
        assert!(!may_contain(overlap(12.0, 10.0), (3, 1)));
    }
}
