//! `selaras corpus`: many document pairs to filtered, scored bitext.

use super::PipelineArgs;
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use selaras::corpus::batch::{self, OutputOptions, Outputs, Summary};
use selaras::corpus::manifest::{self, Job};
use selaras::corpus::output::Format;
use selaras::corpus::{Filters, Reason};
use selaras::Aligner;
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Args)]
pub struct CorpusArgs {
    /// A manifest (`en_file<TAB>id_file` lines, as `selaras docs` prints them, or JSON
    /// lines `{"en": ..., "id": ...}`), or an English and an Indonesian directory whose
    /// files pair by name.
    #[arg(required_unless_present = "print_params", num_args = 1..=2, value_name = "MANIFEST | EN_DIR ID_DIR")]
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "tsv")]
    format: Format,
    /// Where the bitext goes (for moses, the prefix of OUTPUT.en and OUTPUT.id); standard
    /// output if not given.
    #[arg(short, long, value_name = "PATH")]
    output: Option<PathBuf>,
    /// Write every dropped pair here, with the filter that dropped it.
    #[arg(long, value_name = "FILE")]
    rejects: Option<PathBuf>,
    /// Replace existing outputs.
    #[arg(long)]
    force: bool,
    /// Continue an interrupted run (same inputs and options) where it stopped.
    #[arg(long)]
    resume: bool,
    #[command(flatten)]
    filters: FilterArgs,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

/// The filters a sentence pair must pass.
#[derive(Args)]
pub struct FilterArgs {
    /// Drop pairs the aligner is less sure of than this (0..1).
    #[arg(long, default_value_t = Filters::default().min_score)]
    min_score: f64,
    /// Drop pairs whose Indonesian side is shorter than this share of the English one...
    #[arg(long, default_value_t = Filters::default().length_ratio.0)]
    min_length_ratio: f64,
    /// ...or longer than this multiple of it (once a side has 30 characters).
    #[arg(long, default_value_t = Filters::default().length_ratio.1)]
    max_length_ratio: f64,
    /// Turn a filter off: no-words, identical, language, numbers, length, score, duplicate
    /// (repeatable).
    #[arg(long = "no-filter", value_name = "NAME", value_parser = filter_name)]
    no_filter: Vec<Reason>,
}

impl FilterArgs {
    pub fn filters(&self) -> Filters {
        Filters {
            off: self.no_filter.clone(),
            min_score: self.min_score,
            length_ratio: (self.min_length_ratio, self.max_length_ratio),
            ..Filters::default()
        }
    }
}

fn filter_name(name: &str) -> Result<Reason, String> {
    Reason::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Reason::ALL.iter().map(|r| r.name()).collect();
        format!(
            "no filter named {name:?}; the filters are {}",
            names.join(", ")
        )
    })
}

pub fn run(args: &CorpusArgs) -> anyhow::Result<i32> {
    if args.pipeline.params.printed()? {
        return Ok(0);
    }
    let jobs = jobs(&args.inputs)?;
    let filters = args.filters.filters();
    let config = args.pipeline.config()?;
    let run = describe_run(args, &jobs, &filters, &config.settings.to_json());
    let mut outputs = Outputs::open(
        args.format,
        &OutputOptions {
            path: args.output.clone(),
            rejects: args.rejects.clone(),
            force: args.force,
            resume: args.resume,
            run,
        },
    )?;
    let bar = progress(jobs.len() as u64, outputs.done() as u64);
    let aligner = Aligner::new(config);
    batch::run(&jobs, &aligner, &filters, &mut outputs, |_, outcome, _| {
        if let batch::Outcome::Failed(error) = outcome {
            bar.suspend(|| eprintln!("selaras: skipped {error}"));
        }
        bar.inc(1);
    })?;
    bar.finish_and_clear();
    let summary = outputs.finish()?;
    eprintln!("selaras: {}", describe(&summary));
    Ok(if summary.failed == summary.documents {
        2
    } else {
        0
    })
}

/// The document pairs the inputs name.
fn jobs(inputs: &[PathBuf]) -> anyhow::Result<Vec<Job>> {
    match inputs {
        [manifest] => Ok(manifest::read(manifest)?),
        [en, id] => {
            let (jobs, alone) =
                manifest::pair_directories(&super::docs::list(en)?, &super::docs::list(id)?);
            for file in &alone {
                eprintln!(
                    "selaras: warning: {}: no file of the same name on the other side",
                    file.display()
                );
            }
            if jobs.is_empty() {
                anyhow::bail!(
                    "{} and {}: no file names in common",
                    en.display(),
                    id.display()
                );
            }
            Ok(jobs)
        }
        _ => anyhow::bail!("give a manifest, or an English and an Indonesian directory"),
    }
}

/// A progress bar with rate and time left, on standard error when it is a terminal.
fn progress(total: u64, done: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} documents, {rate} a second, {eta} left")
            .expect("the template parses")
            .progress_chars("##-")
            .with_key(
                "rate",
                |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0}", state.per_sec());
                },
            ),
    );
    bar.set_position(done);
    bar.reset_eta();
    bar
}

/// The summary in a line.
fn describe(s: &Summary) -> String {
    let dropped: Vec<String> = s
        .dropped
        .iter()
        .map(|(r, n)| format!("{} {n}", r.name()))
        .collect();
    let dropped = match dropped.is_empty() {
        true => String::new(),
        false => format!(" ({})", dropped.join(", ")),
    };
    format!(
        "{} document pairs ({} failed), {} sentence pairs kept, {} dropped{dropped}, {} segments unpaired",
        s.documents,
        s.failed,
        s.kept,
        s.dropped_total(),
        s.unpaired_segments
    )
}

/// What makes this run this run: its inputs and every option that changes its output.
fn describe_run(args: &CorpusArgs, jobs: &[Job], filters: &Filters, settings: &str) -> String {
    let p = &args.pipeline;
    let mut text = format!(
        "{:?}|{filters:?}|{settings}|{:?}|{}|{:?}|{}|{}",
        args.format, p.mode, p.presplit, p.unit, p.allow_malay, p.realign
    );
    for job in jobs {
        text.push_str(&format!("|{}\t{}", job.en.display(), job.id.display()));
    }
    text
}
