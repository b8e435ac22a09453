//! The bilingual lexicon: English–Indonesian word and phrase pairs, matched on stems.

use super::table::{Analyzed, Entry, Side, Table};
use crate::analyze::stem::indonesian::IndonesianStemmer;
use crate::analyze::{background, Analyzer};
use crate::error::{Error, Result};
use crate::model::{Language, LinkKind};
use rayon::prelude::*;
use std::path::Path;
use std::sync::Arc;

/// A set of translation pairs, ready to match on analysis keys. Only
/// [`crate::Resources`] builds one, with its own Indonesian stemmer, so that its keys always
/// meet documents analyzed with that stemmer. Cloning it is cheap (the pairs are shared until
/// one copy adds to them), so every configuration can start from the shipped lexicon without
/// copying its tens of thousands of entries.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pairs: Arc<Table>,
}

/// The lexicon files that ship with selaras (see data/README.md for their sources).
const SHIPPED: &[(&str, &str, LinkKind)] = &[
    (
        "core",
        include_str!("../../data/lexicon/core.tsv"),
        LinkKind::Lexicon,
    ),
    (
        "institutions",
        include_str!("../../data/lexicon/institutions.tsv"),
        LinkKind::Lexicon,
    ),
    (
        "metonyms",
        include_str!("../../data/lexicon/metonyms.tsv"),
        LinkKind::Lexicon,
    ),
    (
        "CLDR names",
        include_str!("../../data/lexicon/cldr-names.tsv"),
        LinkKind::Lexicon,
    ),
    (
        "freedict",
        include_str!("../../data/lexicon/freedict-eng-ind.tsv"),
        LinkKind::Lexicon,
    ),
    (
        "WordNet",
        include_str!("../../data/lexicon/wordnet-eng-ind.tsv"),
        LinkKind::Lexicon,
    ),
    (
        "Debian catalogs",
        include_str!("../../data/lexicon/learned-debian.tsv"),
        LinkKind::Learned,
    ),
    (
        "Firefox strings",
        include_str!("../../data/lexicon/learned-firefox.tsv"),
        LinkKind::Learned,
    ),
];

/// A word this much commoner in English text than in Indonesian (over five times) is English
/// (delete, base), not a word both languages use (basis, format, tag).
const ENGLISH_MARGIN: f32 = 0.75;

fn is_english_word(word: &str) -> bool {
    let english = background::zipf(Language::English, word);
    english >= background::COMMON_ZIPF
        && english >= background::zipf(Language::Indonesian, word) + ENGLISH_MARGIN
}

/// Words a phrase may lose to stop words and keep its meaning (the Hague, to kill).
const ARTICLES: [&str; 5] = ["the", "a", "an", "to", "of"];

/// A lexicon side of more words than this is not a phrase a document would repeat.
const MAX_PHRASE_WORDS: usize = 4;

impl Lexicon {
    /// The shipped lexicon with its Indonesian side stemmed by `stemmer`; with the shipped
    /// stemmer it is read from the compiled cache when one was made by this build.
    pub(crate) fn shipped(stemmer: &Arc<IndonesianStemmer>) -> Lexicon {
        if Arc::ptr_eq(stemmer, &IndonesianStemmer::shipped()) {
            return super::compiled::shipped(|| Lexicon::compile_shipped(stemmer));
        }
        Lexicon::compile_shipped(stemmer)
    }

    /// Analyzes the shipped lexicon files into keys (each file's lines in parallel).
    pub(crate) fn compile_shipped(stemmer: &Arc<IndonesianStemmer>) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for &(source, text, kind) in SHIPPED {
            lexicon
                .add_tsv(text, source, Some(kind), Path::new(source), stemmer)
                .expect("shipped lexicon parses");
        }
        lexicon
    }

    /// The shipped sources, in order: what a compiled entry's source index means.
    pub(crate) fn shipped_sources() -> impl Iterator<Item = &'static str> {
        SHIPPED.iter().map(|&(source, _, _)| source)
    }

    /// The entries' table (what is compiled and cached).
    pub(crate) fn table(&self) -> &Table {
        &self.pairs
    }

    /// A lexicon of this table (as compiled before).
    pub(crate) fn from_table(table: Table) -> Lexicon {
        Lexicon {
            pairs: Arc::new(table),
        }
    }

    /// Adds a user's lexicon file: `english<TAB>indonesian[<TAB>strength]` per line, `#`
    /// comments; `selaras lexicon learn` writes such files. Pairs with a strength count as
    /// learned, the others as dictionary pairs.
    pub(crate) fn add_file(&mut self, path: &Path, stemmer: &Arc<IndonesianStemmer>) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            name: path.display().to_string(),
            cause: source,
        })?;
        self.add_tsv(&text, "user", None, path, stemmer)
    }

    /// Adds pairs learned from aligned text (`english`, `indonesian`, strength).
    pub(crate) fn add_learned<'a>(
        &mut self,
        pairs: impl IntoIterator<Item = (&'a str, &'a str, f32)>,
        source: &'static str,
        stemmer: &Arc<IndonesianStemmer>,
    ) {
        let mut analyzers = Analyzers::new(stemmer);
        let analyzed: Vec<Analyzed> = pairs
            .into_iter()
            .filter_map(|(english, indonesian, strength)| {
                analyzers.pair(english, indonesian, LinkKind::Learned, strength)
            })
            .collect();
        self.pairs = Arc::new(self.pairs.with(source, analyzed));
    }

    /// The entries whose English side begins with one of `english` keys and whose
    /// Indonesian side begins with one of `indonesian` keys, in lexicon order.
    pub(crate) fn entries_starting_with<'k>(
        &self,
        english: impl Iterator<Item = &'k str>,
        indonesian: impl Iterator<Item = &'k str>,
    ) -> Vec<Entry<'_>> {
        let hash = |k: &str| crate::fnv::hash(k.as_bytes());
        let mut indonesian: Vec<(u64, &str)> = indonesian.map(|k| (hash(k), k)).collect();
        indonesian.sort_unstable();
        let indonesian = &indonesian;
        let mut found: Vec<u32> = english
            .flat_map(|k| {
                self.pairs
                    .starting_with_where(Side::English, k, move |hash| {
                        indonesian.binary_search_by_key(&hash, |&(h, _)| h).is_ok()
                    })
            })
            .filter(|&k| {
                let key = self.pairs.first_key(k, Side::Indonesian);
                indonesian.binary_search(&(hash(key), key)).is_ok()
            })
            .collect();
        found.sort_unstable();
        found.into_iter().map(|k| self.pairs.entry(k)).collect()
    }

    /// The entries that translate this one English word (not a phrase beginning with it).
    pub(crate) fn translations_of<'a>(&'a self, key: &'a str) -> impl Iterator<Item = Entry<'a>> {
        self.pairs
            .starting_with(Side::English, key)
            .map(|k| self.pairs.entry(k))
            .filter(|e| e.en.single().is_some())
    }

    /// Whether some entry has this English side (as analysis keys).
    pub fn knows_english(&self, keys: &[String]) -> bool {
        self.has(Side::English, keys)
    }

    /// Whether some entry has this Indonesian side (as analysis keys).
    pub fn knows_indonesian(&self, keys: &[String]) -> bool {
        self.has(Side::Indonesian, keys)
    }

    fn has(&self, side: Side, keys: &[String]) -> bool {
        let Some(first) = keys.first() else {
            return false;
        };
        self.pairs.starting_with(side, first).any(|k| {
            let entry = self.pairs.entry(k);
            match side {
                Side::English => entry.en,
                Side::Indonesian => entry.id,
            }
            .equals(keys)
        })
    }

    /// How much one of the entry's links counts: the square root of its strength (a pair
    /// learned in four of ten occurrences of the rarer word is a translation where both
    /// occur, and counted at 0.4 it left true pairs unaligned), less for a word with many
    /// senses in the entry's source, so that a word with thirty translations does not link
    /// everything (up to `senses_at_full_weight` senses on either side count fully, then
    /// by 1/sqrt(senses / senses_at_full_weight)).
    /// Senses are counted per source: a curated pair keeps its weight however many senses
    /// a large dictionary lists for the same word.
    pub(crate) fn weight(&self, entry: &Entry<'_>, senses_at_full_weight: f32) -> f32 {
        entry.strength.sqrt()
            * (senses_at_full_weight / entry.senses.max(1) as f32)
                .sqrt()
                .min(1.0)
    }

    fn add_tsv(
        &mut self,
        text: &str,
        source: &'static str,
        kind: Option<LinkKind>,
        path: &Path,
        stemmer: &Arc<IndonesianStemmer>,
    ) -> Result<()> {
        let mut lines = Vec::new();
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
            let (strength, kind) = match cols.next() {
                None => (1.0, kind.unwrap_or(LinkKind::Lexicon)),
                Some(s) => (
                    s.trim()
                        .parse::<f32>()
                        .ok()
                        .filter(|s| (0.0..=1.0).contains(s))
                        .ok_or_else(|| bad("the strength must be a number from 0 to 1"))?,
                    kind.unwrap_or(LinkKind::Learned),
                ),
            };
            lines.push((english, indonesian, kind, strength));
        }
        // Analysis is most of the work: chunks of lines in parallel, each with its own
        // analyzers (and their stem caches), collected in file order.
        let analyzed: Vec<Analyzed> = lines
            .par_chunks(2048)
            .flat_map_iter(|chunk| {
                let mut analyzers = Analyzers::new(stemmer);
                chunk
                    .iter()
                    .filter_map(|&(en, id, kind, strength)| analyzers.pair(en, id, kind, strength))
                    .collect::<Vec<_>>()
            })
            .collect();
        self.pairs = Arc::new(self.pairs.with(source, analyzed));
        Ok(())
    }
}

/// The analyzers that turn both sides of a pair into keys.
struct Analyzers {
    en: Analyzer,
    id: Analyzer,
}

impl Analyzers {
    fn new(stemmer: &Arc<IndonesianStemmer>) -> Analyzers {
        Analyzers {
            en: Analyzer::new(Language::English),
            id: Analyzer::with_roots(Language::Indonesian, stemmer.clone()),
        }
    }

    /// Both sides as keys, unless one is empty or longer than a phrase, or a number (numbers
    /// match by value: a catalog taught twenty = sepuluh), or a learned pair gives an English
    /// word as the Indonesian for another (removes = Delete: a catalog's untranslated label
    /// learned as a translation).
    fn pair(
        &mut self,
        english: &str,
        indonesian: &str,
        kind: LinkKind,
        strength: f32,
    ) -> Option<Analyzed> {
        let (english_lower, indonesian_lower) = (english.to_lowercase(), indonesian.to_lowercase());
        if kind == LinkKind::Learned
            && english_lower != indonesian_lower
            && is_english_word(&indonesian_lower)
        {
            return None;
        }
        let (en, en_shape) = self.en.keys_and_shape(english);
        let (id, id_shape) = self.id.keys_and_shape(indonesian);
        let number = |keys: &[String]| keys.iter().any(|k| k.parse::<f64>().is_ok());
        if number(&en) || number(&id) {
            return None;
        }
        let fits = |keys: &Vec<String>, words: usize| {
            !keys.is_empty() && keys.len() <= MAX_PHRASE_WORDS && (keys.len() > 1 || words == 1)
        };
        // A phrase whose other words are stop words is not its one word ("also-ran" is not
        // "ran", "take off" not "take"); Indonesian writes a plural with a hyphen.
        let en_words = english
            .split([' ', '-'])
            .filter(|w| !w.is_empty() && !ARTICLES.iter().any(|a| w.eq_ignore_ascii_case(a)))
            .count();
        let id_words = indonesian.split_whitespace().count();
        (fits(&en, en_words) && fits(&id, id_words)).then_some(Analyzed {
            en,
            id,
            kind,
            strength,
            en_shape,
            id_shape,
        })
    }
}
