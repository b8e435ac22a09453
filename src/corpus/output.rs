//! The bitext formats: how one sentence pair is written, and what a file needs before its
//! first pair and after its last.

use super::SentencePair;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A bitext format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Format {
    /// `en_file<TAB>id_file<TAB>en_text<TAB>id_text<TAB>score` per pair (Bitextor's columns).
    Tsv,
    /// One JSON object per pair: the files, the segment indices, the texts, the score and
    /// the shared terms the pair was kept for.
    Jsonl,
    /// Two line-aligned plain-text files, `OUTPUT.en` and `OUTPUT.id`.
    Moses,
    /// A TMX 1.4b translation memory, one `<tu>` per pair with its score as a property.
    Tmx,
}

/// Where a pair comes from.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    /// The English document.
    pub en_file: &'a str,
    /// The Indonesian document.
    pub id_file: &'a str,
}

impl Format {
    /// The files a run writes for an output path: the path itself, or for Moses one file
    /// per language beside it.
    pub fn files(self, path: &Path) -> Vec<PathBuf> {
        match self {
            Format::Moses => ["en", "id"]
                .iter()
                .map(|ext| {
                    let mut name = path.as_os_str().to_owned();
                    name.push(format!(".{ext}"));
                    PathBuf::from(name)
                })
                .collect(),
            _ => vec![path.to_path_buf()],
        }
    }

    /// What comes before the first pair.
    pub fn begin(self, sinks: &mut [&mut dyn Write]) -> io::Result<()> {
        if self != Format::Tmx {
            return Ok(());
        }
        let mut xml = Writer::new(&mut *sinks[0]);
        xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        xml.get_mut().write_all(b"\n")?;
        xml.write_event(Event::Start(
            BytesStart::new("tmx").with_attributes([("version", "1.4")]),
        ))?;
        xml.get_mut().write_all(b"\n")?;
        xml.write_event(Event::Empty(BytesStart::new("header").with_attributes([
            ("creationtool", "selaras"),
            ("creationtoolversion", env!("CARGO_PKG_VERSION")),
            ("segtype", "sentence"),
            ("o-tmf", "selaras"),
            ("adminlang", "en"),
            ("srclang", "en"),
            ("datatype", "plaintext"),
        ])))?;
        xml.get_mut().write_all(b"\n")?;
        xml.write_event(Event::Start(BytesStart::new("body")))?;
        xml.get_mut().write_all(b"\n")?;
        Ok(())
    }

    /// Writes one pair.
    pub fn pair(
        self,
        sinks: &mut [&mut dyn Write],
        origin: Origin,
        pair: &SentencePair,
    ) -> io::Result<()> {
        match self {
            Format::Tsv => writeln!(
                sinks[0],
                "{}\t{}\t{}\t{}\t{:.3}",
                one_line(origin.en_file),
                one_line(origin.id_file),
                one_line(&pair.en_text),
                one_line(&pair.id_text),
                pair.score
            ),
            Format::Jsonl => {
                let mut record = serde_json::json!({
                    "en_file": origin.en_file,
                    "id_file": origin.id_file,
                });
                record_fields(&mut record, pair);
                serde_json::to_writer(&mut *sinks[0], &record)?;
                writeln!(sinks[0])
            }
            Format::Moses => {
                writeln!(sinks[0], "{}", one_line(&pair.en_text))?;
                writeln!(sinks[1], "{}", one_line(&pair.id_text))
            }
            Format::Tmx => tmx_unit(&mut *sinks[0], origin, pair),
        }
    }

    /// What comes after the last pair.
    pub fn end(self, sinks: &mut [&mut dyn Write]) -> io::Result<()> {
        if self == Format::Tmx {
            let mut xml = Writer::new(&mut *sinks[0]);
            xml.write_event(Event::End(BytesEnd::new("body")))?;
            xml.get_mut().write_all(b"\n")?;
            xml.write_event(Event::End(BytesEnd::new("tmx")))?;
            xml.get_mut().write_all(b"\n")?;
        }
        Ok(())
    }
}

/// Adds a pair's fields (segments, texts, score, shared terms, the filter that dropped it)
/// to a JSON record that says where it comes from.
pub fn record_fields(record: &mut serde_json::Value, pair: &SentencePair) {
    if let (Some(record), serde_json::Value::Object(fields)) = (
        record.as_object_mut(),
        serde_json::to_value(pair).expect("pairs serialize"),
    ) {
        record.extend(fields);
    }
}

/// A dropped pair, for `--rejects`: the TSV columns and the filter that dropped it.
pub fn reject(out: &mut dyn Write, origin: Origin, pair: &SentencePair) -> io::Result<()> {
    writeln!(
        out,
        "{}\t{}\t{}\t{}\t{:.3}\t{}",
        one_line(origin.en_file),
        one_line(origin.id_file),
        one_line(&pair.en_text),
        one_line(&pair.id_text),
        pair.score,
        pair.dropped.map_or("", |r| r.name())
    )
}

fn tmx_unit(out: &mut dyn Write, origin: Origin, pair: &SentencePair) -> io::Result<()> {
    let mut xml = Writer::new_with_indent(out, b' ', 1);
    xml.write_event(Event::Start(BytesStart::new("tu")))?;
    for (kind, value) in [
        ("x-score", format!("{:.3}", pair.score)),
        ("x-en-file", origin.en_file.to_string()),
        ("x-id-file", origin.id_file.to_string()),
    ] {
        xml.write_event(Event::Start(
            BytesStart::new("prop").with_attributes([("type", kind)]),
        ))?;
        xml.write_event(Event::Text(BytesText::new(&xml_text(&value))))?;
        xml.write_event(Event::End(BytesEnd::new("prop")))?;
    }
    for (lang, text) in [("en", &pair.en_text), ("id", &pair.id_text)] {
        xml.write_event(Event::Start(
            BytesStart::new("tuv").with_attributes([("xml:lang", lang)]),
        ))?;
        xml.write_event(Event::Start(BytesStart::new("seg")))?;
        xml.write_event(Event::Text(BytesText::new(&xml_text(text))))?;
        xml.write_event(Event::End(BytesEnd::new("seg")))?;
        xml.write_event(Event::End(BytesEnd::new("tuv")))?;
    }
    xml.write_event(Event::End(BytesEnd::new("tu")))?;
    xml.get_mut().write_all(b"\n")
}

/// Text as XML 1.0 allows it: control characters other than tab, newline and carriage
/// return cannot be written, even escaped.
fn xml_text(text: &str) -> String {
    text.chars()
        .filter(|&c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// A field on one line of a line-based format: tabs and line breaks become spaces.
fn one_line(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}
