//! Property: with pre-split input, every line of both documents is in exactly one bead, and
//! beads come in English order (the contract ../shared/eval relies on).

use proptest::prelude::*;
use selaras::align::Mode;
use selaras::ingest::Source;
use selaras::{Aligner, Config};

/// Sentences from the sample articles, the material documents are drawn from.
fn sentences(path: &str) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .split(['.', '\n'])
        .map(str::trim)
        .filter(|s| s.split_whitespace().count() >= 4)
        .map(str::to_string)
        .collect()
}

fn check(en: &[String], id: &[String], mode: Mode) {
    let config = Config {
        presplit: true,
        mode,
        ..Config::default()
    };
    let en_src = Source::from_text("en", &en.join("\n")).unwrap();
    let id_src = Source::from_text("id", &id.join("\n")).unwrap();
    let alignment = Aligner::new(config).align(&en_src, &id_src).unwrap();
    let mut en_seen = vec![0; en.len()];
    let mut id_seen = vec![0; id.len()];
    let mut last_en = None;
    for bead in &alignment.beads {
        assert!(!bead.en.is_empty() || !bead.id.is_empty());
        bead.en.iter().for_each(|&i| en_seen[i] += 1);
        bead.id.iter().for_each(|&j| id_seen[j] += 1);
        if let Some(&first) = bead.en.first() {
            assert!(last_en < Some(first), "beads out of English order");
            last_en = Some(first);
        }
    }
    assert!(en_seen.iter().all(|&c| c == 1), "{en_seen:?}");
    assert!(id_seen.iter().all(|&c| c == 1), "{id_seen:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn every_line_in_exactly_one_bead(
        en_pick in proptest::collection::vec(0usize..1000, 1..25),
        id_pick in proptest::collection::vec(0usize..1000, 1..25),
        mode in prop_oneof![Just(Mode::Parallel), Just(Mode::Comparable), Just(Mode::Auto)],
    ) {
        let (en_pool, id_pool) = (sentences("data/samples/aceh-en.txt"), sentences("data/samples/aceh-id.txt"));
        let en: Vec<String> = en_pick.iter().map(|&k| en_pool[k % en_pool.len()].clone()).collect();
        let id: Vec<String> = id_pick.iter().map(|&k| id_pool[k % id_pool.len()].clone()).collect();
        check(&en, &id, mode);
    }
}
