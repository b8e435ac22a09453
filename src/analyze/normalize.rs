//! Text normalization before tokenizing: NFKC, and one form for quotes, dashes and spaces.

use unicode_normalization::UnicodeNormalization;

/// NFKC, with typographic quotes made plain and dashes made hyphens.
pub fn normalize(text: &str) -> String {
    text.nfkc()
        .map(|c| match c {
            '‘' | '’' | '‚' | '‛' | '`' | '´' => '\'',
            '“' | '”' | '„' | '‟' | '«' | '»' => '"',
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
            '\u{00a0}' | '\u{2009}' | '\u{202f}' => ' ',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn unifies_quotes_and_dashes() {
        assert_eq!(
            super::normalize("“Putin’s” 2014–2015 ﬁle"),
            "\"Putin's\" 2014-2015 file"
        );
    }
}
