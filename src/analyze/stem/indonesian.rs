//! Indonesian stemming by confix stripping (Nazief–Adriani with the CS/ECS prefix rules of
//! Asian et al. and Arifin et al.), guided by a root-word dictionary: suffixes come off
//! particle → possessive → derivational, prefixes up to three deep with their
//! morphophonemic recodings, and suffixes are put back when no root is found.

use super::Stemmer;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Derivational suffixes; they decide which prefixes may go with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Suffix {
    Kan,
    An,
    I,
}

/// A confix-stripping stemmer over a set of known roots.
pub struct IndonesianStemmer {
    roots: HashSet<String>,
}

impl IndonesianStemmer {
    /// A stemmer guided by the given roots (lower-case words).
    pub fn with_roots(roots: impl IntoIterator<Item = String>) -> Self {
        IndonesianStemmer {
            roots: roots.into_iter().collect(),
        }
    }

    /// The stemmer with the root list shipped in data/id-roots.txt (from hunspell-id).
    pub fn shipped() -> &'static IndonesianStemmer {
        static SHIPPED: OnceLock<IndonesianStemmer> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            IndonesianStemmer::with_roots(parse_roots(include_str!("../../../data/id-roots.txt")))
        })
    }

    fn is_root(&self, word: &str) -> bool {
        word.len() >= 2 && self.roots.contains(word)
    }

    /// The dictionary root of `word`, if confix stripping reaches one.
    pub fn find_root(&self, word: &str) -> Option<String> {
        if self.is_root(word) {
            return Some(word.to_string());
        }
        if !word.is_ascii() {
            return None;
        }
        let variants = suffix_variants(word, |w| self.is_root(w));
        if let Some(v) = variants.iter().find(|v| self.is_root(&v.0)) {
            return Some(v.0.clone());
        }
        variants
            .iter()
            .rev()
            .find_map(|(base, suffix)| self.strip_prefixes(base, *suffix, 0, ""))
    }

    /// Depth-first over the prefix readings of `word`, up to three prefixes.
    fn strip_prefixes(
        &self,
        word: &str,
        suffix: Option<Suffix>,
        depth: usize,
        last: &str,
    ) -> Option<String> {
        let readings: Vec<_> = prefix_readings(word)
            .into_iter()
            .filter(|(prefix, _)| *prefix != last && !(depth == 0 && disallowed(prefix, suffix)))
            .collect();
        if let Some((_, root)) = readings.iter().find(|(_, rest)| self.is_root(rest)) {
            return Some(root.clone());
        }
        if depth == 2 {
            return None;
        }
        readings
            .iter()
            .find_map(|(prefix, rest)| self.strip_prefixes(rest, suffix, depth + 1, prefix))
    }
}

/// Without a dictionary hit: all suffixes off, then the first reading of each prefix,
/// keeping at least three letters.
fn rule_based(word: &str) -> String {
    if !word.is_ascii() || word.len() < 5 {
        return word.to_string();
    }
    let mut stem = suffix_variants(word, |_| false)
        .last()
        .map_or_else(|| word.to_string(), |v| v.0.clone());
    if stem.len() < 3 {
        stem = word.to_string();
    }
    let mut last = "";
    for _ in 0..3 {
        match prefix_readings(&stem).into_iter().next() {
            Some((prefix, rest)) if prefix != last && rest.len() >= 3 => {
                stem = rest;
                last = prefix;
            }
            _ => break,
        }
    }
    stem
}

impl Stemmer for IndonesianStemmer {
    fn stem(&self, word: &str) -> String {
        self.find_root(word).unwrap_or_else(|| rule_based(word))
    }

    /// Names keep their form unless the dictionary confirms a root.
    fn stem_name(&self, word: &str) -> String {
        self.find_root(word).unwrap_or_else(|| word.to_string())
    }
}

/// Parses a root list: one word per line, `#` comments.
pub fn parse_roots(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
}

/// Confixes that Indonesian morphology does not allow (be-i, di-an, ke-i, ke-kan, me-an,
/// se-i, se-kan, te-an).
fn disallowed(prefix: &str, suffix: Option<Suffix>) -> bool {
    matches!(
        (prefix, suffix),
        ("ber", Some(Suffix::I))
            | ("di", Some(Suffix::An))
            | ("ke", Some(Suffix::I | Suffix::Kan))
            | ("me", Some(Suffix::An))
            | ("se", Some(Suffix::I | Suffix::Kan))
            | ("ter", Some(Suffix::An))
    )
}

/// The word, then the word with inflectional and derivational suffixes removed step by step: particle (-lah -kah -tah -pun), possessive (-ku -mu -nya), derivational (-kan -an -i).
/// The rare, archaic -tah comes off only before a known root (apatah), not from pemerintah.
fn suffix_variants(word: &str, is_root: impl Fn(&str) -> bool) -> Vec<(String, Option<Suffix>)> {
    let mut out = vec![(word.to_string(), None)];
    let mut w = word;
    for particle in ["lah", "kah", "tah", "pun"] {
        let rest = w.strip_suffix(particle).filter(|r| r.len() >= 3);
        if let Some(rest) = rest.filter(|r| particle != "tah" || is_root(r)) {
            w = rest;
            out.push((w.to_string(), None));
            break;
        }
    }
    for possessive in ["nya", "ku", "mu"] {
        if let Some(rest) = w.strip_suffix(possessive).filter(|r| r.len() >= 3) {
            w = rest;
            out.push((w.to_string(), None));
            break;
        }
    }
    if let Some(rest) = w.strip_suffix("kan").filter(|r| r.len() >= 3) {
        out.push((rest.to_string(), Some(Suffix::Kan)));
    }
    if let Some(rest) = w.strip_suffix("an").filter(|r| r.len() >= 3) {
        out.push((rest.to_string(), Some(Suffix::An)));
    } else if let Some(rest) = w.strip_suffix('i').filter(|r| r.len() >= 3) {
        out.push((rest.to_string(), Some(Suffix::I)));
    }
    out
}

fn vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The readings of a word's first prefix, in the order of the confix-stripping rules:
/// (prefix, remainder with the recoded first sound).
fn prefix_readings(w: &str) -> Vec<(&'static str, String)> {
    let b = w.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let rest = |n: usize| w[n.min(w.len())..].to_string();
    let er_at = |i: usize| at(i) == b'e' && at(i + 1) == b'r';
    let mut out: Vec<(&'static str, String)> = Vec::new();
    if b.len() < 4 {
        return out;
    }
    match (at(0), at(1)) {
        (b'd', b'i') => out.push(("di", rest(2))),
        (b'k', b'e') => out.push(("ke", rest(2))),
        (b's', b'e') => out.push(("se", rest(2))),
        (b'b', b'e') => {
            if w.starts_with("belajar") {
                out.push(("ber", rest(3)));
            } else if at(2) == b'r' && vowel(at(3)) {
                out.push(("ber", rest(3)));
                out.push(("ber", rest(2)));
            } else if at(2) == b'r' && at(3) != b'r' {
                out.push(("ber", rest(3)));
            } else if !matches!(at(2), b'r' | b'l') && er_at(3) {
                out.push(("ber", rest(2)));
            }
        }
        (b't', b'e') => {
            if at(2) == b'r' && vowel(at(3)) {
                out.push(("ter", rest(3)));
                out.push(("ter", rest(2)));
            } else if at(2) == b'r' && at(3) != b'r' {
                out.push(("ter", rest(3)));
            } else if at(2) != b'r' && er_at(3) {
                out.push(("ter", rest(2)));
            }
        }
        (b'm', b'e') => me_readings(w, &mut out, "me"),
        (b'p', b'e') => {
            if w.starts_with("pelajar") {
                out.push(("pe", rest(3)));
            } else if matches!(at(2), b'w' | b'y' | b'l') && vowel(at(3)) {
                out.push(("pe", rest(2)));
            } else if at(2) == b'r' && vowel(at(3)) {
                out.push(("per", rest(3)));
                out.push(("per", rest(2)));
            } else if at(2) == b'r' && at(3) != b'r' {
                out.push(("per", rest(3)));
            } else if matches!(at(2), b'm' | b'n') {
                me_readings(w, &mut out, "pe");
            } else if at(2) != 0 && !vowel(at(2)) && !matches!(at(2), b'r' | b'w' | b'y' | b'l') {
                out.push(("pe", rest(2)));
            }
        }
        _ => {}
    }
    out
}

/// The nasal prefixes me(N)- and pe(N)-, which share their recoding rules.
fn me_readings(w: &str, out: &mut Vec<(&'static str, String)>, prefix: &'static str) {
    let b = w.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let rest = |n: usize| w[n.min(w.len())..].to_string();
    let with = |letter: &str, n: usize| format!("{letter}{}", &w[n.min(w.len())..]);
    match at(2) {
        b'l' | b'r' | b'w' | b'y' if vowel(at(3)) && prefix == "me" => out.push((prefix, rest(2))),
        b'm' => {
            if matches!(at(3), b'b' | b'f' | b'v') {
                out.push((prefix, rest(3)));
            } else if at(3) == b'p' && at(4) == b'e' {
                out.push((prefix, rest(3))); // mempe- → pe-: memperbaiki
            } else if at(3) == b'p' {
                out.push((prefix, rest(3))); // mempunyai → punya
            } else if vowel(at(3)) || (at(3) == b'r' && vowel(at(4))) {
                out.push((prefix, rest(2)));
                out.push((prefix, with("p", 3)));
            }
        }
        b'n' => match at(3) {
            b'g' => {
                if matches!(at(4), b'g' | b'h' | b'q' | b'k') {
                    out.push((prefix, rest(4)));
                } else if vowel(at(4)) {
                    out.push((prefix, rest(4)));
                    out.push((prefix, with("k", 4)));
                    if at(4) == b'e' {
                        out.push((prefix, rest(5))); // menge-: mengebom → bom
                    }
                }
            }
            b'y' if vowel(at(4)) => {
                out.push((prefix, with("s", 4)));
                out.push((prefix, rest(2)));
            }
            b'c' | b'd' | b'j' | b's' | b'z' | b't' => out.push((prefix, rest(3))),
            c if vowel(c) => {
                out.push((prefix, rest(2)));
                out.push((prefix, with("t", 3)));
            }
            _ => {}
        },
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_roots_through_confixes() {
        let s = IndonesianStemmer::shipped();
        for (word, root) in [
            ("menyerukan", "seru"),
            ("perjanjian", "janji"),
            ("pertempuran", "tempur"),
            ("kedaulatannya", "daulat"),
            ("mencaplok", "caplok"),
            ("kebijakan", "bijak"),
            ("pemerintah", "perintah"),
            ("mempunyai", "punya"),
            ("diklik", "klik"),
            ("memperbaiki", "baik"),
        ] {
            assert_eq!(s.stem(word), root, "{word}");
        }
    }

    #[test]
    fn leaves_unknown_names_alone() {
        assert_eq!(IndonesianStemmer::shipped().stem_name("donetsk"), "donetsk");
    }
}
