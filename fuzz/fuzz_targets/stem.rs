//! The stemmers and the analysis around them on any text: every term a non-empty piece of
//! the text with a key, every Indonesian stem no longer than its word.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selaras::analyze::{stem::indonesian::IndonesianStemmer, Analyzer};
use selaras::Language;

fuzz_target!(|text: &str| {
    for language in [Language::English, Language::Indonesian] {
        for term in Analyzer::new(language).terms(text) {
            assert!(text.get(term.span.range()).is_some_and(|t| !t.is_empty()));
            assert!(!term.key.is_empty());
        }
    }
    let stemmer = IndonesianStemmer::shipped();
    for word in text.split_whitespace() {
        let word = word.to_lowercase();
        assert!(stemmer.derive(&word).stem.chars().count() <= word.chars().count());
    }
});
