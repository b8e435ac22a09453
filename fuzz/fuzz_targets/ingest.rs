//! Any bytes as an input file: a source (UTF-8, or UTF-16 with its byte-order mark) or a
//! one-line error naming the file; a source's language is detected without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selaras::{ingest::Source, lang};

fuzz_target!(|data: &[u8]| {
    match Source::from_bytes("input.txt", data.to_vec()) {
        Ok(source) => {
            if let Ok(detection) = lang::detect(&source) {
                assert!((0.0..=1.0).contains(&detection.confidence));
            }
        }
        Err(e) => {
            let message = e.to_string();
            assert!(
                message.contains("input.txt") && !message.contains('\n'),
                "{message}"
            );
        }
    }
});
