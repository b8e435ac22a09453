//! `selaras docs`: which English document of a collection goes with which Indonesian one.

use super::{ParamsArgs, ResourceArgs};
use anyhow::Context;
use clap::{Args, ValueEnum};
use rayon::prelude::*;
use selaras::docalign::{self, Profile};
use selaras::ingest::Source;
use selaras::{Aligner, Config, Document, Language};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct DocsArgs {
    /// The English documents: a directory (its files, by name), or a file listing one path
    /// per line.
    english: PathBuf,
    /// The Indonesian documents, the same way.
    indonesian: PathBuf,
    /// The documents are one segment per line.
    #[arg(long)]
    presplit: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "tsv")]
    format: DocsFormat,
    #[command(flatten)]
    resources: ResourceArgs,
    #[command(flatten)]
    params: ParamsArgs,
}

#[derive(Clone, Copy, ValueEnum)]
enum DocsFormat {
    /// `en_file<TAB>id_file<TAB>score` per pair.
    Tsv,
    /// The pairs, the documents left unpaired and the documents skipped.
    Json,
}

#[derive(Serialize)]
struct Pair<'a> {
    en: &'a str,
    id: &'a str,
    score: f64,
    similarity: f64,
}

#[derive(Serialize)]
struct Skipped {
    file: String,
    error: String,
}

#[derive(Serialize)]
struct Report<'a> {
    pairs: Vec<Pair<'a>>,
    unpaired_en: Vec<&'a str>,
    unpaired_id: Vec<&'a str>,
    skipped: Vec<Skipped>,
}

/// A collection's documents that could be read and are in its language, as profiles.
struct Collection {
    names: Vec<String>,
    documents: Vec<Document>,
    profiles: Vec<Profile>,
    skipped: Vec<Skipped>,
}

pub fn run(args: &DocsArgs) -> anyhow::Result<()> {
    if args.params.printed()? {
        return Ok(());
    }
    let settings = args.params.settings()?;
    let config = Config::builder()
        .presplit(args.presplit)
        .settings(settings.clone())
        .resources(args.resources.build()?)
        .build();
    let aligner = Aligner::new(config);
    let english = collection(&args.english, Language::English, &aligner)?;
    let indonesian = collection(&args.indonesian, Language::Indonesian, &aligner)?;
    let verify = |en: usize, id: usize| {
        let alignment = aligner.align_documents(
            english.documents[en].clone(),
            indonesian.documents[id].clone(),
        );
        docalign::aligned_share(&alignment, settings.docalign.min_bead_score)
    };
    let pairs = docalign::align(
        &english.profiles,
        &indonesian.profiles,
        &settings.docalign,
        verify,
    );
    for s in english.skipped.iter().chain(&indonesian.skipped) {
        eprintln!("selaras: skipped {}", s.error);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        DocsFormat::Tsv => {
            for p in &pairs {
                let (en, id) = (&english.names[p.en], &indonesian.names[p.id]);
                writeln!(out, "{en}\t{id}\t{:.3}", p.score)?;
            }
        }
        DocsFormat::Json => {
            let report = Report {
                pairs: pairs
                    .iter()
                    .map(|p| Pair {
                        en: &english.names[p.en],
                        id: &indonesian.names[p.id],
                        score: p.score,
                        similarity: p.similarity,
                    })
                    .collect(),
                unpaired_en: unpaired(&english.names, pairs.iter().map(|p| p.en)),
                unpaired_id: unpaired(&indonesian.names, pairs.iter().map(|p| p.id)),
                skipped: english
                    .skipped
                    .into_iter()
                    .chain(indonesian.skipped)
                    .collect(),
            };
            serde_json::to_writer_pretty(&mut out, &report)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// A document read and profiled, or why it could not be.
type Read = Result<(Document, Profile), String>;

/// The names of a collection that no pair takes.
fn unpaired(names: &[String], paired: impl Iterator<Item = usize>) -> Vec<&str> {
    let mut taken = vec![false; names.len()];
    paired.for_each(|i| taken[i] = true);
    names
        .iter()
        .zip(taken)
        .filter(|(_, t)| !t)
        .map(|(n, _)| n.as_str())
        .collect()
}

/// Reads and profiles a collection's documents in parallel, each taken in the collection's
/// language; a document that cannot be read is skipped, not fatal.
fn collection(path: &Path, language: Language, aligner: &Aligner) -> anyhow::Result<Collection> {
    let files = list(path)?;
    let lexicon = aligner.config().resources.lexicon();
    let results: Vec<(String, Read)> = files
        .par_iter()
        .map(|file| {
            let name = file.display().to_string();
            let profile = profile(&name, language, aligner, lexicon);
            (name, profile)
        })
        .collect();
    let mut collection = Collection {
        names: Vec::new(),
        documents: Vec::new(),
        profiles: Vec::new(),
        skipped: Vec::new(),
    };
    for (file, result) in results {
        match result {
            Ok((document, profile)) => {
                collection.names.push(file);
                collection.documents.push(document);
                collection.profiles.push(profile);
            }
            Err(error) => collection.skipped.push(Skipped { file, error }),
        }
    }
    Ok(collection)
}

fn profile(
    name: &str,
    language: Language,
    aligner: &Aligner,
    lexicon: &selaras::keymap::Lexicon,
) -> Read {
    let source = Source::read(name).map_err(|e| e.to_string())?;
    let unit = aligner.config().unit();
    let document = aligner
        .document_in(&source, language, unit)
        .map_err(|e| e.to_string())?;
    let analyzed = aligner.analyze(&document);
    let profile = match language {
        Language::English => Profile::english(&analyzed, lexicon),
        Language::Indonesian => Profile::indonesian(&analyzed),
    };
    Ok((document, profile))
}

/// The files of a directory (sorted by name, hidden files left out), or the paths a list
/// file names (relative paths are taken from the list's directory).
pub fn list(path: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let shown = path.display();
    if path.is_dir() {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(path).with_context(|| format!("{shown}: cannot read"))? {
            let entry = entry.with_context(|| format!("{shown}: cannot read"))?;
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            if entry.path().is_file() && !hidden {
                files.push(entry.path());
            }
        }
        files.sort();
        if files.is_empty() {
            anyhow::bail!("{shown}: the directory has no documents");
        }
        return Ok(files);
    }
    let list = Source::read(&path.to_string_lossy())?;
    let base = path.parent().unwrap_or(Path::new(""));
    Ok(list
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| base.join(l))
        .collect())
}
