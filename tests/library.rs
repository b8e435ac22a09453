//! The library's stages run one at a time give what `Aligner` gives in one call, and the
//! alignment keeps the evidence a QA check or a report works from.

use selaras::ingest::Source;
use selaras::{align, keymap, lang, segment};
use selaras::{Aligner, Config, Language, LinkKind, Mode, TermClass, Unit};

fn sample(path: &str) -> Source {
    Source::read(path).unwrap()
}

#[test]
fn stages_one_at_a_time_equal_the_one_call() {
    let (en, id) = (
        sample("data/samples/aceh-en.txt"),
        sample("data/samples/aceh-id.txt"),
    );
    let config = Config::default();
    let whole = Aligner::new(config.clone()).align(&id, &en).unwrap();

    let (settings, resources) = (&config.settings, &config.resources);
    let document = |source: &Source| {
        let identified = lang::identify_document(source, false).unwrap();
        segment::document(source, identified, Unit::Paragraph).unwrap()
    };
    let (english, indonesian) =
        lang::english_first(document(&id), document(&en), &settings.documents).unwrap();
    assert_eq!(english.language, Language::English);
    let analyzed_en = resources
        .analyzer(Language::English)
        .analyze(&english.segments);
    let analyzed_id = resources
        .analyzer(Language::Indonesian)
        .analyze(&indonesian.segments);
    let map = keymap::build(
        &analyzed_en,
        &analyzed_id,
        resources.lexicon(),
        &settings.keymap,
    );
    let by_stage = align::align(&map, Mode::Auto, settings);

    let sides = |beads: &[selaras::AlignedBead]| -> Vec<(Vec<usize>, Vec<usize>, f64)> {
        beads
            .iter()
            .map(|b| (b.en.clone(), b.id.clone(), b.score))
            .collect()
    };
    assert_eq!(sides(&by_stage.beads), sides(&whole.beads));
    assert_eq!(by_stage.mode_reason, whole.mode_reason);
}

#[test]
fn evidence_says_which_words_match_and_which_are_left_over() {
    let en = Source::from_text(
        "en",
        "The earthquake on 26 December 2004 killed 170,000 people in Aceh.",
    )
    .unwrap();
    let id = Source::from_text(
        "id",
        "Gempa pada 26 Desember 2005 menewaskan 170.000 orang di Aceh.",
    )
    .unwrap();
    let config = Config::builder().mode(Mode::Parallel).build();
    let alignment = Aligner::new(config).align(&en, &id).unwrap();
    let bead = &alignment.beads[0];
    assert!(bead.is_pair());

    let matched: Vec<(&str, LinkKind)> = bead
        .evidence
        .en
        .matched
        .iter()
        .map(|m| (alignment.english_text(&m.at), m.kind))
        .collect();
    assert!(
        matched.contains(&("170,000", LinkKind::Number)),
        "{matched:?}"
    );
    assert!(matched.contains(&("Aceh", LinkKind::Same)), "{matched:?}");
    assert!(
        matched.contains(&("earthquake", LinkKind::Lexicon)),
        "{matched:?}"
    );

    // The years differ: each side's year is left unmatched, as a number.
    let left = |side: &selaras::model::SideEvidence, english: bool| -> Vec<String> {
        side.unmatched_entities()
            .filter(|o| o.class == TermClass::Number)
            .map(|o| {
                let text = if english {
                    alignment.english_text(o)
                } else {
                    alignment.indonesian_text(o)
                };
                text.to_string()
            })
            .collect()
    };
    assert_eq!(left(&bead.evidence.en, true), ["2004"]);
    assert_eq!(left(&bead.evidence.id, false), ["2005"]);
}

/// The (English, Indonesian) forms of the links the shipped lexicon makes between two lines.
fn linked_forms(en: &str, id: &str) -> Vec<(String, String)> {
    let resources = selaras::Resources::shipped();
    let analyze = |text: &str, language| {
        resources
            .analyzer(language)
            .analyze(&segment::segment(text, language, Unit::Line))
    };
    let (en, id) = (
        analyze(en, Language::English),
        analyze(id, Language::Indonesian),
    );
    let map = keymap::build(
        &en,
        &id,
        resources.lexicon(),
        &selaras::Settings::default().keymap,
    );
    map.links
        .iter()
        .map(|l| {
            (
                map.en.terms[l.en as usize].form.clone(),
                map.id.terms[l.id as usize].form.clone(),
            )
        })
        .collect()
}

#[test]
fn a_dictionary_word_matches_its_own_derivation_not_every_word_of_its_root() {
    let link = |en: &str, id: &str| (en.to_string(), id.to_string());
    // tinggal (stay, reside) and meninggal (die) share the root tinggal.
    assert!(linked_forms("She resides in Palu.", "Dia tinggal di Palu.")
        .contains(&link("resides", "tinggal")));
    assert!(
        !linked_forms("She resides in Palu.", "Dia meninggal di Palu.")
            .iter()
            .any(|(en, _)| en == "resides")
    );
    assert!(linked_forms("She died in Palu.", "Dia meninggal di Palu.")
        .contains(&link("died", "meninggal")));
    // The verb's voice may differ: menyelamatkan (active) and diselamatkan (passive).
    assert!(linked_forms("They rescued him.", "Dia diselamatkan.")
        .iter()
        .any(|(en, id)| en == "rescued" && id == "diselamatkan"));
    // A dictionary writes no plurals: its mata-mata is "police officer" (or "spy"), a
    // word of its own, found only reduplicated; its rumah (house) also in rumah-rumah.
    let officer = |id| {
        linked_forms("The police officer arrived.", id)
            .iter()
            .any(|(en, _)| en == "police officer")
    };
    assert!(officer("Lalu mata-mata itu datang."));
    assert!(!officer("Lalu matanya berkaca-kaca."));
    assert!(
        linked_forms("The houses burned.", "Lalu rumah-rumah terbakar.")
            .contains(&link("houses", "rumah"))
    );
    // The same on the English side: representatives and represents share the stem
    // "repres", and the dictionary's merupakan is the verb's.
    let id = "Ini merupakan pertemuan di Palu.";
    assert!(linked_forms("This represents a meeting in Palu.", id)
        .contains(&link("represents", "merupakan")));
    assert!(!linked_forms("The representatives met in Palu.", id)
        .iter()
        .any(|(en, _)| en == "representatives"));
}

#[test]
fn a_learned_pair_matches_its_derivation_or_the_verb_of_a_bare_root() {
    let link = |en: &str, id: &str| (en.to_string(), id.to_string());
    // Learned from interface strings: over = berakhir (ended), not terakhir (last).
    assert!(linked_forms("The war is over.", "Perang sudah berakhir.")
        .contains(&link("over", "berakhir")));
    assert!(
        !linked_forms("The war is over.", "Perang ini yang terakhir.")
            .iter()
            .any(|(en, _)| en == "over")
    );
    // Learned as the bare root (block = blokir), written with the verb's prefix.
    assert!(
        linked_forms("They blocked the road.", "Mereka memblokir jalan.")
            .contains(&link("blocked", "memblokir"))
    );
}

#[test]
fn a_web_address_is_not_a_respelled_name() {
    let links = linked_forms(
        "Floods hit Jakarta again.",
        "Banjir, menurut Jakarta.com hari ini.",
    );
    assert!(
        !links.iter().any(|(_, id)| id == "jakarta.com"),
        "{links:?}"
    );
    let links = linked_forms("Floods hit Jakarta again.", "Banjir melanda Jakarta lagi.");
    assert!(links
        .iter()
        .any(|(en, id)| en == "jakarta" && id == "jakarta"));
}

#[test]
fn auto_mode_gives_up_the_order_when_ordered_pairs_share_little() {
    // A short help page, partly kept and reordered on the Indonesian side with lines of
    // another page: in order, "Spacing" would sit beside "Kolom", both short, and look sure.
    let en = "Line Spacing\nSets the amount of space between lines of text in a paragraph.\n\
              The commands in this menu are used to edit tables.\nSpacing\n\
              Sets the space between lines.\n";
    let id = "Spasi Baris\nSpasi\nMengatur jarak antar baris teks dalam paragraf.\nKolom\n\
              Tampilkan penggaris vertikal.\nMengatur jarak antar baris.\n";
    let config = Config::builder().presplit(true).build();
    let alignment = Aligner::new(config)
        .align(
            &Source::from_text("en", en).unwrap(),
            &Source::from_text("id", id).unwrap(),
        )
        .unwrap();
    assert_eq!(
        alignment.mode,
        Mode::Comparable,
        "{}",
        alignment.mode_reason
    );
    let pairs: Vec<(Vec<usize>, Vec<usize>)> = alignment
        .pairs()
        .map(|b| (b.en.clone(), b.id.clone()))
        .collect();
    assert!(pairs.contains(&(vec![3], vec![1])), "{pairs:?}");
    assert!(pairs.iter().all(|(_, id)| !id.contains(&3)), "{pairs:?}");
}
