//! Phrases told in both articles: two linked words side by side in one clause on each side
//! ("join the Western alliance", "menjadi anggota penuh aliansi"). Separately written
//! articles seldom share wording, so where two passages do, they tell one statement, which
//! the same two words scattered over both passages do not show (the longest run of linked
//! words is the strongest feature of Munteanu and Marcu's classifier of comparable
//! sentences, 2005).

use crate::model::{KeywordMap, Side};
use crate::settings::LinkSettings;
use foldhash::HashMap;

/// Two links whose words stand together on both sides.
#[derive(Debug, Clone)]
pub(super) struct Phrase {
    /// The two links (indices into the map).
    pub links: [usize; 2],
    /// The segments where its words stand together, on each side, in order.
    pub en: Vec<usize>,
    pub id: Vec<usize>,
    /// What it adds to the evidence of a pair of those segments.
    pub weight: f64,
}

/// Every phrase that both documents tell, from the links between `words` (not names or
/// numbers, which count as facts of their own) and their `specificity` (a link's weight
/// before it is shared out over the segments that carry it). A phrase counts
/// `phrase_share` of its lighter word, shared out over the pairs of segments where its
/// words stand together: a pair of words that the two articles put together everywhere
/// is their topic, not a statement.
pub(super) fn told_in_both(
    map: &KeywordMap,
    (specificity, words): (&[f64], &[bool]),
    settings: &LinkSettings,
) -> Vec<Phrase> {
    let is_word = |k: usize| words[k] && specificity[k] > 0.0;
    let (mut en_words, mut id_words) = (
        vec![false; map.en.terms.len()],
        vec![false; map.id.terms.len()],
    );
    for (k, link) in map.links.iter().enumerate() {
        if is_word(k) {
            (en_words[link.en as usize], id_words[link.id as usize]) = (true, true);
        }
    }
    let (en_near, id_near) = (
        side_by_side(&map.en, &en_words, settings.phrase_window),
        side_by_side(&map.id, &id_words, settings.phrase_window),
    );
    let word_links = |term: u32| map.links_of_english(term).filter(|&(k, _)| is_word(k));
    let mut out = Vec::new();
    for (&(a, b), en) in &en_near {
        for ((ka, la), (kb, lb)) in word_links(a).flat_map(|x| word_links(b).map(move |y| (x, y))) {
            let Some(id) = id_near.get(&ordered(la.id, lb.id)) else {
                continue;
            };
            let carrying = (en.len() * id.len()) as f64;
            out.push(Phrase {
                links: [ka, kb],
                en: en.clone(),
                id: id.clone(),
                weight: settings.phrase_share * specificity[ka].min(specificity[kb])
                    / carrying.sqrt(),
            });
        }
    }
    out.sort_by_key(|p| p.links);
    out
}

/// Each pair of distinct terms of `words` within `window` terms of each other in one
/// clause of a segment, with the segments where they are.
fn side_by_side(side: &Side, words: &[bool], window: usize) -> HashMap<(u32, u32), Vec<usize>> {
    let mut out: HashMap<(u32, u32), Vec<usize>> = HashMap::default();
    for (s, occurrences) in side.occurrences.iter().enumerate() {
        for (p, o) in occurrences.iter().enumerate() {
            if !words[o.term as usize] {
                continue;
            }
            let after = occurrences[p + 1..].iter().take(window);
            for q in after.take_while(|q| q.clause == o.clause) {
                if q.term == o.term || !words[q.term as usize] {
                    continue;
                }
                let segments = out.entry(ordered(o.term, q.term)).or_default();
                if segments.last() != Some(&s) {
                    segments.push(s);
                }
            }
        }
    }
    out
}

fn ordered(a: u32, b: u32) -> (u32, u32) {
    (a.min(b), a.max(b))
}
