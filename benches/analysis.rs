//! Full analysis (normalize, tokenize, recognize facts, stem, stop words), one thread, on
//! about 1 MiB of each language: the sample articles' sentences, each tagged with a number so
//! that the stem cache meets new tokens as a long document does.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use selaras::analyze::Analyzer;
use selaras::ingest::Source;
use selaras::{lang, segment, Language, Unit};

fn document(path: &str) -> selaras::model::Document {
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<String> = (0..)
        .flat_map(|k| {
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(move |l| format!("{l} {k}"))
        })
        .scan(0, |size, line: String| {
            *size += line.len() + 1;
            (*size <= 1 << 20).then_some(line)
        })
        .collect();
    let source = Source::from_text(path, &lines.join("\n")).unwrap();
    let identification = lang::identify_document(&source, false).unwrap();
    segment::document(&source, identification, Unit::Sentence).unwrap()
}

fn analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analysis");
    group.sample_size(10);
    for (name, path, language) in [
        ("english", "data/samples/aceh-en.txt", Language::English),
        (
            "indonesian",
            "data/samples/aceh-id.txt",
            Language::Indonesian,
        ),
    ] {
        let doc = document(path);
        let bytes: usize = doc.segments.iter().map(|s| s.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(name, |b| {
            b.iter(|| Analyzer::new(language).analyze(&doc.segments))
        });
    }
    group.finish();
}

criterion_group!(benches, analysis);
criterion_main!(benches);
