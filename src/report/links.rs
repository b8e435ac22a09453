//! `en<TAB>id<TAB>score<TAB>strength`: one link between two passages per line, many to many
//! (what ../shared/eval/bin/score_links.py reads).

use crate::model::Alignment;
use std::io::{self, Write};

/// Writes the report.
pub fn write(alignment: &Alignment, out: &mut dyn Write) -> io::Result<()> {
    for link in &alignment.links {
        let strength = link.strength.name();
        writeln!(
            out,
            "{}\t{}\t{:.3}\t{strength}",
            link.en, link.id, link.score
        )?;
    }
    Ok(())
}
