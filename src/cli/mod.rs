//! Subcommands. Exit codes: 0 success, 2 bad usage or input.

mod align;
mod corpus;
mod detect;
mod docs;
mod lexicon;
mod qa;
mod stem;
mod stream;
mod terms;

use clap::{Args, Parser, Subcommand};
use selaras::ingest::Source;
use selaras::{Config, Document, Mode, Resources, Settings, Unit};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
    Align(Deferred<align::AlignArgs>),
    /// Identify the language (English, Indonesian, Malay) of documents and their passages.
    Detect(Deferred<detect::DetectArgs>),
    /// Align many document pairs into filtered, scored bitext (TSV, JSONL, Moses, TMX).
    Corpus(Deferred<corpus::CorpusArgs>),
    /// Pair the documents of an English and an Indonesian collection.
    Docs(Deferred<docs::DocsArgs>),
    /// Print the shared entity/keyword map of two documents.
    Terms(Deferred<terms::TermsArgs>),
    /// Build lexicons: learn translation pairs from aligned text.
    Lexicon(Deferred<lexicon::LexiconArgs>),
    /// Translation QA: what a translation dropped, added, changed or left untranslated.
    Qa(Deferred<qa::QaArgs>),
    /// Align document pairs given as JSON lines on standard input (a mapper for Spark,
    /// Hadoop streaming, GNU parallel); write sentence pairs as JSON lines.
    Stream(Deferred<stream::StreamArgs>),
    /// Print the stem of each word (Indonesian by confix stripping, English by Snowball).
    Stem(Deferred<stem::StemArgs>),
}

/// A subcommand's arguments, declared to clap only when that subcommand is the one given
/// (`Command::defer`): clap otherwise builds every subcommand's arguments, help texts
/// included, in every process, which a run on one short document pays for in time.
struct Deferred<T>(T);

impl<T> std::ops::Deref for Deferred<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: clap::FromArgMatches> clap::FromArgMatches for Deferred<T> {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        T::from_arg_matches(matches).map(Deferred)
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        self.0.update_from_arg_matches(matches)
    }
}

impl<T: Args> Args for Deferred<T> {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        cmd.defer(|cmd| keep_about(cmd, T::augment_args))
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        cmd.defer(|cmd| keep_about(cmd, T::augment_args_for_update))
    }
}

/// A subcommand's arguments added without the description its arguments' type carries
/// replacing the subcommand's own.
fn keep_about(
    cmd: clap::Command,
    augment: impl FnOnce(clap::Command) -> clap::Command,
) -> clap::Command {
    let (about, long_about) = (cmd.get_about().cloned(), cmd.get_long_about().cloned());
    let cmd = augment(cmd);
    let cmd = match about {
        Some(about) => cmd.about(about),
        None => cmd.about(None::<&str>),
    };
    match long_about {
        Some(long_about) => cmd.long_about(long_about),
        None => cmd.long_about(None::<&str>),
    }
}

/// The inputs and pipeline options shared by subcommands that read a document pair.
#[derive(Args)]
pub struct PairArgs {
    /// The first document (English or Indonesian; `-` reads standard input).
    #[arg(required_unless_present = "print_params")]
    first: Option<String>,
    /// The second document, in the other language.
    #[arg(required_unless_present = "print_params")]
    second: Option<String>,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

/// How the pipeline runs: the options of every subcommand that aligns documents.
#[derive(Args)]
pub struct PipelineArgs {
    /// The input is one segment per line; indices in the output are 0-based line numbers.
    #[arg(long)]
    presplit: bool,
    /// What is aligned [default: paragraph, or line with --presplit].
    #[arg(long, value_enum)]
    unit: Option<Unit>,
    /// parallel (a translation), comparable (separately written or reordered), or auto.
    #[arg(long, value_enum, default_value = "auto")]
    mode: Mode,
    #[command(flatten)]
    resources: ResourceArgs,
    /// Align a document that reads as Malay as if it were Indonesian (with a warning)
    /// instead of refusing it.
    #[arg(long)]
    allow_malay: bool,
    /// Align twice, the second time with word pairs learned from the first alignment.
    #[arg(long)]
    realign: bool,
    #[command(flatten)]
    params: ParamsArgs,
}

impl PipelineArgs {
    fn config(&self) -> anyhow::Result<Config> {
        Ok(Config::builder()
            .mode(self.mode)
            .unit(self.unit)
            .presplit(self.presplit)
            .allow_malay(self.allow_malay)
            .realign(self.realign)
            .settings(self.params.settings()?)
            .resources(self.resources.build()?)
            .build())
    }
}

impl PairArgs {
    fn config(&self) -> anyhow::Result<Config> {
        self.pipeline.config()
    }

    /// Tells the user on standard error how a document was read, when that needs saying.
    fn warn(documents: [&Document; 2]) {
        for warning in documents.iter().filter_map(|d| d.warning.as_ref()) {
            eprintln!("selaras: warning: {warning}");
        }
    }

    /// The size of both documents, when both are files.
    fn bytes(&self) -> Option<u64> {
        total_bytes([self.first.as_deref()?, self.second.as_deref()?])
    }

    fn sources(&self) -> anyhow::Result<(Source, Source)> {
        let (Some(first), Some(second)) = (&self.first, &self.second) else {
            anyhow::bail!("two documents are needed");
        };
        if first == "-" && second == "-" {
            anyhow::bail!("only one of the two documents can come from standard input");
        }
        Ok((Source::read(first)?, Source::read(second)?))
    }
}

/// Which stemmer root list and lexicons to load.
#[derive(Args)]
pub struct ResourceArgs {
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
}

impl ResourceArgs {
    fn build(&self) -> anyhow::Result<Arc<Resources>> {
        let mut builder = Resources::builder().shipped_lexicon(!self.no_shipped_lexicon);
        if let Some(path) = &self.id_roots {
            builder = builder.id_roots(path);
        }
        for path in &self.lexicons {
            builder = builder.lexicon(path);
        }
        Ok(builder.build()?)
    }
}

/// The tuned settings of the stages.
#[derive(Args)]
pub struct ParamsArgs {
    /// Settings from a JSON file, naming only what it changes (see --print-params).
    #[arg(long, value_name = "FILE")]
    params: Option<PathBuf>,
    /// Print every setting as JSON (the defaults, with --params applied) and exit.
    #[arg(long)]
    print_params: bool,
}

impl ParamsArgs {
    fn settings(&self) -> anyhow::Result<Settings> {
        let Some(path) = &self.params else {
            return Ok(Settings::default());
        };
        let source = Source::read(&path.to_string_lossy())?;
        Ok(Settings::from_json(&source.text, &source.name)?)
    }

    /// With --print-params, prints the settings and says so.
    fn printed(&self) -> anyhow::Result<bool> {
        if self.print_params {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{}", self.settings()?.to_json())?;
        }
        Ok(self.print_params)
    }
}

/// The Indonesian stemmer: the shipped one, or one guided by a user's root list.
fn indonesian_stemmer(
    roots: Option<&Path>,
) -> anyhow::Result<Arc<selaras::analyze::stem::indonesian::IndonesianStemmer>> {
    let mut builder = Resources::builder().shipped_lexicon(false);
    if let Some(path) = roots {
        builder = builder.id_roots(path);
    }
    Ok(builder.build()?.indonesian_stemmer().clone())
}

/// Checks, before any work, that an output file can be made: the path is not a directory,
/// an existing file is replaced only with --force, and its folder exists.
fn check_output(path: &Path, force: bool) -> anyhow::Result<()> {
    let shown = path.display();
    if path.is_dir() {
        anyhow::bail!("{shown}: is a directory; give a file name");
    }
    if path.exists() && !force {
        anyhow::bail!("{shown}: exists; use --force to overwrite it");
    }
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        anyhow::bail!("{shown}: the folder {} does not exist", folder.display());
    }
    Ok(())
}

/// Writes a whole output file under a temporary name (`NAME.part`) and renames it at the
/// end: a failure (a full disk) leaves no truncated file under the name, and names the file.
fn write_output(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let mut part = path.as_os_str().to_owned();
    part.push(".part");
    let part = PathBuf::from(part);
    let result = std::fs::File::create(&part).and_then(|file| {
        let mut out = std::io::BufWriter::new(file);
        write(&mut out)?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()
    });
    if let Err(e) = result.and_then(|()| std::fs::rename(&part, path)) {
        let _ = std::fs::remove_file(&part);
        anyhow::bail!("{}: cannot write: {e}", path.display());
    }
    Ok(())
}

/// Runs the command line and returns the exit code.
pub fn run() -> i32 {
    let cli = Cli::parse();
    if cli.is_small() {
        // Starting a worker and waking it costs a short document more CPU time than the
        // worker saves (a third more on a page of 40 lines): the main thread is the pool.
        let alone = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .use_current_thread()
            .build_global();
        if alone.is_ok() {
            return cli.execute();
        }
    }
    // The whole command runs on a worker of the thread pool, so that the library's parallel
    // steps are picked up by the thread that reaches them instead of each one waking a worker
    // and putting the main thread to sleep (which cost a short document a third of its time).
    rayon::join(|| cli.execute(), || ()).0
}

/// The size of these files together, when all are files (none is `-`, standard input).
fn total_bytes<'a>(paths: impl IntoIterator<Item = &'a str>) -> Option<u64> {
    let size = |path: &str| match path {
        "-" => None,
        file => std::fs::metadata(file).ok().map(|m| m.len()),
    };
    paths.into_iter().map(size).sum()
}

/// Document pairs up to this size (both files together) are aligned on one thread.
const SMALL_PAIR_BYTES: u64 = 16 * 1024;

impl Cli {
    /// Whether the command reads one pair of files small enough for one thread.
    fn is_small(&self) -> bool {
        let bytes = match &self.command {
            Command::Align(args) => args.pair().bytes(),
            Command::Terms(args) => args.pair().bytes(),
            Command::Qa(args) => args.bytes(),
            _ => None,
        };
        bytes.is_some_and(|bytes| bytes <= SMALL_PAIR_BYTES)
    }

    /// Runs the subcommand and returns the exit code.
    fn execute(&self) -> i32 {
        let done = |r: anyhow::Result<()>| r.map(|()| 0);
        let result = match &self.command {
            Command::Align(args) => done(align::run(args)),
            Command::Detect(args) => detect::run(args),
            Command::Corpus(args) => corpus::run(args),
            Command::Docs(args) => done(docs::run(args)),
            Command::Terms(args) => done(terms::run(args)),
            Command::Lexicon(args) => done(lexicon::run(args)),
            Command::Qa(args) => qa::run(args),
            Command::Stem(args) => done(stem::run(args)),
            Command::Stream(args) => done(stream::run(args)),
        };
        match result {
            Ok(code) => code,
            Err(e) if is_broken_pipe(&e) => 0,
            Err(e) => {
                match e.downcast_ref::<std::io::Error>() {
                    // A bare I/O error is a failed write of the report (a full disk): reading
                    // errors all say what they read.
                    Some(io) if e.chain().count() == 1 => {
                        eprintln!("selaras: standard output: cannot write: {io}")
                    }
                    _ => eprintln!("selaras: {e:#}"),
                }
                2
            }
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}
