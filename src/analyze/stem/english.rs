//! English stems from rust-stemmers (Snowball's Porter2), after the irregular forms that
//! Porter2 cannot see through are turned into their lemma: "began" stems as "begin", "struck"
//! as "strike", "indices" as "index" (not as "indic", the stem of "indicate"). The forms come
//! from WordNet's exception lists (data/english-irregular.tsv).

use super::Stemmer;
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
}
