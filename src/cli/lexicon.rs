//! `selaras lexicon learn`: translation pairs learned from aligned text, as a lexicon file.

use anyhow::Context;
use clap::{Args, Subcommand};
use selaras::keymap::learn::{learn, LearnOptions};
use std::io::Write;
use std::path::PathBuf;

#[derive(Args)]
pub struct LexiconArgs {
    #[command(subcommand)]
    command: LexiconCommand,
}

#[derive(Subcommand)]
enum LexiconCommand {
    /// Learn word pairs from a bitext (`english<TAB>indonesian` per line, `-` for standard
    /// input) and write a lexicon that `--lexicon` accepts.
    Learn(LearnArgs),
}

#[derive(Args)]
struct LearnArgs {
    /// The bitext: one aligned pair per line, English first.
    bitext: String,
    /// Where to write the lexicon (default: standard output); an existing file is kept
    /// unless --force.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Overwrite the output file.
    #[arg(long)]
    force: bool,
    /// Least number of passage pairs in which a pair must be linked.
    #[arg(long, default_value_t = LearnOptions::default().min_links)]
    min_links: u32,
    /// Least strength (links over the rarer word's occurrences), 0..1.
    #[arg(long, default_value_t = LearnOptions::default().min_strength)]
    min_strength: f64,
    /// Guide the Indonesian stemmer with this root list instead of the shipped one.
    #[arg(long, value_name = "FILE")]
    id_roots: Option<PathBuf>,
}

pub fn run(args: &LexiconArgs) -> anyhow::Result<()> {
    match &args.command {
        LexiconCommand::Learn(a) => run_learn(a),
    }
}

fn run_learn(args: &LearnArgs) -> anyhow::Result<()> {
    let source = selaras::ingest::Source::read(&args.bitext)?;
    let pairs = parse_bitext(&source.text, &source.name)?;
    let stemmer = super::indonesian_stemmer(args.id_roots.as_deref())?;
    let learned = learn(
        &pairs,
        LearnOptions {
            min_links: args.min_links,
            min_strength: args.min_strength,
        },
        &stemmer,
    );
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => {
            if path.exists() && !args.force {
                anyhow::bail!("{}: exists; use --force to overwrite it", path.display());
            }
            let file = std::fs::File::create(path)
                .with_context(|| format!("{}: cannot create", path.display()))?;
            Box::new(std::io::BufWriter::new(file))
        }
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    writeln!(
        out,
        "# Learned by `selaras lexicon learn` from {} ({} passage pairs).",
        source.name,
        pairs.len()
    )?;
    writeln!(
        out,
        "# english<TAB>indonesian<TAB>strength<TAB>links<TAB>together"
    )?;
    for p in &learned {
        writeln!(
            out,
            "{}\t{}\t{:.2}\t{}\t{}",
            p.en, p.id, p.strength, p.links, p.together
        )?;
    }
    out.flush()?;
    eprintln!("selaras: learned {} pairs", learned.len());
    Ok(())
}

/// The pairs of a bitext; a line without a tab is an error naming the line.
fn parse_bitext<'a>(text: &'a str, name: &str) -> anyhow::Result<Vec<(&'a str, &'a str)>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, line)| {
            let mut cols = line.split('\t');
            match (cols.next(), cols.next()) {
                (Some(en), Some(id)) => Ok((en, id)),
                _ => anyhow::bail!("{name}:{}: expected `english<TAB>indonesian`", n + 1),
            }
        })
        .collect()
}
