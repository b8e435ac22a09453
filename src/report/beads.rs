//! `en_indices<TAB>id_indices<TAB>score`: the contract that ../shared/eval scores.

use crate::model::Alignment;
use std::io::{self, Write};

/// Writes the report.
pub fn write(alignment: &Alignment, out: &mut dyn Write) -> io::Result<()> {
    let join = |v: &[usize]| v.iter().map(usize::to_string).collect::<Vec<_>>().join(",");
    for bead in &alignment.beads {
        writeln!(
            out,
            "{}\t{}\t{:.3}",
            join(&bead.en),
            join(&bead.id),
            bead.score
        )?;
    }
    Ok(())
}
