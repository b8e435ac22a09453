//! The files of data/ read into rows of keys and values: what build.rs compiles into the
//! binary, and what the test of the compiled tables compares them with.

use super::affixes::root_line;

/// English, Indonesian, Malay: the order of the language model's arrays.
const LANGUAGES: usize = 3;

/// Add-α smoothing of the language model's counts.
const ALPHA: f64 = 0.5;

/// A letter trigram seen this often in a language's catalogs is part of how it spells words.
const SPELLING_COUNT: f64 = 3.0;

/// Zipf frequencies (data/background): `word<TAB>zipf`.
pub fn background(text: &str) -> Vec<(String, f32)> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (word, zipf) = l.split_once('\t')?;
            Some((word.to_string(), zipf.parse().ok()?))
        })
        .collect()
}

/// The words of a list written by the team, whitespace-separated, lines starting with `#`
/// left out (data/stopwords-*.txt, data/abbreviations-*.txt).
pub fn word_list(text: &str) -> Vec<(String, ())> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .map(|word| (word.to_string(), ()))
        .collect()
}

/// The Indonesian roots with their affix classes as bits (data/id-roots.txt).
pub fn id_roots(text: &str) -> Vec<(String, u64)> {
    text.lines()
        .filter_map(root_line)
        .map(|(root, affixes)| (root, affixes.0))
        .collect()
}

/// English irregular forms and their lemmas (data/english-irregular.tsv).
pub fn irregular(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(form, lemma)| (form.to_string(), lemma.to_string()))
        .collect()
}

/// Where a value lies in the string of [`interned`] values: start and end byte.
pub type Range = (u32, u32);

/// Rows whose values are strings as one string of the distinct values and each row's range
/// in it: a table of `&str` values would need a relocation per row when the program is
/// loaded (thousands of them, the pages they lie on touched by every process at start-up).
pub fn interned(rows: Vec<(String, String)>) -> (String, Vec<(String, Range)>) {
    let mut text = String::new();
    let mut at = std::collections::HashMap::new();
    let rows = rows
        .into_iter()
        .map(|(key, value)| {
            let range = *at.entry(value.clone()).or_insert_with(|| {
                let start = text.len() as u32;
                text.push_str(&value);
                (start, text.len() as u32)
            });
            (key, range)
        })
        .collect();
    (text, rows)
}

/// One table of the language model: each unit's log-probability in each language.
pub struct LogProbabilities {
    pub rows: Vec<(String, [f32; LANGUAGES])>,
    /// The log-probability of a unit never seen in a language.
    pub unseen: [f32; LANGUAGES],
    /// The log-probability of a unit seen `SPELLING_COUNT` times in a language.
    pub spelling: [f32; LANGUAGES],
}

/// A language-model table (data/lid: `unit<TAB>English<TAB>Indonesian<TAB>Malay` counts),
/// smoothed: a naive Bayes model's log-probabilities.
pub fn log_probabilities(text: &str) -> LogProbabilities {
    let rows: Vec<(&str, [f64; LANGUAGES])> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let key = cols.next()?;
            let mut counts = [0.0; LANGUAGES];
            for c in &mut counts {
                *c = cols.next()?.parse().ok()?;
            }
            Some((key, counts))
        })
        .collect();
    let vocabulary = rows.len() as f64;
    let mut totals = [0.0; LANGUAGES];
    for (_, counts) in &rows {
        for (t, c) in totals.iter_mut().zip(counts) {
            *t += c;
        }
    }
    let denominators = totals.map(|t| t + ALPHA * vocabulary);
    let log_p = |counts: &[f64; LANGUAGES]| {
        let mut out = [0.0f32; LANGUAGES];
        for ((o, c), d) in out.iter_mut().zip(counts).zip(&denominators) {
            *o = ((c + ALPHA) / d).ln() as f32;
        }
        out
    };
    LogProbabilities {
        unseen: log_p(&[0.0; LANGUAGES]),
        spelling: log_p(&[SPELLING_COUNT; LANGUAGES]),
        rows: rows
            .iter()
            .map(|(key, counts)| (key.to_string(), log_p(counts)))
            .collect(),
    }
}

/// Rows sorted by key, of equal keys the last (as a map filled from the file in order keeps).
pub fn sorted<V>(mut rows: Vec<(String, V)>) -> Vec<(String, V)> {
    rows.reverse();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    rows.dedup_by(|b, a| a.0 == b.0);
    rows
}
