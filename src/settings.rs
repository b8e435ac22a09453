//! Every tuned number of the keyword map and the aligners, named and grouped by the stage
//! that reads it. One configuration serves every kind of document; the defaults were chosen
//! on translated help pages (LibreOffice, GNOME) and news, and each says what it trades.
//!
//! Settings load from JSON (`selaras align --params FILE`); a file names only what it
//! changes, and an unknown name is an error. `selaras align --print-params` prints them all.
//!
//! ```
//! let settings = selaras::Settings::from_json(r#"{"parallel": {"miss_cost": 0.3}}"#, "mine.json").unwrap();
//! assert_eq!(settings.parallel.miss_cost, 0.3);
//! assert_eq!(settings.parallel.link_bias, selaras::Settings::default().parallel.link_bias);
//! ```

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};

/// All settings, by stage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Which terms the keyword map links.
    pub keymap: KeymapSettings,
    /// How passage pairs are scored.
    pub scoring: ScoringSettings,
    /// The ordered aligner (translations).
    pub parallel: ParallelSettings,
    /// The choice between ordered and order-free alignment.
    pub auto: AutoSettings,
    /// The order-free aligner (comparable or reordered text).
    pub comparable: ComparableSettings,
    /// Links between passages of separately written articles that report the same facts.
    pub links: LinkSettings,
    /// Learning word pairs from aligned text (`--realign`, `lexicon learn`).
    pub learning: LearningSettings,
    /// Taking a partly translated document for the other language.
    pub documents: DocumentSettings,
    /// Pairing the documents of two collections (`selaras docs`).
    pub docalign: DocAlignSettings,
}

impl Settings {
    /// Settings from JSON text: the defaults, with what the text names changed. `name` (a
    /// file name) is what an error message names.
    pub fn from_json(text: &str, name: &str) -> Result<Settings> {
        serde_json::from_str(text).map_err(|e| Error::BadData {
            path: name.into(),
            line: e.line(),
            message: e.to_string(),
        })
    }

    /// All settings as pretty-printed JSON, a file `from_json` reads back.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("settings serialize")
    }
}

/// Which terms the keyword map links, and how far it trusts a guess from spelling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KeymapSettings {
    /// Identical words link from this many characters: shorter ones collide by chance
    /// across the two languages ("di", "per", "data" is fine).
    pub same_word_min_chars: usize,
    /// Identical names link from this many characters (a name is rarer than a word).
    pub same_name_min_chars: usize,
    /// Words shorter than this (as written, and once respelled) are never linked by
    /// spelling: short words look alike by chance.
    pub spelling_min_chars: usize,
    /// The similarity a spelling guess needs, by the length of the shorter word: the
    /// shorter, the closer (fewer false cognates, more missed ones).
    pub spelling_threshold: LengthThresholds,
    /// How much less a name needs (names are respelled more freely: Ukraine, Ukraina).
    pub name_threshold_discount: f64,
    /// What a name's Jaro–Winkler similarity (which rewards a shared beginning) loses before
    /// it competes with the edit-distance similarity.
    pub name_prefix_discount: f64,
    /// A term in more than this share of its document's segments is common: a wrong guess
    /// about it would link passages all over the document.
    pub common_term_share: f64,
    /// Documents shorter than this many segments count as this long when telling a common
    /// term (in a three-line document every shared word would be common).
    pub common_term_min_segments: usize,
    /// How much closer a common word's spelling must come before it is linked by a guess.
    pub common_term_margin: f64,
    /// Up to this many senses in its source, a dictionary word's links count fully; beyond,
    /// by 1/sqrt(senses / this), so that a word with thirty translations does not link
    /// everything.
    pub senses_at_full_weight: f32,
}

impl Default for KeymapSettings {
    fn default() -> Self {
        KeymapSettings {
            same_word_min_chars: 4,
            same_name_min_chars: 3,
            spelling_min_chars: 4,
            spelling_threshold: LengthThresholds {
                up_to_4: 0.99,
                up_to_6: 0.86,
                up_to_9: 0.8,
                longer: 0.76,
            },
            name_threshold_discount: 0.04,
            name_prefix_discount: 0.08,
            common_term_share: 0.25,
            common_term_min_segments: 4,
            common_term_margin: 0.05,
            senses_at_full_weight: 8.0,
        }
    }
}

/// A threshold for words of up to 4, 5–6, 7–9 and more characters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LengthThresholds {
    /// Up to four characters.
    pub up_to_4: f64,
    /// Five or six.
    pub up_to_6: f64,
    /// Seven to nine.
    pub up_to_9: f64,
    /// Ten or more.
    pub longer: f64,
}

impl LengthThresholds {
    /// The threshold for words of `len` characters.
    pub fn at(&self, len: usize) -> f64 {
        match len {
            0..=4 => self.up_to_4,
            5..=6 => self.up_to_6,
            7..=9 => self.up_to_9,
            _ => self.longer,
        }
    }

    /// The lowest threshold of any length.
    pub fn lowest(&self) -> f64 {
        self.up_to_4
            .min(self.up_to_6)
            .min(self.up_to_9)
            .min(self.longer)
    }
}

/// How a pair of passages is scored: which terms weigh more, and what length ratio is
/// expected.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScoringSettings {
    /// The weight of a word beside its rarity in the pair.
    pub word_weight: f32,
    /// The weight of a name or acronym: stronger evidence than a word.
    pub name_weight: f32,
    /// The weight of a number: the strongest evidence, rarely a coincidence.
    pub number_weight: f32,
    /// The least Indonesian/English length ratio a document pair is expected to have (its
    /// own ratio is clamped to this range, so that a pair of very unequal documents does
    /// not make every passage look the right length).
    pub min_length_ratio: f64,
    /// The greatest expected length ratio.
    pub max_length_ratio: f64,
    /// Variance of the length difference per character (Gale and Church 1993 measured 6.8
    /// for European pairs; English–Indonesian help and news text come out close to it):
    /// lower trusts lengths more.
    pub length_variance: f64,
    /// In the containment of a pair, the share that the smaller passage's coverage counts:
    /// a sentence that a paragraph fully accounts for is a match though the paragraph says
    /// more.
    pub containment_smaller_share: f64,
}

impl Default for ScoringSettings {
    fn default() -> Self {
        ScoringSettings {
            word_weight: 1.0,
            name_weight: 1.4,
            number_weight: 1.6,
            min_length_ratio: 0.6,
            max_length_ratio: 1.8,
            length_variance: 6.8,
            containment_smaller_share: 0.7,
        }
    }
}

/// The ordered aligner: dynamic programming over beads, in log-odds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ParallelSettings {
    /// Log-odds of a two-sided bead before its evidence; the length evidence (a
    /// log-probability, never positive) and unmatched terms pull it down. Higher links
    /// more (fewer passages left unaligned, more wrong pairs).
    pub link_bias: f64,
    /// Log-odds per unit of weight of the terms the two sides share.
    pub match_gain: f64,
    /// Log-odds lost per unit of weight of the terms with no counterpart: higher leaves
    /// more omissions unaligned, and more loose translations too.
    pub miss_cost: f64,
    /// The share of a document pair's term weight that the keyword map links in a
    /// translation it knows the vocabulary of; below it, `miss_cost` falls ...
    pub well_linked: f64,
    /// ... with this power of the linked share's ratio to `well_linked` (with no lexicon
    /// for the domain, length alone must be able to pair a translation's sentences).
    pub fallback_power: f64,
    /// How much the length evidence (a log-probability) counts.
    pub length_gain: f64,
    /// Cost of the extra segment in a 2-1 or 1-2 bead: higher merges less.
    pub merge_penalty: f64,
    /// Half-width of the search band around the anchor chain: wider follows larger
    /// omissions between two anchors, at a cost linear in the width.
    pub band: usize,
    /// The band is at most about this many cells (its slack for the documents' length
    /// gaps shrinks to fit): time and memory stay linear in the length.
    pub max_band_cells: usize,
    /// How far from the diagonal an anchor may lie, as a share of the document length: in
    /// a document with repeated passages, far matches pair one copy with another.
    pub anchor_reach: f64,
    /// The least share of matched term weight of an anchor.
    pub anchor_min_share: f64,
    /// Candidates scored per English segment in the anchor search: at least this many ...
    pub anchor_candidates: usize,
    /// ... or this many times the square root of the Indonesian length, if more ...
    pub anchor_candidates_per_root: f64,
    /// ... but never more than this: past it the search would grow faster than the document.
    pub anchor_max_postings: usize,
}

impl Default for ParallelSettings {
    fn default() -> Self {
        ParallelSettings {
            link_bias: 4.0,
            match_gain: 1.0,
            miss_cost: 0.35,
            well_linked: 0.6,
            fallback_power: 3.0,
            length_gain: 1.0,
            merge_penalty: 3.0,
            band: 15,
            max_band_cells: 2_000_000,
            anchor_reach: 0.1,
            anchor_min_share: 0.3,
            anchor_candidates: 20,
            anchor_candidates_per_root: 2.0,
            anchor_max_postings: 256,
        }
    }
}

/// How `--mode auto` tells a translation from comparable text: it aligns in order first,
/// and a translation's ordered alignment links most passages confidently, by what they say.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AutoSettings {
    /// A bead score that counts as a confident pair.
    pub confident_score: f64,
    /// The share of a confident pair's term weight that the two passages must share to
    /// count for the order: in short shuffled text, order and lengths alone make unrelated
    /// neighbours look confident.
    pub min_content_share: f64,
    /// The share of all segments that confident ordered pairs must hold for the order to
    /// be kept: lower keeps more damaged translations in order, and more reordered
    /// articles too.
    pub min_ordered_coverage: f64,
}

impl Default for AutoSettings {
    fn default() -> Self {
        AutoSettings {
            confident_score: 0.5,
            min_content_share: 0.25,
            min_ordered_coverage: 0.65,
        }
    }
}

/// The order-free aligner: candidates, the pairs kept, how they group, and the repairs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ComparableSettings {
    /// The least share of its term weight that each passage of a translation-like pair
    /// must have matched: a pair where one side is largely unaccounted for is not a
    /// translation, however well the other side is covered.
    pub threshold: f64,
    /// How many times its competitors' level a pair must score (ratio margin): higher is
    /// more precise and finds less.
    pub margin_weight: f64,
    /// How many of a passage's best other candidates make its competitors' level.
    pub margin_candidates: usize,
    /// Keeps the margin ratio finite where a passage has no competitors at all.
    pub background_floor: f64,
    /// How much the matches of neighbouring passages count when pairs compete (they decide
    /// between repeated lines).
    pub neighbour_weight: f64,
    /// How many English passages away a neighbour's match may be (passages in between may
    /// have no counterpart).
    pub neighbour_gap: usize,
    /// Least share of matched term weight of a pair next to a linked pair, which needs no
    /// margin over its competitors (reordering moves blocks, not the lines inside them).
    pub run_threshold: f64,
    /// Least containment of a mutual-best pair where one passage holds the other (a
    /// sentence that a paragraph accounts for).
    pub containment_threshold: f64,
    /// Least term weight of the smaller passage of a contained pair: a one- or two-word
    /// title inside a long sentence is too little to go on.
    pub contained_weight: f64,
    /// How many times more term weight one passage must have than the other to hold it:
    /// between passages of like size the symmetric share decides.
    pub min_imbalance: f64,
    /// A passage joins another's group only with a link at least this share of the group's
    /// own: links that made one-to-many groups at 70% were right less than half the time,
    /// against 88% for one-to-one pairs.
    pub join_share: f64,
    /// How many Indonesian passages on each side of a pair make its company, when a
    /// repeated line's link moves to the copy whose neighbours are linked in step.
    pub company: usize,
    /// A term in more than one Indonesian segment in this many proposes no candidates (it
    /// still counts in the overlap of pairs found through rarer terms): through such terms
    /// every pair of a long document became a candidate.
    pub common_term_fraction: usize,
    /// ... unless it is in at most this many segments.
    pub common_term_min_postings: usize,
    /// And whatever the document's length, a term in more segments than this proposes
    /// none: in a long document a fixed share is a long list, and the candidates of every
    /// passage through it made time and memory grow with the square of the length.
    pub common_term_max_postings: usize,
    /// The candidates kept per English passage, the best by symmetric share: enough for
    /// the margin over the next best and for grouping, few enough to keep the work linear.
    pub candidates_per_passage: usize,
}

impl Default for ComparableSettings {
    fn default() -> Self {
        ComparableSettings {
            threshold: 0.38,
            margin_weight: 1.2,
            margin_candidates: 3,
            background_floor: 0.05,
            neighbour_weight: 0.5,
            neighbour_gap: 3,
            run_threshold: 0.5,
            containment_threshold: 0.35,
            contained_weight: 10.0,
            min_imbalance: 1.5,
            join_share: 0.85,
            company: 3,
            common_term_fraction: 8,
            common_term_min_postings: 64,
            common_term_max_postings: 256,
            candidates_per_passage: 48,
        }
    }
}

/// Links between passages of separately written articles: how specific the evidence they
/// share is, and how much of it makes a link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LinkSettings {
    /// The evidence that makes two passages related (the same sub-topic): their own shared
    /// evidence, and more beside a strong pair where one of the two has no link of its own
    /// (`neighbour_weight`). Lower links more passages, and more wrongly.
    pub related: f64,
    /// The shared evidence that makes two passages report the same fact.
    pub strong: f64,
    /// What a pair beside a strong pair adds to its evidence, as a share of `strong`, when
    /// one of its passages has no link of its own: articles tell a sub-topic in a run of
    /// paragraphs.
    pub neighbour_weight: f64,
    /// How much more a shared number, date or hour says than a shared word.
    pub number_weight: f64,
    /// What a shared name counts, as a share of a word as rare: a name places a passage in
    /// its story (the articles' protagonists recur) more than it tells its fact.
    pub name_weight: f64,
    /// What each further shared name counts, as a share of the one before.
    pub further_name: f64,
    /// A word this common in general language (Zipf frequency: "said" 6.0, "people" 6.2)
    /// says least ...
    pub common_zipf: f64,
    /// ... and one this rare or rarer ("barricade" 3.1) says most.
    pub rare_zipf: f64,
    /// How much rarer than its rarest word a phrase is, in Zipf points per further word.
    pub phrase_zipf_drop: f64,
    /// What the commonest words still count, as a share of the rarest.
    pub min_rarity: f64,
    /// What a shared small number (up to twelve) counts, as a share of a large one: counts
    /// of two or ten coincide by chance.
    pub small_number_rarity: f64,
    /// What a shared year counts, as a share of another number: articles on one event
    /// repeat its year.
    pub year_rarity: f64,
    /// What a shared number counts, as a share of itself, where the words around it on the
    /// two sides translate nothing of each other: it counts other things ("46 houses", "46
    /// warga").
    pub other_things_share: f64,
    /// A fact shared by more pairs of passages than this (its English segments times its
    /// Indonesian ones) proposes none: it only adds to pairs found through rarer facts.
    pub max_pairs_per_fact: usize,
    /// What two linked words side by side in one clause on both sides add, as a share of
    /// the lighter of the two: a phrase told in both is one statement.
    pub phrase_share: f64,
    /// How many terms apart two words of a phrase may stand (2: one word between them,
    /// "join the Western alliance").
    pub phrase_window: usize,
}

impl Default for LinkSettings {
    fn default() -> Self {
        LinkSettings {
            related: 1.05,
            strong: 1.4,
            neighbour_weight: 0.45,
            number_weight: 1.5,
            name_weight: 0.7,
            further_name: 0.5,
            common_zipf: 6.5,
            rare_zipf: 3.5,
            phrase_zipf_drop: 1.0,
            min_rarity: 0.1,
            small_number_rarity: 0.3,
            year_rarity: 0.5,
            other_things_share: 0.5,
            max_pairs_per_fact: 1024,
            phrase_share: 0.5,
            phrase_window: 2,
        }
    }
}

/// Learning word pairs from aligned text: co-occurrence scored by log-likelihood, then
/// competitive linking.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LearningSettings {
    /// The least score of an aligned pair that word pairs are learned from.
    pub min_pair_score: f64,
    /// Least number of passage pairs in which two words must be linked.
    pub min_links: u32,
    /// Least strength of a learned pair: its links as a share of the rarer word's
    /// occurrences.
    pub min_strength: f64,
    /// Associations weaker than this log-likelihood ratio are chance (10.83 is p ≈ 0.001
    /// for one degree of freedom).
    pub min_llr: f64,
}

impl Default for LearningSettings {
    fn default() -> Self {
        LearningSettings {
            min_pair_score: 0.5,
            min_links: 2,
            min_strength: 0.3,
            min_llr: 10.83,
        }
    }
}

/// Two documents in one language where one has passages in the other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DocumentSettings {
    /// A document whose passages are at least this share in the other language is taken
    /// as a partly translated one (English left untranslated in an Indonesian file) rather
    /// than as a second document in the same language.
    pub min_translated_share: f64,
    /// Passages shorter than this many words do not count in that share.
    pub min_passage_words: usize,
}

impl Default for DocumentSettings {
    fn default() -> Self {
        DocumentSettings {
            min_translated_share: 0.2,
            min_passage_words: 3,
        }
    }
}

/// Pairing the documents of two collections: which candidates are looked at and what a pair
/// must reach.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DocAlignSettings {
    /// Candidates kept per document; their mean similarity is the background a pair must
    /// stand out from.
    pub candidates: usize,
    /// A term in more than this share of the Indonesian documents gets no posting list (it
    /// says little about which document is which, and indexing it would compare every pair)...
    pub max_posting_share: f64,
    /// ...unless it is in no more than this many documents.
    pub min_postings: usize,
    /// The best candidates of each document (by similarity over its documents' mean
    /// candidate similarity) that are aligned to verify them.
    pub verify: usize,
    /// A pair's share of characters in confident sentence pairs must reach this...
    pub min_score: f64,
    /// ...and its profiles' similarity this.
    pub min_similarity: f64,
    /// A sentence pair counts as confident from this score.
    pub min_bead_score: f64,
    /// The usual log ratio of an Indonesian translation's length in characters to its
    /// English source's...
    pub length_log_ratio: f64,
    /// ...and how far from it a pair's may be: its similarity is multiplied by a Gaussian
    /// of the distance in these units (0 leaves length out, for comparable collections).
    pub length_spread: f64,
}

impl Default for DocAlignSettings {
    fn default() -> Self {
        DocAlignSettings {
            candidates: 8,
            max_posting_share: 0.1,
            min_postings: 50,
            verify: 3,
            min_score: 0.5,
            min_similarity: 0.05,
            min_bead_score: 0.5,
            length_log_ratio: 0.05,
            length_spread: 0.25,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_changes_only_what_it_names_and_round_trips() {
        let s = Settings::from_json(r#"{"comparable": {"threshold": 0.4}}"#, "p.json").unwrap();
        assert_eq!(s.comparable.threshold, 0.4);
        assert_eq!(s.comparable.margin_weight, 1.2);
        assert_eq!(Settings::from_json(&s.to_json(), "p.json").unwrap(), s);
    }

    #[test]
    fn an_unknown_name_is_an_error_naming_the_file_and_line() {
        let e = Settings::from_json("{\n \"parallel\": {\"miss_cots\": 1}}", "p.json").unwrap_err();
        let message = e.to_string();
        assert!(
            message.starts_with("p.json:2: unknown field `miss_cots`"),
            "{message}"
        );
    }
}
