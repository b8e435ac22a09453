//! Whether a capitalised word of a translation that the source lacks is a name put in place
//! of another (Dialog -> Backspace, LibreOffice -> Microsoft) or something a translation
//! rightly has: a translated label (Modify -> Ubah), part of a translated name
//! (Subform -> Sub), a function word left capitalised (Is, What), or a typo
//! (Perataanhalaman, Tingg) that no language knows.

use crate::analyze::background::{self, is_word_of, COMMON_ZIPF};
use crate::analyze::is_stopword;
use crate::model::Language;
use std::collections::HashSet;

/// The shortest part of a word run together with another (Perataan|halaman).
const MIN_PART: usize = 3;

/// What a pair's source says, to judge its translation's names by.
pub(super) struct Context<'a> {
    /// The source language.
    pub source: Language,
    /// The source's unmatched names in this pair.
    pub source_names: &'a [String],
    /// Every word of the source document, lower-cased.
    pub source_words: &'a HashSet<String>,
}

impl Context<'_> {
    /// Whether a name of the translation is one the source would have. In place of a
    /// source name the pair lacks, any name that is not a word of the target language only,
    /// part of that source name, or a misspelt target word counts; on its own, a name counts
    /// only when the source document names it elsewhere or it is a word of the source
    /// language ("Path").
    pub(super) fn is_foreign_name(&self, name: &str) -> bool {
        let target = self.source.other();
        let words = words(name);
        let capitals = name
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        if words.is_empty() || (!capitals && words.iter().all(|w| is_stopword(self.source, w))) {
            return false;
        }
        if words
            .iter()
            .all(|w| self.is_target_word(w) || misspelt(target, w))
        {
            return false;
        }
        let lower = name.to_lowercase();
        if !self.source_names.is_empty() {
            return !self.source_names.iter().any(|s| {
                let s = s.to_lowercase();
                s.contains(&lower) || lower.contains(&s)
            });
        }
        let zipf = |l: Language| {
            words
                .iter()
                .map(|w| background::zipf(l, w))
                .fold(0.0, f32::max)
        };
        let own = zipf(target);
        let other = zipf(self.source);
        !(own >= COMMON_ZIPF && own > other)
            && (self.source_words.contains(&lower) || other >= COMMON_ZIPF)
    }

    /// A word of the target language and not of the source's ("ubah", "dari").
    fn is_target_word(&self, word: &str) -> bool {
        background::zipf(self.source.other(), word) >= COMMON_ZIPF
            && background::zipf(self.source, word) < COMMON_ZIPF
    }
}

/// Whether every word of a name is a word of the source language (Path, Command Alt).
pub(super) fn is_source_word(source: Language, name: &str) -> bool {
    let words = words(name);
    !words.is_empty() && words.iter().all(|w| is_word_of(source, w))
}

/// The lower-case alphabetic words of a name ("Dari:" -> dari; "Jadi Lagi" -> jadi, lagi).
pub(super) fn words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether a passage writes a word, perhaps inside a longer one or with an ending (Set in
/// Charsets, insert in inserts).
pub(super) fn written_in(word: &str, passage: &[String]) -> bool {
    passage
        .iter()
        .any(|p| p == word || (word.chars().count() >= MIN_PART && p.contains(word)))
}

/// Whether a word no list knows is a word of the language misspelt: two run together
/// (ruangnama), or one with a letter missing, extra or wrong (tingg, ilayah). A word of the
/// language is common in it and commoner there than in the other language (Indonesian text
/// is full of English words); a common word of the other language is that word (path is not
/// patih misspelt).
fn misspelt(language: Language, word: &str) -> bool {
    let known = |w: &str| is_word_of(language, w);
    if known(word) || background::zipf(language.other(), word) >= COMMON_ZIPF {
        return false;
    }
    let chars: Vec<char> = word.chars().collect();
    let joined = (MIN_PART..chars.len().saturating_sub(MIN_PART - 1)).any(|k| {
        let (a, b): (String, String) = (chars[..k].iter().collect(), chars[k..].iter().collect());
        known(&a) && known(&b)
    });
    joined || one_edit_away(&chars, known)
}

/// Whether deleting, inserting or changing one letter makes a known word (of five letters
/// or more: short words are one letter from many others).
fn one_edit_away(chars: &[char], known: impl Fn(&str) -> bool) -> bool {
    if chars.len() < 4 {
        return false;
    }
    let letters = "abcdefghijklmnopqrstuvwxyz";
    for k in 0..=chars.len() {
        let (head, tail) = (&chars[..k], &chars[k..]);
        let text = |middle: &str, skip: usize| -> String {
            head.iter()
                .copied()
                .chain(middle.chars())
                .chain(tail.iter().skip(skip).copied())
                .collect()
        };
        if k < chars.len() && known(&text("", 1)) && chars.len() > 5 {
            return true;
        }
        for c in letters.chars() {
            let inserted = text(&c.to_string(), 0);
            if known(&inserted) && inserted.chars().count() >= 5 {
                return true;
            }
            if k < chars.len() {
                let changed = text(&c.to_string(), 1);
                if known(&changed) && chars.len() >= 5 {
                    return true;
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspellings_and_run_together_words() {
        assert!(misspelt(Language::Indonesian, "ruangnama"));
        assert!(misspelt(Language::Indonesian, "tingg"));
        assert!(misspelt(Language::Indonesian, "ilayah"));
        assert!(!misspelt(Language::Indonesian, "backspace"));
        assert!(!misspelt(Language::Indonesian, "microsoft"));
        assert!(!misspelt(Language::Indonesian, "delete"));
        assert!(!misspelt(Language::Indonesian, "ismissing"));
        assert!(!misspelt(Language::Indonesian, "path"));
    }
}
