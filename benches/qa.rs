//! Translation QA speed on a 2,000-segment pair built from the sample articles' sentences,
//! with faults planted every 50 lines (a changed number, a dropped line, an English line):
//! the whole check (alignment and every QA check), and the checks alone on a ready
//! alignment.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use selaras::ingest::Source;
use selaras::qa::{self, QaOptions};
use selaras::{Aligner, Config, Mode};

const LINES: usize = 2000;

/// The sample articles' sentences, numbered so that lines do not repeat; every 50th
/// Indonesian line damaged.
fn pair() -> (Source, Source) {
    let sentences = |path: &str| -> Vec<String> {
        let text = std::fs::read_to_string(path).unwrap();
        text.split(['.', '\n'])
            .map(str::trim)
            .filter(|s| s.split_whitespace().count() >= 4)
            .map(str::to_string)
            .collect()
    };
    let (en, id) = (
        sentences("data/samples/aceh-en.txt"),
        sentences("data/samples/aceh-id.txt"),
    );
    let mut en_lines = Vec::new();
    let mut id_lines = Vec::new();
    for k in 0..LINES {
        let e = format!("{} {}.", en[k % en.len()], 1000 + k);
        let i = format!("{} {}.", id[k % id.len()], 1000 + k);
        match k % 150 {
            50 => id_lines.push(format!("{} {}.", id[k % id.len()], 2000 + k)),
            100 => id_lines.push(e.clone()),
            149 => {}
            _ => id_lines.push(i),
        }
        en_lines.push(e);
    }
    (
        Source::from_text("en", &en_lines.join("\n")).unwrap(),
        Source::from_text("id", &id_lines.join("\n")).unwrap(),
    )
}

fn check(c: &mut Criterion) {
    let (en, id) = pair();
    let aligner = Aligner::new(Config {
        presplit: true,
        mode: Mode::Parallel,
        ..Config::default()
    });
    let options = QaOptions::default();
    let mut group = c.benchmark_group("qa");
    group.sample_size(10);
    group.throughput(Throughput::Elements(LINES as u64));
    group.bench_function("align_and_check_2000", |b| {
        b.iter(|| {
            let alignment = aligner.align_translation(&en, &id).unwrap();
            qa::check(&alignment, &options)
        })
    });
    let alignment = aligner.align_translation(&en, &id).unwrap();
    group.bench_function("check_2000", |b| b.iter(|| qa::check(&alignment, &options)));
    group.finish();
}

criterion_group!(benches, check);
criterion_main!(benches);
