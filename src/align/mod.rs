//! The alignment stage: parallel (monotonic) or comparable (order-free), or chosen from the
//! documents themselves.

pub mod comparable;
pub mod parallel;
pub mod score;

use rayon::prelude::*;
use score::PairScorer;
use serde::Serialize;

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

/// The tunable constants of alignment; one configuration serves every kind of document.
#[derive(Debug, Clone)]
pub struct Params {
    /// Log-odds of a two-sided bead before its evidence; the length evidence (a
    /// log-probability, never positive) and unmatched terms pull it down.
    pub link_bias: f64,
    /// Log-odds per unit of weight of the terms the two sides share.
    pub match_gain: f64,
    /// Log-odds lost per unit of weight of the terms with no counterpart.
    pub miss_cost: f64,
    /// How much the length evidence (a log-probability) counts.
    pub length_gain: f64,
    /// Cost of the extra segment in a 2-1 or 1-2 bead.
    pub merge_penalty: f64,
    /// Half-width of the search band around the anchor chain (long documents).
    pub band: usize,
    /// The least share of its term weight that each passage of a translation-like
    /// comparable pair must have matched: a pair where one side is largely unaccounted
    /// for is not a translation, however well the other side is covered.
    pub comparable_threshold: f64,
    /// How many times its competitors' level a comparable pair must score (ratio margin).
    pub margin_weight: f64,
    /// How much the matches of neighbouring passages count when comparable pairs compete
    /// (they decide between repeated lines).
    pub neighbour_weight: f64,
    /// Least share of matched term weight of a comparable pair next to a linked pair, which
    /// needs no margin over its competitors.
    pub run_threshold: f64,
    /// Least containment of a mutual-best comparable pair (a sentence that a paragraph
    /// accounts for).
    pub containment_threshold: f64,
    /// Least term weight of the smaller passage of a contained pair: a one- or two-word
    /// title inside a long sentence is too little to go on.
    pub contained_weight: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            link_bias: 4.0,
            match_gain: 1.0,
            miss_cost: 0.35,
            length_gain: 1.0,
            merge_penalty: 3.0,
            band: 30,
            comparable_threshold: 0.38,
            margin_weight: 1.2,
            neighbour_weight: 0.5,
            run_threshold: 0.5,
            containment_threshold: 0.35,
            contained_weight: 10.0,
        }
    }
}

/// English and Indonesian segment indices that go together (one side empty: unaligned).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bead {
    pub en: Vec<usize>,
    pub id: Vec<usize>,
    pub score: f64,
}

impl Bead {
    pub fn new(en: Vec<usize>, id: Vec<usize>, score: f64) -> Bead {
        Bead { en, id, score }
    }

    pub fn is_pair(&self) -> bool {
        !self.en.is_empty() && !self.id.is_empty()
    }
}

/// Aligns with the given mode; `Auto` decides first. Returns the mode used and why.
pub fn run(scorer: &PairScorer, mode: Mode, params: &Params) -> (Vec<Bead>, Mode, String) {
    match mode {
        Mode::Auto => auto(scorer, params),
        Mode::Comparable => (
            comparable::align(scorer, params),
            mode,
            "chosen by --mode".to_string(),
        ),
        Mode::Parallel => (
            parallel::align(scorer, params),
            mode,
            "chosen by --mode".to_string(),
        ),
    }
}

/// Aligns in order first; a translation's ordered alignment links most passages
/// confidently, a comparable pair's cannot, and then the order is given up.
fn auto(scorer: &PairScorer, params: &Params) -> (Vec<Bead>, Mode, String) {
    let (n, m) = (scorer.en_count(), scorer.id_count());
    let beads = parallel::align(scorer, params);
    let linked: usize = beads
        .iter()
        .filter(|b| b.is_pair() && b.score >= CONFIDENT)
        .map(|b| b.en.len() + b.id.len())
        .sum();
    let coverage = linked as f64 / (n + m).max(1) as f64;
    let facts = format!(
        "in document order, confident pairs hold {:.0}% of the {} segments",
        coverage * 100.0,
        n + m
    );
    if coverage >= MIN_ORDERED_COVERAGE {
        (
            beads,
            Mode::Parallel,
            format!("auto: {facts}, like a translation"),
        )
    } else {
        (
            comparable::align(scorer, params),
            Mode::Comparable,
            format!("auto: {facts}, so the order is not followed"),
        )
    }
}

/// A bead confidence that counts as a confident pair.
const CONFIDENT: f64 = 0.5;
/// Share of all segments that confident ordered pairs must hold for a translation.
const MIN_ORDERED_COVERAGE: f64 = 0.65;

/// Segment pairs that are each other's best candidate and score at least `min`.
pub fn mutual_best(scorer: &PairScorer, m: usize, min: f64) -> Vec<(usize, usize)> {
    let cap = ((m as f64).sqrt() * 2.0).max(20.0) as usize;
    let scored: Vec<Vec<(usize, f64)>> = scorer
        .candidates(cap)
        .par_iter()
        .enumerate()
        .map(|(i, js)| {
            js.iter()
                .map(|&j| (j, scorer.lexical(&[i], &[j])))
                .collect()
        })
        .collect();
    let mut id_best: Vec<Option<(usize, f64)>> = vec![None; m];
    for (i, row) in scored.iter().enumerate() {
        for &(j, s) in row {
            if id_best[j].is_none_or(|(_, b)| s > b) {
                id_best[j] = Some((i, s));
            }
        }
    }
    scored
        .iter()
        .enumerate()
        .filter_map(|(i, row)| {
            let &(j, s) = row.iter().max_by(|a, b| a.1.total_cmp(&b.1))?;
            (s >= min && id_best[j].is_some_and(|(bi, _)| bi == i)).then_some((i, j))
        })
        .collect()
}
