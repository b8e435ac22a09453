//! One aligned pair per line: English text, Indonesian text, score.

use crate::model::Alignment;
use std::io::{self, Write};

/// Writes the report.
pub fn write(alignment: &Alignment, out: &mut dyn Write) -> io::Result<()> {
    let clean = |s: String| s.replace(['\t', '\n'], " ");
    for bead in alignment.pairs() {
        writeln!(
            out,
            "{}\t{}\t{:.3}",
            clean(alignment.english.passage(&bead.en)),
            clean(alignment.indonesian.passage(&bead.id)),
            bead.score
        )?;
    }
    Ok(())
}
