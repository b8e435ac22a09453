//! `selaras lexicon learn`: translation pairs learned from aligned text, as a lexicon file.

use super::ParamsArgs;
use anyhow::Context;
use clap::{ArgGroup, Args, Subcommand};
use rayon::prelude::*;
use selaras::ingest::Source;
use selaras::keymap::learn::learn;
use selaras::settings::LearningSettings;
use selaras::{Aligner, Config, Mode, Resources, Settings};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct LexiconArgs {
    #[command(subcommand)]
    command: LexiconCommand,
}

#[derive(Subcommand)]
enum LexiconCommand {
    /// Learn word pairs from a bitext (`english<TAB>indonesian` per line, `-` for standard
    /// input), or from document pairs aligned in a first pass (--pairs), and write a lexicon
    /// that `--lexicon` accepts.
    Learn(LearnArgs),
}

#[derive(Args)]
#[command(group(ArgGroup::new("input").required(true).args(["bitext", "pairs"])))]
struct LearnArgs {
    /// The bitext: one aligned pair per line, English first.
    bitext: Option<String>,
    /// Learn from document pairs instead: a list of `first<TAB>second` file names per line
    /// (either language first, names relative to the current directory). Each pair is
    /// aligned and its confident pairs make the bitext.
    #[arg(long, value_name = "LIST")]
    pairs: Option<PathBuf>,
    /// With --pairs: the documents are one segment per line.
    #[arg(long, conflicts_with = "bitext")]
    presplit: bool,
    /// With --pairs: how the documents are aligned (as for align).
    #[arg(long, value_enum, default_value = "auto", conflicts_with = "bitext")]
    mode: Mode,
    /// Where to write the lexicon (default: standard output); an existing file is kept
    /// unless --force.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Overwrite the output file.
    #[arg(long)]
    force: bool,
    /// Least number of passage pairs in which a pair must be linked [default: 2].
    #[arg(long)]
    min_links: Option<u32>,
    /// Least strength (links over the rarer word's occurrences), 0..1 [default: 0.3].
    #[arg(long)]
    min_strength: Option<f64>,
    /// Guide the Indonesian stemmer with this root list instead of the shipped one.
    #[arg(long, value_name = "FILE")]
    id_roots: Option<PathBuf>,
    #[command(flatten)]
    params: ParamsArgs,
}

impl LearnArgs {
    /// The settings, with the learning thresholds given on the command line.
    fn settings(&self) -> anyhow::Result<Settings> {
        let mut settings = self.params.settings()?;
        let learning: &mut LearningSettings = &mut settings.learning;
        learning.min_links = self.min_links.unwrap_or(learning.min_links);
        learning.min_strength = self.min_strength.unwrap_or(learning.min_strength);
        Ok(settings)
    }
}

pub fn run(args: &LexiconArgs) -> anyhow::Result<()> {
    match &args.command {
        LexiconCommand::Learn(a) => run_learn(a),
    }
}

fn run_learn(args: &LearnArgs) -> anyhow::Result<()> {
    if args.params.printed()? {
        return Ok(());
    }
    if let Some(path) = &args.output {
        super::check_output(path, args.force)?;
    }
    let settings = args.settings()?;
    let stemmer = super::indonesian_stemmer(args.id_roots.as_deref())?;
    let (pairs, origin) = match (&args.bitext, &args.pairs) {
        (Some(bitext), _) => {
            let source = Source::read(bitext)?;
            (parse_bitext(&source.text, &source.name)?, source.name)
        }
        (None, Some(list)) => first_pass(list, args, &settings)?,
        (None, None) => unreachable!("clap requires the bitext or --pairs"),
    };
    let learned = learn(&pairs, &settings.learning, &stemmer);
    let write = |out: &mut dyn Write| -> std::io::Result<()> {
        writeln!(
            out,
            "# Learned by `selaras lexicon learn` from {origin} ({} passage pairs).",
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
        Ok(())
    };
    match &args.output {
        Some(path) => super::write_output(path, write)?,
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            write(&mut out)?;
            out.flush()?;
        }
    }
    eprintln!("selaras: learned {} pairs", learned.len());
    Ok(())
}

/// The pairs of a bitext; a line without a tab is an error naming the line.
fn parse_bitext(text: &str, name: &str) -> anyhow::Result<Vec<(String, String)>> {
    let rows = two_columns(text, name, "english<TAB>indonesian", |_| false)?;
    Ok(rows.into_iter().map(|(_, en, id)| (en, id)).collect())
}

/// Aligns every document pair of the list (in parallel) and returns the texts of the
/// confident pairs, and a description of where they came from. A pair that cannot be
/// aligned is skipped with a warning.
fn first_pass(
    list: &Path,
    args: &LearnArgs,
    settings: &Settings,
) -> anyhow::Result<(Vec<(String, String)>, String)> {
    let source = Source::read(&list.to_string_lossy())?;
    let documents = parse_list(&source.text, &source.name)?;
    let mut resources = Resources::builder();
    if let Some(path) = &args.id_roots {
        resources = resources.id_roots(path);
    }
    let min_score = settings.learning.min_pair_score;
    let aligner = Aligner::new(
        Config::builder()
            .mode(args.mode)
            .presplit(args.presplit)
            .settings(settings.clone())
            .resources(resources.build()?)
            .build(),
    );
    let results: Vec<anyhow::Result<Vec<(String, String)>>> = documents
        .par_iter()
        .map(|(line, first, second)| {
            let align = || -> anyhow::Result<_> {
                let (a, b) = (Source::read(first)?, Source::read(second)?);
                Ok(aligner.align(&a, &b)?.texts_scoring(min_score))
            };
            align().with_context(|| format!("{}:{line}", source.name))
        })
        .collect();
    let mut texts = Vec::new();
    let mut aligned = 0;
    for result in results {
        match result {
            Ok(pairs) => {
                texts.extend(pairs);
                aligned += 1;
            }
            // One bad pair in a collection of thousands is reported, not fatal.
            Err(e) => eprintln!("selaras: warning: {e:#} (skipped)"),
        }
    }
    anyhow::ensure!(
        aligned > 0,
        "{}: no document pair could be aligned",
        source.name
    );
    let origin = format!(
        "the first-pass alignment of {aligned} of the {} document pairs in {}",
        documents.len(),
        source.name
    );
    Ok((texts, origin))
}

/// The document pairs of a list (`#` starts a comment line): line number and both file
/// names.
fn parse_list(text: &str, name: &str) -> anyhow::Result<Vec<(usize, String, String)>> {
    let documents = two_columns(text, name, "first_file<TAB>second_file", |l| {
        l.starts_with('#')
    })?;
    anyhow::ensure!(!documents.is_empty(), "{name}: lists no document pairs");
    Ok(documents)
}

/// The first two tab-separated columns of every non-empty line that is not `skipped`, with
/// its line number; a line with one column is an error naming it.
fn two_columns(
    text: &str,
    name: &str,
    expected: &str,
    skipped: impl Fn(&str) -> bool,
) -> anyhow::Result<Vec<(usize, String, String)>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !skipped(l))
        .map(|(n, line)| {
            let mut cols = line.split('\t');
            match (cols.next(), cols.next()) {
                (Some(a), Some(b)) => Ok((n + 1, a.to_string(), b.to_string())),
                _ => anyhow::bail!("{name}:{}: expected `{expected}`", n + 1),
            }
        })
        .collect()
}
