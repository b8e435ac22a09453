//! Scoring passage pairs: weighted coverage of each side's terms by the other's, through the
//! keyword map, and a prior on the length ratio.

use crate::model::{KeywordMap, Link, Side, Size, TermClass};
use crate::settings::ScoringSettings;
use foldhash::HashMap;
use foldhash::HashMapExt;

/// Scores passages (one or more consecutive segments per side) of one document pair.
pub struct PairScorer<'a> {
    map: &'a KeywordMap,
    settings: &'a ScoringSettings,
    en_weight: Vec<f32>,
    id_weight: Vec<f32>,
    /// For each Indonesian term: the English terms it is linked to, with strength and link.
    id_links: Vec<Vec<(u32, f32, u32)>>,
    /// For each term of each side: whether the map could have linked it
    /// ([`crate::model::SideTerm::known`]).
    en_known: Vec<bool>,
    id_known: Vec<bool>,
    /// Each segment's terms with their counts, worked out once for every passage asked about.
    en_counts: SegmentCounts,
    id_counts: SegmentCounts,
    /// Each passage's coverage when the other one shares no link with it (most pairs the
    /// DP asks about), for passages of one segment and of two neighbours.
    en_unlinked: Unlinked,
    id_unlinked: Unlinked,
    /// Which Indonesian terms each English segment's terms are linked to.
    en_linked: LinkedTerms,
    en_size: &'a [Size],
    id_size: &'a [Size],
    /// Expected Indonesian/English length ratio of this pair.
    ratio: f64,
}

impl<'a> PairScorer<'a> {
    /// Weights terms by their rarity in the pair (IDF) and class.
    pub fn new(map: &'a KeywordMap, settings: &'a ScoringSettings) -> Self {
        let class_weight = |class: TermClass| match class {
            TermClass::Word => settings.word_weight,
            TermClass::Name | TermClass::Acronym => settings.name_weight,
            TermClass::Number => settings.number_weight,
        };
        let weights = |side: &Side| {
            let n = side.segments.len().max(1) as f32;
            side.terms
                .iter()
                .map(|t| (1.0 + n / t.segments.max(1) as f32).ln() * class_weight(t.class))
                .collect::<Vec<f32>>()
        };
        let (en_size, id_size) = (&map.en.sizes[..], &map.id.sizes[..]);
        let mut id_links = vec![Vec::new(); map.id.terms.len()];
        for (k, link) in map.links.iter().enumerate() {
            id_links[link.id as usize].push((link.en, link.strength, k as u32));
        }
        let known = |side: &Side| side.terms.iter().map(|t| t.known).collect::<Vec<bool>>();
        let en_total: usize = en_size.iter().map(|s| s.chars).sum();
        let id_total: usize = id_size.iter().map(|s| s.chars).sum();
        let ratio = (id_total.max(1) as f64 / en_total.max(1) as f64)
            .clamp(settings.min_length_ratio, settings.max_length_ratio);
        let (en_weight, id_weight) = (weights(&map.en), weights(&map.id));
        let (en_known, id_known) = (known(&map.en), known(&map.id));
        let (en_counts, id_counts) = (SegmentCounts::of(&map.en), SegmentCounts::of(&map.id));
        PairScorer {
            map,
            settings,
            en_unlinked: Unlinked::of(&en_counts, &en_weight, &en_known),
            id_unlinked: Unlinked::of(&id_counts, &id_weight, &id_known),
            en_linked: LinkedTerms::of(map),
            en_weight,
            id_weight,
            id_links,
            en_known,
            id_known,
            en_counts,
            id_counts,
            en_size,
            id_size,
            ratio,
        }
    }

    /// How many English segments there are.
    pub fn en_count(&self) -> usize {
        self.map.en.segments.len()
    }

    /// How many Indonesian segments there are.
    pub fn id_count(&self) -> usize {
        self.map.id.segments.len()
    }

    /// Weighted share of both passages' terms that the other passage covers, 0..1.
    pub fn lexical(&self, en: &[usize], id: &[usize]) -> f64 {
        self.overlap(en, id).share()
    }

    /// The weight of both passages' terms that the other passage covers, and of those it
    /// does not: the evidence for and against the two being translations of each other.
    /// A term counts once for each segment it occurs in, twice for a segment that repeats
    /// it: a heading merged with its sentence ("Thickness" + "Select the thickness...")
    /// matches the line that translates both ("Ketebalan Pilih ketebalan..."), and a
    /// sentence that says "legend" three times does not take in a neighbouring "Legenda".
    pub fn overlap(&self, en: &[usize], id: &[usize]) -> Overlap {
        if let Some(o) = self.unlinked_overlap(en, id) {
            return o;
        }
        // The DP asks this for every cell of its band: the work is done in per-thread
        // buffers, and terms are looked up in arrays stamped per call, without sorting.
        SCRATCH.with(|scratch| {
            let scratch = &mut *scratch.borrow_mut();
            scratch.begin(self.map.en.terms.len());
            let Scratch {
                stamp,
                e_terms,
                f_terms,
                en_count,
                best,
            } = scratch;
            let stamp = *stamp;
            let e_terms = self.en_counts.passage(en, e_terms);
            let f_terms = self.id_counts.passage(id, f_terms);
            for &(e, n) in e_terms {
                en_count[e as usize] = (stamp, n);
            }
            // One pass over the links of the Indonesian passage's terms that reach a term of
            // the English one: each Indonesian term's best counterpart, and each English
            // term's (both the first of equal strengths, in link order).
            let mut o = Overlap::default();
            for &(f, n) in f_terms {
                let (mut s, mut other) = (0f32, 0);
                for &(e, strength, _) in &self.id_links[f as usize] {
                    let (at, count) = en_count[e as usize];
                    if at != stamp {
                        continue;
                    }
                    if strength > s {
                        (s, other) = (strength, count);
                    }
                    let best = &mut best[e as usize];
                    if best.0 != stamp || strength > best.1 {
                        *best = (stamp, strength, n);
                    }
                }
                let known = self.id_known[f as usize];
                o.id.add(self.id_weight[f as usize], n, s, other, known);
            }
            for &(e, n) in e_terms {
                let best = best[e as usize];
                let (s, other) = if best.0 == stamp {
                    (best.1, best.2)
                } else {
                    (0.0, 0)
                };
                let known = self.en_known[e as usize];
                o.en.add(self.en_weight[e as usize], n, s, other, known);
            }
            o
        })
    }

    /// The overlap of two passages that share no link, from the sums worked out once: the
    /// same values `overlap` adds up, in the same order.
    fn unlinked_overlap(&self, en: &[usize], id: &[usize]) -> Option<Overlap> {
        if self.en_linked.is_empty() {
            return None;
        }
        let en_alone = self.en_unlinked.of_passage(en)?;
        let id_alone = self.id_unlinked.of_passage(id)?;
        let id_terms = self.id_counts.list(id)?;
        let linked = |i: usize| id_terms.iter().any(|&(f, _)| self.en_linked.has(i, f));
        (!en.iter().any(|&i| linked(i))).then_some(Overlap {
            en: en_alone,
            id: id_alone,
        })
    }

    fn en_segment(&self, i: usize) -> (&[u32], &[u32]) {
        (&self.map.en.segments[i], &self.map.en.repeated[i])
    }

    fn id_segment(&self, j: usize) -> (&[u32], &[u32]) {
        (&self.map.id.segments[j], &self.map.id.repeated[j])
    }

    /// Whether a passage has a blank segment (an empty line of pre-split input): blank
    /// segments are never paired.
    pub fn has_blank(&self, en: &[usize], id: &[usize]) -> bool {
        en.iter().any(|&i| self.en_size[i].chars == 0)
            || id.iter().any(|&j| self.id_size[j].chars == 0)
    }

    /// How many segments of each side have text.
    pub fn text_segments(&self) -> usize {
        self.en_size
            .iter()
            .chain(self.id_size)
            .filter(|s| s.chars > 0)
            .count()
    }

    /// How many sentences the English and the Indonesian passage have.
    pub fn sentences(&self, en: &[usize], id: &[usize]) -> (usize, usize) {
        (
            en.iter().map(|&i| self.en_size[i].sentences).sum(),
            id.iter().map(|&j| self.id_size[j].sentences).sum(),
        )
    }

    /// The English segments that say the same thing (copies of each other).
    pub fn en_copies(&self) -> Copies {
        Copies::of((0..self.en_count()).map(|i| self.en_segment(i)))
    }

    /// The Indonesian segments that say the same thing.
    pub fn id_copies(&self) -> Copies {
        Copies::of((0..self.id_count()).map(|j| self.id_segment(j)))
    }

    /// Gale and Church's length evidence: the log-probability that the Indonesian length
    /// differs this much from the expected one, with variance growing with the length.
    pub fn length_logprob(&self, en: &[usize], id: &[usize]) -> f64 {
        let le = en.iter().map(|&i| self.en_size[i].chars).sum::<usize>() as f64;
        let lf = id.iter().map(|&j| self.id_size[j].chars).sum::<usize>() as f64;
        let mean = (le + lf / self.ratio) / 2.0;
        let delta = (lf - le * self.ratio) / (self.settings.length_variance * mean.max(1.0)).sqrt();
        two_tailed_log(delta.abs())
    }

    /// The links that connect the two passages: the reason they were aligned.
    pub fn shared(&self, en: &[usize], id: &[usize]) -> Vec<&'a Link> {
        let (e_terms, f_terms) = (self.map.en.terms_of(en), self.map.id.terms_of(id));
        let mut links: Vec<&Link> = f_terms
            .iter()
            .flat_map(|&f| self.id_links[f as usize].iter())
            .filter(|(e, _, _)| e_terms.binary_search(e).is_ok())
            .map(|&(_, _, k)| &self.map.links[k as usize])
            .collect();
        links.sort_by(|a, b| a.kind.cmp(&b.kind).then(a.en.cmp(&b.en)));
        links
    }

    /// For each English segment, the Indonesian segments that share a linked term with it,
    /// skipping terms found in more than `max_postings` segments (too common to point anywhere).
    pub fn candidates(&self, max_postings: usize) -> Vec<Vec<usize>> {
        let mut postings: Vec<Vec<usize>> = vec![Vec::new(); self.map.en.terms.len()];
        for (j, seg) in self.map.id.segments.iter().enumerate() {
            for &f in seg {
                for &(e, _, _) in &self.id_links[f as usize] {
                    if postings[e as usize].last() != Some(&j) {
                        postings[e as usize].push(j);
                    }
                }
            }
        }
        self.map
            .en
            .segments
            .iter()
            .map(|seg| {
                let mut c: Vec<usize> = seg
                    .iter()
                    .map(|&e| &postings[e as usize])
                    .filter(|p| p.len() <= max_postings)
                    .flatten()
                    .copied()
                    .collect();
                c.sort_unstable();
                c.dedup();
                c
            })
            .collect()
    }

    /// The indices (into the map's links) of an Indonesian term's links.
    pub fn links_of_indonesian(&self, term: u32) -> impl Iterator<Item = usize> + '_ {
        self.id_links[term as usize]
            .iter()
            .map(|&(_, _, k)| k as usize)
    }

    /// How much a term weighs in English (`english`) or Indonesian passages.
    pub fn weight(&self, english: bool, term: u32) -> f32 {
        let weights = if english {
            &self.en_weight
        } else {
            &self.id_weight
        };
        weights[term as usize]
    }

    /// Coverage weighted toward the smaller side: a sentence that a paragraph fully
    /// accounts for is a match even though the paragraph says more.
    pub fn containment(&self, o: &Overlap) -> f64 {
        let share = self.settings.containment_smaller_share;
        let (small, large) = if o.en.total() <= o.id.total() {
            (o.en, o.id)
        } else {
            (o.id, o.en)
        };
        share * small.share() + (1.0 - share) * large.share()
    }
}

/// Weighted term coverage of a passage pair, side by side.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Overlap {
    /// How much of the English passage's term weight the Indonesian one accounts for.
    pub en: Coverage,
    /// How much of the Indonesian passage's term weight the English one accounts for.
    pub id: Coverage,
}

/// How much of one side's term weight the other side accounts for.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Coverage {
    /// Weight of terms linked to the other side (times the link's strength).
    pub matched: f64,
    /// Weight of terms with no counterpart on the other side.
    pub unmatched: f64,
    /// The part of `unmatched` that the map could not have linked: words its lexicon does
    /// not know, linked to nothing in the other document by spelling either.
    pub unknown: f64,
}

impl Coverage {
    /// A term found `count` times, linked with `strength` to a term the other side has
    /// `other` times.
    fn add(&mut self, weight: f32, count: u32, strength: f32, other: u32, known: bool) {
        let matched = count.min(other) as f32 * strength;
        self.matched += (weight * matched) as f64;
        let unmatched = (weight * (count as f32 - matched)) as f64;
        self.unmatched += unmatched;
        if !known {
            self.unknown += unmatched;
        }
    }

    /// The weight of all the side's terms.
    pub fn total(&self) -> f64 {
        self.matched + self.unmatched
    }

    /// The matched share, 0..1 (0 for a side without terms).
    pub fn share(&self) -> f64 {
        if self.total() == 0.0 {
            0.0
        } else {
            self.matched / self.total()
        }
    }
}

impl Overlap {
    /// The matched weight of both sides.
    pub fn matched(&self) -> f64 {
        self.en.matched + self.id.matched
    }

    /// The unmatched weight of both sides.
    pub fn unmatched(&self) -> f64 {
        self.en.unmatched + self.id.unmatched
    }

    /// The unmatched weight of both sides that the map could not have linked.
    pub fn unknown(&self) -> f64 {
        self.en.unknown + self.id.unknown
    }

    /// The matched share of both sides together, 0..1.
    pub fn share(&self) -> f64 {
        let total = self.en.total() + self.id.total();
        if total == 0.0 {
            0.0
        } else {
            self.matched() / total
        }
    }

    /// How many times more term weight the larger side has than the smaller one.
    pub fn imbalance(&self) -> f64 {
        let (a, b) = (self.en.total(), self.id.total());
        a.max(b) / a.min(b).max(f64::MIN_POSITIVE)
    }
}

/// The log of the standard normal's two-tailed probability beyond z (Abramowitz and Stegun
/// 26.2.17), at least ln(1e-12): worked out in logs, since the DP asks it for every move
/// of every cell and ln(exp(x)) is x.
fn two_tailed_log(z: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.2316419 * z);
    let poly = t
        * (0.319381530
            + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
    let log = -z * z / 2.0 + (2.0 / (2.0 * std::f64::consts::PI).sqrt() * poly).ln();
    log.max(1e-12f64.ln())
}

/// Each segment's terms with their counts (once, twice where the segment repeats a term),
/// sorted by term; and the same for each two neighbouring segments, the passages of the
/// 2-1 and 1-2 beads that every cell of a row or column asks about again.
struct SegmentCounts {
    single: Lists,
    neighbours: Lists,
}

impl SegmentCounts {
    fn of(side: &Side) -> SegmentCounts {
        let mut single = Lists::default();
        for (set, repeated) in side.segments.iter().zip(&side.repeated) {
            let mut twice = repeated.iter().peekable();
            for &t in set {
                while twice.next_if(|&&r| r < t).is_some() {}
                let again = twice.next_if_eq(&&t).is_some();
                single.items.push((t, 1 + u32::from(again)));
            }
            single.ends.push(single.items.len());
        }
        let mut neighbours = Lists::default();
        for k in 1..single.ends.len() {
            merge_counts(single.get(k - 1), single.get(k), &mut neighbours.items);
            neighbours.ends.push(neighbours.items.len());
        }
        SegmentCounts { single, neighbours }
    }

    /// The counts of a passage of one segment or of two neighbours.
    fn list(&self, segments: &[usize]) -> Option<&[(u32, u32)]> {
        Some(match Prepared::of(segments)? {
            Prepared::Single(i) => self.single.get(i),
            Prepared::Neighbours(i) => self.neighbours.get(i),
        })
    }

    /// The counts of a passage of these segments: worked out already for one segment or
    /// two neighbours (almost every call), else summed term by term into `buffer`.
    fn passage<'a>(
        &'a self,
        segments: &[usize],
        buffer: &'a mut Vec<(u32, u32)>,
    ) -> &'a [(u32, u32)] {
        if let Some(list) = self.list(segments) {
            return list;
        }
        buffer.clear();
        match segments {
            [] => {}
            many => {
                for &s in many {
                    buffer.extend_from_slice(self.single.get(s));
                }
                buffer.sort_unstable_by_key(|&(t, _)| t);
                buffer.dedup_by(|later, kept| {
                    let same = later.0 == kept.0;
                    if same {
                        kept.1 += later.1;
                    }
                    same
                });
            }
        }
        buffer
    }
}

/// A passage whose figures are worked out in advance: one segment, or two neighbours (the
/// first's index).
#[derive(Clone, Copy)]
enum Prepared {
    Single(usize),
    Neighbours(usize),
}

impl Prepared {
    fn of(segments: &[usize]) -> Option<Prepared> {
        match segments {
            [one] => Some(Prepared::Single(*one)),
            [a, b] if *b == a + 1 => Some(Prepared::Neighbours(*a)),
            _ => None,
        }
    }
}

/// Each passage's coverage of one side, where the other passage shares no link with it.
struct Unlinked {
    single: Vec<Coverage>,
    neighbours: Vec<Coverage>,
}

impl Unlinked {
    fn of(counts: &SegmentCounts, weight: &[f32], known: &[bool]) -> Unlinked {
        let coverage = |list: &[(u32, u32)]| {
            let mut c = Coverage::default();
            for &(t, n) in list {
                c.add(weight[t as usize], n, 0.0, 0, known[t as usize]);
            }
            c
        };
        let all = |lists: &Lists| {
            (0..lists.ends.len())
                .map(|k| coverage(lists.get(k)))
                .collect()
        };
        Unlinked {
            single: all(&counts.single),
            neighbours: all(&counts.neighbours),
        }
    }

    fn of_passage(&self, segments: &[usize]) -> Option<Coverage> {
        Some(match Prepared::of(segments)? {
            Prepared::Single(i) => self.single[i],
            Prepared::Neighbours(i) => self.neighbours[i],
        })
    }
}

/// For each English segment, a bit for each Indonesian term its terms are linked to; empty
/// where the table would take more than `LINKED_TERMS_BUDGET` bits (long documents, whose
/// nearby passages mostly share a link anyway).
struct LinkedTerms {
    words_per_segment: usize,
    bits: Vec<u64>,
}

/// The most bits a [`LinkedTerms`] table takes (4 MiB).
const LINKED_TERMS_BUDGET: usize = 1 << 25;

impl LinkedTerms {
    fn of(map: &KeywordMap) -> LinkedTerms {
        let words_per_segment = map.id.terms.len().div_ceil(64);
        let segments = map.en.segments.len();
        if words_per_segment * segments * 64 > LINKED_TERMS_BUDGET {
            return LinkedTerms {
                words_per_segment,
                bits: Vec::new(),
            };
        }
        let mut by_term: Vec<Vec<u32>> = vec![Vec::new(); map.en.terms.len()];
        for link in &map.links {
            by_term[link.en as usize].push(link.id);
        }
        let mut bits = vec![0u64; words_per_segment * segments];
        for (i, terms) in map.en.segments.iter().enumerate() {
            let row = &mut bits[i * words_per_segment..][..words_per_segment];
            for &f in terms.iter().flat_map(|&e| &by_term[e as usize]) {
                row[f as usize / 64] |= 1 << (f % 64);
            }
        }
        LinkedTerms {
            words_per_segment,
            bits,
        }
    }

    fn is_empty(&self) -> bool {
        self.bits.is_empty()
    }

    /// Whether English segment `i` has a term linked to Indonesian term `f`.
    fn has(&self, i: usize, f: u32) -> bool {
        self.bits[i * self.words_per_segment + f as usize / 64] & (1 << (f % 64)) != 0
    }
}

/// Lists of term counts one after the other.
#[derive(Default)]
struct Lists {
    items: Vec<(u32, u32)>,
    /// Where each list ends in `items`.
    ends: Vec<usize>,
}

impl Lists {
    fn get(&self, i: usize) -> &[(u32, u32)] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.items[start..self.ends[i]]
    }
}

/// Two sorted term counts summed into one, sorted.
fn merge_counts(a: &[(u32, u32)], b: &[(u32, u32)], out: &mut Vec<(u32, u32)>) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        if x.0 == y.0 {
            out.push((x.0, x.1 + y.1));
            (i, j) = (i + 1, j + 1);
        } else if x.0 < y.0 {
            out.push(x);
            i += 1;
        } else {
            out.push(y);
            j += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// The buffers of [`PairScorer::overlap`] on one thread. An entry of `en_count` or `best`
/// belongs to the current call only when it carries the call's stamp.
#[derive(Default)]
struct Scratch {
    stamp: u32,
    e_terms: Vec<(u32, u32)>,
    f_terms: Vec<(u32, u32)>,
    /// Per English term: (stamp, its count in the English passage).
    en_count: Vec<(u32, u32)>,
    /// Per English term: (stamp, the best link score from the Indonesian passage, the
    /// linked Indonesian term's count).
    best: Vec<(u32, f32, u32)>,
}

impl Scratch {
    fn begin(&mut self, en_terms: usize) {
        if self.en_count.len() < en_terms {
            self.en_count.resize(en_terms, (0, 0));
            self.best.resize(en_terms, (0, 0.0, 0));
        }
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            self.en_count.fill((0, 0));
            self.best.fill((0, 0.0, 0));
            self.stamp = 1;
        }
    }
}

/// The segments of one side grouped by their terms: which segments say the same thing. Held
/// as one group number a segment, so that a line repeated thousands of times costs no more
/// than thousands of lines.
pub struct Copies {
    group: Vec<usize>,
    members: Vec<Vec<usize>>,
}

impl Copies {
    pub(crate) fn of<'a>(segments: impl Iterator<Item = (&'a [u32], &'a [u32])>) -> Copies {
        let mut by_terms: HashMap<(&[u32], &[u32]), usize> = HashMap::new();
        let mut members: Vec<Vec<usize>> = Vec::new();
        let group = segments
            .enumerate()
            .map(|(i, terms)| {
                let g = *by_terms.entry(terms).or_insert_with(|| {
                    members.push(Vec::new());
                    members.len() - 1
                });
                members[g].push(i);
                g
            })
            .collect();
        Copies { group, members }
    }

    /// How many segments the side has.
    pub fn len(&self) -> usize {
        self.group.len()
    }

    /// The other segments with the same terms as segment `i`.
    pub fn copies_of(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.members[self.group[i]]
            .iter()
            .copied()
            .filter(move |&x| x != i)
    }

    /// Whether two different segments have the same terms.
    pub fn are_copies(&self, a: usize, b: usize) -> bool {
        a != b && self.group[a] == self.group[b]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The counts of a passage of all these segments (each a term set and its repeats).
    fn counts(segments: &[(&[u32], &[u32])]) -> Vec<(u32, u32)> {
        let side = Side {
            segments: segments.iter().map(|s| s.0.to_vec()).collect(),
            repeated: segments.iter().map(|s| s.1.to_vec()).collect(),
            ..empty_side()
        };
        let all: Vec<usize> = (0..segments.len()).collect();
        SegmentCounts::of(&side)
            .passage(&all, &mut Vec::new())
            .to_vec()
    }

    #[test]
    fn two_tailed_probability_matches_the_table() {
        assert!((two_tailed_log(0.0).exp() - 1.0).abs() < 1e-6);
        assert!((two_tailed_log(1.96).exp() - 0.05).abs() < 2e-3);
        assert_eq!(two_tailed_log(40.0), 1e-12f64.ln());
    }

    #[test]
    fn a_term_counts_once_per_segment_and_twice_where_repeated() {
        // Heading "Thickness" (term 1) and "Select the thickness (1) of the line (2)".
        let (heading, sentence): (&[u32], &[u32]) = (&[1], &[1, 2]);
        assert_eq!(
            counts(&[(heading, &[][..]), (sentence, &[])]),
            [(1, 2), (2, 1)]
        );
        // "Ketebalan (1) Pilih ketebalan (1) garis (2)": term 1 twice in one line.
        let merged: (&[u32], &[u32]) = (&[1, 2], &[1]);
        assert_eq!(counts(&[merged]), [(1, 2), (2, 1)]);
        // Three lines: "Thickness", "Select the thickness of the line", "Line (2) style (3)".
        let style: (&[u32], &[u32]) = (&[2, 3], &[]);
        assert_eq!(
            counts(&[(heading, &[]), (sentence, &[]), style]),
            [(1, 2), (2, 2), (3, 1)]
        );
    }

    fn empty_side() -> Side {
        Side {
            terms: Vec::new(),
            segments: Vec::new(),
            repeated: Vec::new(),
            occurrences: Vec::new(),
            sizes: Vec::new(),
        }
    }

    #[test]
    fn containment_favours_the_smaller_side() {
        let o = Overlap {
            en: Coverage {
                matched: 1.0,
                unmatched: 9.0,
                unknown: 0.0,
            },
            id: Coverage {
                matched: 2.0,
                unmatched: 0.0,
                unknown: 0.0,
            },
        };
        assert!((o.share() - 0.25).abs() < 1e-9);
        let map = KeywordMap {
            en: empty_side(),
            id: empty_side(),
            links: Vec::new(),
        };
        let settings = ScoringSettings::default();
        let scorer = PairScorer::new(&map, &settings);
        assert!((scorer.containment(&o) - (0.7 + 0.3 * 0.1)).abs() < 1e-9);
        assert!((o.imbalance() - 5.0).abs() < 1e-9);
        assert_eq!(Overlap::default().share(), 0.0);
    }
}
