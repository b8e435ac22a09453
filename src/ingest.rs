//! Reading documents: files or standard input, validated as UTF-8 text before anything else runs.

use crate::error::{Error, Result};
use std::io::Read;
use std::path::Path;

/// Inputs larger than this are refused rather than exhausting memory (64 MiB).
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// A document as read: its name (for messages and reports) and its text.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file name, or "standard input".
    pub name: String,
    /// The text, without a byte-order mark or carriage returns; spans in the documents
    /// made from it are offsets into this text.
    pub text: String,
}

impl Source {
    /// Wraps text that is already in memory (library use, tests), with the same checks as files.
    pub fn from_text(name: &str, text: &str) -> Result<Source> {
        Source::from_bytes(name, text.as_bytes().to_vec())
    }

    /// Reads a file, or standard input when `path` is "-"; an error names the file.
    ///
    /// ```
    /// let e = selaras::ingest::Source::read("no/such/file.txt").unwrap_err();
    /// assert_eq!(e.to_string(), "no/such/file.txt: no such file");
    /// ```
    pub fn read(path: &str) -> Result<Source> {
        if path == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .take(MAX_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(|source| io_error("standard input", source))?;
            if bytes.len() as u64 > MAX_BYTES {
                // Reading stopped at the limit: the stream's size is not known.
                return Err(Error::Invalid {
                    name: "standard input".into(),
                    message: format!("too large (more than the limit of {MAX_BYTES} bytes)"),
                });
            }
            return Source::from_bytes("standard input", bytes);
        }
        let p = Path::new(path);
        let meta = std::fs::metadata(p).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::NotFound(path.to_string()),
            _ => io_error(path, e),
        })?;
        if meta.is_dir() {
            return Err(Error::IsDirectory(path.to_string()));
        }
        if meta.len() > MAX_BYTES {
            return Err(too_large(path, meta.len()));
        }
        let bytes = std::fs::read(p).map_err(|e| io_error(path, e))?;
        Source::from_bytes(path, bytes)
    }

    /// Validates raw bytes: size, binary content, UTF-8, emptiness; strips a BOM and CRs.
    pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Result<Source> {
        if bytes.len() as u64 > MAX_BYTES {
            return Err(too_large(name, bytes.len() as u64));
        }
        let bytes = match utf16(&bytes) {
            Some(decoded) => decoded.ok_or_else(|| Error::Invalid {
                name: name.to_string(),
                message: "UTF-16 text (it has a byte-order mark) that is not valid UTF-16".into(),
            })?,
            None => bytes,
        };
        if looks_binary(&bytes) {
            return Err(Error::Binary(name.to_string()));
        }
        let text = String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
            name: name.to_string(),
            offset: e.utf8_error().valid_up_to(),
        })?;
        let text = text
            .strip_prefix('\u{feff}')
            .unwrap_or(&text)
            .replace('\r', "");
        if text.trim().is_empty() {
            return Err(Error::Empty(name.to_string()));
        }
        Ok(Source {
            name: name.to_string(),
            text,
        })
    }
}

fn io_error(name: &str, source: std::io::Error) -> Error {
    Error::Io {
        name: name.to_string(),
        cause: source,
    }
}

fn too_large(name: &str, size: u64) -> Error {
    Error::TooLarge {
        name: name.to_string(),
        size,
        limit: MAX_BYTES,
    }
}

/// Text in UTF-16 with a byte-order mark (as Windows tools write it), as UTF-8 bytes;
/// `None` when the bytes have no UTF-16 mark, `Some(None)` when they are not valid UTF-16.
fn utf16(bytes: &[u8]) -> Option<Option<Vec<u8>>> {
    let unit: fn([u8; 2]) -> u16 = match bytes {
        [0xff, 0xfe, ..] => u16::from_le_bytes,
        [0xfe, 0xff, ..] => u16::from_be_bytes,
        _ => return None,
    };
    let body = &bytes[2..];
    if !body.len().is_multiple_of(2) {
        return Some(None);
    }
    let units = body.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    Some(
        char::decode_utf16(units)
            .collect::<std::result::Result<String, _>>()
            .ok()
            .map(String::into_bytes),
    )
}

/// NUL bytes, or more than 1% control characters other than whitespace, mean "not text".
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    controls * 100 > sample.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_binary_invalid_and_empty_input() {
        assert!(matches!(
            Source::from_bytes("a", vec![0x7f, 0x45, 0, 1]),
            Err(Error::Binary(_))
        ));
        assert!(matches!(
            Source::from_bytes("a", vec![b'a', 0xff, b'b']),
            Err(Error::NotUtf8 { offset: 1, .. })
        ));
        assert!(matches!(
            Source::from_bytes("a", b" \n\n\t".to_vec()),
            Err(Error::Empty(_))
        ));
    }

    #[test]
    fn strips_bom_and_carriage_returns() {
        let s = Source::from_bytes("a", "\u{feff}one\r\ntwo\r\n".as_bytes().to_vec()).unwrap();
        assert_eq!(s.text, "one\ntwo\n");
    }
}
