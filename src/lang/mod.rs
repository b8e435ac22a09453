//! Language identification: English, Indonesian and Malay, for documents and for each of
//! their segments.
//!
//! A naive Bayes model over words and letter trigrams ([`model`]), built from Debian's message
//! catalogs, scores every segment. English against Indonesian/Malay is decided per segment;
//! Indonesian against Malay, two spellings of one language, per document, where there is
//! enough text to tell (bahwa/bahawa, karena/kerana, berkas/fail …); a segment keeps its own
//! answer only when its evidence is strong. whatlang names a language we do not handle.

pub mod model;

use model::{Evidence, Model};
use serde::Serialize;
use std::fmt;
use whatlang::Lang;

/// The languages selaras aligns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Language {
    #[serde(rename = "en")]
    English,
    #[serde(rename = "id")]
    Indonesian,
}

impl Language {
    /// The other language of the pair.
    pub fn other(self) -> Language {
        match self {
            Language::English => Language::Indonesian,
            Language::Indonesian => Language::English,
        }
    }

    /// ISO 639-1 code, as used in reports.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Indonesian => "id",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Language::English => "English",
            Language::Indonesian => "Indonesian",
        })
    }
}

/// What the identifier answers for a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Identified {
    #[serde(rename = "en")]
    English,
    #[serde(rename = "id")]
    Indonesian,
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
    pub language: Identified,
    pub confidence: f64,
}

/// A document's language, and each segment's.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentLanguages {
    /// The language of most of the document's text.
    pub language: Identified,
    pub confidence: f64,
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
    let mut total = Evidence::default();
    let mut malay_family = Evidence::default();
    for e in &evidence {
        total.add(e);
        if english_probability(e) < 0.5 {
            malay_family.add(e);
        }
    }
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

/// Identifies a whole document from its first 20,000 characters; `Err` names a language
/// selaras does not handle, or says there is too little to tell.
pub fn detect(text: &str) -> Result<Detection, String> {
    let sample = match text.char_indices().nth(20_000) {
        Some((end, _)) => &text[..end],
        None => text,
    };
    let e = Model::shipped().evidence(sample);
    if e.known * 2 < e.words {
        if let Some(other) = whatlang::detect(sample).filter(|i| i.is_reliable()) {
            if !matches!(other.lang(), Lang::Eng | Lang::Ind) {
                return Err(other.lang().eng_name().to_string());
            }
        }
        if e.words >= 20 && e.known * 5 < e.words {
            return Err("no English, Indonesian or Malay words".to_string());
        }
    }
    match segment_detection(&e, dialect_of(&e)) {
        d if d.language == Identified::Undetermined => Err("too little text to tell".to_string()),
        d => Ok(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
