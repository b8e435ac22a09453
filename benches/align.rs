//! Alignment speed on synthetic pairs built from the sample articles' sentences: parallel
//! pairs of 4,000 to 32,000 sentences a side (each doubling should cost about twice as
//! much), and a comparable pair of 200 paragraphs a side; and building the keyword map of
//! that pair.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use selaras::ingest::Source;
use selaras::{keymap, segment};
use selaras::{Aligner, Config, Language, Mode, Resources, Settings, Unit};

/// The sample articles' sentences, each tagged with a number so that documents do not
/// repeat the same handful of lines (which would make every pair ambiguous).
fn corpus(path: &str, count: usize) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let sentences: Vec<&str> = text
        .split(['.', '\n'])
        .map(str::trim)
        .filter(|s| s.split_whitespace().count() >= 4)
        .collect();
    (0..count)
        .map(|k| format!("{} {}.", sentences[k % sentences.len()], 1000 + k))
        .collect()
}

fn pair(lines: usize, separator: &str) -> (Source, Source) {
    let en = corpus("data/samples/aceh-en.txt", lines).join(separator);
    let id = corpus("data/samples/aceh-id.txt", lines).join(separator);
    (
        Source::from_text("en", &en).unwrap(),
        Source::from_text("id", &id).unwrap(),
    )
}

fn parallel(c: &mut Criterion) {
    let mut group = c.benchmark_group("align_parallel_sentences");
    group.sample_size(10);
    let aligner = Aligner::new(Config {
        presplit: true,
        mode: Mode::Parallel,
        ..Config::default()
    });
    for lines in [4000, 8000, 16000, 32000] {
        let (en, id) = pair(lines, "\n");
        group.throughput(Throughput::Elements(lines as u64));
        group.bench_with_input(BenchmarkId::from_parameter(lines), &lines, |b, _| {
            b.iter(|| aligner.align(&en, &id).unwrap())
        });
    }
    group.finish();
}

fn comparable(c: &mut Criterion) {
    let mut group = c.benchmark_group("align_comparable_paragraphs");
    group.sample_size(10);
    let aligner = Aligner::new(Config {
        mode: Mode::Comparable,
        ..Config::default()
    });
    let (en, id) = pair(200, "\n\n");
    group.throughput(Throughput::Elements(200));
    group.bench_function("200", |b| b.iter(|| aligner.align(&en, &id).unwrap()));
    group.finish();
}

/// Building the keyword map of a 200 x 200-paragraph pair (lexicon, same tokens, names and
/// cognates), on one thread and on rayon's default pool.
fn keyword_map(c: &mut Criterion) {
    let mut group = c.benchmark_group("keyword_map_200x200_paragraphs");
    group.sample_size(20);
    let (en, id) = pair(200, "\n\n");
    let resources = Resources::shipped();
    let analyze = |text: &str, language| {
        let paragraphs = segment::segment(text, language, Unit::Paragraph);
        resources.analyzer(language).analyze(&paragraphs)
    };
    let en_doc = analyze(&en.text, Language::English);
    let id_doc = analyze(&id.text, Language::Indonesian);
    let settings = Settings::default();
    for threads in [1, rayon::current_num_threads()] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        group.bench_function(format!("{threads}_threads"), |b| {
            b.iter(|| {
                pool.install(|| {
                    keymap::build(&en_doc, &id_doc, resources.lexicon(), &settings.keymap)
                })
            })
        });
    }
    group.finish();
}

criterion_group!(benches, parallel, comparable, keyword_map);
criterion_main!(benches);
