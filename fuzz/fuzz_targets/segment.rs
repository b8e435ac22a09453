//! Segmentation of any text, in every unit and language: spans inside the text, in order,
//! holding the segment's words.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selaras::{segment, Language, Unit};

fuzz_target!(|text: &str| {
    let words = |t: &str| t.split_whitespace().collect::<String>();
    for language in [Language::English, Language::Indonesian] {
        for unit in [Unit::Line, Unit::Paragraph, Unit::Sentence] {
            let mut end = 0;
            for s in segment::segment(text, language, unit) {
                let source = text.get(s.span.range()).expect("span inside the text");
                assert!(s.span.start >= end, "spans out of order");
                end = end.max(s.span.end);
                assert_eq!(words(&s.text), words(source));
            }
        }
    }
});
