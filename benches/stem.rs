//! Stemming speed, single thread and without the per-run cache, over the real Indonesian
//! tokens of data/bench/id-token-counts.tsv: each token as often as it occurs (362k tokens),
//! and each distinct token once (18k, where rare derived words weigh more); English
//! Snowball on the same tokens for comparison.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use selaras::analyze::stem::english::EnglishStemmer;
use selaras::analyze::stem::indonesian::IndonesianStemmer;
use selaras::analyze::stem::Stemmer;

fn counts() -> Vec<(String, usize)> {
    let text = std::fs::read_to_string("data/bench/id-token-counts.tsv").unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(word, count)| (word.to_string(), count.parse().unwrap()))
        .collect()
}

fn stem_all(c: &mut Criterion, name: &str, stemmer: &dyn Stemmer, tokens: &[String]) {
    let mut group = c.benchmark_group("stem");
    group.throughput(Throughput::Elements(tokens.len() as u64));
    group.sample_size(10);
    group.bench_function(name, |b| {
        b.iter(|| tokens.iter().map(|t| stemmer.stem(t).len()).sum::<usize>())
    });
    group.finish();
}

fn stemming(c: &mut Criterion) {
    let counts = counts();
    let tokens: Vec<String> = counts
        .iter()
        .flat_map(|(word, count)| std::iter::repeat_n(word.clone(), *count))
        .collect();
    let distinct: Vec<String> = counts.into_iter().map(|(word, _)| word).collect();
    assert!(tokens.len() >= 100_000);
    let indonesian = IndonesianStemmer::shipped();
    stem_all(c, "indonesian_tokens", &*indonesian, &tokens);
    stem_all(c, "indonesian_distinct", &*indonesian, &distinct);
    stem_all(
        c,
        "english_snowball_tokens",
        &EnglishStemmer::default(),
        &tokens,
    );
}

criterion_group!(benches, stemming);
criterion_main!(benches);
