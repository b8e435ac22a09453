//! Which document pairs a corpus run aligns: a manifest (TSV or JSONL of English and
//! Indonesian paths, or the output of `selaras docs`), or two directories paired by file
//! name.

use crate::error::{Error, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One document pair to align.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// The English document.
    pub en: PathBuf,
    /// The Indonesian document.
    pub id: PathBuf,
}

/// The pairs a manifest lists, in its order: `en<TAB>id[<TAB>anything]` lines (what
/// `selaras docs` prints), or JSON lines `{"en": PATH, "id": PATH}`. Relative paths are
/// taken from the manifest's directory; `#` lines are comments.
pub fn read(path: &Path) -> Result<Vec<Job>> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound(name.clone()),
        _ => Error::Io {
            name: name.clone(),
            cause: source,
        },
    })?;
    let base = path.parent().unwrap_or(Path::new(""));
    let mut jobs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |message: String| Error::BadData {
            path: path.to_path_buf(),
            line: n + 1,
            message,
        };
        let (en, id) = if line.starts_with('{') {
            let record: serde_json::Value =
                serde_json::from_str(line).map_err(|e| bad(format!("not JSON: {e}")))?;
            let field = |key: &str| {
                record[key]
                    .as_str()
                    .map(str::to_string)
                    .ok_or_else(|| bad(format!("expected a string field \"{key}\"")))
            };
            (field("en")?, field("id")?)
        } else {
            let mut cols = line.split('\t');
            match (cols.next(), cols.next()) {
                (Some(en), Some(id)) => (en.to_string(), id.to_string()),
                _ => return Err(bad("expected `english_file<TAB>indonesian_file`".into())),
            }
        };
        jobs.push(Job {
            en: base.join(en),
            id: base.join(id),
        });
    }
    if jobs.is_empty() {
        return Err(Error::Invalid {
            name,
            message: "the manifest lists no document pairs".into(),
        });
    }
    Ok(jobs)
}

/// The documents of two directories paired by file name, a language tag aside
/// (`report.txt` with `report.txt`, `report.en.txt` with `report.id.txt`), in name order;
/// also the files of each that have no partner.
pub fn pair_directories(en: &[PathBuf], id: &[PathBuf]) -> (Vec<Job>, Vec<PathBuf>) {
    let key = |path: &PathBuf| {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        name.split('.')
            .filter(|part| {
                !matches!(
                    part.to_ascii_lowercase().as_str(),
                    "en" | "id" | "eng" | "ind"
                )
            })
            .collect::<Vec<_>>()
            .join(".")
    };
    let mut by_key: BTreeMap<String, (Option<&PathBuf>, Option<&PathBuf>)> = BTreeMap::new();
    for path in en {
        by_key.entry(key(path)).or_default().0 = Some(path);
    }
    for path in id {
        by_key.entry(key(path)).or_default().1 = Some(path);
    }
    let mut jobs = Vec::new();
    let mut alone = Vec::new();
    for (_, pair) in by_key {
        match pair {
            (Some(en), Some(id)) => jobs.push(Job {
                en: en.clone(),
                id: id.clone(),
            }),
            (Some(one), None) | (None, Some(one)) => alone.push(one.clone()),
            (None, None) => {}
        }
    }
    (jobs, alone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_pair_by_name_with_language_tags_aside() {
        let p = |s: &str| PathBuf::from(s);
        let (jobs, alone) = pair_directories(
            &[p("en/a.txt"), p("en/b.en.txt"), p("en/c.txt")],
            &[p("id/a.txt"), p("id/b.id.txt"), p("id/d.txt")],
        );
        assert_eq!(
            jobs,
            [
                Job {
                    en: p("en/a.txt"),
                    id: p("id/a.txt")
                },
                Job {
                    en: p("en/b.en.txt"),
                    id: p("id/b.id.txt")
                }
            ]
        );
        assert_eq!(alone, [p("en/c.txt"), p("id/d.txt")]);
    }
}
