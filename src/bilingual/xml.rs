//! XLIFF 1.2 (`<file source-language>`, `<trans-unit>` with `<source>` and `<target>`),
//! XLIFF 2.0 (`<xliff srcLang>`, `<unit>` of `<segment>`s) and TMX 1.4 (`<header srclang>`,
//! `<tu>` of `<tuv xml:lang><seg>`), read with quick-xml. Inline elements become tag tokens
//! in the text (`<x/>`, `<g>`…`</g>`, `<ph/>`); the native code inside `<ph>`, `<bpt>`,
//! `<ept>` and `<it>` is left out.

use super::{language_of, xml_error, xml_lang, Bilingual, Unit};
use crate::error::{Error, Result};
use crate::model::Language;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Dialect {
    Xliff,
    Tmx,
}

/// Elements whose content is native code, not text.
const CODE: [&[u8]; 4] = [b"ph", b"bpt", b"ept", b"it"];

/// The unit being read.
#[derive(Default)]
struct Open {
    id: String,
    line: usize,
    /// Each language's text (TMX), or source and target (XLIFF: English = source side).
    texts: Vec<(Option<Language>, String)>,
}

pub(super) fn read(text: &str, path: &Path, dialect: Dialect) -> Result<Bilingual> {
    let mut reader = Reader::from_str(text);
    let line_of = |pos: u64| {
        text.as_bytes()[..(pos as usize).min(text.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    };
    let (mut source, mut target) = (None, None);
    let mut units = Vec::new();
    let mut untranslated = 0;
    let mut unit: Option<Open> = None;
    let mut unit_id = String::new();
    // The text element being read (XLIFF source or target, TMX seg) and its language.
    let mut collecting: Option<(Role, Option<Language>)> = None;
    let mut tuv_language: Option<Language> = None;
    let mut code_depth = 0usize;
    let mut buffer = String::new();
    loop {
        let position = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| xml_error(text, reader.error_position(), &e, path))?;
        match event {
            Event::Start(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if collecting.is_some() {
                    if CODE.contains(&name) {
                        code_depth += 1;
                        if code_depth == 1 {
                            buffer.push_str(&format!("<{}/>", String::from_utf8_lossy(name)));
                        }
                    } else if code_depth == 0 {
                        buffer.push_str(&format!("<{}>", String::from_utf8_lossy(name)));
                    }
                    continue;
                }
                match (dialect, name) {
                    (Dialect::Xliff, b"file") | (Dialect::Xliff, b"xliff") => {
                        source = source.or(attr(&e, &[b"source-language", b"srcLang"])
                            .and_then(|l| language_of(&l)));
                        target = target.or(attr(&e, &[b"target-language", b"trgLang"])
                            .and_then(|l| language_of(&l)));
                    }
                    (Dialect::Tmx, b"header") => {
                        source = attr(&e, &[b"srclang"]).and_then(|l| language_of(&l));
                    }
                    (Dialect::Xliff, b"unit") => unit_id = attr(&e, &[b"id"]).unwrap_or_default(),
                    (Dialect::Xliff, b"trans-unit")
                    | (Dialect::Xliff, b"segment")
                    | (Dialect::Tmx, b"tu") => {
                        let own = attr(&e, &[b"id", b"tuid"]);
                        unit = Some(Open {
                            id: match (name, own) {
                                (b"segment", Some(s)) => format!("{unit_id}/{s}"),
                                (b"segment", None) => unit_id.clone(),
                                (_, own) => own.unwrap_or_else(|| (units.len() + 1).to_string()),
                            },
                            line: line_of(position),
                            texts: Vec::new(),
                        });
                    }
                    (Dialect::Tmx, b"tuv") => {
                        tuv_language = xml_lang(&e).and_then(|l| language_of(&l))
                    }
                    (Dialect::Xliff, b"source") if unit.is_some() => {
                        collecting = Some((Role::Source, None));
                        buffer.clear();
                    }
                    (Dialect::Xliff, b"target") if unit.is_some() => {
                        collecting = Some((Role::Target, None));
                        buffer.clear();
                    }
                    (Dialect::Tmx, b"seg") if unit.is_some() => {
                        collecting = Some((Role::Language, tuv_language));
                        buffer.clear();
                    }
                    _ => {}
                }
            }
            Event::Empty(e) if collecting.is_some() && code_depth == 0 => {
                buffer.push_str(&format!(
                    "<{}/>",
                    String::from_utf8_lossy(e.local_name().as_ref())
                ));
            }
            Event::Text(t) if collecting.is_some() && code_depth == 0 => {
                let s = t
                    .unescape()
                    .map_err(|e| xml_error(text, reader.buffer_position(), &e, path))?;
                buffer.push_str(&s);
            }
            Event::CData(t) if collecting.is_some() && code_depth == 0 => {
                buffer.push_str(&String::from_utf8_lossy(&t));
            }
            Event::End(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if let Some((role, language)) = collecting {
                    if CODE.contains(&name) && code_depth > 0 {
                        code_depth -= 1;
                        continue;
                    }
                    let closes = matches!(
                        (dialect, role, name),
                        (Dialect::Xliff, Role::Source, b"source")
                            | (Dialect::Xliff, Role::Target, b"target")
                            | (Dialect::Tmx, Role::Language, b"seg")
                    );
                    if !closes {
                        if code_depth == 0 {
                            buffer.push_str(&format!("</{}>", String::from_utf8_lossy(name)));
                        }
                        continue;
                    }
                    let language = match role {
                        Role::Source => Some(Lang::Source),
                        Role::Target => Some(Lang::Target),
                        Role::Language => language.map(Lang::Known),
                    };
                    if let (Some(u), Some(l)) = (unit.as_mut(), language) {
                        u.texts.push((l.resolve(source, target), clean(&buffer)));
                    }
                    collecting = None;
                    continue;
                }
                if matches!(
                    (dialect, name),
                    (Dialect::Xliff, b"trans-unit")
                        | (Dialect::Xliff, b"segment")
                        | (Dialect::Tmx, b"tu")
                ) {
                    if let Some(u) = unit.take() {
                        let source = source.unwrap_or(Language::English);
                        match pair(&u, source) {
                            Some((s, t)) => units.push(Unit {
                                id: u.id,
                                source: s,
                                target: t,
                                line: u.line,
                            }),
                            None => untranslated += 1,
                        }
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let source = source.unwrap_or(Language::English);
    if let Some(t) = target.filter(|&t| t == source) {
        return Err(Error::BadData {
            path: path.to_path_buf(),
            line: 1,
            message: format!("source and target are both {}", t.name()),
        });
    }
    Ok(Bilingual {
        source,
        units,
        untranslated,
    })
}

/// Which text of a unit an element holds.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Source,
    Target,
    Language,
}

/// A text's language: the file's source or target language, or a TMX variant's own.
#[derive(Debug, Clone, Copy)]
enum Lang {
    Source,
    Target,
    Known(Language),
}

impl Lang {
    fn resolve(self, source: Option<Language>, target: Option<Language>) -> Option<Language> {
        let source = source.unwrap_or(Language::English);
        match self {
            Lang::Source => Some(source),
            Lang::Target => Some(target.unwrap_or(source.other())),
            Lang::Known(l) => Some(l),
        }
    }
}

/// A unit's source and target text, when it has both.
fn pair(unit: &Open, source: Language) -> Option<(String, String)> {
    let text = |l: Language| {
        unit.texts
            .iter()
            .find(|(language, text)| *language == Some(l) && !text.trim().is_empty())
            .map(|(_, t)| t.clone())
    };
    Some((text(source)?, text(source.other())?))
}

/// One line of text: XML whitespace and line breaks folded into spaces.
fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn attr(e: &BytesStart, names: &[&[u8]]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        names
            .contains(&a.key.local_name().as_ref())
            .then(|| String::from_utf8_lossy(&a.value).into_owned())
    })
}
