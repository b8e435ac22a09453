//! `selaras terms`: the shared entity/keyword map, link by link, with its evidence.

use super::PairArgs;
use clap::{Args, ValueEnum};
use selaras::model::Link;
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
    /// Also list the dictionary and learned pairs that no linked pair of passages bears out
    /// (holds both words, neither with a stronger counterpart there): senses these
    /// documents do not use (their `pairs` is 0).
    #[arg(long)]
    unconfirmed: bool,
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
    /// How many linked pairs of passages bear the link out (`Alignment::link_support`).
    pairs: usize,
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
    let alignment = aligner.align(&first, &second)?;
    PairArgs::warn([&alignment.english, &alignment.indonesian]);
    let map = &alignment.map;
    let support = alignment.link_support();
    let unconfirmed = |(l, pairs): &(&Link, usize)| *pairs == 0 && l.kind.is_translation();
    let (shown, left_out): (Vec<_>, Vec<_>) = map
        .links
        .iter()
        .zip(support)
        .partition(|link| args.unconfirmed || !unconfirmed(link));
    let mut links: Vec<TermLink> = shown
        .into_iter()
        .map(|(l, pairs)| {
            let (e, i) = (&map.en.terms[l.en as usize], &map.id.terms[l.id as usize]);
            TermLink {
                kind: l.kind,
                en: &e.form,
                id: &i.form,
                en_segments: e.segments,
                id_segments: i.segments,
                pairs,
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
            write!(
                out,
                "{} links between {} and {}",
                links.len(),
                alignment.english.name,
                alignment.indonesian.name
            )?;
            match left_out.len() {
                0 => writeln!(out)?,
                n => writeln!(
                    out,
                    " ({n} more that no linked passages bear out: --unconfirmed)"
                )?,
            }
            writeln!(
                out,
                "kind\ten\tid\ten_segments\tid_segments\tpairs\tevidence"
            )?;
            for l in &links {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                    l.kind.name(),
                    l.en,
                    l.id,
                    l.en_segments,
                    l.id_segments,
                    l.pairs,
                    l.evidence
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}
