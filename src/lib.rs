//! selaras lines up related passages between an English and an Indonesian document, says why
//! (the names, numbers and keywords they share) and what each side has that the other lacks.
//!
//! The pipeline runs one way: [`ingest`] → [`lang`] → [`segment`] → [`analyze`] → [`keymap`] →
//! [`align`] → [`report`]. [`Aligner`] runs it end to end:
//!
//! ```
//! use selaras::{Aligner, Config, ingest::Source};
//! let en = Source::from_text("en", "Russia invaded Crimea in 2014.\n\nNATO met in Brussels.").unwrap();
//! let id = Source::from_text("id", "Rusia menginvasi Krimea pada 2014.\n\nNATO bertemu di Brussel.").unwrap();
//! let alignment = Aligner::new(Config::default()).align(&en, &id).unwrap();
//! assert_eq!(alignment.pairs().count(), 2);
//! ```

pub mod align;
pub mod analyze;
pub mod error;
pub mod ingest;
pub mod keymap;
pub mod lang;
pub mod report;
pub mod segment;

use align::score::PairScorer;
use align::{Mode, Params};
use analyze::stem::indonesian::IndonesianStemmer;
use analyze::{Analyzer, Size};
pub use error::{Error, Result};
use ingest::Source;
use keymap::{KeywordMap, Lexicon, LinkKind};
use lang::{Identified, Language};
use segment::{Segment, Unit};
use serde::Serialize;
use std::sync::Arc;

/// What the pipeline is asked to do.
#[derive(Debug, Clone)]
pub struct Config {
    pub mode: Mode,
    /// What is aligned; `None` means lines for pre-split input, paragraphs otherwise.
    pub unit: Option<Unit>,
    /// The input is one segment per line, and indices are line numbers.
    pub presplit: bool,
    pub params: Params,
    pub lexicon: Lexicon,
    /// The Indonesian stemmer (the shipped root list unless a user gives another); the
    /// lexicon must have been compiled with the same one.
    pub indonesian_stemmer: Arc<IndonesianStemmer>,
    /// Align a Malay document as if it were Indonesian instead of refusing it.
    pub allow_malay: bool,
    /// Align twice: learn word pairs from the first alignment's confident pairs and align
    /// again with them (as hunalign's -realign).
    pub realign: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            mode: Mode::Auto,
            unit: None,
            presplit: false,
            params: Params::default(),
            lexicon: Lexicon::shipped(),
            indonesian_stemmer: IndonesianStemmer::shipped(),
            allow_malay: false,
            realign: false,
        }
    }
}

impl Config {
    fn unit(&self) -> Unit {
        self.unit.unwrap_or(if self.presplit {
            Unit::Line
        } else {
            Unit::Paragraph
        })
    }
}

/// One input document after language identification and segmentation.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    pub name: String,
    pub language: Language,
    pub confidence: f64,
    pub segments: Vec<Segment>,
    /// Something the user should know about how the document was read (a Malay document
    /// aligned as Indonesian).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}

/// Both documents analyzed and their keyword map: everything alignment starts from.
pub struct Prepared {
    pub english: Document,
    pub indonesian: Document,
    pub unit: Unit,
    pub map: KeywordMap,
    en_sizes: Vec<Size>,
    id_sizes: Vec<Size>,
}

impl Prepared {
    /// A scorer over this pair's passages.
    pub fn scorer(&self) -> PairScorer<'_> {
        PairScorer::new(&self.map, &self.en_sizes, &self.id_sizes)
    }
}

/// A term pair that links the two sides of a bead: the reason for it.
#[derive(Debug, Clone, Serialize)]
pub struct SharedTerm {
    pub en: String,
    pub id: String,
    pub kind: LinkKind,
}

/// A bead of the final alignment, with its evidence.
#[derive(Debug, Clone, Serialize)]
pub struct AlignedBead {
    pub en: Vec<usize>,
    pub id: Vec<usize>,
    pub score: f64,
    pub shared: Vec<SharedTerm>,
}

/// The result: both documents, the mode used and why, and the beads in English order
/// (then the Indonesian passages that matched nothing).
#[derive(Debug, Clone, Serialize)]
pub struct Alignment {
    pub english: Document,
    pub indonesian: Document,
    pub unit: Unit,
    pub mode: Mode,
    pub mode_reason: String,
    pub beads: Vec<AlignedBead>,
}

impl Alignment {
    /// The beads that pair passages of both sides.
    pub fn pairs(&self) -> impl Iterator<Item = &AlignedBead> {
        self.beads
            .iter()
            .filter(|b| !b.en.is_empty() && !b.id.is_empty())
    }

    /// The English and Indonesian texts of the pairs confident enough to learn word pairs
    /// from ([`LEARN_MIN_SCORE`]).
    pub fn confident_texts(&self) -> Vec<(String, String)> {
        let join = |doc: &Document, indices: &[usize]| {
            indices
                .iter()
                .map(|&i| doc.segments[i].text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        self.pairs()
            .filter(|b| b.score >= LEARN_MIN_SCORE)
            .map(|b| (join(&self.english, &b.en), join(&self.indonesian, &b.id)))
            .collect()
    }
}

/// Runs the pipeline with one configuration.
pub struct Aligner {
    config: Config,
}

impl Aligner {
    pub fn new(config: Config) -> Aligner {
        Aligner { config }
    }

    /// Identifies, segments and analyzes both documents (in either order) and maps their terms.
    pub fn prepare(&self, first: &Source, second: &Source) -> Result<Prepared> {
        let (a, b) = rayon::join(|| self.document(first), || self.document(second));
        let (mut a, mut b) = (a?, b?);
        if a.language == b.language {
            let (share_a, share_b) = (other_language_share(&a), other_language_share(&b));
            let mixed = if share_a >= share_b { &mut a } else { &mut b };
            let share = share_a.max(share_b);
            if share < MIN_TRANSLATED_SHARE {
                return Err(Error::SameLanguage {
                    first: a.name,
                    second: b.name,
                    language: a.language.to_string(),
                });
            }
            mixed.language = mixed.language.other();
            mixed.confidence = (share * 100.0).round() / 100.0;
        }
        let (english, indonesian) = if a.language == Language::English {
            (a, b)
        } else {
            (b, a)
        };
        let analyze = |doc: &Document| {
            Analyzer::with_roots(doc.language, self.config.indonesian_stemmer.clone())
                .analyze(&doc.segments)
        };
        let (en, id) = rayon::join(|| analyze(&english), || analyze(&indonesian));
        let map = KeywordMap::build(&en, &id, &self.config.lexicon);
        Ok(Prepared {
            english,
            indonesian,
            unit: self.config.unit(),
            map,
            en_sizes: en.sizes,
            id_sizes: id.sizes,
        })
    }

    /// Aligns two documents, one English and one Indonesian, given in either order.
    pub fn align(&self, first: &Source, second: &Source) -> Result<Alignment> {
        if !self.config.realign {
            return self.align_once(first, second);
        }
        let (second_pass, learned) = self.second_pass(first, second)?;
        let mut realigned = second_pass.align_once(first, second)?;
        realigned.mode_reason +=
            &format!("; realigned with {learned} word pairs learned from a first alignment");
        Ok(realigned)
    }

    /// For `--realign`: an aligner whose lexicon adds the word pairs learned from this
    /// aligner's alignment of the two documents, and how many pairs that is.
    pub fn second_pass(&self, first: &Source, second: &Source) -> Result<(Aligner, usize)> {
        let learned = learn_from(
            &self.align_once(first, second)?,
            &self.config.lexicon,
            &self.config.indonesian_stemmer,
        );
        let mut lexicon = self.config.lexicon.clone();
        lexicon.add_learned(
            learned
                .iter()
                .map(|p| (p.en.as_str(), p.id.as_str(), p.strength as f32)),
            keymap::lexicon::REALIGN_SOURCE,
            &self.config.indonesian_stemmer,
        );
        let config = Config {
            lexicon,
            realign: false,
            ..self.config.clone()
        };
        Ok((Aligner::new(config), learned.len()))
    }

    fn align_once(&self, first: &Source, second: &Source) -> Result<Alignment> {
        let prepared = self.prepare(first, second)?;
        let scorer = prepared.scorer();
        let (beads, mode, mode_reason) = align::run(&scorer, self.config.mode, &self.config.params);
        let beads = beads
            .into_iter()
            .map(|b| AlignedBead {
                shared: shared_terms(&prepared, &scorer, &b),
                en: b.en,
                id: b.id,
                score: (b.score * 1000.0).round() / 1000.0,
            })
            .collect();
        Ok(Alignment {
            english: prepared.english,
            indonesian: prepared.indonesian,
            unit: prepared.unit,
            mode,
            mode_reason,
            beads,
        })
    }

    fn document(&self, source: &Source) -> Result<Document> {
        let unsupported = |found: String| Error::UnsupportedLanguage {
            name: source.name.clone(),
            found,
        };
        let detection = lang::detect(&source.text).map_err(unsupported)?;
        let mut warning = None;
        let language = match detection.language {
            Identified::English => Language::English,
            Identified::Indonesian => Language::Indonesian,
            Identified::Malay if self.config.allow_malay => {
                warning = Some(format!(
                    "{}: reads as Malay; aligned as Indonesian (--allow-malay)",
                    source.name
                ));
                Language::Indonesian
            }
            Identified::Malay => return Err(Error::Malay(source.name.clone())),
            Identified::Undetermined => return Err(unsupported("nothing to tell".to_string())),
        };
        let segments = segment::segment(&source.text, language, self.config.unit());
        if segments.iter().all(|s| s.text.is_empty()) {
            return Err(Error::Empty(source.name.clone()));
        }
        Ok(Document {
            name: source.name.clone(),
            language,
            confidence: detection.confidence,
            segments,
            warning,
        })
    }
}

/// The links between a bead's two sides, once per pair of written forms (a name and an
/// acronym of the same word are two terms but one reason).
fn shared_terms(prepared: &Prepared, scorer: &PairScorer, bead: &align::Bead) -> Vec<SharedTerm> {
    let mut seen = std::collections::HashSet::new();
    scorer
        .shared(&bead.en, &bead.id)
        .into_iter()
        .map(|l| SharedTerm {
            en: prepared.map.en.terms[l.en as usize].form.clone(),
            id: prepared.map.id.terms[l.id as usize].form.clone(),
            kind: l.kind,
        })
        .filter(|t| seen.insert((t.en.clone(), t.id.clone())))
        .collect()
}

/// Word pairs that keep occurring together in the confident pairs of an alignment, among
/// the words the lexicon does not know.
fn learn_from(
    alignment: &Alignment,
    lexicon: &Lexicon,
    stemmer: &Arc<IndonesianStemmer>,
) -> Vec<keymap::learn::LearnedPair> {
    let learned = keymap::learn::learn(
        &alignment.confident_texts(),
        keymap::learn::LearnOptions::default(),
        stemmer,
    );
    // Within one document a word co-occurs with everything in its repeated sentences, so
    // a second sense learned there for a word the lexicon knows is mostly noise.
    let mut en = Analyzer::with_roots(Language::English, stemmer.clone());
    let mut id = Analyzer::with_roots(Language::Indonesian, stemmer.clone());
    learned
        .into_iter()
        .filter(|p| {
            !lexicon.knows_english(&en.keys(&p.en)) && !lexicon.knows_indonesian(&id.keys(&p.id))
        })
        .collect()
}

/// The least score of a pair that word pairs are learned from (`--realign`, `lexicon
/// learn --pairs`).
pub const LEARN_MIN_SCORE: f64 = 0.5;

/// A document whose passages are at least this share in the other language is taken as a
/// partly translated one (English left untranslated in an Indonesian file) rather than as a
/// second document in the same language.
const MIN_TRANSLATED_SHARE: f64 = 0.2;

/// The share of a document's passages (of three words or more) that read as the other
/// language.
fn other_language_share(doc: &Document) -> f64 {
    let other = doc.language.other();
    let passages: Vec<&str> = doc
        .segments
        .iter()
        .map(|s| s.text.as_str())
        .filter(|text| text.split_whitespace().count() >= 3)
        .collect();
    let identified = lang::identify_segments(passages.iter().copied());
    let in_other = identified
        .segments
        .iter()
        .filter(|d| d.language.language() == Some(other))
        .count();
    in_other as f64 / passages.len().max(1) as f64
}
