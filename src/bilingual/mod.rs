//! Bilingual files as translation tools exchange them: gettext PO, XLIFF 1.2 and 2.0, and
//! TMX 1.4, read into units (a source text and its translation) in the languages the file
//! declares. Inline markup (XLIFF's `<x/>`, `<g>`, TMX's `<ph>`) is kept as tag tokens, so
//! that QA can compare it.

mod po;
mod xml;

use crate::error::{Error, Result};
use crate::model::Language;
use std::path::Path;

/// One translation unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// The unit's identifier in the file (a PO msgctxt and msgid, an XLIFF or TMX id), for
    /// messages.
    pub id: String,
    /// The text translated from.
    pub source: String,
    /// Its translation.
    pub target: String,
    /// The line the unit starts on.
    pub line: usize,
}

/// The units of a bilingual file, with its languages.
#[derive(Debug, Clone, PartialEq)]
pub struct Bilingual {
    /// The language translated from.
    pub source: Language,
    /// The translated units, in file order (units with no translation left out).
    pub units: Vec<Unit>,
    /// How many units had no translation yet (an empty PO msgstr, a missing XLIFF target),
    /// or one marked fuzzy.
    pub untranslated: usize,
}

/// Whether a file name is one of the bilingual formats.
pub fn is_bilingual(path: &Path) -> bool {
    format_of(path).is_some()
}

#[derive(Debug, Clone, Copy)]
enum Format {
    Po,
    Xliff,
    Tmx,
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "po" | "pot" => Some(Format::Po),
        "xlf" | "xliff" => Some(Format::Xliff),
        "tmx" => Some(Format::Tmx),
        _ => None,
    }
}

/// Reads a PO, XLIFF or TMX file (by its extension); a malformed file is an error naming
/// the file and the line.
pub fn read(path: &Path) -> Result<Bilingual> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        name: name.clone(),
        cause: source,
    })?;
    let text = String::from_utf8(bytes).map_err(|_| Error::BadData {
        path: path.to_path_buf(),
        line: 1,
        message: "not UTF-8 text".to_string(),
    })?;
    parse(&text, path)
}

/// Parses the text of a PO, XLIFF or TMX file, the format named by `path`'s extension (a
/// program that holds the file's text already, or a fuzzer, skips the read).
pub fn parse(text: &str, path: &Path) -> Result<Bilingual> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match format_of(path) {
        Some(Format::Po) => po::read(text, path),
        Some(Format::Xliff) => xml::read(text, path, xml::Dialect::Xliff),
        Some(Format::Tmx) => xml::read(text, path, xml::Dialect::Tmx),
        None => Err(Error::BadData {
            path: path.to_path_buf(),
            line: 1,
            message: "not a bilingual file (.po, .xlf, .xliff, .tmx)".to_string(),
        }),
    }
}

/// English or Indonesian from a language tag (`en`, `en-US`, `id`, `id_ID`, `in`).
pub(crate) fn language_of(tag: &str) -> Option<Language> {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "en" => Some(Language::English),
        "id" | "in" | "ind" => Some(Language::Indonesian),
        _ => None,
    }
}

/// The `xml:lang` (or `lang`) attribute of an element.
pub(crate) fn xml_lang(e: &quick_xml::events::BytesStart) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        matches!(a.key.as_ref(), b"xml:lang" | b"lang")
            .then(|| String::from_utf8_lossy(&a.value).into_owned())
    })
}

/// A parse error as the crate's error: the file and the line of the byte position.
pub(crate) fn xml_error(
    text: &str,
    position: u64,
    error: &dyn std::fmt::Display,
    path: &Path,
) -> Error {
    let at = (position as usize).min(text.len());
    Error::BadData {
        path: path.to_path_buf(),
        line: text.as_bytes()[..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1,
        message: format!("malformed XML: {error}"),
    }
}
