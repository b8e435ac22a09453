//! The one error type of the library: every message names the input it is about.

use std::path::PathBuf;

/// Everything that can go wrong between reading the inputs and writing a report.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}: no such file")]
    NotFound(String),
    #[error("{0}: is a directory, not a file")]
    IsDirectory(String),
    #[error("{name}: cannot read: {source}")]
    Io {
        name: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{name}: too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge { name: String, size: u64, limit: u64 },
    #[error("{name}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 { name: String, offset: usize },
    #[error("{0}: looks like binary data, not text")]
    Binary(String),
    #[error("{0}: the document is empty")]
    Empty(String),
    #[error("{name}: language not handled ({found}); selaras aligns English with Indonesian")]
    UnsupportedLanguage { name: String, found: String },
    #[error(
        "{0}: reads as Malay, not Indonesian; selaras aligns English with Indonesian \
         (--allow-malay aligns it as Indonesian)"
    )]
    Malay(String),
    #[error(
        "{first} and {second} are both {language}; give one English and one Indonesian document"
    )]
    SameLanguage {
        first: String,
        second: String,
        language: String,
    },
    #[error("{path}:{line}: {message}")]
    BadData {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

pub type Result<T> = std::result::Result<T, Error>;
