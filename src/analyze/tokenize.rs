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
        tokens.push(Token {
            text: &text[start..i],
            sentence_start,
        });
        sentence_start = false;
    }
    tokens
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
    fn marks_sentence_starts() {
        let t = tokenize("He met Putin. Ukraine");
        let starts: Vec<bool> = t.iter().map(|t| t.sentence_start).collect();
        assert_eq!(starts, [true, false, false, true]);
    }
}
