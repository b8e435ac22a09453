//! The analysis resources a process loads once: the stemmers and the lexicon compiled with
//! them. A [`Resources`] value is shared (`Arc`) by every thread and every document of a
//! run, and because the lexicon is only ever compiled inside it, with its own Indonesian
//! stemmer, the lexicon's keys always meet documents analyzed the same way.

use crate::analyze::stem::indonesian::IndonesianStemmer;
use crate::analyze::Analyzer;
use crate::error::{Error, Result};
use crate::ingest::Source;
use crate::keymap::Lexicon;
use crate::model::Language;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// Stemmers, stop words and the lexicon, ready for any number of documents.
#[derive(Debug, Clone)]
pub struct Resources {
    indonesian: Arc<IndonesianStemmer>,
    lexicon: Lexicon,
}

impl Resources {
    /// The shipped stemmers and lexicons, loaded once per process.
    pub fn shipped() -> Arc<Resources> {
        static SHIPPED: OnceLock<Arc<Resources>> = OnceLock::new();
        SHIPPED
            .get_or_init(|| {
                let indonesian = IndonesianStemmer::shipped();
                Arc::new(Resources {
                    lexicon: Lexicon::shipped(&indonesian),
                    indonesian,
                })
            })
            .clone()
    }

    /// A builder for resources other than the shipped ones.
    ///
    /// ```no_run
    /// let resources = selaras::Resources::builder()
    ///     .lexicon("my-domain.tsv")
    ///     .id_roots("my-roots.txt")
    ///     .build()?;
    /// # Ok::<(), selaras::Error>(())
    /// ```
    pub fn builder() -> ResourcesBuilder {
        ResourcesBuilder::default()
    }

    /// An analyzer of `language` with these resources' stemmer.
    pub fn analyzer(&self, language: Language) -> Analyzer {
        Analyzer::with_roots(language, self.indonesian.clone())
    }

    /// The lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The Indonesian stemmer.
    pub fn indonesian_stemmer(&self) -> &Arc<IndonesianStemmer> {
        &self.indonesian
    }

    /// The same resources with word pairs (`english`, `indonesian`, strength) added to the
    /// lexicon as learned from `source` (for `--realign`).
    pub fn with_learned<'a>(
        &self,
        pairs: impl IntoIterator<Item = (&'a str, &'a str, f32)>,
        source: &'static str,
    ) -> Resources {
        let mut lexicon = self.lexicon.clone();
        lexicon.add_learned(pairs, source, &self.indonesian);
        Resources {
            indonesian: self.indonesian.clone(),
            lexicon,
        }
    }
}

/// What resources to load: the Indonesian root list, and which lexicons.
#[derive(Debug, Clone)]
pub struct ResourcesBuilder {
    id_roots: Option<PathBuf>,
    shipped_lexicon: bool,
    lexicons: Vec<PathBuf>,
}

impl Default for ResourcesBuilder {
    fn default() -> Self {
        ResourcesBuilder {
            id_roots: None,
            shipped_lexicon: true,
            lexicons: Vec::new(),
        }
    }
}

impl ResourcesBuilder {
    /// Guide the Indonesian stemmer with this root list (one root per line, optionally a
    /// tab and its affix classes) instead of the shipped one.
    pub fn id_roots(mut self, path: impl Into<PathBuf>) -> Self {
        self.id_roots = Some(path.into());
        self
    }

    /// Include the shipped lexicons (the default) or not.
    pub fn shipped_lexicon(mut self, include: bool) -> Self {
        self.shipped_lexicon = include;
        self
    }

    /// Add a lexicon file: `english<TAB>indonesian[<TAB>strength]` per line.
    pub fn lexicon(mut self, path: impl Into<PathBuf>) -> Self {
        self.lexicons.push(path.into());
        self
    }

    /// Loads the resources; an error names the file and the problem.
    pub fn build(self) -> Result<Arc<Resources>> {
        if self.id_roots.is_none() && self.shipped_lexicon && self.lexicons.is_empty() {
            return Ok(Resources::shipped());
        }
        let indonesian = match &self.id_roots {
            Some(path) => Arc::new(root_list(path)?),
            None => IndonesianStemmer::shipped(),
        };
        let mut lexicon = if !self.shipped_lexicon {
            Lexicon::default()
        } else if self.id_roots.is_none() {
            Resources::shipped().lexicon.clone()
        } else {
            Lexicon::shipped(&indonesian)
        };
        for path in &self.lexicons {
            lexicon.add_file(path, &indonesian)?;
        }
        Ok(Arc::new(Resources {
            indonesian,
            lexicon,
        }))
    }
}

/// A stemmer guided by the root list in a file; a list without roots is an error.
fn root_list(path: &Path) -> Result<IndonesianStemmer> {
    let source = Source::read(&path.to_string_lossy())?;
    let stemmer = IndonesianStemmer::from_list(&source.text);
    if stemmer.root_count() == 0 {
        return Err(Error::Invalid {
            name: path.display().to_string(),
            message: "the root list has no words".to_string(),
        });
    }
    Ok(stemmer)
}
