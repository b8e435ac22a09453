//! Language identification for whole documents: English or Indonesian, or a clear refusal.
//!
//! whatlang, restricted to the two languages, decides between them; the frequency of common
//! function words backs it up (it is decisive on the short, name-heavy texts where trigram
//! statistics waver) and tells a third language, which has neither, from ours.

use serde::Serialize;
use std::fmt;
use whatlang::{Detector, Lang};

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

/// What the detector concluded about one text.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Detection {
    pub language: Language,
    /// 0..1; how clearly the evidence favoured this language.
    pub confidence: f64,
}

const ENGLISH_MARKERS: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "as", "on", "was", "are",
    "this", "by", "be", "from", "or", "you", "an", "not", "have", "has", "at", "which", "can",
    "will", "their", "its", "his", "he", "they", "were", "been", "if", "would", "but", "your",
];

const INDONESIAN_MARKERS: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "ini", "itu", "untuk", "dengan", "tidak", "dalam", "pada",
    "adalah", "akan", "oleh", "juga", "atau", "anda", "sebuah", "ada", "bisa", "dapat", "telah",
    "karena", "para", "kami", "mereka", "tersebut", "sudah", "bahwa", "jika", "lebih", "saat",
    "seperti", "hanya", "kata", "tetapi", "secara", "agar", "klik", "pilih",
];

/// Share of words that are common function words of each language.
fn marker_rates(text: &str) -> (f64, f64, usize) {
    let (mut en, mut id, mut words) = (0usize, 0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        let lower = word.to_lowercase();
        en += ENGLISH_MARKERS.contains(&lower.as_str()) as usize;
        id += INDONESIAN_MARKERS.contains(&lower.as_str()) as usize;
    }
    let n = words.max(1) as f64;
    (en as f64 / n, id as f64 / n, words)
}

/// Identifies the language of a document; `Err` carries the name of another language found.
pub fn detect(text: &str) -> Result<Detection, String> {
    // Long documents: the first 20,000 characters are evidence enough.
    let sample = match text.char_indices().nth(20_000) {
        Some((end, _)) => &text[..end],
        None => text,
    };
    let (en_rate, id_rate, words) = marker_rates(sample);
    let restricted = Detector::with_allowlist(vec![Lang::Eng, Lang::Ind]).detect(sample);
    if en_rate < 0.04 && id_rate < 0.04 {
        if let Some(other) = whatlang::detect(sample).filter(|i| i.is_reliable()) {
            if !matches!(other.lang(), Lang::Eng | Lang::Ind) {
                return Err(other.lang().eng_name().to_string());
            }
        }
        if words >= 20 && restricted.is_none() {
            return Err("no English or Indonesian words".to_string());
        }
    }
    let markers_decide = (en_rate - id_rate).abs() >= 0.03;
    let language = if markers_decide {
        if en_rate > id_rate {
            Language::English
        } else {
            Language::Indonesian
        }
    } else {
        match restricted.as_ref().map(|i| i.lang()) {
            Some(Lang::Eng) => Language::English,
            Some(Lang::Ind) => Language::Indonesian,
            _ => return Err("too little text to tell".to_string()),
        }
    };
    let whatlang_agrees = restricted
        .as_ref()
        .is_some_and(|i| (i.lang() == Lang::Eng) == (language == Language::English));
    let margin = ((en_rate - id_rate).abs() * 5.0).min(1.0);
    let confidence = match (markers_decide, whatlang_agrees) {
        (true, true) => 0.9 + 0.1 * margin,
        (true, false) => 0.5 + 0.3 * margin,
        _ => restricted.as_ref().map_or(0.3, |i| 0.5 * i.confidence()),
    };
    Ok(Detection {
        language,
        confidence: (confidence * 100.0).round() / 100.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_english_from_indonesian() {
        let en = detect("Russia has taken a hard stance against allowing Ukraine's membership.");
        assert_eq!(en.unwrap().language, Language::English);
        let id = detect(
            "Tetapi Kremlin tidak ingin tetangga terdekatnya menjadi anggota penuh aliansi.",
        );
        assert_eq!(id.unwrap().language, Language::Indonesian);
    }

    #[test]
    fn refuses_other_languages() {
        let fr = "Le gouvernement a annoncé mercredi une nouvelle série de mesures pour \
                  soutenir les ménages face à la hausse des prix de l'énergie cet hiver.";
        assert!(detect(fr).is_err());
    }
}
