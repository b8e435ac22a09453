//! Start-up, as a user meets it: one whole `selaras align` process on a two-line pair, with
//! the compiled lexicon in the cache (every run after the first) and without a cache (the
//! shipped lexicon analyzed from its text files, as every run did before); and one on the
//! shipped sample articles, where start-up and the document's own work are of a size.

use criterion::{criterion_group, criterion_main, Criterion};
use std::path::Path;
use std::process::Command;

fn run(cache: &Path, en: &Path, id: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_selaras"))
        .args(["align", "--format", "beads"])
        .arg(en)
        .arg(id)
        .env("SELARAS_CACHE_DIR", cache)
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
}

fn startup(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (en, id) = (dir.path().join("en.txt"), dir.path().join("id.txt"));
    std::fs::write(&en, "Open the file.\n").unwrap();
    std::fs::write(&id, "Buka berkas.\n").unwrap();
    let cache = dir.path().join("cache");
    run(&cache, &en, &id);
    // A cache directory that cannot exist: the lexicon is compiled every time.
    let no_cache = en.join("not-a-directory");
    let mut group = c.benchmark_group("startup_align_two_lines");
    group.sample_size(10);
    group.bench_function("compiled_lexicon_cached", |b| {
        b.iter(|| run(&cache, &en, &id))
    });
    group.bench_function("lexicon_from_text", |b| b.iter(|| run(&no_cache, &en, &id)));
    group.finish();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
    let (en, id) = (samples.join("aceh-en.txt"), samples.join("aceh-id.txt"));
    let mut group = c.benchmark_group("align_sample_articles");
    group.sample_size(20);
    group.bench_function("compiled_lexicon_cached", |b| {
        b.iter(|| run(&cache, &en, &id))
    });
    group.finish();
}

criterion_group!(benches, startup);
criterion_main!(benches);
