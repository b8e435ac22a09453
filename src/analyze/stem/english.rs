//! English stems from rust-stemmers (Snowball's Porter2), after the irregular forms that
//! Porter2 cannot see through are turned into their lemma: "began" stems as "begin", "struck"
//! as "strike", "indices" as "index" (not as "indic", the stem of "indicate"). The forms come
//! from WordNet's exception lists (data/english-irregular.tsv).

use super::{Shape, Stemmer};
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
