//! One linked pair of passages per line: English text, Indonesian text, score, strength;
//! the aligned pairs first, then the further links outside them.

use crate::model::{Alignment, Strength};
use std::io::{self, Write};

/// Writes the report.
pub fn write(alignment: &Alignment, out: &mut dyn Write) -> io::Result<()> {
    let clean = |s: String| s.replace(['\t', '\n'], " ");
    for bead in alignment.pairs() {
        let strength = alignment.strength(bead).map_or("", Strength::name);
        writeln!(
            out,
            "{}\t{}\t{:.3}\t{strength}",
            clean(alignment.english.passage(&bead.en)),
            clean(alignment.indonesian.passage(&bead.id)),
            bead.score
        )?;
    }
    for link in alignment.further_links() {
        writeln!(
            out,
            "{}\t{}\t{:.3}\t{}",
            clean(alignment.english.passage(&[link.en])),
            clean(alignment.indonesian.passage(&[link.id])),
            link.score,
            link.strength.name()
        )?;
    }
    Ok(())
}
