//! Language identification speed in segments per second: selaras's identifier against plain
//! whatlang (all languages) and whatlang restricted to English and Indonesian, on the
//! sentences of the sample articles (short segments are where identification is hard).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use whatlang::{Detector, Lang};

fn segments() -> Vec<String> {
    ["data/samples/aceh-en.txt", "data/samples/aceh-id.txt"]
        .iter()
        .flat_map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            text.split(['.', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn identification(c: &mut Criterion) {
    let segments = segments();
    let mut group = c.benchmark_group("lid_segments");
    group.throughput(Throughput::Elements(segments.len() as u64));
    selaras::lang::identify("warm up the model");
    group.bench_function("selaras", |b| {
        b.iter(|| {
            segments
                .iter()
                .map(|s| selaras::lang::identify(s).confidence)
                .sum::<f64>()
        })
    });
    group.bench_function("whatlang", |b| {
        b.iter(|| segments.iter().filter_map(|s| whatlang::detect(s)).count())
    });
    let restricted = Detector::with_allowlist(vec![Lang::Eng, Lang::Ind]);
    group.bench_function("whatlang_en_id", |b| {
        b.iter(|| segments.iter().filter_map(|s| restricted.detect(s)).count())
    });
    group.finish();
}

criterion_group!(benches, identification);
criterion_main!(benches);
