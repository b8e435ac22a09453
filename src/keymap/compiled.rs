//! The shipped lexicon compiled once: analyzing its 150,000 pairs into keys takes most of a
//! second, so the result is kept in a file of the user's cache directory
//! (`$SELARAS_CACHE_DIR`, else `$XDG_CACHE_HOME/selaras`, else `~/.cache/selaras`) under a
//! name that carries this build's hash (of its code and data; see build.rs), and later
//! processes read it in milliseconds. A missing, unreadable or damaged file is compiled
//! again; a cache that cannot be written is left out, never an error.

use super::lexicon::Lexicon;
use super::table::{Bytes, Table};
use std::path::PathBuf;
use std::sync::Arc;

/// The shipped lexicon from the cache, or compiled by `compile` (and cached).
pub(crate) fn shipped(compile: impl FnOnce() -> Lexicon) -> Lexicon {
    let path = cache_file();
    if let Some(lexicon) = path.as_ref().and_then(read) {
        return lexicon;
    }
    let lexicon = compile();
    if let Some(path) = path {
        write(&path, &lexicon);
    }
    lexicon
}

fn cache_file() -> Option<PathBuf> {
    let dir = std::env::var_os("SELARAS_CACHE_DIR")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("XDG_CACHE_HOME").map(|d| PathBuf::from(d).join("selaras")))
        .or_else(|| std::env::var_os("HOME").map(|d| PathBuf::from(d).join(".cache/selaras")))?;
    Some(dir.join(format!("lexicon-{}.bin", env!("SELARAS_BUILD_HASH"))))
}

/// The lexicon a compiled file holds, if it holds a whole one, mapped into memory: only
/// the pages a document's words look up are ever read.
fn read(path: &PathBuf) -> Option<Lexicon> {
    let file = std::fs::File::open(path).ok()?;
    // SAFETY: the mapping is read-only and the file is never changed in place: it is written
    // whole under another name and renamed (see `write`), and replaced or removed the same
    // way, which leaves a mapped file's contents as they were. Only a user truncating the
    // cache file while selaras runs could pull pages from under it.
    let map = unsafe { memmap2::Mmap::map(&file) }.ok()?;
    open(Bytes::Mapped(Arc::new(map)))
}

fn open(bytes: Bytes) -> Option<Lexicon> {
    Table::open(bytes, Lexicon::shipped_sources().collect()).map(Lexicon::from_table)
}

/// Writes the cache file whole (a temporary name, then a rename) and removes the files of
/// other builds.
fn write(path: &PathBuf, lexicon: &Lexicon) {
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let temporary = path.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&temporary, lexicon.table().bytes()).is_err()
        || std::fs::rename(&temporary, path).is_err()
    {
        let _ = std::fs::remove_file(&temporary);
        return;
    }
    let ours = path.file_name();
    for old in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = old.file_name();
        let name_text = name.to_string_lossy();
        if Some(name.as_os_str()) != ours
            && name_text.starts_with("lexicon-")
            && name_text.ends_with(".bin")
        {
            let _ = std::fs::remove_file(old.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> Option<Lexicon> {
        open(Bytes::Built(Arc::new(bytes.to_vec())))
    }
    use crate::analyze::stem::indonesian::IndonesianStemmer;

    #[test]
    fn the_compiled_form_equals_what_the_text_files_give() {
        let compiled = Lexicon::compile_shipped(&IndonesianStemmer::shipped());
        let read = decode(compiled.table().bytes()).unwrap();
        assert!(compiled.table().len() > 100_000);
        assert!(read.table().entries().eq(compiled.table().entries()));
        let keys = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert!(read.knows_english(&keys(&["earthquak"])));
        assert!(read.knows_indonesian(&keys(&["gempa"])));
    }

    #[test]
    fn a_damaged_file_is_not_a_lexicon() {
        let compiled = Lexicon::compile_shipped(&IndonesianStemmer::shipped());
        let bytes = compiled.table().bytes();
        assert!(decode(&bytes[..bytes.len() / 2]).is_none());
        assert!(decode(b"not a lexicon").is_none());
    }
}
