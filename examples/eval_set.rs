//! Aligns every document pair of an evaluation set in one process (the shipped data loaded
//! once) and writes one prediction file per pair, as ../shared/eval/bin/run_system.sh would
//! with `selaras align --presplit`; the kit's scorers read the result.
//!
//!     cargo run --release --example eval_set -- SET_DIR OUT_DIR MODE FORMAT [PARAMS.json] [no-lexicon]
//!
//! SET_DIR/docs/NAME.en.txt and NAME.id.txt are the pairs; OUT_DIR/NAME.tsv the predictions.

use rayon::prelude::*;
use selaras::ingest::Source;
use selaras::report::{self, Format};
use selaras::{Aligner, Config, Mode, Resources, Settings};
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (set, out) = (Path::new(&args[0]), Path::new(&args[1]));
    let mode = match args[2].as_str() {
        "parallel" => Mode::Parallel,
        "comparable" => Mode::Comparable,
        _ => Mode::Auto,
    };
    let format = match args[3].as_str() {
        "beads" => Format::Beads,
        "links" => Format::Links,
        other => panic!("format {other}"),
    };
    let settings = args
        .get(4)
        .filter(|p| !p.is_empty())
        .map_or_else(Settings::default, |p| {
            Settings::from_json(&std::fs::read_to_string(p).unwrap(), p).unwrap()
        });
    let shipped_lexicon = args.get(5).map(String::as_str) != Some("no-lexicon");
    let resources = Resources::builder()
        .shipped_lexicon(shipped_lexicon)
        .build()
        .unwrap();
    let config = Config::builder()
        .mode(mode)
        .presplit(true)
        .settings(settings)
        .resources(resources)
        .build();
    let aligner = Aligner::new(config);
    std::fs::create_dir_all(out).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(set.join("docs"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().unwrap();
            name.strip_suffix(".en.txt").map(str::to_string)
        })
        .collect();
    names.sort();
    names.par_iter().for_each(|name| {
        let read = |lang: &str| Source::read(&format!("{}/docs/{name}.{lang}.txt", set.display()));
        let mut text = Vec::new();
        match (read("en"), read("id")) {
            (Ok(en), Ok(id)) => match aligner.align(&en, &id) {
                Ok(alignment) => report::write(&alignment, format, &mut text).unwrap(),
                Err(e) => eprintln!("{name}: {e}"),
            },
            (Err(e), _) | (_, Err(e)) => eprintln!("{name}: {e}"),
        }
        std::fs::write(out.join(format!("{name}.tsv")), text).unwrap();
    });
}
