//! How common a word is in general text of each language, as a Zipf frequency (log10 of its
//! occurrences per billion words: "the" 7.7, "police" 5.3, "barricade" 3.1). Two articles
//! that share "barricade" say more alike than two that share "said". From wordfreq's lists
//! (data/background, see data/README.md); a word not listed is rare (or a name): 0.

use crate::model::Language;
use crate::tables;

/// A word as common as this (once per million words) is a word of the language.
pub const COMMON_ZIPF: f32 = 3.0;

/// Whether a lower-case word is a word of the language: common in it, and commoner there than
/// in the other language.
pub fn is_word_of(language: Language, word: &str) -> bool {
    let own = zipf(language, word);
    own >= COMMON_ZIPF && own > zipf(language.other(), word)
}

/// The Zipf frequency of a lower-case word, 0 when the lists do not have it.
pub fn zipf(language: Language, word: &str) -> f32 {
    let table = match language {
        Language::English => &tables::BACKGROUND_EN,
        Language::Indonesian => &tables::BACKGROUND_ID,
    };
    table.get(word).copied().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_more_frequent_than_specific_ones() {
        assert!(zipf(Language::English, "said") > zipf(Language::English, "barricade"));
        assert!(zipf(Language::Indonesian, "orang") > zipf(Language::Indonesian, "barikade"));
        assert_eq!(zipf(Language::English, "ahtisaari"), 0.0);
    }
}
