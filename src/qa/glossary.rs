//! Required translations of terms (`--glossary FILE`): where a source passage uses a
//! glossary term, its translation must use the required target term. Both are compared by
//! analysis keys, so inflected forms count: English by stem ("policies" uses "policy"),
//! Indonesian by root ("kebijakannya" and "kebijakan-kebijakan" use "kebijakan"). Files are
//! TSV (`english<TAB>indonesian` per line, `#` comments, whichever language is the source)
//! or TBX (term entries with `en` and `id` language sections).

use super::{Finding, Kind, Severity, View};
use crate::error::{Error, Result};
use crate::model::Language;
use crate::resources::Resources;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashSet;
use std::path::Path;

/// A list of term pairs, analyzed for matching.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    entries: Vec<Entry>,
}

#[derive(Debug, Clone)]
struct Entry {
    en: String,
    id: String,
    en_keys: Vec<String>,
    id_keys: Vec<String>,
}

impl Glossary {
    /// Reads a TSV or TBX glossary (TBX by a `.tbx` name or an XML start), analyzing its
    /// terms with `resources`' analyzers.
    pub fn load(path: &Path, resources: &Resources) -> Result<Glossary> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            name: name.clone(),
            cause: source,
        })?;
        let is_tbx = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("tbx"))
            || text.trim_start().starts_with('<');
        let pairs = if is_tbx {
            tbx_pairs(&text, path)?
        } else {
            tsv_pairs(&text, path)?
        };
        Ok(Glossary::from_pairs(pairs, resources))
    }

    /// A glossary of `(english, indonesian)` pairs.
    pub fn from_pairs(pairs: Vec<(String, String)>, resources: &Resources) -> Glossary {
        let (mut en, mut id) = (
            resources.analyzer(Language::English),
            resources.analyzer(Language::Indonesian),
        );
        let entries = pairs
            .into_iter()
            .map(|(e, i)| Entry {
                en_keys: en.keys(&e),
                id_keys: id.keys(&i),
                en: e,
                id: i,
            })
            .filter(|e| !e.en_keys.is_empty() && !e.id_keys.is_empty())
            .collect();
        Glossary { entries }
    }

    /// How many term pairs it holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub(super) fn check(&self, view: &View) -> Vec<Finding> {
        let map = &view.alignment.map;
        let keys = |language: Language, segments: &[usize]| -> HashSet<&str> {
            let side = match language {
                Language::English => &map.en,
                Language::Indonesian => &map.id,
            };
            segments
                .iter()
                .flat_map(|&s| side.segments[s].iter())
                .flat_map(|&t| side.terms[t as usize].key.split(' '))
                .collect()
        };
        let mut out = Vec::new();
        for bead in view.alignment.pairs() {
            let (source, target) = view.sides(bead);
            let (source_keys, target_keys) =
                (keys(view.source, source), keys(view.target(), target));
            for entry in &self.entries {
                let (from, to, from_term, to_term) = match view.source {
                    Language::English => (&entry.en_keys, &entry.id_keys, &entry.en, &entry.id),
                    Language::Indonesian => (&entry.id_keys, &entry.en_keys, &entry.id, &entry.en),
                };
                let uses = |keys: &HashSet<&str>, term: &[String]| {
                    term.iter().all(|k| keys.contains(k.as_str()))
                };
                if uses(&source_keys, from) && !uses(&target_keys, to) {
                    let mut finding = view.finding(
                        Kind::Terminology,
                        Severity::Warning,
                        source,
                        target,
                        format!("\"{from_term}\" should be translated as \"{to_term}\""),
                    );
                    finding.evidence = vec![from_term.clone(), to_term.clone()];
                    out.push(finding);
                }
            }
        }
        out
    }
}

fn tsv_pairs(text: &str, path: &Path) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        match (cols.next(), cols.next()) {
            (Some(en), Some(id)) if !en.trim().is_empty() && !id.trim().is_empty() => {
                out.push((en.trim().to_string(), id.trim().to_string()))
            }
            _ => {
                return Err(Error::BadData {
                    path: path.to_path_buf(),
                    line: n + 1,
                    message: "expected `english<TAB>indonesian`".to_string(),
                })
            }
        }
    }
    Ok(out)
}

/// The English–Indonesian pairs of a TBX file: every combination of an entry's English and
/// Indonesian terms (`termEntry`/`langSet` of TBX 2, `conceptEntry`/`langSec` of TBX 3).
fn tbx_pairs(text: &str, path: &Path) -> Result<Vec<(String, String)>> {
    let mut reader = Reader::from_str(text);
    let mut out = Vec::new();
    let (mut en, mut id): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let mut language: Option<Language> = None;
    let mut in_term = false;
    let mut term = String::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| crate::bilingual::xml_error(text, reader.error_position(), &e, path))?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                b"termEntry" | b"conceptEntry" => (en, id) = (Vec::new(), Vec::new()),
                b"langSet" | b"langSec" => {
                    language = crate::bilingual::xml_lang(&e)
                        .and_then(|l| crate::bilingual::language_of(&l))
                }
                b"term" => (in_term, term) = (true, String::new()),
                _ => {}
            },
            Event::Text(t) if in_term => term.push_str(&t.unescape().unwrap_or_default()),
            Event::End(e) => match e.local_name().as_ref() {
                b"term" => {
                    in_term = false;
                    match language {
                        Some(Language::English) => en.push(term.trim().to_string()),
                        Some(Language::Indonesian) => id.push(term.trim().to_string()),
                        None => {}
                    }
                }
                b"termEntry" | b"conceptEntry" => {
                    for e in &en {
                        for i in &id {
                            out.push((e.clone(), i.clone()));
                        }
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}
