//! Any text as a PO, XLIFF or TMX file: units or a one-line error naming the file and line.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selaras::bilingual;
use std::path::Path;

fuzz_target!(|input: (u8, &str)| {
    let (format, text) = input;
    let name = ["strings.po", "strings.xlf", "memory.tmx"][usize::from(format) % 3];
    if let Err(e) = bilingual::parse(text, Path::new(name)) {
        let message = e.to_string();
        assert!(
            message.contains(name) && !message.contains('\n'),
            "{message}"
        );
    }
});
