//! Compiles the word tables of data/ into the binary (src/tables), and gives the build an
//! identity for the compiled-lexicon cache: a hash of everything that decides what the
//! shipped lexicon compiles to (the code in src/ and the files in data/), so that a cache
//! made by another build is never read.

use std::fmt::{Debug, Write};
use std::fs;
use std::path::Path;

#[allow(dead_code)]
#[path = "src/analyze/stem/affixes.rs"]
mod affixes;
#[path = "src/fnv.rs"]
mod fnv;
#[path = "src/tables/rows.rs"]
mod rows;

fn main() {
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=data");
    let mut hash = fnv::Fnv::default();
    for dir in ["src", "data"] {
        add_dir(Path::new(dir), &mut hash);
    }
    println!("cargo:rustc-env=SELARAS_BUILD_HASH={:016x}", hash.finish());
    write_tables();
}

fn write_tables() {
    let data = |name: &str| fs::read_to_string(Path::new("data").join(name)).unwrap();
    let mut out = String::new();
    table(
        &mut out,
        "BACKGROUND_EN",
        "f32",
        rows::background(&data("background/en.tsv")),
    );
    table(
        &mut out,
        "BACKGROUND_ID",
        "f32",
        rows::background(&data("background/id.tsv")),
    );
    table(
        &mut out,
        "ID_ROOTS",
        "u64",
        rows::id_roots(&data("id-roots.txt")),
    );
    for (name, file) in [
        ("STOPWORDS_EN", "stopwords-en.txt"),
        ("STOPWORDS_ID", "stopwords-id.txt"),
        ("ABBREVIATIONS_EN", "abbreviations-en.txt"),
        ("ABBREVIATIONS_ID", "abbreviations-id.txt"),
    ] {
        table(&mut out, name, "()", rows::word_list(&data(file)));
    }
    let (lemmas, irregular) = rows::interned(rows::irregular(&data("english-irregular.tsv")));
    writeln!(out, "pub(crate) static ENGLISH_LEMMAS: &str = {lemmas:?};").unwrap();
    table(&mut out, "ENGLISH_IRREGULAR", "(u32, u32)", irregular);
    for (name, file) in [
        ("LID_WORDS", "lid/words.tsv"),
        ("LID_TRIGRAMS", "lid/trigrams.tsv"),
    ] {
        let model = rows::log_probabilities(&data(file));
        let array = "[f32; 3]";
        writeln!(
            out,
            "pub(crate) const {name}_UNSEEN: {array} = {:?};",
            model.unseen
        )
        .unwrap();
        writeln!(
            out,
            "pub(crate) const {name}_SPELLING: {array} = {:?};",
            model.spelling
        )
        .unwrap();
        table(&mut out, name, array, model.rows);
    }
    let path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("tables.rs");
    fs::write(path, out).unwrap();
}

/// A `StaticTable` static of these rows (Debug formatting writes Rust literals that read back
/// exactly: strings escaped, floats to the last bit).
fn table<V: Debug>(out: &mut String, name: &str, value_type: &str, rows: Vec<(String, V)>) {
    let mut rows: Vec<(u64, String, V)> = rows::sorted(rows)
        .into_iter()
        .map(|(key, value)| (fnv::hash(key.as_bytes()), key, value))
        .collect();
    rows.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let (mut hashes, mut keys, mut ends, mut values) =
        (String::new(), String::new(), String::new(), String::new());
    for (hash, key, value) in &rows {
        write!(hashes, "{hash},").unwrap();
        keys.push_str(key);
        write!(ends, "{},", keys.len()).unwrap();
        write!(values, "{value:?},").unwrap();
    }
    let bucket_bits = fnv::bucket_bits(rows.len());
    let row_hashes: Vec<u64> = rows.iter().map(|row| row.0).collect();
    let mut buckets = String::new();
    for start in fnv::bucket_starts(&row_hashes, bucket_bits) {
        write!(buckets, "{start},").unwrap();
    }
    writeln!(
        out,
        "pub(crate) static {name}: StaticTable<{value_type}> = StaticTable {{ hashes: &[{hashes}], \
         bucket_bits: {bucket_bits}, buckets: &[{buckets}], keys: {keys:?}, ends: &[{ends}], \
         values: &[{values}] }};"
    )
    .unwrap();
}

fn add_dir(dir: &Path, hash: &mut fnv::Fnv) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            add_dir(&path, hash);
        } else {
            hash.add(path.to_string_lossy().as_bytes());
            hash.add(&fs::read(&path).unwrap());
        }
    }
}
