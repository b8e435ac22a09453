//! gettext PO: `msgid` (English) and `msgstr` (the translation), with `msgctxt`, plural
//! forms (`msgid_plural`, `msgstr[N]`), continuation lines and C escapes. The header entry
//! and obsolete (`#~`) entries are left out; an empty or fuzzy translation counts as not
//! translated yet. An entry whose msgid is a key rather than text (`help.txt`,
//! `list:user:notice:welcome.txt` translated by a whole message) has no source to check its
//! translation against, and is left out too.

use super::{Bilingual, Unit};
use crate::error::{Error, Result};
use crate::model::Language;
use std::path::Path;

#[derive(Default)]
struct Entry {
    line: usize,
    context: Option<String>,
    id: String,
    plural: Option<String>,
    strs: Vec<String>,
    fuzzy: bool,
}

/// Which string a continuation line extends.
#[derive(Clone, Copy)]
enum Field {
    Context,
    Id,
    Plural,
    Str(usize),
}

pub(super) fn read(text: &str, path: &Path) -> Result<Bilingual> {
    let bad = |line: usize, message: &str| Error::BadData {
        path: path.to_path_buf(),
        line,
        message: message.to_string(),
    };
    let mut entries = Vec::new();
    let mut entry = Entry::default();
    let mut field: Option<Field> = None;
    let mut started = false;
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            if comment.starts_with('~') {
                continue;
            }
            if started && entry_has_strings(&entry) {
                entries.push(std::mem::take(&mut entry));
                started = false;
                field = None;
            }
            if comment.starts_with(',') && comment.contains("fuzzy") {
                entry.fuzzy = true;
            }
            continue;
        }
        let (keyword, rest) = match line.split_once(char::is_whitespace) {
            Some((k, r)) if !line.starts_with('"') => (k, r.trim()),
            _ => ("", line),
        };
        let value = || unquote(rest).ok_or_else(|| bad(line_no, "expected a quoted string"));
        let starts_entry = matches!(keyword, "msgctxt" | "msgid");
        if starts_entry && started && entry_has_strings(&entry) {
            entries.push(std::mem::take(&mut entry));
        }
        match keyword {
            "msgctxt" => {
                entry.line = line_no;
                entry.context = Some(value()?);
                field = Some(Field::Context);
                started = true;
            }
            "msgid" => {
                if entry.context.is_none() {
                    entry.line = line_no;
                }
                entry.id = value()?;
                field = Some(Field::Id);
                started = true;
            }
            "msgid_plural" => {
                entry.plural = Some(value()?);
                field = Some(Field::Plural);
            }
            "" => {
                let more = value()?;
                match field {
                    Some(Field::Context) => entry
                        .context
                        .get_or_insert_with(String::new)
                        .push_str(&more),
                    Some(Field::Id) => entry.id.push_str(&more),
                    Some(Field::Plural) => {
                        entry.plural.get_or_insert_with(String::new).push_str(&more)
                    }
                    Some(Field::Str(k)) => entry.strs[k].push_str(&more),
                    None => return Err(bad(line_no, "a string outside any entry")),
                }
            }
            k if k.starts_with("msgstr") => {
                if !started {
                    return Err(bad(line_no, "msgstr without msgid"));
                }
                let index = match k.strip_prefix("msgstr") {
                    Some("") => 0,
                    Some(i) => i
                        .strip_prefix('[')
                        .and_then(|i| i.strip_suffix(']'))
                        .and_then(|i| i.parse().ok())
                        .ok_or_else(|| bad(line_no, "expected msgstr or msgstr[N]"))?,
                    None => unreachable!(),
                };
                if entry.strs.len() <= index {
                    entry.strs.resize(index + 1, String::new());
                }
                entry.strs[index] = value()?;
                field = Some(Field::Str(index));
            }
            other => return Err(bad(line_no, &format!("unknown keyword `{other}`"))),
        }
    }
    if started {
        entries.push(entry);
    }
    let mut units = Vec::new();
    let mut untranslated = 0;
    for e in entries.into_iter().filter(|e| !e.id.is_empty()) {
        let id = match &e.context {
            Some(c) => format!("{c}\u{4}{}", e.id),
            None => e.id.clone(),
        };
        // With one plural form (as in Indonesian), msgstr[0] translates every form, and the
        // plural msgid says what it must hold (its placeholders).
        let sources: Vec<&String> = match (&e.plural, e.strs.len()) {
            (Some(plural), 1) => vec![plural],
            (Some(plural), _) => vec![&e.id, plural],
            (None, _) => vec![&e.id],
        };
        for (k, source) in sources.into_iter().enumerate() {
            let target = e.strs.get(k).or(e.strs.last()).cloned().unwrap_or_default();
            if target.is_empty() || e.fuzzy {
                untranslated += 1;
                continue;
            }
            if is_key(source, &target) {
                continue;
            }
            units.push(Unit {
                id: id.clone(),
                source: source.clone(),
                target,
                line: e.line,
            });
        }
    }
    Ok(Bilingual {
        source: Language::English,
        units,
        untranslated,
    })
}

/// Whether a msgid names its message instead of holding it: one token with the marks of a
/// file name or a path of keys, translated by several words.
fn is_key(source: &str, target: &str) -> bool {
    !source.contains(char::is_whitespace)
        && source.contains(['.', ':', '/'])
        && source.chars().any(char::is_alphabetic)
        && target.split_whitespace().count() >= 3
}

fn entry_has_strings(entry: &Entry) -> bool {
    !entry.strs.is_empty()
}

/// The content of a C string literal, escapes resolved.
fn unquote(s: &str) -> Option<String> {
    let inner = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                'a' | 'b' | 'f' | 'v' => {}
                other => out.push(other),
            }
        } else if c == '"' {
            return None;
        } else {
            out.push(c);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_plurals_context_and_skips_header_fuzzy_and_empty() {
        let po = r#"# header
msgid ""
msgstr ""
"Language: id\n"

#: main.c:10
msgid "Open %s"
msgstr "Buka %s"

msgctxt "menu"
msgid ""
"Save "
"file"
msgstr "Simpan berkas"

#, fuzzy
msgid "Quit"
msgstr "Keluar"

msgid "Nothing"
msgstr ""

msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d berkas"
"#;
        let b = read(po, Path::new("t.po")).unwrap();
        let pairs: Vec<(&str, &str)> = b
            .units
            .iter()
            .map(|u| (u.source.as_str(), u.target.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("Open %s", "Buka %s"),
                ("Save file", "Simpan berkas"),
                ("%d files", "%d berkas"),
            ]
        );
        assert_eq!(b.untranslated, 2);
        assert_eq!(b.units[0].line, 7);
    }

    #[test]
    fn a_msgid_that_is_a_key_is_no_source_text() {
        let po = "msgid \"list:user:notice:welcome.txt\"\nmsgstr \"Selamat datang di milis $listname\"\n\n\
                  msgid \"report.txt\"\nmsgstr \"laporan.txt\"\n";
        let b = read(po, Path::new("t.po")).unwrap();
        let sources: Vec<&str> = b.units.iter().map(|u| u.source.as_str()).collect();
        assert_eq!(sources, ["report.txt"]);
    }

    #[test]
    fn a_broken_line_is_an_error_with_its_line() {
        let err = read("msgid \"a\"\nmsgstr \"b\nfoo\n", Path::new("x.po")).unwrap_err();
        assert!(err.to_string().contains("x.po:2"), "{err}");
    }
}
