//! `en_indices<TAB>id_indices<TAB>score`: the contract that ../shared/eval scores.

use super::indices;
use crate::model::Alignment;
use std::io::{self, Write};

/// Writes the report.
pub fn write(alignment: &Alignment, out: &mut dyn Write) -> io::Result<()> {
    for bead in &alignment.beads {
        let (en, id) = (indices(&bead.en), indices(&bead.id));
        writeln!(out, "{en}\t{id}\t{:.3}", bead.score)?;
    }
    Ok(())
}
