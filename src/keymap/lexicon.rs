//! The bilingual lexicon: English–Indonesian word and phrase pairs, matched on stems.

use crate::analyze::stem::indonesian::IndonesianStemmer;
use crate::analyze::Analyzer;
use crate::error::{Error, Result};
use crate::model::{Language, LinkKind};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

/// One lexicon pair, as analysis keys of both sides (several keys make a phrase).
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub en: Vec<String>,
    pub id: Vec<String>,
    /// Where the pair comes from, for the evidence of a link.
    pub source: &'static str,
    /// A dictionary pair, or one learned from aligned text.
    pub kind: LinkKind,
    /// How much the pair is trusted, 0..1 (a learned pair's strength; 1 for dictionaries).
    pub strength: f32,
}

/// A set of translation pairs, ready to match on analysis keys. Only
/// [`crate::Resources`] builds one, with its own Indonesian stemmer, so that its keys always
/// meet documents analyzed with that stemmer. Cloning it is cheap (the pairs are shared until
/// one copy adds to them), so every configuration can start from the shipped lexicon without
/// copying its tens of thousands of entries.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pairs: Arc<Pairs>,
}

#[derive(Debug, Clone, Default)]
struct Pairs {
    entries: Vec<Entry>,
    /// The entries (indices) whose English side starts with a key: a document looks up
    /// only the entries its own words can begin.
    by_first_en: HashMap<String, Vec<u32>>,
    /// How many entries each English and each Indonesian side has in its source: its
    /// number of senses there.
    senses_en: HashMap<(&'static str, Vec<String>), u32>,
    senses_id: HashMap<(&'static str, Vec<String>), u32>,
    /// Every English and every Indonesian side that some entry has.
    known_en: HashSet<Vec<String>>,
    known_id: HashSet<Vec<String>>,
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

/// A lexicon side of more words than this is not a phrase a document would repeat.
const MAX_PHRASE_WORDS: usize = 4;

impl Lexicon {
    /// The shipped lexicon with its Indonesian side stemmed by `stemmer`.
    pub(crate) fn shipped(stemmer: &Arc<IndonesianStemmer>) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for &(source, text, kind) in SHIPPED {
            lexicon
                .add_tsv(text, source, Some(kind), Path::new(source), stemmer)
                .expect("shipped lexicon parses");
        }
        lexicon
    }

    /// Adds a user's lexicon file: `english<TAB>indonesian[<TAB>strength]` per line, `#`
    /// comments; `selaras lexicon learn` writes such files. Pairs with a strength count as
    /// learned, the others as dictionary pairs.
    pub(crate) fn add_file(&mut self, path: &Path, stemmer: &Arc<IndonesianStemmer>) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            name: path.display().to_string(),
            source,
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
        for (english, indonesian, strength) in pairs {
            self.add_pair(
                &mut analyzers,
                english,
                indonesian,
                source,
                LinkKind::Learned,
                strength,
            );
        }
    }

    /// The entries whose English side begins with one of these keys, in lexicon order.
    pub(crate) fn entries_starting_with<'k>(
        &self,
        keys: impl Iterator<Item = &'k str>,
    ) -> Vec<&Entry> {
        let mut found: Vec<u32> = keys
            .filter_map(|k| self.pairs.by_first_en.get(k))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        found
            .into_iter()
            .map(|k| &self.pairs.entries[k as usize])
            .collect()
    }

    /// The entries that translate this one English word (not a phrase beginning with it).
    pub(crate) fn translations_of<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Entry> {
        let entries = &self.pairs.entries;
        self.pairs
            .by_first_en
            .get(key)
            .into_iter()
            .flatten()
            .map(move |&k| &entries[k as usize])
            .filter(|e| e.en.len() == 1)
    }

    /// Whether some entry has this English side (as analysis keys).
    pub fn knows_english(&self, keys: &[String]) -> bool {
        self.pairs.known_en.contains(keys)
    }

    /// Whether some entry has this Indonesian side (as analysis keys).
    pub fn knows_indonesian(&self, keys: &[String]) -> bool {
        self.pairs.known_id.contains(keys)
    }

    /// How much one of the entry's links counts: the square root of its strength (a pair
    /// learned in four of ten occurrences of the rarer word is a translation where both
    /// occur, and counted at 0.4 it left true pairs unaligned), less for a word with many
    /// senses in the entry's source, so that a word with thirty translations does not link
    /// everything (up to `senses_at_full_weight` senses on either side count fully, then
    /// by 1/sqrt(senses / senses_at_full_weight)).
    /// Senses are counted per source: a curated pair keeps its weight however many senses
    /// a large dictionary lists for the same word.
    pub(crate) fn weight(&self, entry: &Entry, senses_at_full_weight: f32) -> f32 {
        let senses = |map: &HashMap<(&'static str, Vec<String>), u32>, key: &Vec<String>| {
            map.get(&(entry.source, key.clone())).copied().unwrap_or(1)
        };
        let most =
            senses(&self.pairs.senses_en, &entry.en).max(senses(&self.pairs.senses_id, &entry.id));
        entry.strength.sqrt() * (senses_at_full_weight / most as f32).sqrt().min(1.0)
    }

    fn add_tsv(
        &mut self,
        text: &str,
        source: &'static str,
        kind: Option<LinkKind>,
        path: &Path,
        stemmer: &Arc<IndonesianStemmer>,
    ) -> Result<()> {
        let mut analyzers = Analyzers::new(stemmer);
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
            self.add_pair(&mut analyzers, english, indonesian, source, kind, strength);
        }
        Ok(())
    }

    fn add_pair(
        &mut self,
        analyzers: &mut Analyzers,
        english: &str,
        indonesian: &str,
        source: &'static str,
        kind: LinkKind,
        strength: f32,
    ) {
        let (en, id) = (analyzers.en.keys(english), analyzers.id.keys(indonesian));
        if en.is_empty()
            || id.is_empty()
            || en.len() > MAX_PHRASE_WORDS
            || id.len() > MAX_PHRASE_WORDS
        {
            return;
        }
        let pairs = Arc::make_mut(&mut self.pairs);
        pairs
            .by_first_en
            .entry(en[0].clone())
            .or_default()
            .push(pairs.entries.len() as u32);
        pairs.known_en.insert(en.clone());
        pairs.known_id.insert(id.clone());
        *pairs.senses_en.entry((source, en.clone())).or_default() += 1;
        *pairs.senses_id.entry((source, id.clone())).or_default() += 1;
        pairs.entries.push(Entry {
            en,
            id,
            source,
            kind,
            strength,
        });
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
}
