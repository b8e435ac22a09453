//! The whole pipeline on any two texts with any options: an alignment that keeps its
//! contract (`Alignment::verify`) or an error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use selaras::{align::Mode, ingest::Source, Aligner, Config, Unit};

fuzz_target!(|input: (u8, &str, &str)| {
    let (options, en, id) = input;
    let mode = [Mode::Parallel, Mode::Comparable, Mode::Auto][usize::from(options & 3) % 3];
    let unit = [
        None,
        Some(Unit::Line),
        Some(Unit::Paragraph),
        Some(Unit::Sentence),
    ][usize::from(options >> 2 & 3)];
    let config = Config {
        mode,
        unit,
        presplit: options & 16 != 0,
        realign: options & 32 != 0,
        allow_malay: options & 64 != 0,
        ..Config::default()
    };
    let (Ok(en), Ok(id)) = (
        Source::from_text("en.txt", en),
        Source::from_text("id.txt", id),
    ) else {
        return;
    };
    if let Ok(alignment) = Aligner::new(config).align(&en, &id) {
        if let Err(broken) = alignment.verify() {
            panic!("{broken}");
        }
    }
});
