//! Links between passages: many to many on separately written articles, with a strength
//! level, and a translation aligned by length where the lexicon knows none of its words.

use assert_cmd::Command;
use std::collections::BTreeSet;
use std::fs;

const EN: &str = "data/samples/aceh-en.txt";
const ID: &str = "data/samples/aceh-id.txt";

fn selaras() -> Command {
    Command::cargo_bin("selaras").unwrap()
}

fn stdout(args: &[&str]) -> String {
    let out = selaras().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn links_format_gives_one_link_per_line_with_score_and_strength() {
    let text = stdout(&["align", EN, ID, "--format", "links"]);
    let links: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert!(!links.is_empty());
    for cols in &links {
        assert_eq!(cols.len(), 4, "{cols:?}");
        let (en, id) = (cols[0].parse::<usize>(), cols[1].parse::<usize>());
        assert!(en.is_ok() && id.is_ok(), "{cols:?}");
        let score: f64 = cols[2].parse().unwrap();
        assert!((0.0..=1.0).contains(&score), "{cols:?}");
        assert!(["strong", "related"].contains(&cols[3]), "{cols:?}");
    }
    // The Helsinki peace agreement of 15 August 2005: the same fact on both sides.
    assert!(links
        .iter()
        .any(|c| c[..2] == ["4", "3"] && c[3] == "strong"));
}

#[test]
fn a_passage_links_to_every_passage_that_tells_its_facts() {
    let text = stdout(&["align", EN, ID, "--format", "links"]);
    let linked: BTreeSet<(&str, &str)> = text
        .lines()
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols[0], cols[1])
        })
        .collect();
    // The English lead (the gathering, and the tsunami of 26 December 2004) is told by the
    // Indonesian lead and by the paragraph on the earthquake of 26 Desember 2004.
    assert!(linked.contains(&("1", "1")), "{linked:?}");
    assert!(linked.contains(&("1", "4")), "{linked:?}");
    // ... and beads keep their contract: each line in exactly one bead.
    let beads = stdout(&["align", EN, ID, "--format", "beads"]);
    let mut en_lines: Vec<usize> = beads
        .lines()
        .flat_map(|l| {
            l.split('\t')
                .next()
                .unwrap()
                .split(',')
                .filter(|s| !s.is_empty())
        })
        .map(|s| s.parse().unwrap())
        .collect();
    en_lines.sort();
    assert_eq!(en_lines, (0..9).collect::<Vec<_>>());
}

/// A link outside the pairs says why it holds, in the JSON and the text report alike.
#[test]
fn a_further_link_carries_its_shared_terms() {
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&["align", EN, ID, "--format", "json"])).unwrap();
    let link = json["links"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["en"] == 1 && l["id"] == 4)
        .expect("the lead links the earthquake paragraph");
    let shared: Vec<(&str, &str)> = link["shared"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["en"].as_str().unwrap(), s["id"].as_str().unwrap()))
        .collect();
    assert!(shared.contains(&("earthquake", "gempa")), "{shared:?}");
    let text = stdout(&["align", EN, ID]);
    let further = text.split("further links").nth(1).unwrap();
    assert!(further.contains("shared: 26/12 (number)"), "{further}");
}

#[test]
fn an_unlinked_passage_stays_unlinked() {
    // The Indonesian line on the Aceh Tsunami Museum has no English counterpart that tells
    // its facts strongly; nothing links the English title to the museum's opening year.
    let text = stdout(&["align", EN, ID, "--format", "links"]);
    assert!(!text.lines().any(|l| l.starts_with("0\t5\t")), "{text}");
}

#[test]
fn an_institution_named_in_full_and_by_its_acronym_is_one_fact() {
    // Both leads name the disaster agency in full and as BNPB, and nothing else: at most the
    // same sub-topic, not the same fact. The flood paragraphs share the houses and the place.
    let (_dir, en, id) = pair_files(
        "The National Disaster Management Agency (BNPB) met with ministers in Jakarta \
         yesterday.\n\nHeavy rain flooded 300 houses in Bekasi on Tuesday.\n",
        "Badan Nasional Penanggulangan Bencana (BNPB) mengungkapkan data korban di Bogor.\n\n\
         Hujan deras merendam 300 rumah di Bekasi pada Selasa.\n",
    );
    let links = comparable_links(&en, &id, &[]);
    let strength = |pair: &str| {
        links
            .lines()
            .find(|l| l.starts_with(pair))
            .and_then(|l| l.split('\t').nth(3))
            .map(str::to_string)
    };
    assert_ne!(strength("0\t0\t").as_deref(), Some("strong"), "{links}");
    assert_eq!(strength("1\t1\t").as_deref(), Some("strong"), "{links}");
}

#[test]
fn news_words_meet_the_words_indonesian_reports_use() {
    // Police news and quake news as each language writes it: arrested = ditangkap,
    // residents = warga, bodies = jenazah; "pascagempa" holds the quake, "M5,6" the
    // magnitude, "Rp2,5 triliun" the amount.
    let terms = word_pairs(
        "Police arrested two suspects after residents found the bodies.\n\n\
         The government pledged 2.5 trillion rupiah in aid after the magnitude 5.6 quake.\n",
        "Dua tersangka ditangkap polisi setelah warga menemukan jenazah.\n\n\
         Pemerintah menjanjikan Rp2,5 triliun untuk bantuan pascagempa M5,6.\n",
    );
    let expected = [
        ("arrested", "ditangkap"),
        ("suspects", "tersangka"),
        ("residents", "warga"),
        ("bodies", "jenazah"),
        ("quake", "pascagempa"),
        ("5.6", "5,6"),
        ("2.5 trillion", "2,5 triliun"),
    ];
    assert_meets(&terms, &expected);
}

#[test]
fn a_linked_phrase_still_meets_the_words_it_is_made_of() {
    // "korban jiwa" is the death toll here, and the victims too; "meninggal dunia" is
    // killed in one paragraph and died in the other.
    let terms = word_pairs(
        "The death toll rose to 12.\n\nThe victims died in their homes.\n\n\
         The flood killed 12 people.\n",
        "Korban jiwa bertambah menjadi 12.\n\nKorban jiwa itu meninggal dunia di rumah.\n\n\
         Banjir itu menyebabkan 12 orang meninggal dunia.\n",
    );
    let expected = [
        ("death toll", "korban jiwa"),
        ("victims", "korban jiwa"),
        ("died", "meninggal dunia"),
        ("killed", "meninggal dunia"),
    ];
    assert_meets(&terms, &expected);
}

#[test]
fn a_seat_of_government_stands_for_its_country() {
    // "The Kremlin" is Russia's government, "Gedung Putih" that of the United States.
    let terms = word_pairs(
        "The Kremlin rejected the plan, and the United States criticised it.\n",
        "Rusia menolak rencana itu, dan Gedung Putih mengkritiknya.\n",
    );
    let expected = [("kremlin", "rusia"), ("united states", "gedung putih")];
    assert_meets(&terms, &expected);
}

#[test]
fn a_dictionary_phrase_written_alike_on_both_sides_is_the_same_name() {
    // Jokowi = Joko Widodo makes "Joko Widodo" one term on the Indonesian side; the English
    // article writes the same two words, which must meet it whole.
    let terms = word_pairs(
        "President Joko Widodo opened the toll road on Monday.\n\n\
         Jokowi said the road would cut travel times.\n",
        "Presiden Joko Widodo meresmikan jalan tol pada Senin.\n\n\
         Menurut Jokowi, jalan itu mempersingkat waktu tempuh.\n",
    );
    assert!(
        terms.contains(&pair("joko widodo", "joko widodo")),
        "{terms:?}"
    );
}

#[test]
fn a_name_written_alike_in_both_is_no_other_name_respelled() {
    // Prabowo and Pranowo differ by one letter and are two people; each is in both reports
    // as written, so neither is the other in Indonesian spelling. Ukraine, written only as
    // Ukraina on the Indonesian side, still is.
    let terms = word_pairs(
        "Prabowo won the vote in Ukraine's embassy, ahead of Ganjar Pranowo.\n",
        "Prabowo menang di kedutaan Ukraina, di depan Ganjar Pranowo.\n",
    );
    assert!(terms.contains(&pair("prabowo", "prabowo")), "{terms:?}");
    assert!(terms.contains(&pair("pranowo", "pranowo")), "{terms:?}");
    assert!(!terms.contains(&pair("prabowo", "pranowo")), "{terms:?}");
    assert!(!terms.contains(&pair("pranowo", "prabowo")), "{terms:?}");
    assert!(terms.contains(&pair("ukraine", "ukraina")), "{terms:?}");
}

#[test]
fn a_dictionary_phrase_is_not_one_of_its_words() {
    // WordNet pairs "also-ran" (a loser) with tewas; "also" is a stop word, and "ran"
    // alone must not meet tewas. "took off" still meets "lepas landas" whole.
    let terms = word_pairs(
        "The horse ran away before the plane took off.\n",
        "Kuda itu tewas sebelum pesawat lepas landas.\n",
    );
    assert!(!terms.contains(&pair("ran", "tewas")), "{terms:?}");
    assert!(
        terms.contains(&pair("took off", "lepas landas")),
        "{terms:?}"
    );
}

#[test]
fn numbers_meet_only_their_own_value() {
    // A software catalog taught twenty = sepuluh; twenty tents are not ten.
    let terms = word_pairs(
        "Twenty tents and ten lamps arrived.\n",
        "Sepuluh tenda dan dua puluh lampu tiba.\n",
    );
    let expected = [("twenty", "dua puluh"), ("ten", "sepuluh")];
    assert_meets(&terms, &expected);
    assert!(!terms.contains(&pair("twenty", "sepuluh")), "{terms:?}");
}

#[test]
fn a_shared_number_must_count_the_same_thing() {
    // 46 houses are not 46 residents: the same number, counting things each article names
    // elsewhere, is not the same fact; 46 houses and 46 rumah are, an adjective between or
    // not.
    let strength = |english: &str, indonesian: &str| link_strength(english, indonesian, 0, None);
    let houses = "In Bogor district, 46 houses were damaged.\n\nMany residents fled.\n";
    let damaged = "In Bogor district, 46 damaged houses stood empty.\n\nMany residents fled.\n";
    let other = "Bupati menyatakan 46 warga meninggal.\n\nBanyak rumah rusak.\n";
    let same = "Sebanyak 46 rumah rusak.\n\nBanyak warga mengungsi.\n";
    assert_ne!(strength(houses, other), "strong");
    assert_eq!(strength(houses, same), "strong");
    assert_eq!(strength(damaged, same), "strong");
}

#[test]
fn a_pair_beside_a_link_needs_fewer_words_of_its_own() {
    // The rescue paragraphs share a few everyday words (rescuers, hands, night): too little
    // alone, but they follow the paragraphs on the same 832 dead in Palu. The bank and the
    // chili prices share nothing and stay unlinked.
    let (dir, en, id) = pair_files(
        "At least 832 people died in Palu after the earthquake and tsunami on Friday, the \
         disaster agency said.\n\nRescuers dug with their hands through the night.\n\n\
         The central bank kept interest rates unchanged on Thursday.\n",
        "Sedikitnya 832 orang meninggal di Palu akibat gempa dan tsunami pada Jumat, kata \
         badan bencana.\n\nTim penyelamat menggali dengan tangan sepanjang malam.\n\n\
         Harga cabai naik di pasar tradisional.\n",
    );
    let params = dir.path().join("alone.json");
    fs::write(&params, r#"{"links": {"neighbour_weight": 0}}"#).unwrap();
    let (en, id, params) = (en.as_str(), id.as_str(), params.to_str().unwrap());
    let args = ["align", "--mode", "comparable", "--format", "links", en, id];
    let pairs = |text: String| -> Vec<String> {
        text.lines()
            .map(|l| l.split('\t').take(2).collect::<Vec<_>>().join(" "))
            .collect()
    };
    assert_eq!(pairs(stdout(&args)), ["0 0", "1 1"]);
    let alone = [&args[..], &["--params", params]].concat();
    assert_eq!(pairs(stdout(&alone)), ["0 0"]);
    // The reports say why the rescue paragraphs are linked.
    let report = stdout(&["align", "--mode", "comparable", en, id]);
    assert!(
        report.contains("beside: EN 0  <->  ID 0 (the same story)"),
        "{report}"
    );
    let page = stdout(&["align", "--mode", "comparable", "--format", "html", en, id]);
    assert!(page.contains("title=\"beside EN 0 ↔ ID 0: the same story\""));
}

#[test]
fn a_neighbour_does_not_link_passages_of_different_years() {
    // The rescue paragraphs are linked beside the 832 dead (see above) while they name no
    // year; a rescue in 2004 and one in 2018 are not the same story, strong pair or not.
    let links = |english_rescue: &str, indonesian_rescue: &str| -> Vec<String> {
        let (_dir, en, id) = pair_files(
            &format!(
                "At least 832 people died in Palu after the earthquake and tsunami on Friday, \
                 the disaster agency said.\n\n{english_rescue}\n"
            ),
            &format!(
                "Sedikitnya 832 orang meninggal di Palu akibat gempa dan tsunami pada Jumat, \
                 kata badan bencana.\n\n{indonesian_rescue}\n"
            ),
        );
        comparable_links(&en, &id, &[])
            .lines()
            .map(|l| l.split('\t').take(2).collect::<Vec<_>>().join(" "))
            .collect()
    };
    let (english, indonesian) = (
        "Rescuers dug with their hands through the night",
        "Tim penyelamat menggali dengan tangan sepanjang malam",
    );
    assert_eq!(
        links(&format!("{english}."), &format!("{indonesian}.")),
        ["0 0", "1 1"]
    );
    assert_eq!(
        links(
            &format!("{english} in 2004."),
            &format!("{indonesian} pada 2018.")
        ),
        ["0 0"]
    );
}

#[test]
fn a_translation_the_lexicon_does_not_know_aligns_by_length() {
    let english = "The old man walked slowly along the river.\n\
        He had lived in that valley for more than seventy winters, and he remembered every bend of the water.\n\
        Birds sang.\n\
        When the sun went down behind the hills, he sat on a flat stone and watched the light fade from the sky until the first stars appeared.\n\
        Then he went home.\n\
        His daughter had cooked soup, and the two of them ate together in silence.\n";
    let indonesian = "Lelaki tua itu berjalan pelan menyusuri sungai.\n\
        Ia telah tinggal di lembah itu lebih dari tujuh puluh musim dingin, dan ia ingat setiap kelokan airnya.\n\
        Burung berkicau.\n\
        Ketika matahari terbenam di balik perbukitan, ia duduk di atas batu datar dan memandangi cahaya memudar dari langit hingga bintang pertama muncul.\n\
        Lalu ia pulang.\n\
        Putrinya sudah memasak sup, dan keduanya makan bersama tanpa berkata-kata.\n";
    assert_eq!(beads_without_lexicon(english, indonesian), one_to_one(6));
}

#[test]
fn words_the_lexicon_does_not_know_are_no_sign_of_an_omission() {
    // Names and numbers link every other line, so unmatched terms cost their full weight
    // there; the lines between share nothing the map could have linked without a lexicon,
    // and length and position pair them instead of leaving both sides unaligned.
    let english =
        "Jakarta, 12 March 2024 - Joko Widodo met Anthony Albanese in Canberra on 11 March.\n\
        The old man walked slowly along the river and remembered every bend of the water.\n\
        Widodo and Albanese signed 14 agreements worth 2.5 billion dollars.\n\
        Birds sang in the quiet valley while the children played near the stones.\n\
        The next summit is planned for 2025 in Bali.\n";
    let indonesian = "Jakarta, 12 Maret 2024 - Joko Widodo bertemu Anthony Albanese di Canberra pada 11 Maret.\n\
        Lelaki tua itu berjalan pelan menyusuri sungai dan mengingat setiap kelokan airnya.\n\
        Widodo dan Albanese menandatangani 14 perjanjian senilai 2,5 miliar dolar.\n\
        Burung berkicau di lembah yang sunyi sementara anak-anak bermain di dekat bebatuan.\n\
        KTT berikutnya direncanakan pada 2025 di Bali.\n";
    assert_eq!(beads_without_lexicon(english, indonesian), one_to_one(5));
}

/// The beads (English and Indonesian indices) of a parallel alignment with no lexicon.
fn beads_without_lexicon(english: &str, indonesian: &str) -> Vec<(String, String)> {
    let (_dir, en, id) = pair_files(english, indonesian);
    let beads = stdout(&[
        "align",
        "--presplit",
        "--mode",
        "parallel",
        "--no-shipped-lexicon",
        "--format",
        "beads",
        &en,
        &id,
    ]);
    beads
        .lines()
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols[0].to_string(), cols[1].to_string())
        })
        .collect()
}

/// The (English, Indonesian) term pairs of the keyword map of two texts, those that no
/// linked passages bear out included.
fn word_pairs(english: &str, indonesian: &str) -> BTreeSet<(String, String)> {
    let (_dir, en, id) = pair_files(english, indonesian);
    stdout(&["terms", "--unconfirmed", &en, &id])
        .lines()
        .skip(2)
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            pair(cols[1], cols[2])
        })
        .collect()
}

fn pair(en: &str, id: &str) -> (String, String) {
    (en.to_string(), id.to_string())
}

/// Fails naming every expected term pair that `terms` lacks.
#[track_caller]
fn assert_meets(terms: &BTreeSet<(String, String)>, expected: &[(&str, &str)]) {
    assert_eq!(
        missing(terms, expected),
        [] as [&(&str, &str); 0],
        "{terms:?}"
    );
}

/// The expected term pairs that `terms` lacks.
fn missing<'e>(
    terms: &BTreeSet<(String, String)>,
    expected: &'e [(&str, &str)],
) -> Vec<&'e (&'e str, &'e str)> {
    expected
        .iter()
        .filter(|(en, id)| !terms.contains(&pair(en, id)))
        .collect()
}

/// The strength of the link between English passage 0 and Indonesian passage `id` of two
/// documents aligned as comparable ("none" where there is none), with tuned settings if
/// `params` is given.
fn link_strength(english: &str, indonesian: &str, id: usize, params: Option<&str>) -> String {
    let (dir, en_path, id_path) = pair_files(english, indonesian);
    let params_path = dir.path().join("params.json");
    let mut more = Vec::new();
    if let Some(params) = params {
        fs::write(&params_path, params).unwrap();
        more.extend(["--params", params_path.to_str().unwrap()]);
    }
    let prefix = format!("0\t{id}\t");
    comparable_links(&en_path, &id_path, &more)
        .lines()
        .find(|l| l.starts_with(&prefix))
        .map_or("none".into(), |l| l.split('\t').nth(3).unwrap().to_string())
}

/// The `--format links` output of two documents aligned as comparable, with `more` options.
fn comparable_links(english: &str, indonesian: &str, more: &[&str]) -> String {
    let args = ["align", "--mode", "comparable", "--format", "links"];
    stdout(&[&args[..], more, &[english, indonesian]].concat())
}

/// An English and an Indonesian document written to a temporary directory (kept while the
/// returned guard lives), and their paths.
fn pair_files(english: &str, indonesian: &str) -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_string()
    };
    let (en, id) = (write("en.txt", english), write("id.txt", indonesian));
    (dir, en, id)
}

fn one_to_one(n: usize) -> Vec<(String, String)> {
    (0..n).map(|k| (k.to_string(), k.to_string())).collect()
}

#[test]
fn an_article_written_in_the_same_order_still_gets_its_further_links() {
    // Two reports told in the same order pass for a translation; the lead's 412 damaged
    // homes are also the last paragraph's 412 rumah, and that link is kept beside the
    // beads.
    let (en, id) = ("tests/data/samarinda-en.txt", "tests/data/samarinda-id.txt");
    let report = stdout(&["align", en, id]);
    assert!(report.contains("like a translation"), "{report}");
    let links = stdout(&["align", en, id, "--format", "links"]);
    assert!(links.lines().any(|l| l.starts_with("0\t5\t")), "{links}");
    assert!(links.lines().any(|l| l.starts_with("5\t5\t")), "{links}");
}

#[test]
fn a_translation_still_links_the_fact_its_lead_repeats() {
    // A whole translation: every paragraph pairs in order, and the lead's 1,250 families
    // are also the fourth paragraph's. Told that the pair is a translation
    // (`--mode parallel`), selaras gives the beads alone.
    let (en, id) = (
        "tests/data/balikpapan-en.txt",
        "tests/data/balikpapan-id.txt",
    );
    let report = stdout(&["align", en, id]);
    assert!(report.contains("hold 100%"), "{report}");
    let links = stdout(&["align", en, id, "--format", "links"]);
    assert!(links.lines().any(|l| l.starts_with("0\t3\t")), "{links}");
    let beads_only = stdout(&["align", en, id, "--format", "links", "--mode", "parallel"]);
    assert!(
        !beads_only.lines().any(|l| l.starts_with("0\t3\t")),
        "{beads_only}"
    );
}

#[test]
fn words_told_together_on_both_sides_say_more_than_the_same_words_apart() {
    // "join the alliance" and "menjadi anggota aliansi": one statement in both. The same
    // words in other clauses of the Indonesian paragraph, or counted each alone
    // (`phrase_share` 0), relate the paragraphs but do not make them the same fact.
    let english = "Its leaders have long asked to join the alliance.\n\n\
        Prices of rice rose again in the markets of the capital this week.\n\n\
        A new bridge over the river will open to traffic next month, the governor said.\n";
    let indonesian = |paragraph: &str| {
        format!(
            "Jembatan baru di atas sungai akan dibuka bulan depan, kata gubernur.\n\n\
             {paragraph}\n\nHarga beras di pasar ibu kota naik lagi pekan ini.\n"
        )
    };
    let strength = |paragraph: &str, params: Option<&str>| {
        link_strength(english, &indonesian(paragraph), 1, params)
    };
    let together = "Namun tetangganya tidak ingin negara itu menjadi anggota aliansi.";
    let apart = "Aliansi itu, kata tetangganya, tidak ingin negara itu menjadi anggota.";
    assert_eq!(strength(together, None), "strong");
    assert_eq!(strength(apart, None), "related");
    let alone = r#"{"links": {"phrase_share": 0}}"#;
    assert_eq!(strength(together, Some(alone)), "related");
}
