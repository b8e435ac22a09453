//! Word tables compiled into the binary by build.rs from the files in data/: word
//! frequencies, the language model, the Indonesian roots, the English irregular forms, and
//! the stop words and abbreviations (tables without values).
//! Each is an array ordered by its keys' FNV hashes, with where each bucket of hashes begins,
//! searched where it lies: a process uses them without reading, parsing or building anything
//! at start-up, and a lookup reads one bucket of about four hashes and compares numbers, not
//! strings, until it finds its key.

#[cfg(test)]
use crate::analyze::stem::affixes;
#[cfg(test)]
mod rows;

/// Keys with a value each, in the order of their hashes.
pub(crate) struct StaticTable<V: 'static> {
    /// Each key's FNV-1a hash, ascending.
    hashes: &'static [u64],
    /// How many leading bits of a hash pick its bucket.
    bucket_bits: u32,
    /// Where each bucket's hashes begin, and (last) where the table ends: a lookup reads
    /// its bucket's few entries instead of searching the whole array.
    buckets: &'static [u32],
    /// Every key, one after the other.
    keys: &'static str,
    /// Where each key ends in `keys`.
    ends: &'static [u32],
    values: &'static [V],
}

impl<V> StaticTable<V> {
    pub fn len(&self) -> usize {
        self.values.len()
    }

    fn key(&self, i: usize) -> &'static str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.keys[start..self.ends[i] as usize]
    }

    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn get(&self, key: &str) -> Option<&'static V> {
        let hash = crate::fnv::hash(key.as_bytes());
        let bucket = crate::fnv::bucket(hash, self.bucket_bits);
        let (start, end) = (self.buckets[bucket], self.buckets[bucket + 1]);
        (start as usize..end as usize)
            .find(|&i| self.hashes[i] == hash && self.key(i) == key)
            .map(|i| &self.values[i])
    }
}

/// The lemma of an irregular English form (data/english-irregular.tsv).
pub(crate) fn english_lemma(form: &str) -> Option<&'static str> {
    ENGLISH_IRREGULAR
        .get(form)
        .map(|&(start, end)| &ENGLISH_LEMMAS[start as usize..end as usize])
}

/// What build.rs wrote (its numbers are data, some close to π).
#[allow(clippy::approx_constant)]
mod compiled {
    use super::StaticTable;
    include!(concat!(env!("OUT_DIR"), "/tables.rs"));
}
pub(crate) use compiled::*;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of the file is in the table with its value, and nothing else is.
    fn holds<V: PartialEq + std::fmt::Debug>(table: &StaticTable<V>, rows: Vec<(String, V)>) {
        let rows = rows::sorted(rows);
        assert!(!rows.is_empty());
        assert_eq!(table.len(), rows.len());
        for (key, value) in &rows {
            assert_eq!(table.get(key), Some(value), "{key}");
        }
        assert_eq!(table.get("no such key in any table"), None);
    }

    #[test]
    fn the_compiled_tables_hold_what_the_data_files_say() {
        let data = |name: &str| {
            std::fs::read_to_string(format!("{}/data/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
        };
        holds(&BACKGROUND_EN, rows::background(&data("background/en.tsv")));
        holds(&BACKGROUND_ID, rows::background(&data("background/id.tsv")));
        holds(&ID_ROOTS, rows::id_roots(&data("id-roots.txt")));
        for (table, file) in [
            (&STOPWORDS_EN, "stopwords-en.txt"),
            (&STOPWORDS_ID, "stopwords-id.txt"),
            (&ABBREVIATIONS_EN, "abbreviations-en.txt"),
            (&ABBREVIATIONS_ID, "abbreviations-id.txt"),
        ] {
            holds(table, rows::word_list(&data(file)));
        }
        let irregular = rows::irregular(&data("english-irregular.tsv"));
        for (form, lemma) in &irregular {
            assert_eq!(english_lemma(form), Some(lemma.as_str()), "{form}");
        }
        let (lemmas, irregular) = rows::interned(irregular);
        assert_eq!(ENGLISH_LEMMAS, lemmas);
        holds(&ENGLISH_IRREGULAR, irregular);
        for (table, unseen, spelling, file) in [
            (
                &LID_WORDS,
                LID_WORDS_UNSEEN,
                LID_WORDS_SPELLING,
                "lid/words.tsv",
            ),
            (
                &LID_TRIGRAMS,
                LID_TRIGRAMS_UNSEEN,
                LID_TRIGRAMS_SPELLING,
                "lid/trigrams.tsv",
            ),
        ] {
            let model = rows::log_probabilities(&data(file));
            assert_eq!((unseen, spelling), (model.unseen, model.spelling));
            holds(table, model.rows);
        }
    }
}
