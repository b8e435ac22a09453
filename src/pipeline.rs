//! The stages in order, run by [`Aligner`]: read ([`crate::ingest`]) → identify
//! ([`crate::lang`]) → segment ([`crate::segment`]) → analyze ([`crate::analyze`]) → map
//! ([`crate::keymap`]) → align ([`crate::align`]) → realign (learn word pairs from the
//! first alignment, then align again). Each stage is a plain function of the previous one's
//! output; this module only strings them together.

use crate::align::{self, Aligned};
use crate::error::Result;
use crate::ingest::Source;
use crate::keymap::{self, learn::LearnedPair};
use crate::model::{
    AlignedBead, Alignment, AnalyzedDoc, Document, Language, Mode, Prepared, TermOccurrence, Unit,
};
use crate::resources::Resources;
use crate::settings::Settings;
use crate::{lang, segment};
use std::sync::Arc;

/// What the pipeline is asked to do, and with what.
#[derive(Debug, Clone)]
pub struct Config {
    /// Parallel, comparable, or decided from the documents.
    pub mode: Mode,
    /// What is aligned; `None` means lines for pre-split input, paragraphs otherwise.
    pub unit: Option<Unit>,
    /// The input is one segment per line, and indices are line numbers.
    pub presplit: bool,
    /// Align a Malay document as if it were Indonesian instead of refusing it.
    pub allow_malay: bool,
    /// Align twice: learn word pairs from the first alignment's confident pairs and align
    /// again with them (as hunalign's -realign).
    pub realign: bool,
    /// The tuned numbers of every stage.
    pub settings: Settings,
    /// The stemmers and lexicon, shared by every document of a run.
    pub resources: Arc<Resources>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            mode: Mode::Auto,
            unit: None,
            presplit: false,
            allow_malay: false,
            realign: false,
            settings: Settings::default(),
            resources: Resources::shipped(),
        }
    }
}

impl Config {
    /// A builder, starting from the defaults.
    ///
    /// ```
    /// use selaras::{Config, Mode};
    /// let config = Config::builder().mode(Mode::Parallel).presplit(true).build();
    /// assert_eq!(config.unit(), selaras::Unit::Line);
    /// ```
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder(Config::default())
    }

    /// What is aligned: the unit asked for, or lines for pre-split input and paragraphs
    /// otherwise.
    pub fn unit(&self) -> Unit {
        self.unit.unwrap_or(if self.presplit {
            Unit::Line
        } else {
            Unit::Paragraph
        })
    }
}

/// Builds a [`Config`] one setting at a time.
#[derive(Debug, Clone)]
pub struct ConfigBuilder(Config);

impl ConfigBuilder {
    /// See [`Config::mode`].
    pub fn mode(mut self, mode: Mode) -> Self {
        self.0.mode = mode;
        self
    }

    /// See [`Config::unit`].
    pub fn unit(mut self, unit: Option<Unit>) -> Self {
        self.0.unit = unit;
        self
    }

    /// See [`Config::presplit`].
    pub fn presplit(mut self, presplit: bool) -> Self {
        self.0.presplit = presplit;
        self
    }

    /// See [`Config::allow_malay`].
    pub fn allow_malay(mut self, allow: bool) -> Self {
        self.0.allow_malay = allow;
        self
    }

    /// See [`Config::realign`].
    pub fn realign(mut self, realign: bool) -> Self {
        self.0.realign = realign;
        self
    }

    /// See [`Config::settings`].
    pub fn settings(mut self, settings: Settings) -> Self {
        self.0.settings = settings;
        self
    }

    /// See [`Config::resources`].
    pub fn resources(mut self, resources: Arc<Resources>) -> Self {
        self.0.resources = resources;
        self
    }

    /// The configuration.
    pub fn build(self) -> Config {
        self.0
    }
}

/// Where the pairs of `align --realign` come from, in the evidence of their links.
pub const REALIGN_SOURCE: &str = "this document pair's first alignment";

/// Runs the pipeline with one configuration; each stage can also be run on its own.
///
/// ```
/// use selaras::{Aligner, Config, ingest::Source};
/// let en = Source::from_text("en", "Russia invaded Crimea in 2014.\n\nNATO met in Brussels.").unwrap();
/// let id = Source::from_text("id", "Rusia menginvasi Krimea pada 2014.\n\nNATO bertemu di Brussel.").unwrap();
/// let alignment = Aligner::new(Config::default()).align(&en, &id).unwrap();
/// assert_eq!(alignment.pairs().count(), 2);
/// ```
#[derive(Debug, Clone)]
pub struct Aligner {
    config: Config,
}

impl Aligner {
    /// An aligner with this configuration.
    pub fn new(config: Config) -> Aligner {
        Aligner { config }
    }

    /// Its configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Identifies and segments one document.
    pub fn document(&self, source: &Source) -> Result<Document> {
        let identification = lang::identify_document(source, self.config.allow_malay)?;
        segment::document(source, identification, self.config.unit())
    }

    /// Segments a document whose language is known (a collection's, a bilingual file's):
    /// no identification.
    pub fn document_in(&self, source: &Source, language: Language, unit: Unit) -> Result<Document> {
        let identification = lang::Identification {
            language,
            confidence: 1.0,
            warning: None,
        };
        segment::document(source, identification, unit)
    }

    /// Analyzes one document's segments.
    pub fn analyze(&self, document: &Document) -> AnalyzedDoc {
        self.config
            .resources
            .analyzer(document.language)
            .analyze(&document.segments)
    }

    /// Identifies, segments and analyzes both documents (in either order) and maps their
    /// terms: everything the align stage starts from.
    pub fn prepare(&self, first: &Source, second: &Source) -> Result<Prepared> {
        let (a, b) = rayon::join(|| self.document(first), || self.document(second));
        let (english, indonesian) = lang::english_first(a?, b?, &self.config.settings.documents)?;
        Ok(self.map(english, indonesian, self.config.unit()))
    }

    /// Analyzes two segmented documents and maps their terms.
    fn map(&self, english: Document, indonesian: Document, unit: Unit) -> Prepared {
        let (en, id) = rayon::join(|| self.analyze(&english), || self.analyze(&indonesian));
        let map = keymap::build(
            &en,
            &id,
            self.config.resources.lexicon(),
            &self.config.settings.keymap,
        );
        Prepared {
            english,
            indonesian,
            unit,
            map,
        }
    }

    /// Aligns two segmented documents, one English and one Indonesian.
    pub fn align_documents(&self, english: Document, indonesian: Document) -> Alignment {
        self.align_prepared(self.map(english, indonesian, self.config.unit()))
    }

    /// Aligns a prepared pair in the configured mode.
    pub fn align_prepared(&self, prepared: Prepared) -> Alignment {
        let aligned = align::align(&prepared.map, self.config.mode, &self.config.settings);
        alignment(prepared, aligned)
    }

    /// Aligns a source and its translation for QA: the source's language is identified, and
    /// the translation is taken for the other language whatever it reads as (a translation
    /// left mostly untranslated is what QA must report, not refuse).
    pub fn align_translation(&self, source: &Source, translation: &Source) -> Result<Alignment> {
        let source_doc = self.document(source)?;
        let identification = lang::Identification {
            language: source_doc.language.other(),
            confidence: lang::detect(translation).map_or(0.0, |d| d.confidence),
            warning: None,
        };
        let translation_doc = segment::document(translation, identification, self.config.unit())?;
        let (english, indonesian) = match source_doc.language {
            Language::English => (source_doc, translation_doc),
            Language::Indonesian => (translation_doc, source_doc),
        };
        Ok(self.align_prepared(self.map(english, indonesian, self.config.unit())))
    }

    /// Pairs the units of a bilingual file (one unit per line of each source, line k with
    /// line k), in the languages the file declares: no detection, no alignment search.
    pub fn pair_units(&self, english: &Source, indonesian: &Source) -> Result<Alignment> {
        let prepared = self.map(
            self.document_in(english, Language::English, Unit::Line)?,
            self.document_in(indonesian, Language::Indonesian, Unit::Line)?,
            Unit::Line,
        );
        let aligned = align::paired(&prepared.map, &self.config.settings);
        Ok(alignment(prepared, aligned))
    }

    /// Aligns two documents, one English and one Indonesian, given in either order.
    pub fn align(&self, first: &Source, second: &Source) -> Result<Alignment> {
        let once = |aligner: &Aligner| Ok(aligner.align_prepared(aligner.prepare(first, second)?));
        if !self.config.realign {
            return once(self);
        }
        let (second_pass, learned) = self.second_pass(first, second)?;
        let mut realigned = once(&second_pass)?;
        realigned.mode_reason +=
            &format!("; realigned with {learned} word pairs learned from a first alignment");
        Ok(realigned)
    }

    /// The realign stage: an aligner whose lexicon adds the word pairs learned from this
    /// aligner's alignment of the two documents, and how many pairs that is.
    pub fn second_pass(&self, first: &Source, second: &Source) -> Result<(Aligner, usize)> {
        let first_pass = self.align_prepared(self.prepare(first, second)?);
        let learned = learn_new_pairs(&first_pass, &self.config);
        let resources = self.config.resources.with_learned(
            learned
                .iter()
                .map(|p| (p.en.as_str(), p.id.as_str(), p.strength as f32)),
            REALIGN_SOURCE,
        );
        let config = Config {
            resources: Arc::new(resources),
            realign: false,
            ..self.config.clone()
        };
        Ok((Aligner::new(config), learned.len()))
    }
}

/// Word pairs that keep occurring together in the confident pairs of an alignment, among
/// the words the lexicon does not know.
fn learn_new_pairs(alignment: &Alignment, config: &Config) -> Vec<LearnedPair> {
    let learning = &config.settings.learning;
    let resources = &config.resources;
    let learned = keymap::learn::learn(
        &alignment.texts_scoring(learning.min_pair_score),
        learning,
        resources.indonesian_stemmer(),
    );
    // Within one document a word co-occurs with everything in its repeated sentences, so
    // a second sense learned there for a word the lexicon knows is mostly noise.
    let mut en = resources.analyzer(Language::English);
    let mut id = resources.analyzer(Language::Indonesian);
    let lexicon = resources.lexicon();
    learned
        .into_iter()
        .filter(|p| {
            !lexicon.knows_english(&en.keys(&p.en)) && !lexicon.knows_indonesian(&id.keys(&p.id))
        })
        .collect()
}

/// A bead's shared terms as its own passages write them: the map names a term by the first
/// form its document used ("berkekuatan" for the stem kuat), which need not be in this pair.
fn written_forms(bead: &mut AlignedBead, prepared: &Prepared) {
    let (map, evidence) = (&prepared.map, &bead.evidence);
    let text = |doc: &Document, at: &TermOccurrence| {
        doc.segments[at.segment].text[at.span.range()].to_lowercase()
    };
    for shared in &mut bead.shared {
        let found = evidence.en.matched.iter().find_map(|m| {
            let en_form = &map.en.terms[m.at.term as usize].form;
            let id_form = &map.id.terms[m.counterpart as usize].form;
            if (en_form, id_form) != (&shared.en, &shared.id) {
                return None;
            }
            let id_at = evidence
                .id
                .matched
                .iter()
                .find(|i| i.at.term == m.counterpart)?;
            Some((
                text(&prepared.english, &m.at),
                text(&prepared.indonesian, &id_at.at),
            ))
        });
        if let Some((en, id)) = found {
            (shared.en, shared.id) = (en, id);
        }
    }
}

/// The result of the align stage on a prepared pair.
fn alignment(prepared: Prepared, mut aligned: Aligned) -> Alignment {
    for bead in &mut aligned.beads {
        written_forms(bead, &prepared);
    }
    Alignment {
        english: prepared.english,
        indonesian: prepared.indonesian,
        unit: prepared.unit,
        mode: aligned.mode,
        mode_reason: aligned.mode_reason,
        beads: aligned.beads,
        links: aligned.links,
        map: prepared.map,
    }
}
