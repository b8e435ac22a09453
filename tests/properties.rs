//! Properties every run keeps, whatever the text: the alignment contract
//! ([`Alignment::verify`]: each line in exactly one bead, English order, scores in range,
//! evidence inside its passage), spans inside their text, and no panic in any stage. The fuzz
//! targets in fuzz/ check the same invariants on far more inputs; these keep stable CI on them.

use proptest::prelude::*;
use selaras::align::Mode;
use selaras::analyze::{stem::indonesian::IndonesianStemmer, Analyzer};
use selaras::ingest::Source;
use selaras::{lang, segment, Aligner, Alignment, Config, Language, Unit};
use std::sync::OnceLock;

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

/// Words of both sample articles and pieces that have broken text tools: line ends of every
/// kind, numbers in both conventions, placeholders, markup, combining marks, letters whose
/// case or NFKC form changes length, zero-width and right-to-left characters, emoji.
fn pieces() -> &'static [String] {
    static PIECES: OnceLock<Vec<String>> = OnceLock::new();
    PIECES.get_or_init(|| {
        let samples = ["data/samples/aceh-en.txt", "data/samples/aceh-id.txt"];
        let words = samples.iter().flat_map(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        });
        let odd = [
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            "\t",
            "  ",
            "\u{2028}",
            "\u{85}",
            "1.000",
            "2,5",
            "1,5 juta",
            "Rp",
            "13:21",
            "(21/11)",
            "%s",
            "%1$d",
            "{0}",
            "<b>",
            "&amp;",
            "Dr.",
            "...",
            "?!",
            "'s",
            "e\u{301}",
            "İ",
            "ẞ",
            "ﬁ",
            "Ⅻ",
            "٣",
            "\u{200b}",
            "\u{feff}",
            "\u{202e}",
            "🙂",
            "\u{0}",
            "-",
            "--",
            "Wilayah-wilayah",
            "U.S.",
            "e.g.",
            "x",
            "A",
            "...\n",
        ];
        words.chain(odd.iter().map(|s| s.to_string())).collect()
    })
}

/// Text made of sample words and odd pieces, sometimes with arbitrary characters between.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => (0..usize::MAX).prop_map(|k| pieces()[k % pieces().len()].clone()),
        1 => "\\PC{0,12}",
        1 => ".{0,4}",
    ];
    proptest::collection::vec(
        (piece, prop_oneof![Just(" "), Just(""), Just("\n")]),
        0..120,
    )
    .prop_map(|parts| parts.into_iter().map(|(p, sep)| p + sep).collect())
}

fn mode() -> impl Strategy<Value = Mode> {
    prop_oneof![
        Just(Mode::Parallel),
        Just(Mode::Comparable),
        Just(Mode::Auto)
    ]
}

fn unit() -> impl Strategy<Value = Option<Unit>> {
    prop_oneof![
        Just(None),
        Just(Some(Unit::Line)),
        Just(Some(Unit::Paragraph)),
        Just(Some(Unit::Sentence))
    ]
}

fn align(en: &str, id: &str, config: Config) -> selaras::Result<Alignment> {
    let en = Source::from_text("en.txt", en)?;
    let id = Source::from_text("id.txt", id)?;
    Aligner::new(config).align(&en, &id)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// Real sentences in any order and number: every line in exactly one bead.
    #[test]
    fn sample_sentences_keep_the_contract(
        en_pick in proptest::collection::vec(0usize..1000, 1..25),
        id_pick in proptest::collection::vec(0usize..1000, 1..25),
        mode in mode(),
    ) {
        let (en_pool, id_pool) = (sentences("data/samples/aceh-en.txt"), sentences("data/samples/aceh-id.txt"));
        let en: Vec<&str> = en_pick.iter().map(|&k| en_pool[k % en_pool.len()].as_str()).collect();
        let id: Vec<&str> = id_pick.iter().map(|&k| id_pool[k % id_pool.len()].as_str()).collect();
        let config = Config { presplit: true, mode, ..Config::default() };
        let alignment = align(&en.join("\n"), &id.join("\n"), config).unwrap();
        prop_assert_eq!(alignment.english.segments.len(), en.len());
        prop_assert_eq!(alignment.indonesian.segments.len(), id.len());
        if let Err(broken) = alignment.verify() {
            prop_assert!(false, "{}", broken);
        }
    }

    /// Any text and options: an alignment that keeps the contract, or an error that says why.
    #[test]
    fn any_text_aligns_or_is_refused(
        en in text(), id in text(), mode in mode(), unit in unit(),
        presplit: bool, realign: bool,
    ) {
        let config = Config { presplit, mode, unit, realign, ..Config::default() };
        match align(&en, &id, config) {
            Ok(alignment) => {
                if let Err(broken) = alignment.verify() {
                    prop_assert!(false, "{}", broken);
                }
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    /// Every segment's span lies inside the text, in order, and holds the segment's words.
    #[test]
    fn segments_lie_inside_their_text(text in text(), indonesian: bool, unit in unit()) {
        let language = if indonesian { Language::Indonesian } else { Language::English };
        let segments = segment::segment(&text, language, unit.unwrap_or(Unit::Sentence));
        let mut end = 0;
        for s in &segments {
            let source = text.get(s.span.range());
            prop_assert!(source.is_some(), "span {:?} outside the text", s.span);
            prop_assert!(s.span.start >= end, "span {:?} before the last one's end", s.span);
            end = s.span.end.max(end);
            let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>().concat();
            prop_assert_eq!(words(&s.text), words(source.unwrap()));
        }
    }

    /// Every term's span is a non-empty piece of the analyzed text, for either language.
    #[test]
    fn terms_lie_inside_their_text(text in text(), indonesian: bool) {
        let language = if indonesian { Language::Indonesian } else { Language::English };
        for term in Analyzer::new(language).terms(&text) {
            prop_assert!(text.get(term.span.range()).is_some_and(|t| !t.is_empty()), "{:?}", term);
            prop_assert!(!term.key.is_empty(), "{:?}", term);
        }
    }

    /// The stemmer returns a stem for any word, never longer than the word.
    #[test]
    fn stems_are_no_longer_than_their_word(word in "\\PC{0,30}") {
        let derivation = IndonesianStemmer::shipped().derive(&word.to_lowercase());
        prop_assert!(derivation.stem.chars().count() <= word.to_lowercase().chars().count());
    }

    /// Identification always answers, with a confidence in 0..1.
    #[test]
    fn identification_answers_in_range(text in text()) {
        let detection = lang::identify(&text);
        prop_assert!((0.0..=1.0).contains(&detection.confidence), "{:?}", detection);
    }

    /// Any bytes: a source or a one-line error naming the file.
    #[test]
    fn any_bytes_read_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Err(e) = Source::from_bytes("input.bin", bytes) {
            let message = e.to_string();
            prop_assert!(message.contains("input.bin") && !message.contains('\n'), "{}", message);
        }
    }
}
