//! `selaras align`: the alignment report.

use super::PairArgs;
use clap::Args;
use selaras::report::{self, Format};
use selaras::Aligner;
use std::io::Write;

#[derive(Args)]
pub struct AlignArgs {
    #[command(flatten)]
    pair: PairArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
}

impl AlignArgs {
    pub(super) fn pair(&self) -> &PairArgs {
        &self.pair
    }
}

pub fn run(args: &AlignArgs) -> anyhow::Result<()> {
    if args.pair.pipeline.params.printed()? {
        return Ok(());
    }
    let (first, second) = args.pair.sources()?;
    let alignment = Aligner::new(args.pair.config()?).align(&first, &second)?;
    PairArgs::warn([&alignment.english, &alignment.indonesian]);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    report::write(&alignment, args.format, &mut out)?;
    out.flush()?;
    Ok(())
}
