//! English stems from rust-stemmers (Snowball's Porter2), after the irregular forms that
//! Porter2 cannot see through are turned into their lemma: "began" stems as "begin", "struck"
//! as "strike", "indices" as "index" (not as "indic", the stem of "indicate"). The forms come
//! from WordNet's exception lists (data/english-irregular.tsv).

use super::{Shape, Stemmer};
use foldhash::HashSet;
use rust_stemmers::{Algorithm, Stemmer as Snowball};

/// Snowball English.
pub struct EnglishStemmer(Snowball);

impl Default for EnglishStemmer {
    fn default() -> Self {
        EnglishStemmer(Snowball::create(Algorithm::English))
    }
}

impl Stemmer for EnglishStemmer {
    fn stem(&self, word: &str) -> String {
        self.0.stem(lemma(word)).into_owned()
    }

    fn stem_and_shape(&self, word: &str) -> (String, Shape) {
        let lemma = lemma(word);
        let stem = self.0.stem(lemma);
        let shape = derivation(lemma, &stem);
        (stem.into_owned(), shape)
    }
}

/// Endings that inflect a word without changing what it names (plural, tense, the adverb's
/// -ly), and the spelling residue Porter2 leaves ("hope|d", "citi|es", "run|ning").
const INFLECTIONS: [&str; 7] = ["'s", "s", "ly", "ing", "ed", "d", "e"];

/// Derivational suffixes by class, longest first within each: a word that adds one to its
/// stem names something else than the stem's own word (person and personal, govern and
/// government, reside and residents).
const DERIVATIONS: [&[&str]; 14] = [
    &["ion"],
    &["ment"],
    &["ness"],
    &["ity", "iti"],
    &["al"],
    &["er", "or"],
    &["ive", "iv"],
    &["ous"],
    &["able", "ible", "abl", "ibl"],
    &["ance", "ence", "ancy", "ency", "ant", "ent"],
    &["ize", "ise", "iz"],
    &["ic"],
    &["ism", "ist"],
    &["ate", "at"],
];

/// The class of the derivational suffix a word adds to its Porter2 stem, as a [`Shape`] (0
/// for none): the part of the word past its stem, less inflections from the end until a
/// derivational suffix ends it ("destinations": "ations", then "ation").
fn derivation(word: &str, stem: &str) -> Shape {
    if !word.is_ascii() {
        return Shape::ANY;
    }
    let common = word
        .bytes()
        .zip(stem.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let mut tail = &word[common..];
    let class = loop {
        if let Some(k) = DERIVATIONS
            .iter()
            .position(|suffixes| suffixes.iter().any(|s| tail.ends_with(s)))
        {
            break k + 1;
        }
        match INFLECTIONS.iter().find_map(|i| tail.strip_suffix(i)) {
            Some(rest) => tail = rest,
            None => break 0,
        }
    };
    Shape::english(class as u8)
}

/// Finds which words may stem to one of a set of keys without stemming them all (Porter2
/// costs a few thousand instructions a word): the Indonesian words worth stemming as English
/// for an English word left in the text. Porter2 keeps a word's beginning up to its stem's
/// last letter, which it may have changed from the word's y (only: onli) or i (during: dure,
/// possibility: possibl, skies: sky); only its irregular dying, lying and tying begin
/// otherwise. An irregular form is judged by its lemma, as the stemmer takes it.
pub struct StemFilter {
    beginnings: HashSet<String>,
    lengths: Vec<usize>,
}

impl StemFilter {
    /// The filter for these stems.
    pub fn new<'a>(stems: impl Iterator<Item = &'a str>) -> StemFilter {
        let mut beginnings = HashSet::default();
        for stem in stems {
            beginnings.insert(stem.to_string());
            if let Some(last) = stem.chars().next_back() {
                let head = &stem[..stem.len() - last.len_utf8()];
                match last {
                    'i' => beginnings.insert(format!("{head}y")),
                    'e' | 'l' | 'y' => beginnings.insert(format!("{head}i")),
                    _ => false,
                };
            }
        }
        let mut lengths: Vec<usize> = beginnings.iter().map(String::len).collect();
        lengths.sort_unstable();
        lengths.dedup();
        StemFilter {
            beginnings,
            lengths,
        }
    }

    /// Whether Porter2 may stem `word` (lower case) to one of the stems.
    pub fn may_stem_to_one(&self, word: &str) -> bool {
        let word = lemma(word);
        matches!(word, "dying" | "lying" | "tying")
            || self
                .lengths
                .iter()
                .take_while(|&&n| n <= word.len())
                .filter_map(|&n| word.get(..n))
                .any(|head| self.beginnings.contains(head))
    }
}

/// The lemma of an irregular form, or the word itself.
fn lemma(word: &str) -> &str {
    crate::tables::english_lemma(word).unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_forms_stem_as_their_lemma() {
        let stemmer = EnglishStemmer::default();
        for (form, lemma) in [
            ("indices", "index"),
            ("matrices", "matrix"),
            ("children", "child"),
            ("began", "begin"),
            ("fled", "flee"),
            ("heaviest", "heavy"),
        ] {
            assert_eq!(stemmer.stem(form), stemmer.stem(lemma));
        }
        assert_ne!(stemmer.stem("indices"), stemmer.stem("indicate"));
        // A form that is also a word of its own stays itself.
        assert_eq!(stemmer.stem("left"), "left");
    }

    #[test]
    fn the_stem_filter_passes_every_word_that_stems_to_a_key() {
        // Every word of the shipped background lists, English and Indonesian (60,000), with
        // its own stem as the one key.
        let stemmer = EnglishStemmer::default();
        let words = [
            include_str!("../../../data/background/en.tsv"),
            include_str!("../../../data/background/id.tsv"),
        ];
        for line in words.iter().flat_map(|list| list.lines()) {
            let word = line.split('\t').next().unwrap();
            if word.starts_with('#') {
                continue;
            }
            let stem = stemmer.stem(word);
            assert!(
                StemFilter::new(std::iter::once(stem.as_str())).may_stem_to_one(word),
                "{word} -> {stem}"
            );
        }
        let filter = StemFilter::new(["evacu", "citi", "begin"].into_iter());
        for word in ["evacuated", "city", "cities", "began"] {
            assert!(filter.may_stem_to_one(word), "{word}");
        }
        for word in ["evakuasi", "cita", "bega", "mengevakuasi"] {
            assert!(!filter.may_stem_to_one(word), "{word}");
        }
    }

    #[test]
    fn a_derivation_has_its_own_shape_and_an_inflection_its_words() {
        let stemmer = EnglishStemmer::default();
        let shape = |word| stemmer.stem_and_shape(word).1;
        for (base, derived) in [
            ("person", "personal"),
            ("govern", "government"),
            ("reside", "residents"),
            ("office", "officers"),
            ("destine", "destinations"),
            ("organ", "organizing"),
            ("happy", "happiness"),
            ("danger", "dangerous"),
        ] {
            assert_eq!(
                stemmer.stem(base),
                stemmer.stem(derived),
                "{base} and {derived} share a stem"
            );
            assert_ne!(shape(base), shape(derived), "{base} / {derived}");
        }
        for (word, form) in [
            ("hope", "hoped"),
            ("city", "cities"),
            ("run", "running"),
            ("general", "generally"),
            ("evacuate", "evacuated"),
            ("government", "governments"),
            ("organize", "organized"),
        ] {
            assert_eq!(shape(word), shape(form), "{word} / {form}");
        }
    }
}
