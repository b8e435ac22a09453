//! Why a bead holds: the links between its two sides, and every term of each side with
//! its counterpart or without one.

use super::score::PairScorer;
use super::Bead;
use crate::model::{
    AlignedBead, Evidence, KeywordMap, Link, MatchedTerm, SharedTerm, Side, SideEvidence,
    TermOccurrence,
};
use foldhash::{HashSet, HashSetExt};

/// The bead with its shared terms and evidence, its score to three decimals.
pub(super) fn explain(map: &KeywordMap, scorer: &PairScorer, bead: Bead) -> AlignedBead {
    let (en_terms, id_terms) = (map.en.terms_of(&bead.en), map.id.terms_of(&bead.id));
    let evidence = Evidence {
        en: side(&map.en, &bead.en, scorer, true, |t| {
            best_link(map.links_of_english(t), &id_terms, |l| l.id)
        }),
        id: side(&map.id, &bead.id, scorer, false, |t| {
            let links = scorer.links_of_indonesian(t).map(|k| (k, &map.links[k]));
            best_link(links, &en_terms, |l| l.en)
        }),
    };
    AlignedBead {
        shared: shared_terms(map, scorer, &bead.en, &bead.id),
        evidence,
        en: bead.en,
        id: bead.id,
        score: (bead.score * 1000.0).round() / 1000.0,
    }
}

/// The links between two passages, once per pair of written forms (a name and an acronym
/// of the same word are two terms but one reason).
pub(super) fn shared_terms(
    map: &KeywordMap,
    scorer: &PairScorer,
    en: &[usize],
    id: &[usize],
) -> Vec<SharedTerm> {
    let forms = |l: &Link| {
        let (en, id) = (&map.en.terms[l.en as usize], &map.id.terms[l.id as usize]);
        (en.form.as_str(), id.form.as_str())
    };
    let mut seen = HashSet::new();
    scorer
        .shared(en, id)
        .into_iter()
        .filter(|&l| seen.insert(forms(l)))
        .map(|l| SharedTerm {
            en: forms(l).0.to_string(),
            id: forms(l).1.to_string(),
            kind: l.kind,
        })
        .collect()
}

/// Of a term's links, the strongest (then the most trusted kind) whose other term is among
/// `others`: the link index, the other term and the kind.
fn best_link<'m>(
    links: impl Iterator<Item = (usize, &'m Link)>,
    others: &[u32],
    other_of: impl Fn(&Link) -> u32,
) -> Option<(usize, &'m Link)> {
    links
        .filter(|(_, l)| others.binary_search(&other_of(l)).is_ok())
        .max_by(|a, b| a.1.cmp_trust(b.1))
}

/// Every term occurrence of one side's segments, matched through `matched` or not.
fn side<'m>(
    side: &Side,
    segments: &[usize],
    scorer: &PairScorer,
    english: bool,
    matched: impl Fn(u32) -> Option<(usize, &'m Link)>,
) -> SideEvidence {
    let mut out = SideEvidence::default();
    for &segment in segments {
        for o in &side.occurrences[segment] {
            let at = TermOccurrence {
                segment,
                span: o.span,
                term: o.term,
                class: side.terms[o.term as usize].class,
                weight: scorer.weight(english, o.term),
            };
            match matched(o.term) {
                Some((link, l)) => out.matched.push(MatchedTerm {
                    at,
                    counterpart: if english { l.id } else { l.en },
                    link,
                    kind: l.kind,
                }),
                None => out.unmatched.push(at),
            }
        }
    }
    out
}
