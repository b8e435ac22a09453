//! One aligned pair per line: English text, Indonesian text, score.

use super::passage;
use crate::Alignment;
use std::io::{self, Write};

pub fn write(alignment: &Alignment, out: &mut dyn Write) -> io::Result<()> {
    let clean = |s: String| s.replace(['\t', '\n'], " ");
    for bead in alignment.pairs() {
        writeln!(
            out,
            "{}\t{}\t{:.3}",
            clean(passage(&alignment.english, &bead.en)),
            clean(passage(&alignment.indonesian, &bead.id)),
            bead.score
        )?;
    }
    Ok(())
}
