//! Language identification: English, Indonesian and Malay, for documents and for each of
//! their segments.
//!
//! A naive Bayes model over words and letter trigrams (the `model` submodule), built from
//! Debian's message catalogs, scores every segment. English against Indonesian/Malay is
//! decided per segment; Indonesian against Malay, two spellings of one language, per
//! document, where there is enough text to tell (bahwa/bahawa, karena/kerana, berkas/fail …);
//! a segment keeps its own answer only when its evidence is strong. whatlang names a language
//! we do not handle.

mod model;

use crate::error::{Error, Result};
use crate::ingest::Source;
use crate::model::{Document, Language};
use crate::settings::DocumentSettings;
use model::{Evidence, Model};
use serde::Serialize;
use std::fmt;
use whatlang::Lang;

/// What the identifier answers for a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Identified {
    /// English.
    #[serde(rename = "en")]
    English,
    /// Indonesian.
    #[serde(rename = "id")]
    Indonesian,
    /// Malay: so close to Indonesian that it is told apart by document.
    #[serde(rename = "ms")]
    Malay,
    /// Nothing to go on: no letters, or only names and symbols the model has never seen.
    #[serde(rename = "und")]
    Undetermined,
}

impl Identified {
    /// ISO 639-1 code, or `und`.
    pub fn code(self) -> &'static str {
        match self {
            Identified::English => "en",
            Identified::Indonesian => "id",
            Identified::Malay => "ms",
            Identified::Undetermined => "und",
        }
    }

    /// The aligned language this is, if any (Malay is not Indonesian).
    pub fn language(self) -> Option<Language> {
        match self {
            Identified::English => Some(Language::English),
            Identified::Indonesian => Some(Language::Indonesian),
            _ => None,
        }
    }
}

impl fmt::Display for Identified {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Identified::English => "English",
            Identified::Indonesian => "Indonesian",
            Identified::Malay => "Malay",
            Identified::Undetermined => "undetermined",
        })
    }
}

/// The language of one text and how sure the identifier is, 0..1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Detection {
    /// The language.
    pub language: Identified,
    /// How sure the identifier is, 0..1.
    pub confidence: f64,
}

/// A document's language, and each segment's.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentLanguages {
    /// The language of most of the document's text.
    pub language: Identified,
    /// How sure the identifier is of it, 0..1.
    pub confidence: f64,
    /// Each segment's language.
    pub segments: Vec<Detection>,
}

impl DocumentLanguages {
    /// How many segments are in each language other than the document's own: a document
    /// with English passages left inside an Indonesian text is mixed.
    pub fn others(&self) -> Vec<(Identified, usize)> {
        let mut counts: Vec<(Identified, usize)> = Vec::new();
        for s in &self.segments {
            if s.language == self.language || s.language == Identified::Undetermined {
                continue;
            }
            match counts.iter_mut().find(|(l, _)| *l == s.language) {
                Some((_, n)) => *n += 1,
                None => counts.push((s.language, 1)),
            }
        }
        counts
    }
}

/// Beyond this log-likelihood ratio a single segment's own Malay/Indonesian evidence wins
/// over its document's.
const OWN_DIALECT_EVIDENCE: f64 = 12.0;

/// Identifies each segment of a document, and the document.
pub fn identify_segments<'a>(segments: impl IntoIterator<Item = &'a str>) -> DocumentLanguages {
    let model = Model::shipped();
    let evidence: Vec<Evidence> = segments.into_iter().map(|s| model.evidence(s)).collect();
    let Summed {
        total,
        malay_family,
    } = Summed::of(&evidence);
    let dialect = dialect_of(&malay_family);
    let segments = evidence
        .iter()
        .map(|e| segment_detection(e, dialect))
        .collect();
    let document = segment_detection(&total, dialect_of(&total));
    DocumentLanguages {
        language: document.language,
        confidence: document.confidence,
        segments,
    }
}

/// The evidence of a document's segments summed: all of it, and that of the segments that
/// read as Indonesian or Malay (English passages say nothing about which of the two).
struct Summed {
    total: Evidence,
    malay_family: Evidence,
}

impl Summed {
    fn of(evidence: &[Evidence]) -> Summed {
        let mut summed = Summed {
            total: Evidence::default(),
            malay_family: Evidence::default(),
        };
        for e in evidence {
            summed.total.add(e);
            if english_probability(e) < 0.5 {
                summed.malay_family.add(e);
            }
        }
        summed
    }
}

/// A text's evidence line by line, so that a whole document is judged as its segments are.
fn document_evidence(text: &str) -> Summed {
    let model = Model::shipped();
    let lines: Vec<Evidence> = text.lines().map(|l| model.evidence(l)).collect();
    Summed::of(&lines)
}

/// Identifies one text on its own evidence alone.
pub fn identify(text: &str) -> Detection {
    let e = Model::shipped().evidence(text);
    segment_detection(&e, dialect_of(&e))
}

/// Malay must be this much likelier than Indonesian (a log-likelihood ratio) before a text
/// is called Malay: Indonesian is by far the commoner input, and a few Malay-looking names
/// or shared words must not turn an Indonesian text into a refused one.
const MALAY_MARGIN: f64 = 4.0;

/// Indonesian or Malay, by the summed evidence of the given text.
fn dialect_of(e: &Evidence) -> Identified {
    if e.dialect() > MALAY_MARGIN {
        Identified::Malay
    } else {
        Identified::Indonesian
    }
}

fn english_probability(e: &Evidence) -> f64 {
    let family = log_mean_exp(e.scores[1], e.scores[2]);
    sigmoid(e.scores[0] - family)
}

fn segment_detection(e: &Evidence, document_dialect: Identified) -> Detection {
    if e.words == 0 {
        return Detection {
            language: Identified::Undetermined,
            confidence: 0.0,
        };
    }
    let p_english = english_probability(e);
    let (language, confidence) = if p_english >= 0.5 {
        (Identified::English, p_english)
    } else {
        let dialect = if e.dialect().abs() > OWN_DIALECT_EVIDENCE {
            dialect_of(e)
        } else {
            document_dialect
        };
        (dialect, 1.0 - p_english)
    };
    Detection {
        language,
        confidence: (confidence * 100.0).round() / 100.0,
    }
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// ln((e^a + e^b) / 2), without overflow.
fn log_mean_exp(a: f64, b: f64) -> f64 {
    let m = a.max(b);
    m + (((a - m).exp() + (b - m).exp()) / 2.0).ln()
}

/// Identifies a whole document from its first 20,000 characters; an error names a language
/// selaras does not handle, or says there is too little to tell.
pub fn detect(source: &Source) -> Result<Detection> {
    let unsupported = |found: &str| Error::UnsupportedLanguage {
        name: source.name.clone(),
        found: found.to_string(),
    };
    let text = &source.text;
    let sample = match text.char_indices().nth(20_000) {
        Some((end, _)) => &text[..end],
        None => text,
    };
    let e = document_evidence(sample);
    if e.total.words > 0 && e.total.known == 0 {
        return Err(unsupported("no English, Indonesian or Malay words"));
    }
    if e.total.known * 2 < e.total.words {
        if let Some(other) = whatlang::detect(sample).filter(|i| i.is_reliable()) {
            if !matches!(other.lang(), Lang::Eng | Lang::Ind) {
                return Err(unsupported(other.lang().eng_name()));
            }
        }
        if e.total.words >= 20 && e.total.known * 5 < e.total.words {
            return Err(unsupported("no English, Indonesian or Malay words"));
        }
        if e.total.words >= 20 && (e.total.known + e.total.spelled) * 5 < e.total.words * 4 {
            return Err(unsupported("mostly codes or abbreviations, not text"));
        }
    }
    match segment_detection(&e.total, dialect_of(&e.malay_family)) {
        d if d.language == Identified::Undetermined => Err(unsupported("too little text to tell")),
        d => Ok(d),
    }
}

/// The language a document is aligned as, and how sure the identifier is.
#[derive(Debug, Clone, PartialEq)]
pub struct Identification {
    /// The language.
    pub language: Language,
    /// How sure the identifier is, 0..1.
    pub confidence: f64,
    /// Something the user should know (a Malay document aligned as Indonesian).
    pub warning: Option<String>,
}

/// The identify stage: English or Indonesian, or Malay aligned as Indonesian when
/// `allow_malay` says so; anything else is an error naming the document.
///
/// ```
/// use selaras::{ingest::Source, lang, Language};
/// let id = Source::from_text("berita.txt", "Pemerintah menetapkan status tanggap darurat.").unwrap();
/// assert_eq!(lang::identify_document(&id, false).unwrap().language, Language::Indonesian);
/// let fr = Source::from_text("fr.txt", "Le gouvernement a annoncé une nouvelle série de mesures pour soutenir les ménages.").unwrap();
/// assert!(lang::identify_document(&fr, false).unwrap_err().to_string().starts_with("fr.txt: language not handled"));
/// ```
pub fn identify_document(source: &Source, allow_malay: bool) -> Result<Identification> {
    let detection = detect(source)?;
    let mut warning = None;
    let language = match detection.language {
        Identified::English => Language::English,
        Identified::Indonesian => Language::Indonesian,
        Identified::Malay if allow_malay => {
            warning = Some(format!(
                "{}: reads as Malay; aligned as Indonesian (--allow-malay)",
                source.name
            ));
            Language::Indonesian
        }
        Identified::Malay => return Err(Error::Malay(source.name.clone())),
        Identified::Undetermined => {
            return Err(Error::UnsupportedLanguage {
                name: source.name.clone(),
                found: "nothing to tell".to_string(),
            })
        }
    };
    Ok(Identification {
        language,
        confidence: detection.confidence,
        warning,
    })
}

/// Puts a document pair in order, English first. Two documents identified in one language
/// still make a pair when one of them has enough passages in the other: it is a partly
/// translated file, taken for the other language with that share as its confidence.
pub fn english_first(
    a: Document,
    b: Document,
    settings: &DocumentSettings,
) -> Result<(Document, Document)> {
    let (mut a, mut b) = (a, b);
    if a.language == b.language {
        let share = |d: &Document| other_language_share(d, settings.min_passage_words);
        let (share_a, share_b) = (share(&a), share(&b));
        let mixed = if share_a >= share_b { &mut a } else { &mut b };
        let share = share_a.max(share_b);
        if share < settings.min_translated_share {
            return Err(Error::SameLanguage {
                first: a.name,
                second: b.name,
                language: a.language.to_string(),
            });
        }
        mixed.language = mixed.language.other();
        mixed.confidence = (share * 100.0).round() / 100.0;
    }
    Ok(if a.language == Language::English {
        (a, b)
    } else {
        (b, a)
    })
}

/// The share of a document's passages (of `min_words` words or more) that read as the
/// other language.
fn other_language_share(doc: &Document, min_words: usize) -> f64 {
    let other = doc.language.other();
    let passages: Vec<&str> = doc
        .segments
        .iter()
        .map(|s| s.text.as_str())
        .filter(|text| text.split_whitespace().count() >= min_words)
        .collect();
    let identified = identify_segments(passages.iter().copied());
    let in_other = identified
        .segments
        .iter()
        .filter(|d| d.language.language() == Some(other))
        .count();
    in_other as f64 / passages.len().max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(text: &str) -> Result<Detection> {
        super::detect(&Source::from_text("t", text).unwrap())
    }

    #[test]
    fn tells_english_from_indonesian() {
        let en = detect("Russia has taken a hard stance against allowing Ukraine's membership.");
        assert_eq!(en.unwrap().language, Identified::English);
        let id = detect(
            "Tetapi Kremlin tidak ingin tetangga terdekatnya menjadi anggota penuh aliansi.",
        );
        assert_eq!(id.unwrap().language, Identified::Indonesian);
    }

    #[test]
    fn tells_malay_from_indonesian_in_a_document() {
        let ms = "Fail tidak dapat dibuka kerana kebenaran ditolak. Sila cuba lagi kemudian.";
        assert_eq!(detect(ms).unwrap().language, Identified::Malay);
        let id = "Berkas tidak dapat dibuka karena izin ditolak. Silakan coba lagi nanti.";
        assert_eq!(detect(id).unwrap().language, Identified::Indonesian);
    }

    #[test]
    fn refuses_other_languages() {
        let fr = "Le gouvernement a annoncé mercredi une nouvelle série de mesures pour \
                  soutenir les ménages face à la hausse des prix de l'énergie cet hiver.";
        assert!(detect(fr).is_err());
    }

    #[test]
    fn a_segment_without_letters_is_undetermined() {
        let doc = identify_segments(["Klik tombol Simpan untuk menyimpan berkas.", "42 %"]);
        assert_eq!(doc.segments[1].language, Identified::Undetermined);
        assert_eq!(doc.language, Identified::Indonesian);
    }
}
