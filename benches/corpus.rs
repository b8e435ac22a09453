//! Corpus preparation and document alignment speed on the shipped Firefox sample pairs (37
//! documents, 858 lines a side): sentence pairs per second through `corpus::batch::process`
//! (read, align, filter) on all cores, and the document aligner on the two collections.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use selaras::corpus::batch::{self, Outcome};
use selaras::corpus::manifest::{self, Job};
use selaras::corpus::Filters;
use selaras::docalign::{self, Profile};
use selaras::{Aligner, Config, Language, Unit};
use std::path::PathBuf;

fn files(side: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(format!("data/samples/firefox/{side}"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

fn aligner() -> Aligner {
    Aligner::new(Config::builder().presplit(true).build())
}

fn corpus(c: &mut Criterion) {
    let (jobs, _) = manifest::pair_directories(&files("en"), &files("id"));
    let aligner = aligner();
    let filters = Filters::default();
    let process = |jobs: &[Job]| -> usize {
        jobs.par_iter()
            .map(|job| match batch::process(&aligner, job, &filters) {
                Outcome::Aligned { pairs, .. } => pairs.len(),
                Outcome::Failed(_) => 0,
            })
            .sum()
    };
    let pairs = process(&jobs);
    let mut group = c.benchmark_group("corpus");
    group.sample_size(10);
    group.throughput(Throughput::Elements(pairs as u64));
    group.bench_function("firefox_37_documents", |b| b.iter(|| process(&jobs)));
    group.finish();
}

fn docs(c: &mut Criterion) {
    let aligner = aligner();
    let read = |side: &str, language: Language| -> Vec<selaras::Document> {
        files(side)
            .iter()
            .map(|f| {
                let source = selaras::ingest::Source::read(&f.to_string_lossy()).unwrap();
                aligner.document_in(&source, language, Unit::Line).unwrap()
            })
            .collect()
    };
    let (en, id) = (
        read("en", Language::English),
        read("id", Language::Indonesian),
    );
    let lexicon = aligner.config().resources.lexicon();
    let settings = aligner.config().settings.docalign.clone();
    let mut group = c.benchmark_group("docs");
    group.sample_size(10);
    group.throughput(Throughput::Elements(en.len() as u64));
    group.bench_function("firefox_37_by_37", |b| {
        b.iter(|| {
            let en_profiles: Vec<Profile> = en
                .iter()
                .map(|d| Profile::english(&aligner.analyze(d), lexicon))
                .collect();
            let id_profiles: Vec<Profile> = id
                .iter()
                .map(|d| Profile::indonesian(&aligner.analyze(d)))
                .collect();
            docalign::align(&en_profiles, &id_profiles, &settings, |e, i| {
                let alignment = aligner.align_documents(en[e].clone(), id[i].clone());
                docalign::aligned_share(&alignment, settings.min_bead_score)
            })
            .len()
        })
    });
    group.finish();
}

criterion_group!(benches, corpus, docs);
criterion_main!(benches);
