//! The one error type of the library: every message names the input it is about.

use std::path::PathBuf;

/// Everything that can go wrong between reading the inputs and writing a report. Each
/// message is one line that starts with the file (or stream) it is about.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file does not exist.
    #[error("{0}: no such file")]
    NotFound(String),
    /// A directory was given where a file was expected.
    #[error("{0}: is a directory, not a file")]
    IsDirectory(String),
    /// Reading failed.
    #[error("{name}: cannot read: {cause}")]
    Io {
        /// The file or stream.
        name: String,
        /// What the system said (in the message, so not also a source that would print it
        /// twice).
        cause: std::io::Error,
    },
    /// Writing an output failed.
    #[error("{name}: cannot write: {cause}")]
    Write {
        /// The file.
        name: String,
        /// What the system said (in the message only).
        cause: std::io::Error,
    },
    /// The input is over the size limit.
    #[error("{name}: too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge {
        /// The file or stream.
        name: String,
        /// Its size in bytes, or for a stream the bytes read before stopping.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The input is not valid UTF-8.
    #[error("{name}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 {
        /// The file or stream.
        name: String,
        /// The byte offset of the first invalid byte.
        offset: usize,
    },
    /// The input holds binary data.
    #[error("{0}: looks like binary data, not text")]
    Binary(String),
    /// The document has no text.
    #[error("{0}: the document is empty")]
    Empty(String),
    /// The document is in a language selaras does not align.
    #[error("{name}: language not handled ({found}); selaras aligns English with Indonesian")]
    UnsupportedLanguage {
        /// The document.
        name: String,
        /// What it reads as, or why nothing could be told.
        found: String,
    },
    /// The document reads as Malay (and `--allow-malay` was not given).
    #[error(
        "{0}: reads as Malay, not Indonesian; selaras aligns English with Indonesian \
         (--allow-malay aligns it as Indonesian)"
    )]
    Malay(String),
    /// Both documents are in one language.
    #[error(
        "{first} and {second} are both {language}; give one English and one Indonesian document"
    )]
    SameLanguage {
        /// The first document.
        first: String,
        /// The second document.
        second: String,
        /// Their language.
        language: String,
    },
    /// A file is readable but not usable as what it was given for.
    #[error("{name}: {}", one_line(.message))]
    Invalid {
        /// The file.
        name: String,
        /// What is wrong with it.
        message: String,
    },
    /// A line of a data file (a lexicon, settings) is malformed.
    #[error("{path}:{line}: {}", one_line(.message))]
    BadData {
        /// The file.
        path: PathBuf,
        /// The line, counted from 1.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}

/// A message that quotes the user's input (a parser's view of a malformed tag) kept on one
/// line: line breaks and other control characters escaped, as Rust writes them.
fn one_line(message: &str) -> String {
    message
        .chars()
        .map(|c| match c {
            '\u{2028}' | '\u{2029}' => c.escape_unicode().to_string(),
            c if c.is_control() => c.escape_default().to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// The result of a fallible library call.
pub type Result<T> = std::result::Result<T, Error>;
