//! Tokens that keep numbers, dates, acronyms and hyphenated words whole:
//! `2022/02/24`, `1,000`, `2.5`, `U.S.`, `90-an`, `wilayah-wilayah`, `right-click`, `Ctrl+J`.

/// One token of normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// First token of a sentence: its capital letter says nothing about it being a name.
    pub sentence_start: bool,
}

/// Splits normalized text into tokens.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    // The character at a byte offset and its length: ASCII without decoding.
    let char_at = |i: usize| match bytes[i] {
        b if b.is_ascii() => (b as char, 1),
        _ => text[i..]
            .chars()
            .next()
            .map_or(('\0', 1), |c| (c, c.len_utf8())),
    };
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut sentence_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let (c, length) = char_at(i);
        if !c.is_alphanumeric() {
            if matches!(c, '.' | '!' | '?' | ':' | '…' | '•') {
                sentence_start = true;
            }
            i += length;
            continue;
        }
        let start = i;
        while i < bytes.len() {
            // Most characters of most tokens.
            i += bytes[i..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            if i == bytes.len() {
                break;
            }
            let (c, length) = char_at(i);
            if c.is_alphanumeric() {
                i += length;
                continue;
            }
            let before = text[..i].chars().next_back().unwrap_or(c);
            match (i + length < bytes.len()).then(|| char_at(i + length)) {
                Some((after, after_length)) if joins(before, c, after) => {
                    i += length + after_length;
                }
                _ => break,
            }
        }
        let cut = start + glued_unit(&text[start..i]);
        for part in [&text[start..cut], &text[cut..i]] {
            if !part.is_empty() {
                tokens.push(Token {
                    text: part,
                    sentence_start,
                });
                sentence_start = false;
            }
        }
    }
    tokens
}

/// The length of a unit written onto the number it qualifies, which Indonesian spelling
/// joins ("Rp10.000", "Rp2,5 triliun", "M5,6" for magnitude 5.6), and English news writes
/// alike ("IDR10,000"); 0 for any other token.
fn glued_unit(token: &str) -> usize {
    let decimal = |rest: &str| {
        let b = rest.as_bytes();
        b.len() >= 3
            && b[0].is_ascii_digit()
            && matches!(b[1], b'.' | b',')
            && b[2].is_ascii_digit()
    };
    let amount = |unit: &str| {
        token
            .strip_prefix(unit)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    };
    match token {
        _ if amount("Rp") => 2,
        _ if amount("IDR") => 3,
        t if t.starts_with('M') && decimal(&t[1..]) => 1,
        _ => 0,
    }
}

/// Does `mid` join `before` and `after` into one token?
fn joins(before: char, mid: char, after: char) -> bool {
    match mid {
        '-' | '.' | '+' => before.is_alphanumeric() && after.is_alphanumeric(),
        '\'' => before.is_alphabetic() && after.is_alphabetic(),
        ',' | '/' | ':' => before.is_ascii_digit() && after.is_ascii_digit(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn keeps_numbers_dates_and_compounds_whole() {
        assert_eq!(
            texts("TOKYO, 2022/02/24: 1,000 troops (2.5%) in the 90-an, Minsk 2 wilayah-wilayah."),
            [
                "TOKYO",
                "2022/02/24",
                "1,000",
                "troops",
                "2.5",
                "in",
                "the",
                "90-an",
                "Minsk",
                "2",
                "wilayah-wilayah"
            ]
        );
        assert_eq!(texts("Russia's U.S. ally"), ["Russia's", "U.S", "ally"]);
        assert_eq!(texts("Ctrl+Shift+J, C++"), ["Ctrl+Shift+J", "C"]);
    }

    #[test]
    fn parts_a_unit_from_the_number_it_is_written_onto() {
        assert_eq!(
            texts("gempa M5,6 senilai Rp2,5 triliun, IDR10,000 M16 Rpx"),
            [
                "gempa", "M", "5,6", "senilai", "Rp", "2,5", "triliun", "IDR", "10,000", "M16",
                "Rpx"
            ]
        );
    }

    #[test]
    fn marks_sentence_starts() {
        let t = tokenize("He met Putin. Ukraine");
        let starts: Vec<bool> = t.iter().map(|t| t.sentence_start).collect();
        assert_eq!(starts, [true, false, false, true]);
    }
}
