//! `selaras terms`: the shared entity/keyword map, link by link, with its evidence.

use super::PairArgs;
use clap::{Args, ValueEnum};
use selaras::Aligner;
use selaras::LinkKind;
use serde::Serialize;
use std::io::Write;

#[derive(Args)]
pub struct TermsArgs {
    #[command(flatten)]
    pair: PairArgs,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: TermsFormat,
}

impl TermsArgs {
    pub(super) fn pair(&self) -> &PairArgs {
        &self.pair
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum TermsFormat {
    Text,
    Json,
}

#[derive(Serialize)]
struct TermLink<'a> {
    kind: LinkKind,
    en: &'a str,
    id: &'a str,
    en_segments: usize,
    id_segments: usize,
    evidence: &'a str,
}

pub fn run(args: &TermsArgs) -> anyhow::Result<()> {
    if args.pair.pipeline.params.printed()? {
        return Ok(());
    }
    let (first, second) = args.pair.sources()?;
    let mut aligner = Aligner::new(args.pair.config()?);
    if args.pair.pipeline.realign {
        aligner = aligner.second_pass(&first, &second)?.0;
    }
    let prepared = aligner.prepare(&first, &second)?;
    PairArgs::warn([&prepared.english, &prepared.indonesian]);
    let map = &prepared.map;
    let mut links: Vec<TermLink> = map
        .links
        .iter()
        .map(|l| {
            let (e, i) = (&map.en.terms[l.en as usize], &map.id.terms[l.id as usize]);
            TermLink {
                kind: l.kind,
                en: &e.form,
                id: &i.form,
                en_segments: e.segments,
                id_segments: i.segments,
                evidence: &l.evidence,
            }
        })
        .collect();
    links.sort_by(|a, b| (a.kind, a.en, a.id).cmp(&(b.kind, b.en, b.id)));
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        TermsFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &links)?;
            writeln!(out)?;
        }
        TermsFormat::Text => {
            writeln!(
                out,
                "{} links between {} and {}",
                links.len(),
                prepared.english.name,
                prepared.indonesian.name
            )?;
            writeln!(out, "kind\ten\tid\ten_segments\tid_segments\tevidence")?;
            for l in &links {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    l.kind.name(),
                    l.en,
                    l.id,
                    l.en_segments,
                    l.id_segments,
                    l.evidence
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
