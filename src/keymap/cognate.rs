//! Cognates and names in Indonesian spelling: English words are respelled by the regular
//! correspondences of Indonesian loanwords (-tion → -si, -ity → -itas, c → k/s, ph → f, y → i,
//! doubled consonants single …), then compared with strsim.

use crate::settings::KeymapSettings;

/// English suffixes and their Indonesian loanword endings, longest first.
const SUFFIXES: &[(&str, &str)] = &[
    ("ization", "isasi"),
    ("isation", "isasi"),
    ("graphy", "grafi"),
    ("ssion", "si"),
    ("ction", "ksi"),
    ("ities", "itas"),
    ("ation", "asi"),
    ("ition", "isi"),
    ("ical", "is"),
    ("tion", "si"),
    ("sion", "si"),
    ("ance", "ansi"),
    ("ence", "ensi"),
    ("ency", "ensi"),
    ("ancy", "ansi"),
    ("ment", "men"),
    ("ity", "itas"),
    ("ics", "ika"),
    ("ism", "isme"),
    ("ist", "is"),
    ("ive", "if"),
    ("ogy", "ogi"),
    ("ory", "ori"),
    ("ine", "ina"),
    ("ure", "ur"),
    ("ize", "isasi"),
    ("ise", "isasi"),
    ("ic", "ik"),
    ("ty", "tas"),
];

/// Respells an English word the way Indonesian borrows it: "diplomatic" → "diplomatik".
pub fn indonesianize(word: &str) -> String {
    let mut w = word.to_lowercase();
    if let Some((en, id)) = SUFFIXES
        .iter()
        .find(|(en, _)| w.ends_with(en) && w.len() > en.len() + 2)
    {
        w.truncate(w.len() - en.len());
        w.push_str(id);
    }
    if let Some(stripped) = w.strip_suffix('e').filter(|s| s.len() >= 4) {
        w = stripped.to_string(); // "template" → "templat"
    }
    spell(&w)
}

/// Letter-level correspondences shared by both sides' spellings.
fn spell(w: &str) -> String {
    let c: Vec<char> = w.chars().collect();
    let mut out = String::with_capacity(w.len());
    let mut i = 0;
    while i < c.len() {
        let next = c.get(i + 1).copied();
        let (text, used): (&str, usize) = match (c[i], next) {
            ('p', Some('h')) => ("f", 2),
            ('t', Some('h')) => ("t", 2),
            ('c', Some('h')) => ("k", 2),
            ('s', Some('h')) => ("sy", 2),
            ('q', Some('u')) => ("kw", 2),
            ('c', Some('e' | 'i' | 'y')) => ("s", 1),
            ('c', _) => ("k", 1),
            ('x', _) => ("ks", 1),
            ('y', _) if i > 0 => ("i", 1),
            ('o', Some('o')) => ("u", 2),
            ('e', Some('e')) => ("i", 2),
            (a, Some(b)) if a == b && !"aeiou".contains(a) => {
                i += 1;
                continue;
            }
            _ => {
                out.push(c[i]);
                i += 1;
                continue;
            }
        };
        out.push_str(text);
        i += used;
    }
    out
}

/// How alike an English and an Indonesian word are, both already respelled (the English
/// one by [`indonesianize`], the Indonesian one by [`respell`]: a document's words are
/// respelled once, not once per candidate), 0..1; `None` when the pair is too short,
/// starts differently or has different digits (expression2, ekspresi1) to be anything but
/// chance. Names may also score by Jaro–Winkler, which favours a shared beginning
/// (transliterations change endings: Ukraine, Ukraina); for other words a shared beginning
/// proves little (interpreted, internet), so only the edit distance counts.
pub fn respelled_similarity(
    en: &str,
    id: &str,
    names: bool,
    settings: &KeymapSettings,
) -> Option<f64> {
    let min = settings.spelling_min_chars;
    let (en_len, id_len) = (en.chars().count(), id.chars().count());
    if en_len < min || id_len < min || en.chars().next() != id.chars().next() {
        return None;
    }
    // Without the names' Jaro–Winkler, the edit similarity cannot exceed this: a length
    // gap this wide cannot reach the lowest threshold.
    let longest = en_len.max(id_len) as f64;
    if !names
        && 1.0 - en_len.abs_diff(id_len) as f64 / longest < settings.spelling_threshold.lowest()
    {
        return None;
    }
    if !same_digits(en, id) {
        return None;
    }
    // The edit similarity cannot exceed what the letters the words do not share allow:
    // most pairs of a letter block are ruled out before the edit distance is worked out.
    let ceiling = 1.0 - letters_apart(en, id) as f64 / longest;
    if names {
        let prefix = strsim::jaro_winkler(en, id) - settings.name_prefix_discount;
        return Some(if ceiling <= prefix {
            prefix
        } else {
            strsim::normalized_levenshtein(en, id).max(prefix)
        });
    }
    if ceiling < settings.spelling_threshold.lowest() {
        return None;
    }
    Some(strsim::normalized_levenshtein(en, id))
}

/// How many letters one word has that the other lacks, counted with repeats, the larger of
/// the two ways: no sequence of fewer edits turns one into the other. Letters are counted
/// in 64 buckets, which can only lower the figure.
fn letters_apart(a: &str, b: &str) -> usize {
    let mut counts = [0i32; 64];
    for c in a.chars() {
        counts[c as usize % 64] += 1;
    }
    for c in b.chars() {
        counts[c as usize % 64] -= 1;
    }
    let (extra, missing) = counts.iter().fold((0, 0), |(extra, missing), &n| {
        (extra + n.max(0), missing + (-n).max(0))
    });
    extra.max(missing) as usize
}

/// Whether two words that both have digits have the same ones ("mp3" is not "mp4").
fn same_digits(en: &str, id: &str) -> bool {
    fn digits(word: &str) -> impl Iterator<Item = char> + '_ {
        word.chars().filter(char::is_ascii_digit)
    }
    digits(en).next().is_none() || digits(id).next().is_none() || digits(en).eq(digits(id))
}

/// An Indonesian word's spelling as [`respelled_similarity`] compares it.
pub fn respell(indonesian: &str) -> String {
    spell(indonesian)
}

/// The threshold a pair must reach: short words need to be nearly identical.
pub fn threshold(len: usize, is_name: bool, settings: &KeymapSettings) -> f64 {
    let base = settings.spelling_threshold.at(len);
    if is_name {
        base - settings.name_threshold_discount
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn similarity(
        english: &str,
        indonesian: &str,
        names: bool,
        settings: &KeymapSettings,
    ) -> Option<f64> {
        respelled_similarity(
            &indonesianize(english),
            &respell(indonesian),
            names,
            settings,
        )
    }

    #[test]
    fn respells_loanwords() {
        for (en, id) in [
            ("invasion", "invasi"),
            ("alliance", "aliansi"),
            ("diplomatic", "diplomatik"),
            ("interpretation", "interpretasi"),
            ("crimea", "krimea"),
            ("ukraine", "ukraina"),
            ("russia", "rusia"),
            ("philosophy", "filosofi"),
            ("system", "sistem"),
        ] {
            assert_eq!(indonesianize(en), id);
        }
    }

    #[test]
    fn letters_apart_never_exceeds_the_edit_distance() {
        let words = [
            "aliansi", "alliance", "krimea", "crimea", "sistem", "ukraina", "über", "uber",
        ];
        for a in words {
            for b in words {
                assert!(letters_apart(a, b) <= strsim::levenshtein(a, b), "{a} {b}");
            }
        }
        assert_eq!(letters_apart("interpretasi", "internet"), 5);
    }

    #[test]
    fn short_or_different_words_do_not_match() {
        let s = KeymapSettings::default();
        let similarity = |en, id| similarity(en, id, false, &s);
        let threshold = threshold(8, false, &s);
        assert!(similarity("war", "wari").is_none());
        assert!(similarity("minister", "menteri").is_none_or(|s| s < threshold));
        assert!(similarity("diplomatic", "diplomatik").unwrap() > 0.99);
        assert!(similarity("expression2", "ekspresi1").is_none());
        assert!(similarity("interpreted", "internet").is_none_or(|s| s < threshold));
    }
}
