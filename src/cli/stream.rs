//! `selaras stream`: document pairs in as JSON lines on standard input, sentence pairs out
//! as JSON lines on standard output, so that a distributed engine can run selaras as a
//! mapper (Spark's `RDD.pipe`, Hadoop streaming, GNU parallel).

use super::corpus::FilterArgs;
use super::PipelineArgs;
use clap::Args;
use rayon::prelude::*;
use selaras::corpus::batch::{self, Outcome};
use selaras::corpus::{output, Dedup, Reason};
use selaras::ingest::Source;
use selaras::Aligner;
use serde_json::{json, Value};
use std::io::{BufRead, Write};

#[derive(Args)]
pub struct StreamArgs {
    /// Also write the dropped pairs, each with `"dropped": FILTER`.
    #[arg(long)]
    with_dropped: bool,
    #[command(flatten)]
    filters: FilterArgs,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

/// Records read at a time: enough for both cores, few enough to keep memory small.
const BATCH: usize = 16;

pub fn run(args: &StreamArgs) -> anyhow::Result<()> {
    if args.pipeline.params.printed()? {
        return Ok(());
    }
    let aligner = Aligner::new(args.pipeline.config()?);
    let filters = args.filters.filters();
    let stdin = std::io::stdin().lock();
    let mut out = std::io::stdout().lock();
    let mut lines = stdin.lines().enumerate();
    loop {
        let batch: Vec<(usize, std::io::Result<String>)> = lines.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            return Ok(());
        }
        let records: Vec<Vec<Value>> = batch
            .into_par_iter()
            .map(|(n, line)| match line {
                Ok(line) if line.trim().is_empty() => Vec::new(),
                Ok(line) => records(&line, n + 1, &aligner, &filters, args.with_dropped),
                Err(e) => vec![json!({ "line": n + 1, "error": format!("standard input: line {}: {e}", n + 1) })],
            })
            .collect();
        for record in records.iter().flatten() {
            serde_json::to_writer(&mut out, record)?;
            writeln!(out)?;
            out.flush()?;
        }
    }
}

/// The output records of one input line: its pairs, or an error that names it.
fn records(
    line: &str,
    n: usize,
    aligner: &Aligner,
    filters: &selaras::corpus::Filters,
    with_dropped: bool,
) -> Vec<Value> {
    let input: Value = match serde_json::from_str(line) {
        Ok(value) => value,
        Err(e) => {
            return vec![
                json!({ "line": n, "error": format!("standard input: line {n}: not JSON: {e}") }),
            ]
        }
    };
    let id = input.get("id").cloned().unwrap_or(Value::Null);
    let error = |message: String| vec![json!({ "id": id, "line": n, "error": message })];
    let name = |side: &str| match &id {
        Value::String(s) => format!("{s} ({side})"),
        Value::Null => format!("line {n} ({side})"),
        other => format!("{other} ({side})"),
    };
    let source = |field: &str, side: &str| -> Result<Source, String> {
        let text = input[field]
            .as_str()
            .ok_or_else(|| format!("{}: expected a string field \"{field}\"", name(side)))?;
        Source::from_text(&name(side), text).map_err(|e| e.to_string())
    };
    let (en, id_source) = match (
        source("en_text", "English"),
        source("id_text", "Indonesian"),
    ) {
        (Ok(en), Ok(id)) => (en, id),
        (Err(e), _) | (_, Err(e)) => return error(e),
    };
    let mut pairs = match batch::process_sources(aligner, &en, &id_source, filters) {
        Outcome::Aligned { pairs, .. } => pairs,
        Outcome::Failed(message) => return error(message),
    };
    // Duplicates are dropped within a document here; across documents, the engine's own
    // distinct() sees every partition.
    if filters.on(Reason::Duplicate) {
        let mut dedup = Dedup::default();
        pairs.iter_mut().for_each(|p| dedup.check(p));
    }
    pairs
        .iter()
        .filter(|p| with_dropped || p.kept())
        .map(|pair| {
            let mut record = json!({ "id": id });
            output::record_fields(&mut record, pair);
            record
        })
        .collect()
}
