//! `selaras detect`: the language of each document and, with --segments, of each passage.

use clap::{Args, ValueEnum};
use selaras::ingest::Source;
use selaras::lang::{self, DocumentLanguages};
use selaras::segment;
use selaras::{Error, Language, Unit};
use serde::Serialize;
use std::io::Write;

#[derive(Args)]
pub struct DetectArgs {
    /// The documents (`-` reads standard input).
    #[arg(required = true)]
    files: Vec<String>,
    /// Also report the language of every segment.
    #[arg(long)]
    segments: bool,
    /// The input is one segment per line (with --segments: one answer per input line).
    #[arg(long)]
    presplit: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: DetectFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum DetectFormat {
    Text,
    Json,
    /// `file<TAB>code<TAB>confidence`; with --segments, `code<TAB>confidence` per segment.
    Tsv,
}

#[derive(Serialize)]
struct Report {
    file: String,
    #[serde(flatten)]
    languages: DocumentLanguages,
    /// Segments in languages other than the document's: `{"en": 3}` for a mixed document.
    mixed: std::collections::BTreeMap<&'static str, usize>,
    /// A language selaras does not handle, as whatlang names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    not_handled: Option<String>,
    #[serde(skip)]
    texts: Vec<String>,
}

/// Reports every file it can read; one it cannot is named on standard error and the exit
/// code is 2 once the others are reported.
pub fn run(args: &DetectArgs) -> anyhow::Result<i32> {
    let mut failed = false;
    let reports: Vec<Report> = args
        .files
        .iter()
        .filter_map(|f| match report(f, args.presplit) {
            Ok(r) => Some(r),
            Err(e) => {
                eprintln!("selaras: {e:#}");
                failed = true;
                None
            }
        })
        .collect();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        DetectFormat::Json => {
            let mut value = serde_json::to_value(&reports)?;
            if !args.segments {
                for r in value.as_array_mut().into_iter().flatten() {
                    r.as_object_mut().map(|o| o.remove("segments"));
                }
            }
            serde_json::to_writer_pretty(&mut out, &value)?;
            writeln!(out)?;
        }
        DetectFormat::Tsv => {
            for r in &reports {
                if args.segments {
                    for s in &r.languages.segments {
                        writeln!(out, "{}\t{:.2}", s.language.code(), s.confidence)?;
                    }
                } else {
                    let l = &r.languages;
                    writeln!(
                        out,
                        "{}\t{}\t{:.2}",
                        r.file,
                        l.language.code(),
                        l.confidence
                    )?;
                }
            }
        }
        DetectFormat::Text => {
            for r in &reports {
                write_text(&mut out, r, args.segments)?;
            }
        }
    }
    out.flush()?;
    Ok(if failed { 2 } else { 0 })
}

fn report(file: &str, presplit: bool) -> anyhow::Result<Report> {
    let source = Source::read(file)?;
    let unit = if presplit {
        Unit::Line
    } else {
        Unit::Paragraph
    };
    let texts: Vec<String> = segment::segment(&source.text, Language::Indonesian, unit)
        .into_iter()
        .map(|s| s.text)
        .collect();
    let mut languages = lang::identify_segments(texts.iter().map(String::as_str));
    let not_handled = match lang::detect(&source) {
        Err(Error::UnsupportedLanguage { found, .. }) => Some(found),
        _ => None,
    };
    if not_handled.is_some() {
        // Not English, Indonesian or Malay: no answer among them, whatever scored best.
        languages.language = lang::Identified::Undetermined;
        languages.confidence = 0.0;
    }
    Ok(Report {
        mixed: match not_handled {
            Some(_) => Default::default(),
            None => languages
                .others()
                .into_iter()
                .map(|(language, n)| (language.code(), n))
                .collect(),
        },
        file: source.name,
        not_handled,
        languages,
        texts,
    })
}

fn write_text(out: &mut impl Write, r: &Report, segments: bool) -> std::io::Result<()> {
    let l = &r.languages;
    let mut line = format!(
        "{}\t{} ({}, confidence {:.2}, {} segments)",
        r.file,
        l.language,
        l.language.code(),
        l.confidence,
        l.segments.len()
    );
    if let Some(other) = &r.not_handled {
        line.push_str(&format!("; not a language selaras handles: {other}"));
    }
    let others = l.others();
    if !others.is_empty() && r.not_handled.is_none() {
        let parts: Vec<String> = others
            .iter()
            .map(|(language, n)| format!("{n} of {} segments in {language}", l.segments.len()))
            .collect();
        line.push_str(&format!("; mixed: {}", parts.join(", ")));
    }
    writeln!(out, "{line}")?;
    if segments {
        for (i, (s, text)) in l.segments.iter().zip(&r.texts).enumerate() {
            let preview: String = text.chars().take(70).collect();
            let code = s.language.code();
            writeln!(out, "  {i}\t{code}\t{:.2}\t{preview}", s.confidence)?;
        }
    }
    Ok(())
}
