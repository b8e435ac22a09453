//! Gives the build an identity for the compiled-lexicon cache: a hash of everything that
//! decides what the shipped lexicon compiles to (the code in src/ and the files in data/), so
//! that a cache made by another build is never read.

use std::fs;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=data");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for dir in ["src", "data"] {
        add_dir(Path::new(dir), &mut hash);
    }
    println!("cargo:rustc-env=SELARAS_BUILD_HASH={hash:016x}");
}

fn add_dir(dir: &Path, hash: &mut u64) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            add_dir(&path, hash);
        } else {
            for byte in path
                .to_string_lossy()
                .bytes()
                .chain(fs::read(&path).unwrap())
            {
                *hash = (*hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            }
        }
    }
}
