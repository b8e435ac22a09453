//! `selaras qa`: translation QA of a source and its translation (plain text, or one
//! bilingual PO, XLIFF or TMX file).

use super::{ParamsArgs, ResourceArgs};
use anyhow::Context;
use clap::{Args, ValueEnum};
use selaras::bilingual::{self, Bilingual};
use selaras::ingest::Source;
use selaras::qa::{self, Finding, Glossary, QaOptions, Severity};
use selaras::report::findings;
use selaras::{Aligner, Alignment, Config, Language, Mode, Unit};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct QaArgs {
    /// The source text, or one bilingual file (.po, .xlf/.xliff, .tmx).
    source: String,
    /// The translation (plain text; not with a bilingual file).
    translation: Option<String>,
    /// The input is one segment per line; indices in the output are 0-based line numbers.
    #[arg(long)]
    presplit: bool,
    /// parallel (in order), comparable (reordered sections found anywhere), or auto: in
    /// order unless too little aligns in order. Bilingual files are paired by unit.
    #[arg(long, value_enum, default_value = "auto")]
    mode: Mode,
    /// What is compared [default: paragraph, or line with --presplit].
    #[arg(long, value_enum)]
    unit: Option<Unit>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: QaFormat,
    /// Report findings of this severity or worse [default: info, everything].
    #[arg(long, value_enum, default_value = "info")]
    severity: Level,
    /// Exit with code 1 when a (new) finding reaches this severity.
    #[arg(long, value_enum)]
    fail_on: Option<Level>,
    /// Findings already reviewed (a `--format json` output): they are not reported again.
    #[arg(long, value_name = "FILE")]
    accept: Option<PathBuf>,
    /// Required translations of terms: TSV `english<TAB>indonesian`, or TBX.
    #[arg(long, value_name = "FILE")]
    glossary: Option<PathBuf>,
    #[command(flatten)]
    resources: ResourceArgs,
    #[command(flatten)]
    params: ParamsArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum QaFormat {
    /// Findings with the passages concerned, then a count.
    Text,
    /// A JSON list of findings.
    Json,
    /// One HTML page: both texts side by side, each finding at its passage, filterable by
    /// type.
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum Level {
    Error,
    Warning,
    Info,
}

impl Level {
    fn severity(self) -> Severity {
        match self {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
            Level::Info => Severity::Info,
        }
    }
}

impl QaArgs {
    /// The size of the files checked, when all are files.
    pub(super) fn bytes(&self) -> Option<u64> {
        super::total_bytes(std::iter::once(self.source.as_str()).chain(self.translation.as_deref()))
    }
}

/// Runs the checks and returns the exit code (1 when `--fail-on` is reached).
pub fn run(args: &QaArgs) -> anyhow::Result<i32> {
    let resources = args.resources.build()?;
    let config = Config::builder()
        .mode(args.mode)
        .unit(args.unit)
        .presplit(args.presplit)
        .settings(args.params.settings()?)
        .resources(resources.clone())
        .build();
    let aligner = Aligner::new(config);
    let glossary = match &args.glossary {
        Some(path) => Some(Glossary::load(path, &resources)?),
        None => None,
    };
    let (alignment, source, units) = if bilingual::is_bilingual(Path::new(&args.source)) {
        if args.translation.is_some() {
            anyhow::bail!(
                "{}: a bilingual file holds both sides; give it alone",
                args.source
            );
        }
        let file = bilingual::read(Path::new(&args.source))?;
        let alignment = pair_units(&aligner, &file, &args.source)?;
        (alignment, file.source, Some(file))
    } else {
        let Some(translation) = &args.translation else {
            anyhow::bail!(
                "{}: give the translation too (or a .po, .xlf or .tmx file)",
                args.source
            );
        };
        let (first, second) = (Source::read(&args.source)?, Source::read(translation)?);
        let alignment = aligner.align_translation(&first, &second)?;
        let source = if alignment.english.name == first.name {
            Language::English
        } else {
            Language::Indonesian
        };
        (alignment, source, None)
    };
    let options = QaOptions {
        source: Some(source),
        glossary,
        paired: units.is_some(),
        settings: aligner.config().settings.clone(),
    };
    let mut found = qa::check(&alignment, &options);
    found.retain(|f| f.severity <= args.severity.severity());
    if let Some(path) = &args.accept {
        found = qa::new_findings(found, &reviewed(path)?);
    }
    write(args, &found, &alignment, units.as_ref())?;
    let failing = args
        .fail_on
        .is_some_and(|level| found.iter().any(|f| f.severity <= level.severity()));
    Ok(i32::from(failing))
}

/// Aligns a bilingual file's units one to one.
fn pair_units(aligner: &Aligner, file: &Bilingual, name: &str) -> anyhow::Result<Alignment> {
    if file.units.is_empty() {
        anyhow::bail!("{name}: no translated units");
    }
    let side = |language: Language| -> String {
        file.units
            .iter()
            .map(|u| {
                let text = if language == file.source {
                    &u.source
                } else {
                    &u.target
                };
                text.replace(['\n', '\r'], " ")
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let source = |language: Language| {
        Source::from_text(&format!("{name} ({})", language.code()), &side(language))
    };
    Ok(aligner.pair_units(&source(Language::English)?, &source(Language::Indonesian)?)?)
}

fn reviewed(path: &Path) -> anyhow::Result<Vec<Finding>> {
    let source = Source::read(&path.to_string_lossy())?;
    serde_json::from_str(&source.text).with_context(|| {
        format!(
            "{}: not a list of findings (write one with --format json)",
            source.name
        )
    })
}

fn write(
    args: &QaArgs,
    found: &[Finding],
    alignment: &Alignment,
    units: Option<&Bilingual>,
) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        QaFormat::Json => findings::write_json(found, &mut out)?,
        QaFormat::Html => selaras::report::html::write(alignment, found, &mut out)?,
        QaFormat::Text => {
            let label = |_: Language, segment: usize| match units {
                Some(file) => {
                    let unit = &file.units[segment];
                    format!("[line {}]", unit.line)
                }
                None => format!("[{segment}]"),
            };
            findings::write_text(found, alignment, &label, &mut out)?
        }
    }
    out.flush()?;
    Ok(())
}
