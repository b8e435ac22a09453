//! Stemmers behind one small interface, so the analysis stage does not care which is which.

pub(crate) mod affixes;
pub mod english;
pub mod indonesian;

/// Reduces a lower-case word to the stem that the keyword map matches on.
pub trait Stemmer: Send + Sync {
    /// The stem of an ordinary word.
    fn stem(&self, word: &str) -> String;

    /// The stem of a capitalised word that may be a name: by default, the same rules.
    fn stem_name(&self, word: &str) -> String {
        self.stem(word)
    }
}

impl<T: Stemmer + ?Sized> Stemmer for std::sync::Arc<T> {
    fn stem(&self, word: &str) -> String {
        (**self).stem(word)
    }

    fn stem_name(&self, word: &str) -> String {
        (**self).stem_name(word)
    }
}
