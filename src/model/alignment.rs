//! The result of aligning a document pair: beads, each with the evidence for it.

use super::{Document, KeywordMap, LinkKind, Span, TermClass, Unit};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// How the documents relate, and so which aligner runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// A translation: passages in the same order.
    Parallel,
    /// Separately written or reordered articles.
    Comparable,
    /// Decide from the documents.
    Auto,
}

/// How closely two linked passages correspond.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Strength {
    /// The same specific fact, event or quote (in a translation: the same sentence).
    Strong,
    /// The same sub-topic, with different details.
    Related,
}

impl Strength {
    /// The level's name in reports: `strong` or `related`.
    pub fn name(self) -> &'static str {
        match self {
            Strength::Strong => "strong",
            Strength::Related => "related",
        }
    }
}

/// One English and one Indonesian segment that speak of the same thing. A segment may have
/// several links (a lead paragraph and the three paragraphs that tell its facts).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PassageLink {
    /// The English segment.
    pub en: usize,
    /// The Indonesian segment.
    pub id: usize,
    /// How much specific evidence the two share, 0..1.
    pub score: f64,
    /// Strong or related.
    pub strength: Strength,
    /// The terms the two passages share through the map: why they are linked (for a link
    /// outside the beads; a bead lists its own).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub shared: Vec<SharedTerm>,
    /// The pair of passages around these, linked as strong on its own, whose story they
    /// share: why a related link holds whose own shared terms would not make it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub beside: Option<[usize; 2]>,
}

/// A term pair that links the two sides of a bead, once per pair of written forms: the
/// reason for the bead, as the reports list it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SharedTerm {
    /// The English term's form.
    pub en: String,
    /// The Indonesian term's form.
    pub id: String,
    /// What links them.
    pub kind: LinkKind,
}

/// A term where it stands in a bead's passage.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TermOccurrence {
    /// The segment (an index into the document's segments).
    pub segment: usize,
    /// Where the term's words lie in that segment's text.
    pub span: Span,
    /// The term: an index into its side of the keyword map ([`crate::model::Side::terms`]).
    pub term: u32,
    /// What kind of term it is.
    pub class: TermClass,
    /// How much it weighs in the pair's scores (rarity in the pair times its class).
    pub weight: f32,
}

/// A term of one side with a counterpart on the other side of the bead.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MatchedTerm {
    /// Where the term stands.
    #[serde(flatten)]
    pub at: TermOccurrence,
    /// The linked term of the other side (an index into that side of the map).
    pub counterpart: u32,
    /// The link (an index into [`KeywordMap::links`]): the strongest of its links whose
    /// other term the bead's other side has.
    pub link: usize,
    /// The link's kind.
    pub kind: LinkKind,
}

/// What one side of a bead shares with the other, and what it does not.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SideEvidence {
    /// Term occurrences with a counterpart on the other side, in text order.
    pub matched: Vec<MatchedTerm>,
    /// Term occurrences without one (names, numbers, words; stop words are never terms),
    /// in text order: what this side says that the other does not.
    pub unmatched: Vec<TermOccurrence>,
}

impl SideEvidence {
    /// The unmatched names, acronyms and numbers: what a reviewer checks first.
    pub fn unmatched_entities(&self) -> impl Iterator<Item = &TermOccurrence> {
        self.unmatched.iter().filter(|o| o.class != TermClass::Word)
    }
}

/// The evidence for and against a bead, side by side.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Evidence {
    /// The English side.
    pub en: SideEvidence,
    /// The Indonesian side.
    pub id: SideEvidence,
}

/// A bead of the final alignment: English and Indonesian segments that go together (one
/// side empty for a passage with no counterpart), with its evidence.
#[derive(Debug, Clone, Serialize)]
pub struct AlignedBead {
    /// English segment indices, ascending.
    pub en: Vec<usize>,
    /// Indonesian segment indices, ascending.
    pub id: Vec<usize>,
    /// How sure the aligner is, 0..1, to three decimals (0 for a one-sided bead).
    pub score: f64,
    /// The links between the two sides, once per pair of written forms.
    pub shared: Vec<SharedTerm>,
    /// Every term of both sides, matched or not, where it stands.
    pub evidence: Evidence,
}

impl AlignedBead {
    /// Whether the bead pairs passages of both sides.
    pub fn is_pair(&self) -> bool {
        !self.en.is_empty() && !self.id.is_empty()
    }
}

/// Both documents analyzed and their keyword map: everything the align stage starts from.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The English document.
    pub english: Document,
    /// The Indonesian document.
    pub indonesian: Document,
    /// What a segment is.
    pub unit: Unit,
    /// The shared entity/keyword map of the two.
    pub map: KeywordMap,
}

/// The result: both documents, the mode used and why, the keyword map, and the beads in
/// English order (then the Indonesian passages that matched nothing).
#[derive(Debug, Clone)]
pub struct Alignment {
    /// The English document.
    pub english: Document,
    /// The Indonesian document.
    pub indonesian: Document,
    /// What a segment is.
    pub unit: Unit,
    /// The mode that ran (never `Auto`).
    pub mode: Mode,
    /// Why that mode ran, in words.
    pub mode_reason: String,
    /// Every segment of both documents in exactly one bead.
    pub beads: Vec<AlignedBead>,
    /// Every pair of segments that speak of the same thing, by English then Indonesian
    /// segment: the pairs of the two-sided beads, and in comparable mode the passages that
    /// share specific facts besides.
    pub links: Vec<PassageLink>,
    /// The shared entity/keyword map the beads were found with.
    pub map: KeywordMap,
}

impl Alignment {
    /// The beads that pair passages of both sides.
    pub fn pairs(&self) -> impl Iterator<Item = &AlignedBead> {
        self.beads.iter().filter(|b| b.is_pair())
    }

    /// The link between two segments, if they have one.
    pub fn link(&self, en: usize, id: usize) -> Option<&PassageLink> {
        self.links
            .binary_search_by_key(&(en, id), |l| (l.en, l.id))
            .ok()
            .map(|k| &self.links[k])
    }

    /// The strongest link inside a bead: how closely its two sides correspond (`None` for
    /// a one-sided bead).
    pub fn strength(&self, bead: &AlignedBead) -> Option<Strength> {
        bead.en
            .iter()
            .flat_map(|&en| bead.id.iter().filter_map(move |&id| self.link(en, id)))
            .map(|l| l.strength)
            .min()
    }

    /// The links that no bead holds: passages that report the same facts as passages
    /// aligned elsewhere (a lead paragraph and the paragraphs that tell its facts).
    pub fn further_links(&self) -> impl Iterator<Item = &PassageLink> {
        let beads = BeadIndex::new(self.beads.iter().map(|b| (&b.en[..], &b.id[..])));
        self.links.iter().filter(move |l| !beads.holds(l))
    }

    /// For each link of the map, how many linked passage pairs hold its two terms as each
    /// other's best counterpart there (the strongest link, then the most trusted kind, of
    /// either term in the pair). A dictionary link that no pair bears out so is a sense
    /// these documents do not use (hours = waktu where the two never meet; first = lebih
    /// where the passage's lebih is more). A pair linked only for the pair beside it does not
    /// count: its own words did not make it.
    pub fn link_support(&self) -> Vec<usize> {
        let links = &self.map.links;
        let outranks = |a: usize, b: usize| links[a].cmp_trust(&links[b]).is_gt();
        let mut support = vec![0; links.len()];
        for pair in self.links.iter().filter(|l| l.beside.is_none()) {
            let id_terms = self.map.id.terms_of(&[pair.id]);
            let held: Vec<usize> = self
                .map
                .en
                .terms_of(&[pair.en])
                .into_iter()
                .flat_map(|e| self.map.links_of_english(e))
                .filter(|(_, l)| id_terms.binary_search(&l.id).is_ok())
                .map(|(k, _)| k)
                .collect();
            for &k in &held {
                let rival = |o: usize| links[o].en == links[k].en || links[o].id == links[k].id;
                if !held.iter().any(|&o| rival(o) && outranks(o, k)) {
                    support[k] += 1;
                }
            }
        }
        support
    }

    /// The English and Indonesian texts of the pairs that score at least `min_score`.
    pub fn texts_scoring(&self, min_score: f64) -> Vec<(String, String)> {
        self.pairs()
            .filter(|b| b.score >= min_score)
            .map(|b| (self.english.passage(&b.en), self.indonesian.passage(&b.id)))
            .collect()
    }

    /// The English segments that have text and no counterpart, in order.
    pub fn unaligned_english(&self) -> Vec<usize> {
        let linked: HashSet<usize> = self.links.iter().map(|l| l.en).collect();
        unaligned(
            &self.english,
            self.beads.iter().map(|b| (&b.en[..], &b.id[..])),
            &linked,
        )
    }

    /// The Indonesian segments that have text and no counterpart, in order.
    pub fn unaligned_indonesian(&self) -> Vec<usize> {
        let linked: HashSet<usize> = self.links.iter().map(|l| l.id).collect();
        unaligned(
            &self.indonesian,
            self.beads.iter().map(|b| (&b.id[..], &b.en[..])),
            &linked,
        )
    }

    /// The text of an English term occurrence, as written.
    pub fn english_text(&self, at: &TermOccurrence) -> &str {
        &self.english.segments[at.segment].text[at.span.range()]
    }

    /// The text of an Indonesian term occurrence, as written.
    pub fn indonesian_text(&self, at: &TermOccurrence) -> &str {
        &self.indonesian.segments[at.segment].text[at.span.range()]
    }
}

/// The segments of one side (the first of each pair of bead sides) in one-sided beads and
/// without a link elsewhere, leaving out empty lines.
fn unaligned<'b>(
    doc: &Document,
    beads: impl Iterator<Item = (&'b [usize], &'b [usize])>,
    linked: &HashSet<usize>,
) -> Vec<usize> {
    beads
        .filter(|(_, other)| other.is_empty())
        .flat_map(|(own, _)| own.iter().copied())
        .filter(|&i| !doc.segments[i].text.is_empty() && !linked.contains(&i))
        .collect()
}

/// The bead each segment is in, per side: which links a bead holds and which it does not.
pub(crate) struct BeadIndex {
    en: HashMap<usize, usize>,
    id: HashMap<usize, usize>,
}

impl BeadIndex {
    /// The index of beads given as their (English, Indonesian) segments.
    pub(crate) fn new<'a>(beads: impl Iterator<Item = (&'a [usize], &'a [usize])>) -> Self {
        let mut index = BeadIndex {
            en: HashMap::new(),
            id: HashMap::new(),
        };
        for (b, (en, id)) in beads.enumerate() {
            index.en.extend(en.iter().map(|&s| (s, b)));
            index.id.extend(id.iter().map(|&s| (s, b)));
        }
        index
    }

    /// Whether one bead holds both passages of a link.
    pub(crate) fn holds(&self, link: &PassageLink) -> bool {
        self.en
            .get(&link.en)
            .is_some_and(|b| self.id.get(&link.id) == Some(b))
    }
}
