//! English stems from rust-stemmers (Snowball's Porter2).

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
        self.0.stem(word).into_owned()
    }
}
