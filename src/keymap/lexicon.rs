//! The bilingual lexicon: English–Indonesian word and phrase pairs, matched on stems.

use crate::analyze::stem::indonesian::IndonesianStemmer;
use crate::analyze::{background, Analyzer};
use crate::error::{Error, Result};
use crate::model::{Language, LinkKind};
use rayon::prelude::*;
use std::collections::HashMap;
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
    /// How many entries of its source share its English side, or its Indonesian side
    /// (the larger): its word's number of senses there.
    pub senses: u32,
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
    by_first_en: FirstKeyIndex,
    /// The same by the Indonesian side's first key.
    by_first_id: FirstKeyIndex,
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

/// A word this much commoner in English text than in Indonesian (over five times) is English
/// (delete, base), not a word both languages use (basis, format, tag).
const ENGLISH_MARGIN: f32 = 0.75;

fn is_english_word(word: &str) -> bool {
    let english = background::zipf(Language::English, word);
    english >= background::COMMON_ZIPF
        && english >= background::zipf(Language::Indonesian, word) + ENGLISH_MARGIN
}

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

    /// Every entry, in order.
    pub(crate) fn entries(&self) -> &[Entry] {
        &self.pairs.entries
    }

    /// A lexicon of these entries (as compiled before).
    pub(crate) fn from_entries(entries: Vec<Entry>) -> Lexicon {
        let build = |side: fn(&Entry) -> &Vec<String>| {
            let mut index = FirstKeyIndex::default();
            for (k, entry) in entries.iter().enumerate() {
                index.add(&side(entry)[0], k);
            }
            index
        };
        let (by_first_en, by_first_id) = rayon::join(|| build(|e| &e.en), || build(|e| &e.id));
        Lexicon {
            pairs: Arc::new(Pairs {
                entries,
                by_first_en,
                by_first_id,
            }),
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
        let start = self.pairs.entries.len();
        let analyzed: Vec<Analyzed> = pairs
            .into_iter()
            .filter_map(|(english, indonesian, strength)| {
                analyzers.pair(english, indonesian, LinkKind::Learned, strength)
            })
            .collect();
        self.push(analyzed, source);
        self.count_senses(start);
    }

    /// The entries whose English side begins with one of these keys, in lexicon order.
    pub(crate) fn entries_starting_with<'k>(
        &self,
        keys: impl Iterator<Item = &'k str>,
    ) -> Vec<&Entry> {
        let entries = &self.pairs.entries;
        let mut found: Vec<u32> = keys
            .flat_map(|k| self.pairs.by_first_en.get(k, entries, |e| &e.en))
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
            .get(key, entries, |e| &e.en)
            .map(move |k| &entries[k as usize])
            .filter(|e| e.en.len() == 1)
    }

    /// Whether some entry has this English side (as analysis keys).
    pub fn knows_english(&self, keys: &[String]) -> bool {
        self.has(&self.pairs.by_first_en, keys, |e| &e.en)
    }

    /// Whether some entry has this Indonesian side (as analysis keys).
    pub fn knows_indonesian(&self, keys: &[String]) -> bool {
        self.has(&self.pairs.by_first_id, keys, |e| &e.id)
    }

    fn has(
        &self,
        index: &FirstKeyIndex,
        keys: &[String],
        side: fn(&Entry) -> &Vec<String>,
    ) -> bool {
        let Some(first) = keys.first() else {
            return false;
        };
        let entries = &self.pairs.entries;
        index
            .get(first, entries, side)
            .any(|k| side(&entries[k as usize]).as_slice() == keys)
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
        let start = self.pairs.entries.len();
        self.push(analyzed, source);
        self.count_senses(start);
        Ok(())
    }

    fn push(&mut self, analyzed: Vec<Analyzed>, source: &'static str) {
        let pairs = Arc::make_mut(&mut self.pairs);
        for (en, id, kind, strength) in analyzed {
            let entry = Entry {
                en,
                id,
                source,
                kind,
                strength,
                senses: 1,
            };
            pairs.index(pairs.entries.len(), &entry);
            pairs.entries.push(entry);
        }
    }

    /// The senses of the entries from `start` on, counted among themselves (one source).
    fn count_senses(&mut self, start: usize) {
        let pairs = Arc::make_mut(&mut self.pairs);
        let added = &mut pairs.entries[start..];
        let mut en: HashMap<&[String], u32> = HashMap::new();
        let mut id: HashMap<&[String], u32> = HashMap::new();
        for e in added.iter() {
            *en.entry(&e.en).or_default() += 1;
            *id.entry(&e.id).or_default() += 1;
        }
        let senses: Vec<u32> = added
            .iter()
            .map(|e| en[e.en.as_slice()].max(id[e.id.as_slice()]))
            .collect();
        for (e, n) in added.iter_mut().zip(senses) {
            e.senses = n;
        }
    }
}

impl Pairs {
    fn index(&mut self, k: usize, entry: &Entry) {
        self.by_first_en.add(&entry.en[0], k);
        self.by_first_id.add(&entry.id[0], k);
    }
}

/// The entries by the first key of one side, found by the key's hash (no key is copied:
/// building it is most of loading a compiled lexicon); a lookup checks the key itself.
#[derive(Debug, Clone, Default)]
struct FirstKeyIndex(HashMap<u64, Vec<u32>, std::hash::BuildHasherDefault<Prehashed>>);

/// A hasher for keys that are hashes already.
#[derive(Default)]
struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl FirstKeyIndex {
    fn hash(key: &str) -> u64 {
        crate::fnv::hash(key.as_bytes())
    }

    fn add(&mut self, key: &str, entry: usize) {
        self.0
            .entry(FirstKeyIndex::hash(key))
            .or_default()
            .push(entry as u32);
    }

    /// The entries whose side (as `side` picks it) begins with `key`.
    fn get<'a>(
        &'a self,
        key: &'a str,
        entries: &'a [Entry],
        side: fn(&Entry) -> &Vec<String>,
    ) -> impl Iterator<Item = u32> + 'a {
        self.0
            .get(&FirstKeyIndex::hash(key))
            .into_iter()
            .flatten()
            .copied()
            .filter(move |&k| side(&entries[k as usize])[0] == key)
    }
}

/// A pair analyzed into keys: English, Indonesian, kind, strength.
type Analyzed = (Vec<String>, Vec<String>, LinkKind, f32);

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

    /// Both sides as keys, unless one is empty or longer than a phrase, or a learned pair
    /// gives an English word as the Indonesian for another (removes = Delete: a catalog's
    /// untranslated label learned as a translation).
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
        let (en, id) = (self.en.keys(english), self.id.keys(indonesian));
        let fits = |keys: &Vec<String>| !keys.is_empty() && keys.len() <= MAX_PHRASE_WORDS;
        (fits(&en) && fits(&id)).then_some((en, id, kind, strength))
    }
}
