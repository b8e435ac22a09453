//! English stems from rust-stemmers (Snowball's Porter2), after the Latin and Greek plurals
//! of technical writing that Porter2 cannot see through ("indices" stems to "indic", as
//! "indicate" does, not to "index").

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
        self.0.stem(singular(word)).into_owned()
    }
}

/// The singular of an irregular plural, or the word itself.
fn singular(word: &str) -> &str {
    match word {
        "indices" => "index",
        "matrices" => "matrix",
        "vertices" => "vertex",
        "appendices" => "appendix",
        "axes" => "axis",
        "analyses" => "analysis",
        "hypotheses" => "hypothesis",
        "parentheses" => "parenthesis",
        "theses" => "thesis",
        "criteria" => "criterion",
        "phenomena" => "phenomenon",
        "children" => "child",
        "women" => "woman",
        "men" => "man",
        _ => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_plurals_stem_as_their_singular() {
        let stemmer = EnglishStemmer::default();
        for (plural, singular) in [
            ("indices", "index"),
            ("matrices", "matrix"),
            ("axes", "axis"),
        ] {
            assert_eq!(stemmer.stem(plural), stemmer.stem(singular));
        }
        assert_ne!(stemmer.stem("indices"), stemmer.stem("indicate"));
    }
}
