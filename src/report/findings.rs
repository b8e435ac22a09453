//! QA findings for people (text) and for machines (JSON: a list of findings, what
//! ../shared/eval/bin/score.py qa and `selaras qa --accept` read).

use super::indices;
use crate::model::{Alignment, Language};
use crate::qa::{Finding, Severity};
use std::io::{self, Write};

/// Writes the findings as a JSON list.
pub fn write_json(findings: &[Finding], out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, findings)?;
    writeln!(out)
}

/// Writes the findings for a reviewer: each with its severity, type, place, message and the
/// passages concerned (`label` names a segment, e.g. by its unit in a bilingual file), then a
/// count by severity and type.
pub fn write_text(
    findings: &[Finding],
    alignment: &Alignment,
    label: &dyn Fn(Language, usize) -> String,
    out: &mut dyn Write,
) -> io::Result<()> {
    for f in findings {
        let mut places = Vec::new();
        if !f.en.is_empty() {
            places.push(format!("EN {}", indices(&f.en)));
        }
        if !f.id.is_empty() {
            places.push(format!("ID {}", indices(&f.id)));
        }
        writeln!(
            out,
            "{:<8} {:<12} {:<14} {}",
            f.severity.name(),
            f.kind.name(),
            places.join(" <-> "),
            f.message
        )?;
        for (language, segments) in [(Language::English, &f.en), (Language::Indonesian, &f.id)] {
            let doc = match language {
                Language::English => &alignment.english,
                Language::Indonesian => &alignment.indonesian,
            };
            for &s in segments.iter() {
                writeln!(
                    out,
                    "    {} {}: {}",
                    language.code(),
                    label(language, s),
                    doc.segments[s].text
                )?;
            }
        }
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let mut kinds: Vec<(&str, usize)> = Vec::new();
    for f in findings {
        match kinds.iter_mut().find(|(k, _)| *k == f.kind.name()) {
            Some((_, n)) => *n += 1,
            None => kinds.push((f.kind.name(), 1)),
        }
    }
    kinds.sort();
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
    writeln!(
        out,
        "{} findings: {} errors, {} warnings, {} info{}{}",
        findings.len(),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
        if kinds.is_empty() { "" } else { " (" },
        if kinds.is_empty() {
            String::new()
        } else {
            kinds.join(", ") + ")"
        }
    )
}
