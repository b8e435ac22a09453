//! The affix classes a root list allows on each of its roots (data/id-roots.txt, or a user's
//! list). build.rs reads the shipped list with this same code when it compiles it into the
//! binary.

/// Which affixes the dictionary allows on a root, one bit per class letter of
/// data/id-roots.txt (`-`: none); a root listed without classes allows everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Affixes(pub u64);

impl Affixes {
    pub const ANY: Affixes = Affixes(u64::MAX);
    pub const NONE: Affixes = Affixes(0);

    fn parse(letters: &str) -> Affixes {
        if letters.is_empty() || letters.contains('*') {
            return Affixes::ANY;
        }
        Affixes(letters.bytes().map(Affixes::bit).fold(0, |a, b| a | b))
    }

    /// Prefix classes are upper-case letters, suffix classes lower-case (K is ke-, k is -kan).
    fn bit(letter: u8) -> u64 {
        match letter {
            b'A'..=b'Z' => 1 << (letter - b'A'),
            b'a'..=b'z' => 1 << (32 + letter - b'a'),
            _ => 0,
        }
    }

    /// How many kinds of affix the root takes.
    pub fn count(self) -> u32 {
        self.0.count_ones()
    }

    pub fn allows(self, class: u8) -> bool {
        self.0 & Affixes::bit(class) != 0
    }
}

/// A root list's line, `root[<TAB>classes]`, as the lower-cased root and its affixes; none
/// for a blank line or a `#` comment.
pub fn root_line(line: &str) -> Option<(String, Affixes)> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    Some(match line.split_once('\t') {
        Some((word, classes)) => (word.to_lowercase(), Affixes::parse(classes.trim())),
        None => (line.to_lowercase(), Affixes::ANY),
    })
}
