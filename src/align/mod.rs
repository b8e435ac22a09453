//! The alignment stage: the keyword map in, beads with their evidence out. Parallel
//! (monotonic, for translations) or comparable (order-free, for separately written or
//! reordered text), or chosen from the documents themselves.

mod comparable;
mod evidence;
mod parallel;
mod phrases;
mod related;
mod score;

pub use crate::model::Mode;

use crate::model::{AlignedBead, BeadIndex, KeywordMap, PassageLink, Strength};
use crate::settings::{AutoSettings, Settings};
use score::PairScorer;

/// What the aligners find: English and Indonesian segment indices that go together (one
/// side empty: unaligned), and a score.
#[derive(Debug, Clone, PartialEq)]
struct Bead {
    en: Vec<usize>,
    id: Vec<usize>,
    score: f64,
}

impl Bead {
    fn new(en: Vec<usize>, id: Vec<usize>, score: f64) -> Bead {
        Bead { en, id, score }
    }

    fn is_pair(&self) -> bool {
        !self.en.is_empty() && !self.id.is_empty()
    }
}

/// The output of the stage: the beads, the mode that ran and why.
#[derive(Debug, Clone)]
pub struct Aligned {
    /// Every segment of both sides in exactly one bead, in English order, then the
    /// Indonesian segments that matched nothing.
    pub beads: Vec<AlignedBead>,
    /// Every pair of segments that speak of the same thing, by English then Indonesian
    /// segment.
    pub links: Vec<PassageLink>,
    /// The mode that ran (never `Auto`).
    pub mode: Mode,
    /// Why, in words.
    pub mode_reason: String,
}

/// Aligns the two sides of a keyword map in `mode` (`Auto` decides first), and explains
/// every bead.
///
/// ```
/// use selaras::{align, keymap, Mode, Resources, Settings, Unit, Language};
/// let resources = Resources::shipped();
/// let analyze = |text: &str, language| {
///     let segments = selaras::segment::segment(text, language, Unit::Line);
///     resources.analyzer(language).analyze(&segments)
/// };
/// let en = analyze("Russia invaded Crimea in 2014.", Language::English);
/// let id = analyze("Rusia menginvasi Krimea pada 2014.", Language::Indonesian);
/// let settings = Settings::default();
/// let map = keymap::build(&en, &id, resources.lexicon(), &settings.keymap);
/// let aligned = align::align(&map, Mode::Parallel, &settings);
/// assert_eq!((aligned.beads[0].en.clone(), aligned.beads[0].id.clone()), (vec![0], vec![0]));
/// ```
pub fn align(map: &KeywordMap, mode: Mode, settings: &Settings) -> Aligned {
    let scorer = PairScorer::new(map, &settings.scoring);
    let (beads, chosen, mode_reason) = match mode {
        Mode::Auto => auto(&scorer, settings),
        Mode::Comparable => (
            comparable::align(&scorer, &settings.comparable),
            mode,
            "chosen by --mode".to_string(),
        ),
        Mode::Parallel => (
            parallel::align(&scorer, &settings.parallel),
            mode,
            "chosen by --mode".to_string(),
        ),
    };
    // Unless the user says the pair is a translation, the same facts told elsewhere are
    // linked too: an article written separately in the same order passes for a
    // translation, and even a translation's lead repeats what later paragraphs tell.
    let related = if mode == Mode::Parallel {
        Vec::new()
    } else {
        related::links(map, &settings.links)
    };
    let held = BeadIndex::new(beads.iter().map(|b| (&b.en[..], &b.id[..])));
    Aligned {
        links: links(&beads, related, settings.auto.confident_score)
            .into_iter()
            .map(|l| {
                // A bead's own pairs are explained by the bead; a further link by itself.
                if held.holds(&l) {
                    l
                } else {
                    explain_link(map, &scorer, l)
                }
            })
            .collect(),
        beads: beads
            .into_iter()
            .map(|b| evidence::explain(map, &scorer, b))
            .collect(),
        mode: chosen,
        mode_reason,
    }
}

/// The link with the terms its two passages share.
fn explain_link(map: &KeywordMap, scorer: &PairScorer, link: PassageLink) -> PassageLink {
    PassageLink {
        shared: evidence::shared_terms(map, scorer, &[link.en], &[link.id]),
        ..link
    }
}

/// The alignment a bilingual file already gives: English segment k with Indonesian segment
/// k, each pair explained and scored as the parallel aligner would.
pub fn paired(map: &KeywordMap, settings: &Settings) -> Aligned {
    let scorer = PairScorer::new(map, &settings.scoring);
    let n = map.en.segments.len().max(map.id.segments.len());
    let beads: Vec<Bead> = (0..n)
        .map(|k| {
            let side = |count: usize| if k < count { vec![k] } else { Vec::new() };
            let (en, id) = (side(map.en.segments.len()), side(map.id.segments.len()));
            let score = if en.is_empty() || id.is_empty() {
                0.0
            } else {
                parallel::confidence(&scorer, &settings.parallel, &en, &id)
            };
            Bead::new(en, id, score)
        })
        .collect();
    Aligned {
        links: links(&beads, Vec::new(), settings.auto.confident_score),
        beads: beads
            .into_iter()
            .map(|b| evidence::explain(map, &scorer, b))
            .collect(),
        mode: Mode::Parallel,
        mode_reason: "paired by the file".to_string(),
    }
}

/// The links of an alignment: every English–Indonesian pair of a two-sided bead (strong
/// where the bead is confident), and the related passages besides; a pair found both ways
/// keeps the stronger level and the higher score.
fn links(beads: &[Bead], related: Vec<PassageLink>, confident: f64) -> Vec<PassageLink> {
    let mut out = related;
    for b in beads.iter().filter(|b| b.is_pair()) {
        let strength = if b.score >= confident {
            Strength::Strong
        } else {
            Strength::Related
        };
        for &en in &b.en {
            for &id in &b.id {
                out.push(PassageLink {
                    en,
                    id,
                    score: (b.score * 1000.0).round() / 1000.0,
                    strength,
                    shared: Vec::new(),
                    beside: None,
                });
            }
        }
    }
    out.sort_by(|a, b| {
        (a.en, a.id, a.strength)
            .cmp(&(b.en, b.id, b.strength))
            .then(b.score.total_cmp(&a.score))
    });
    out.dedup_by(|later, kept| (later.en, later.id) == (kept.en, kept.id));
    out
}

/// Aligns in order first; a translation's ordered alignment links most passages
/// confidently and by content, a comparable pair's cannot, and then the order is given up.
fn auto(scorer: &PairScorer, settings: &Settings) -> (Vec<Bead>, Mode, String) {
    let AutoSettings {
        confident_score,
        min_content_share,
        min_ordered_coverage,
    } = settings.auto;
    let segments = scorer.text_segments();
    let beads = parallel::align(scorer, &settings.parallel);
    let linked: usize = beads
        .iter()
        .filter(|b| b.is_pair() && b.score >= confident_score)
        .filter(|b| scorer.lexical(&b.en, &b.id) >= min_content_share)
        .map(|b| b.en.len() + b.id.len())
        .sum();
    let coverage = linked as f64 / segments.max(1) as f64;
    let facts = format!(
        "in document order, confident pairs hold {:.0}% of the {segments} segments with text",
        coverage * 100.0
    );
    if coverage >= min_ordered_coverage {
        (
            beads,
            Mode::Parallel,
            format!("auto: {facts}, like a translation"),
        )
    } else {
        (
            comparable::align(scorer, &settings.comparable),
            Mode::Comparable,
            format!("auto: {facts}, so the order is not followed"),
        )
    }
}
