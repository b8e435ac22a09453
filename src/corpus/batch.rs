//! A corpus run: many document pairs aligned in parallel, their sentence pairs filtered and
//! written in input order. Output files are written under a temporary name (`NAME.part`)
//! and moved into place only when the run completes, so an interrupted run never leaves a
//! file that looks complete; a journal (`NAME.journal`) records after each document how far
//! every file got, so that `--resume` truncates them there and goes on.

use super::output::{self, Format, Origin};
use super::{manifest::Job, sentence_pairs, Dedup, Filters, Reason, SentencePair};
use crate::error::{Error, Result};
use crate::ingest::Source;
use crate::pipeline::Aligner;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};

/// What a run did, document by document and in all.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Documents pairs processed (aligned or failed).
    pub documents: usize,
    /// Document pairs that could not be aligned (unreadable, empty, wrong language).
    pub failed: usize,
    /// Sentence pairs kept.
    pub kept: usize,
    /// Sentence pairs dropped, by filter.
    pub dropped: BTreeMap<Reason, usize>,
    /// Segments the aligner found no counterpart for.
    pub unpaired_segments: usize,
}

impl Summary {
    /// Pairs dropped in all.
    pub fn dropped_total(&self) -> usize {
        self.dropped.values().sum()
    }

    fn add(&mut self, outcome: &Outcome) {
        self.documents += 1;
        match outcome {
            Outcome::Failed(_) => self.failed += 1,
            Outcome::Aligned { pairs, unpaired } => {
                self.unpaired_segments += unpaired;
                for pair in pairs {
                    match pair.dropped {
                        None => self.kept += 1,
                        Some(reason) => *self.dropped.entry(reason).or_default() += 1,
                    }
                }
            }
        }
    }
}

/// What became of one document pair.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Aligned: its sentence pairs, judged, and how many segments stayed unpaired.
    Aligned {
        /// The pairs, kept and dropped, in bead order.
        pairs: Vec<SentencePair>,
        /// Segments with no counterpart.
        unpaired: usize,
    },
    /// Not aligned, and why (a one-line message naming the file).
    Failed(String),
}

/// Reads, aligns and judges one document pair.
pub fn process(aligner: &Aligner, job: &Job, filters: &Filters) -> Outcome {
    let read = |path: &Path| Source::read(&path.to_string_lossy());
    match read(&job.en).and_then(|en| Ok((en, read(&job.id)?))) {
        Ok((en, id)) => process_sources(aligner, &en, &id, filters),
        Err(e) => Outcome::Failed(e.to_string()),
    }
}

/// Aligns one document pair and judges its sentence pairs (all filters but duplicates).
pub fn process_sources(aligner: &Aligner, en: &Source, id: &Source, filters: &Filters) -> Outcome {
    match aligner.align(en, id) {
        Ok(alignment) => Outcome::Aligned {
            pairs: sentence_pairs(&alignment, filters),
            unpaired: alignment
                .beads
                .iter()
                .filter(|b| !b.is_pair())
                .map(|b| b.en.len() + b.id.len())
                .sum(),
        },
        Err(e) => Outcome::Failed(e.to_string()),
    }
}

/// Runs the jobs after those `outputs` already holds, writing each document's pairs in
/// input order; `on_document` hears of every document as it is written.
pub fn run(
    jobs: &[Job],
    aligner: &Aligner,
    filters: &Filters,
    outputs: &mut Outputs,
    mut on_document: impl FnMut(&Job, &Outcome, &Summary),
) -> Result<Summary> {
    // A few documents per thread at a time keeps both cores busy while memory holds only
    // the documents in flight.
    let chunk = rayon::current_num_threads() * 4;
    let start = outputs.done;
    for batch in jobs[start..].chunks(chunk) {
        let outcomes: Vec<Outcome> = batch
            .par_iter()
            .map(|job| process(aligner, job, filters))
            .collect();
        for (job, mut outcome) in batch.iter().zip(outcomes) {
            if let Outcome::Aligned { pairs, .. } = &mut outcome {
                if filters.on(Reason::Duplicate) {
                    pairs.iter_mut().for_each(|p| outputs.dedup.check(p));
                }
            }
            outputs.write(job, &outcome)?;
            on_document(job, &outcome, &outputs.summary);
        }
    }
    Ok(outputs.summary.clone())
}

/// A file being written, and how many bytes it holds.
struct Part {
    target: Option<PathBuf>,
    writer: BufWriter<Box<dyn Write + Send>>,
    written: u64,
}

impl Write for Part {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.writer.write(buf)?;
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer.flush()
    }
}

/// One line of the journal: how far the run got.
#[derive(Serialize, Deserialize)]
struct Checkpoint {
    /// Documents written.
    done: usize,
    /// The size of every part file after them.
    sizes: Vec<u64>,
    summary: Summary,
    /// The kept pairs of the documents since the last checkpoint (their dedup hashes).
    hashes: Vec<u64>,
}

/// The outputs of a run: the bitext in one or two files (or standard output), and the
/// dropped pairs if asked for.
pub struct Outputs {
    format: Format,
    parts: Vec<Part>,
    rejects: Option<Part>,
    journal: Option<(PathBuf, File)>,
    done: usize,
    summary: Summary,
    dedup: Dedup,
    new_hashes: Vec<u64>,
}

/// Where a run writes and how it treats what is already there.
#[derive(Debug, Clone, Default)]
pub struct OutputOptions {
    /// The bitext path (a prefix for Moses); `None` writes to standard output.
    pub path: Option<PathBuf>,
    /// Where dropped pairs go, with the filter that dropped them.
    pub rejects: Option<PathBuf>,
    /// Replace existing outputs (and the leftovers of an interrupted run).
    pub force: bool,
    /// Continue an interrupted run from its journal.
    pub resume: bool,
    /// What the run is (its inputs and every option that changes its output), in any
    /// words: its hash goes into the journal, and a resumed run must be the same run.
    pub run: String,
}

impl Outputs {
    /// Opens a run's outputs, refusing to overwrite anything unless forced, before any
    /// document is aligned.
    pub fn open(format: Format, options: &OutputOptions) -> Result<Outputs> {
        let targets: Vec<Option<PathBuf>> = match &options.path {
            Some(path) => format.files(path).into_iter().map(Some).collect(),
            None if format == Format::Moses => {
                return Err(invalid(
                    "standard output",
                    "the Moses format writes two files; give --output PREFIX",
                ))
            }
            None => vec![None],
        };
        if options.resume && options.path.is_none() {
            return Err(invalid(
                "standard output",
                "--resume needs --output: a run written to standard output cannot be resumed",
            ));
        }
        let files: Vec<PathBuf> = targets
            .iter()
            .flatten()
            .chain(&options.rejects)
            .cloned()
            .collect();
        let journal_path = files.first().map(|f| with_suffix(f, "journal"));
        if let Some(dir) = files.iter().find(|f| f.is_dir()) {
            return Err(invalid(
                &dir.display().to_string(),
                "is a directory; give a file name",
            ));
        }
        if !options.force {
            for file in &files {
                if file.exists() {
                    return Err(invalid(
                        &file.display().to_string(),
                        "already exists; --force replaces it",
                    ));
                }
            }
            if let Some(journal) = journal_path
                .as_ref()
                .filter(|j| j.exists() && !options.resume)
            {
                return Err(invalid(
                    &journal.display().to_string(),
                    "an interrupted run left this journal; --resume continues it, --force starts over",
                ));
            }
        }
        let fingerprint = format!("{:016x}", crate::fnv::hash(options.run.as_bytes()));
        let checkpoint = match (&journal_path, options.resume) {
            (Some(journal), true) => Some(read_journal(journal, &fingerprint)?),
            _ => None,
        };
        let open = |target: &Option<PathBuf>, size: Option<u64>| -> Result<Part> {
            let writer: Box<dyn Write + Send> = match target {
                None => Box::new(io::stdout()),
                Some(path) => Box::new(open_part(&with_suffix(path, "part"), size)?),
            };
            Ok(Part {
                target: target.clone(),
                writer: BufWriter::new(writer),
                written: size.unwrap_or(0),
            })
        };
        let sizes = |k: usize| checkpoint.as_ref().map(|(c, _)| c.sizes[k]);
        let parts = targets
            .iter()
            .enumerate()
            .map(|(k, t)| open(t, sizes(k)))
            .collect::<Result<Vec<_>>>()?;
        let rejects = match &options.rejects {
            Some(path) => Some(open(&Some(path.clone()), sizes(targets.len()))?),
            None => None,
        };
        let journal = match journal_path {
            Some(path) => {
                let file = OpenOptions::new()
                    .create(true)
                    .append(options.resume)
                    .write(true)
                    .truncate(!options.resume)
                    .open(&path)
                    .map_err(|e| io_error(&path, e))?;
                Some((path, file))
            }
            None => None,
        };
        let mut outputs = Outputs {
            format,
            parts,
            rejects,
            journal,
            done: 0,
            summary: Summary::default(),
            dedup: Dedup::default(),
            new_hashes: Vec::new(),
        };
        match checkpoint {
            Some((checkpoint, hashes)) => {
                outputs.done = checkpoint.done;
                outputs.summary = checkpoint.summary;
                outputs.dedup.extend(hashes);
            }
            None => {
                outputs.write_journal_header(&fingerprint)?;
                let mut sinks: Vec<&mut dyn Write> = outputs
                    .parts
                    .iter_mut()
                    .map(|p| p as &mut dyn Write)
                    .collect();
                format
                    .begin(&mut sinks)
                    .map_err(|e| outputs_error(&outputs.parts, e))?;
                outputs.checkpoint()?;
            }
        }
        Ok(outputs)
    }

    /// How many documents of the run are already written (after a resume).
    pub fn done(&self) -> usize {
        self.done
    }

    /// Writes one document's pairs and records the checkpoint.
    fn write(&mut self, job: &Job, outcome: &Outcome) -> Result<()> {
        self.summary.add(outcome);
        if let Outcome::Aligned { pairs, .. } = outcome {
            let (en_file, id_file) = (job.en.to_string_lossy(), job.id.to_string_lossy());
            let origin = Origin {
                en_file: &en_file,
                id_file: &id_file,
            };
            for pair in pairs {
                if pair.kept() {
                    let mut sinks: Vec<&mut dyn Write> =
                        self.parts.iter_mut().map(|p| p as &mut dyn Write).collect();
                    self.format
                        .pair(&mut sinks, origin, pair)
                        .map_err(|e| outputs_error(&self.parts, e))?;
                    self.new_hashes.push(Dedup::hash(pair));
                } else if let Some(rejects) = &mut self.rejects {
                    output::reject(rejects, origin, pair).map_err(|e| part_error(rejects, e))?;
                }
            }
        }
        self.done += 1;
        self.checkpoint()
    }

    /// Completes the run: the formats' endings, then every file moved into place.
    pub fn finish(mut self) -> Result<Summary> {
        let mut sinks: Vec<&mut dyn Write> =
            self.parts.iter_mut().map(|p| p as &mut dyn Write).collect();
        self.format
            .end(&mut sinks)
            .map_err(|e| outputs_error(&self.parts, e))?;
        for part in self.parts.iter_mut().chain(self.rejects.as_mut()) {
            part.flush().map_err(|e| part_error(part, e))?;
            if let Some(target) = &part.target {
                std::fs::rename(with_suffix(target, "part"), target)
                    .map_err(|e| io_error(target, e))?;
            }
        }
        if let Some((path, _)) = &self.journal {
            std::fs::remove_file(path).map_err(|e| io_error(path, e))?;
        }
        Ok(self.summary)
    }

    fn write_journal_header(&mut self, fingerprint: &str) -> Result<()> {
        if let Some((path, file)) = &mut self.journal {
            writeln!(
                file,
                "{}",
                serde_json::json!({ "selaras_corpus": 1, "run": fingerprint })
            )
            .map_err(|e| io_error(path, e))?;
        }
        Ok(())
    }

    /// Flushes every file and records how far they got.
    fn checkpoint(&mut self) -> Result<()> {
        for part in self.parts.iter_mut().chain(self.rejects.as_mut()) {
            part.flush().map_err(|e| part_error(part, e))?;
        }
        let Some((path, file)) = &mut self.journal else {
            return Ok(());
        };
        let checkpoint = Checkpoint {
            done: self.done,
            sizes: self
                .parts
                .iter()
                .chain(&self.rejects)
                .map(|p| p.written)
                .collect(),
            summary: self.summary.clone(),
            hashes: std::mem::take(&mut self.new_hashes),
        };
        let line = serde_json::to_string(&checkpoint).expect("checkpoints serialize");
        writeln!(file, "{line}").map_err(|e| io_error(path, e))
    }
}

/// The last complete checkpoint of a journal, and the hashes of every pair kept up to it.
fn read_journal(path: &Path, fingerprint: &str) -> Result<(Checkpoint, Vec<u64>)> {
    let name = path.display().to_string();
    let file = File::open(path).map_err(|_| {
        invalid(
            &name,
            "no journal to resume from (was the run finished, or never started?)",
        )
    })?;
    let mut lines = io::BufReader::new(file).lines();
    let header: serde_json::Value = lines
        .next()
        .and_then(|l| l.ok())
        .and_then(|l| serde_json::from_str(&l).ok())
        .ok_or_else(|| invalid(&name, "not a selaras corpus journal"))?;
    if header["run"].as_str() != Some(fingerprint) {
        return Err(invalid(&name, "the journal is of a run with other inputs or options; run it as before, or use --force to start over"));
    }
    let mut last = None;
    let mut hashes = Vec::new();
    // A line cut short by the interruption is not a checkpoint.
    for checkpoint in lines
        .map_while(|l| l.ok())
        .map_while(|l| serde_json::from_str::<Checkpoint>(&l).ok())
    {
        hashes.extend(&checkpoint.hashes);
        last = Some(checkpoint);
    }
    let last = last.ok_or_else(|| {
        invalid(
            &name,
            "the journal has no checkpoint; use --force to start over",
        )
    })?;
    Ok((last, hashes))
}

/// A part file, created empty or, when resuming, cut back to its size at the checkpoint.
fn open_part(path: &Path, size: Option<u64>) -> Result<File> {
    let file = OpenOptions::new()
        .create(true)
        .write(true)
        .truncate(size.is_none())
        .open(path)
        .map_err(|e| io_error(path, e))?;
    if let Some(size) = size {
        let actual = file.metadata().map_err(|e| io_error(path, e))?.len();
        if actual < size {
            return Err(invalid(
                &path.display().to_string(),
                "shorter than the journal says; use --force to start over",
            ));
        }
        file.set_len(size).map_err(|e| io_error(path, e))?;
    }
    let mut file = file;
    io::Seek::seek(&mut file, io::SeekFrom::End(0)).map_err(|e| io_error(path, e))?;
    Ok(file)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{suffix}"));
    PathBuf::from(name)
}

fn invalid(name: &str, message: &str) -> Error {
    Error::Invalid {
        name: name.to_string(),
        message: message.to_string(),
    }
}

fn io_error(path: &Path, source: io::Error) -> Error {
    Error::Write {
        name: path.display().to_string(),
        cause: source,
    }
}

fn part_error(part: &Part, source: io::Error) -> Error {
    Error::Write {
        name: part.target.as_ref().map_or("standard output".into(), |t| {
            with_suffix(t, "part").display().to_string()
        }),
        cause: source,
    }
}

fn outputs_error(parts: &[Part], source: io::Error) -> Error {
    part_error(&parts[0], source)
}
