//! Language identification of any text, as a whole and line by line: an answer with a
//! confidence in 0..1, one per segment.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selaras::lang;

fuzz_target!(|text: &str| {
    let detection = lang::identify(text);
    assert!((0.0..=1.0).contains(&detection.confidence));
    let lines: Vec<&str> = text.lines().collect();
    let languages = lang::identify_segments(lines.iter().copied());
    assert_eq!(languages.segments.len(), lines.len());
    assert!((0.0..=1.0).contains(&languages.confidence));
});
