//! Subcommands. Exit codes: 0 success, 2 bad usage or input.

mod align;
mod detect;
mod lexicon;
mod stem;
mod terms;

use clap::{Args, Parser, Subcommand};
use selaras::align::Mode;
use selaras::analyze::stem::indonesian::IndonesianStemmer;
use selaras::keymap::Lexicon;
use selaras::segment::Unit;
use selaras::Config;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "selaras",
    version,
    about = "Line up related passages between English and Indonesian documents"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Align an English and an Indonesian document (either order) and report the pairs.
    Align(align::AlignArgs),
    /// Identify the language (English, Indonesian, Malay) of documents and their passages.
    Detect(detect::DetectArgs),
    /// Print the shared entity/keyword map of two documents.
    Terms(terms::TermsArgs),
    /// Build lexicons: learn translation pairs from aligned text.
    Lexicon(lexicon::LexiconArgs),
    /// Print the stem of each word (Indonesian by confix stripping, English by Snowball).
    Stem(stem::StemArgs),
}

/// The inputs and pipeline options shared by subcommands that read a document pair.
#[derive(Args)]
pub struct PairArgs {
    /// The first document (English or Indonesian; `-` reads standard input).
    first: String,
    /// The second document, in the other language.
    second: String,
    /// The input is one segment per line; indices in the output are 0-based line numbers.
    #[arg(long)]
    presplit: bool,
    /// What is aligned [default: paragraph, or line with --presplit].
    #[arg(long, value_enum)]
    unit: Option<Unit>,
    /// parallel (a translation), comparable (separately written or reordered), or auto.
    #[arg(long, value_enum, default_value = "auto")]
    mode: Mode,
    /// An extra lexicon: `english<TAB>indonesian` per line (repeatable).
    #[arg(long = "lexicon", value_name = "FILE")]
    lexicons: Vec<PathBuf>,
    /// Leave out the shipped lexicon.
    #[arg(long)]
    no_shipped_lexicon: bool,
    /// Guide the Indonesian stemmer with this root list (one word per line) instead of the
    /// shipped one.
    #[arg(long, value_name = "FILE")]
    id_roots: Option<PathBuf>,
    /// Align a document that reads as Malay as if it were Indonesian (with a warning)
    /// instead of refusing it.
    #[arg(long)]
    allow_malay: bool,
    /// Align twice, the second time with word pairs learned from the first alignment.
    #[arg(long)]
    realign: bool,
}

impl PairArgs {
    fn config(&self) -> anyhow::Result<Config> {
        let stemmer = indonesian_stemmer(self.id_roots.as_deref())?;
        let mut lexicon = if self.no_shipped_lexicon {
            Lexicon::default()
        } else {
            Lexicon::shipped_for(&stemmer)
        };
        for path in &self.lexicons {
            lexicon.add_file(path, &stemmer)?;
        }
        Ok(Config {
            mode: self.mode,
            unit: self.unit,
            presplit: self.presplit,
            lexicon,
            indonesian_stemmer: stemmer,
            allow_malay: self.allow_malay,
            realign: self.realign,
            ..Config::default()
        })
    }

    /// Tells the user on standard error how a document was read, when that needs saying.
    fn warn(documents: [&selaras::Document; 2]) {
        for warning in documents.iter().filter_map(|d| d.warning.as_ref()) {
            eprintln!("selaras: warning: {warning}");
        }
    }

    fn sources(&self) -> anyhow::Result<(selaras::ingest::Source, selaras::ingest::Source)> {
        if self.first == "-" && self.second == "-" {
            anyhow::bail!("only one of the two documents can come from standard input");
        }
        Ok((
            selaras::ingest::Source::read(&self.first)?,
            selaras::ingest::Source::read(&self.second)?,
        ))
    }
}

/// The Indonesian stemmer: the shipped one, or one guided by a user's root list.
fn indonesian_stemmer(
    roots: Option<&std::path::Path>,
) -> anyhow::Result<std::sync::Arc<IndonesianStemmer>> {
    let Some(path) = roots else {
        return Ok(IndonesianStemmer::shipped());
    };
    let source = selaras::ingest::Source::read(&path.to_string_lossy())?;
    let stemmer = IndonesianStemmer::from_list(&source.text);
    anyhow::ensure!(
        stemmer.root_count() > 0,
        "{}: the root list has no words",
        path.display()
    );
    Ok(std::sync::Arc::new(stemmer))
}

/// Runs the command line and returns the exit code.
pub fn run() -> i32 {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Align(args) => align::run(args),
        Command::Detect(args) => detect::run(args),
        Command::Terms(args) => terms::run(args),
        Command::Lexicon(args) => lexicon::run(args),
        Command::Stem(args) => stem::run(args),
    };
    match result {
        Ok(()) => 0,
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => {
            eprintln!("selaras: {e:#}");
            2
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}
