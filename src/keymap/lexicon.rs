//! The bilingual lexicon: English–Indonesian word and phrase pairs, matched on stems.

use crate::analyze::stem::indonesian::IndonesianStemmer;
use crate::analyze::Analyzer;
use crate::error::{Error, Result};
use crate::lang::Language;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// One lexicon pair, as analysis keys of both sides (several keys make a phrase).
#[derive(Debug, Clone)]
pub struct Entry {
    pub en: Vec<String>,
    pub id: Vec<String>,
    /// Where the pair comes from, for the evidence of a link.
    pub source: &'static str,
    /// How much the pair is trusted, 0..1 (a learned pair's strength; 1 for dictionaries).
    pub strength: f32,
}

/// A set of translation pairs, ready to match on analysis keys.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub entries: Vec<Entry>,
}

/// The lexicon files that ship with selaras (see data/README.md for their sources).
const SHIPPED: &[(&str, &str)] = &[
    ("core", include_str!("../../data/lexicon/core.tsv")),
    (
        "freedict",
        include_str!("../../data/lexicon/freedict-eng-ind.tsv"),
    ),
    (
        "learned from Debian catalogs",
        include_str!("../../data/lexicon/learned-debian.tsv"),
    ),
];

impl Lexicon {
    /// The shipped lexicon, compiled to stems.
    /// Compiled once per process: analyzing its entries is most of selaras's start-up.
    pub fn shipped() -> Lexicon {
        static SHIPPED_LEXICON: OnceLock<Lexicon> = OnceLock::new();
        SHIPPED_LEXICON
            .get_or_init(|| Lexicon::compile_shipped(&IndonesianStemmer::shipped()))
            .clone()
    }

    /// The shipped lexicon with its Indonesian side stemmed by `stemmer`, so that its keys
    /// meet documents stemmed with a user's root list.
    pub fn shipped_for(stemmer: &Arc<IndonesianStemmer>) -> Lexicon {
        if Arc::ptr_eq(stemmer, &IndonesianStemmer::shipped()) {
            Lexicon::shipped()
        } else {
            Lexicon::compile_shipped(stemmer)
        }
    }

    fn compile_shipped(stemmer: &Arc<IndonesianStemmer>) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for (source, text) in SHIPPED {
            lexicon
                .add_tsv(text, source, Path::new(source), stemmer)
                .expect("shipped lexicon parses");
        }
        lexicon
    }

    /// Adds a user's lexicon file: `english<TAB>indonesian[<TAB>strength]` per line, `#`
    /// comments; `selaras lexicon learn` writes such files.
    pub fn add_file(&mut self, path: &Path, stemmer: &Arc<IndonesianStemmer>) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            name: path.display().to_string(),
            source,
        })?;
        self.add_tsv(&text, "user", path, stemmer)
    }

    fn add_tsv(
        &mut self,
        text: &str,
        source: &'static str,
        path: &Path,
        stemmer: &Arc<IndonesianStemmer>,
    ) -> Result<()> {
        let mut en = Analyzer::new(Language::English);
        let mut id = Analyzer::with_roots(Language::Indonesian, stemmer.clone());
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |message: &str| Error::BadData {
                path: path.to_path_buf(),
                line: n + 1,
                message: message.to_string(),
            };
            let mut cols = line.split('\t');
            let (Some(english), Some(indonesian)) = (cols.next(), cols.next()) else {
                return Err(bad("expected `english<TAB>indonesian[<TAB>strength]`"));
            };
            let strength = match cols.next() {
                None => 1.0,
                Some(s) => s
                    .trim()
                    .parse::<f32>()
                    .ok()
                    .filter(|s| (0.0..=1.0).contains(s))
                    .ok_or_else(|| bad("the strength must be a number from 0 to 1"))?,
            };
            let en_keys: Vec<String> = en.terms(english).into_iter().map(|t| t.key).collect();
            let id_keys: Vec<String> = id.terms(indonesian).into_iter().map(|t| t.key).collect();
            if !en_keys.is_empty()
                && !id_keys.is_empty()
                && en_keys.len() <= 4
                && id_keys.len() <= 4
            {
                self.entries.push(Entry {
                    en: en_keys,
                    id: id_keys,
                    source,
                    strength,
                });
            }
        }
        Ok(())
    }
}
