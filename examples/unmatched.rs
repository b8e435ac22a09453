//! The library one stage at a time, for a check the command line does not have: for each
//! aligned pair of two documents, the names and numbers that one side has and the other
//! lacks (a first step towards translation QA).
//!
//!     cargo run --release --example unmatched -- data/samples/aceh-en.txt data/samples/aceh-id.txt

use selaras::ingest::Source;
use selaras::model::{SideEvidence, TermOccurrence};
use selaras::{Aligner, Alignment, Config};

fn main() -> Result<(), selaras::Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [first, second] = &args[..] else {
        eprintln!("usage: unmatched EN_FILE ID_FILE");
        std::process::exit(2);
    };
    let aligner = Aligner::new(Config::default());
    let prepared = aligner.prepare(&Source::read(first)?, &Source::read(second)?)?;
    let alignment = aligner.align_prepared(prepared);
    for bead in alignment.pairs() {
        let en = entities(&bead.evidence.en, |o| alignment.english_text(o));
        let id = entities(&bead.evidence.id, |o| alignment.indonesian_text(o));
        if !en.is_empty() || !id.is_empty() {
            println!("EN {:?} <-> ID {:?}", bead.en, bead.id);
            println!("  only in the English: {}", en.join(", "));
            println!("  only in the Indonesian: {}", id.join(", "));
        }
    }
    summary(&alignment);
    Ok(())
}

/// The unmatched names, acronyms and numbers of one side, as written.
fn entities<'a>(side: &SideEvidence, text: impl Fn(&TermOccurrence) -> &'a str) -> Vec<&'a str> {
    side.unmatched_entities().map(text).collect()
}

fn summary(alignment: &Alignment) {
    println!(
        "{} pairs, mode {:?} ({}), {} links in the keyword map",
        alignment.pairs().count(),
        alignment.mode,
        alignment.mode_reason,
        alignment.map.links.len()
    );
}
