//! The command line on the shipped sample articles and on bad input.

use assert_cmd::Command;
use predicates::prelude::*;
use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

const EN: &str = "data/samples/aceh-en.txt";
const ID: &str = "data/samples/aceh-id.txt";

fn selaras() -> Command {
    Command::cargo_bin("selaras").unwrap()
}

/// The two-sided beads of `selaras align ... --format beads` as (en, id) index strings.
fn pairs(args: &[&str]) -> BTreeSet<(String, String)> {
    let out = selaras()
        .arg("align")
        .args(args)
        .args(["--format", "beads"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols[0].to_string(), cols[1].to_string())
        })
        .filter(|(e, i)| !e.is_empty() && !i.is_empty())
        .collect()
}

fn pair(en: &str, id: &str) -> (String, String) {
    (en.to_string(), id.to_string())
}

#[test]
fn aligns_the_samples_across_their_different_order() {
    let found = pairs(&[EN, ID]);
    // The Helsinki peace paragraph, the PLTD Apung ship, the rebuilding and the warning
    // system sit in different places in the two articles.
    for expected in [
        pair("4", "3"),
        pair("6", "2"),
        pair("5", "6"),
        pair("7", "8"),
    ] {
        assert!(found.contains(&expected), "{expected:?} not in {found:?}");
    }
    // The governor's drills (EN 8) and the museum (ID 5) have no counterpart.
    assert!(found.iter().all(|(e, i)| e != "8" && i != "5"), "{found:?}");
}

#[test]
fn argument_order_does_not_matter() {
    assert_eq!(pairs(&[EN, ID]), pairs(&[ID, EN]));
}

#[test]
fn text_report_names_languages_mode_and_shared_terms() {
    selaras()
        .args(["align", ID, EN])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "English     data/samples/aceh-en.txt (en",
        ))
        .stdout(predicate::str::contains("mode        Comparable (auto:"))
        .stdout(predicate::str::contains("helsinki (same)"))
        .stdout(predicate::str::contains("only in the Indonesian"));
}

#[test]
fn json_report_follows_the_documented_schema() {
    let out = selaras()
        .args(["align", EN, ID, "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["english"]["language"], "en");
    assert_eq!(v["indonesian"]["language"], "id");
    assert_eq!(v["mode"], "comparable");
    let pairs = v["pairs"].as_array().unwrap();
    let peace = pairs
        .iter()
        .find(|p| p["en"] == serde_json::json!([4]))
        .unwrap();
    assert_eq!(peace["id"], serde_json::json!([3]));
    let shared = peace["shared"].as_array().unwrap();
    assert!(shared
        .iter()
        .any(|s| s["en"] == "helsinki" && s["kind"] == "same"));
    // The Indonesian title has no English counterpart.
    assert!(v["unaligned_id"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["index"] == 0));
}

#[test]
fn tsv_report_has_both_texts_a_score_and_a_strength() {
    let out = selaras()
        .args(["align", EN, ID, "--format", "tsv"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let line = text.lines().find(|l| l.contains("Helsinki")).unwrap();
    let cols: Vec<&str> = line.split('\t').collect();
    assert_eq!(cols.len(), 4);
    assert!(cols[1].contains("Gerakan Aceh Merdeka"));
    assert!(cols[2].parse::<f64>().is_ok());
    assert!(["strong", "related"].contains(&cols[3]), "{line}");
}

#[test]
fn sentence_unit_links_sentences() {
    let found = pairs(&[EN, ID, "--unit", "sentence", "--mode", "comparable"]);
    assert!(found.len() >= 8, "{found:?}");
}

/// The two-sided beads of one-line-per-segment texts aligned in `mode`.
fn presplit_pairs(en_text: &str, id_text: &str, mode: &str) -> BTreeSet<(String, String)> {
    let dir = tempfile::tempdir().unwrap();
    let (en, id) = (dir.path().join("en.txt"), dir.path().join("id.txt"));
    fs::write(&en, en_text).unwrap();
    fs::write(&id, id_text).unwrap();
    let (en, id) = (en.to_str().unwrap(), id.to_str().unwrap());
    pairs(&["--presplit", "--mode", mode, en, id])
}

#[test]
fn presplit_parallel_input_keeps_line_numbers() {
    let found = presplit_pairs(
        "Open the file.\nThe window closes after 5 seconds.\nSave the document.\n",
        "Buka berkas.\nJendela tertutup setelah 5 detik.\nSimpan dokumen.\n",
        "parallel",
    );
    assert_eq!(
        found,
        [pair("0", "0"), pair("1", "1"), pair("2", "2")].into()
    );
}

#[test]
fn comparable_mode_does_not_pair_a_sentence_with_a_word_of_it() {
    let found = presplit_pairs(
        "Positions the legend at the bottom of the chart.\nThe window closes after 5 seconds.\nSave the document.\n",
        "Simpan dokumen.\nBawah\nJendela tertutup setelah 5 detik.\n",
        "comparable",
    );
    // "Bawah" (bottom) is all matched, but most of the English sentence is not.
    assert_eq!(found, [pair("1", "2"), pair("2", "0")].into());
}

#[test]
fn comparable_mode_joins_two_sentences_written_as_one() {
    let found = presplit_pairs(
        "Save the document.\nThe options on this tab are only available for a chart.\n\
         In this area, you can define the alignment of the number labels on the axis.\n\
         The window closes after 5 seconds.\n",
        "Jendela tertutup setelah 5 detik.\nPilihan pada tab ini hanya tersedia untuk bagan. \
         Di area ini, Anda dapat menentukan perataan label nomor pada sumbu.\nSimpan dokumen.\n",
        "comparable",
    );
    assert_eq!(
        found,
        [pair("0", "2"), pair("1,2", "1"), pair("3", "0")].into()
    );
}

#[test]
fn comparable_mode_never_puts_two_copies_of_a_line_in_one_bead() {
    let found = presplit_pairs(
        "Smooth Transition\nThe window closes after 5 seconds.\n",
        "Transisi Halus\nSimpan dokumen.\nJendela tertutup setelah 5 detik.\nTransisi Halus\n",
        "comparable",
    );
    // The heading takes one copy of its translation; the other copy has no counterpart.
    assert_eq!(found, [pair("0", "0"), pair("1", "2")].into());
}

#[test]
fn reads_one_document_from_standard_input() {
    selaras()
        .args(["align", EN, "-", "--format", "beads"])
        .write_stdin(fs::read(ID).unwrap())
        .assert()
        .success()
        .stdout(predicate::str::contains("4\t3\t"));
}

#[test]
fn terms_lists_links_with_kind_and_evidence() {
    selaras()
        .args(["terms", EN, ID])
        .assert()
        .success()
        .stdout(predicate::str::contains("lexicon\tearthquake\tgempa"))
        .stdout(predicate::str::contains("number\t140,000\t140.000"))
        .stdout(predicate::str::contains("same\thelsinki\thelsinki"));
}

#[test]
fn lexicon_learn_writes_a_lexicon_that_align_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let bitext = dir.path().join("bitext.tsv");
    let mut text = String::new();
    for (en, id) in [
        ("lamp", "pelita"),
        ("harbour", "bandar"),
        ("river", "sungai"),
    ] {
        for (e2, i2) in [("old", "tua"), ("big", "besar"), ("red", "merah")] {
            text.push_str(&format!("the {e2} {en}\t{id} {i2}\n"));
        }
    }
    fs::write(&bitext, text).unwrap();
    let lexicon = dir.path().join("learned.tsv");
    selaras()
        .args(["lexicon", "learn", bitext.to_str().unwrap(), "-o"])
        .arg(&lexicon)
        .assert()
        .success();
    let learned = fs::read_to_string(&lexicon).unwrap();
    assert!(learned.contains("lamp\tpelita\t"), "{learned}");
    // An existing file is not overwritten without --force.
    selaras()
        .args(["lexicon", "learn", bitext.to_str().unwrap(), "-o"])
        .arg(&lexicon)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("use --force"));
    selaras()
        .args(["terms", EN, ID, "--lexicon"])
        .arg(&lexicon)
        .assert()
        .success();
}

/// Runs `align` on `first` and `second` and expects exit 2 with one line naming `culprit`.
fn refuses(first: &str, second: &str, culprit: &str, problem: &str) {
    let out = selaras().args(["align", first, second]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(culprit) && err.contains(problem), "{err}");
}

#[test]
fn bad_input_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        fs::write(&p, bytes).unwrap();
        p.to_str().unwrap().to_string()
    };
    let latin1 = path("latin1.txt", b"Caf\xe9 con leche, por favor.");
    let binary = path("binary.bin", &[0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0]);
    let empty = path("empty.txt", b"\n\n  \n");
    let french = path(
        "fr.txt",
        "Le gouvernement a annoncé mercredi une nouvelle série de mesures pour soutenir \
         les ménages face à la hausse des prix de l'énergie cet hiver."
            .as_bytes(),
    );
    refuses("missing.txt", ID, "missing.txt", "no such file");
    refuses(EN, dir.path().to_str().unwrap(), "", "is a directory");
    refuses(EN, &latin1, "latin1.txt", "not UTF-8");
    refuses(&binary, ID, "binary.bin", "binary");
    refuses(EN, &empty, "empty.txt", "empty");
    refuses(EN, EN, "aceh-en.txt", "both English");
    refuses(&french, ID, "fr.txt", "language not handled");
}

#[test]
fn each_subcommand_help_begins_with_what_the_subcommand_does() {
    for (command, description) in [
        ("align", "Align an English and an Indonesian document"),
        (
            "corpus",
            "Align many document pairs into filtered, scored bitext",
        ),
        (
            "docs",
            "Pair the documents of an English and an Indonesian collection",
        ),
        ("terms", "Print the shared entity/keyword map"),
        ("qa", "Translation QA"),
        ("stream", "Align document pairs given as JSON lines"),
    ] {
        selaras()
            .args([command, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::starts_with(description));
    }
}

#[test]
fn bad_usage_exits_with_two() {
    selaras()
        .args(["align", EN])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Usage"));
    selaras()
        .args(["align", "-", "-"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("standard input"));
}

#[test]
fn a_partly_untranslated_document_is_still_the_indonesian_side() {
    let dir = tempfile::tempdir().unwrap();
    let en = fs::read_to_string(EN).unwrap();
    let id = fs::read_to_string(ID).unwrap();
    // Three Indonesian paragraphs kept, the rest left in English.
    let en_paras: Vec<&str> = en.split("\n\n").collect();
    let id_paras: Vec<&str> = id.split("\n\n").collect();
    let mixed: Vec<&str> = en_paras
        .iter()
        .enumerate()
        .map(|(k, p)| if k < 3 { id_paras[k] } else { p })
        .collect();
    let path = dir.path().join("mixed.txt");
    fs::write(&path, mixed.join("\n\n")).unwrap();
    selaras()
        .args(["align", EN])
        .arg(&path)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Indonesian  ").and(predicate::str::contains("mixed.txt (id")),
        );
}

#[test]
fn realign_learns_a_pair_no_lexicon_knows() {
    let args = [
        "terms",
        "--presplit",
        "tests/data/realign-en.txt",
        "tests/data/realign-id.txt",
    ];
    selaras()
        .args(args)
        .assert()
        .success()
        .stdout(predicate::str::contains("blicket").not());
    selaras()
        .args(args)
        .arg("--realign")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "learned\tblicket\tgundala\t4\t4\t4\tlearned from this document pair's first alignment",
        ));
    selaras()
        .args(["align", "--presplit", "--realign"])
        .args(&args[2..])
        .assert()
        .success()
        .stdout(predicate::str::contains("realigned with 1 word pairs"));
}

/// An English and an Indonesian document written to a temporary directory (kept while the
/// returned guard lives).
fn pair_files(en_text: &str, id_text: &str) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (en, id) = (dir.path().join("en.txt"), dir.path().join("id.txt"));
    fs::write(&en, en_text).unwrap();
    fs::write(&id, id_text).unwrap();
    (dir, en, id)
}

/// Runs `terms` on a one-sentence English and Indonesian document and expects each of the
/// `kind<TAB>en<TAB>id` links.
fn assert_terms_link(en_text: &str, id_text: &str, expected: &[&str]) {
    let (_dir, en, id) = pair_files(en_text, id_text);
    let out = selaras().arg("terms").arg(&en).arg(&id).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    for link in expected {
        assert!(stdout.contains(link), "{link} not in\n{stdout}");
    }
}

#[test]
fn terms_match_numbers_days_and_acronyms_across_conventions() {
    assert_terms_link(
        "On Thursday the UN said 1,000 people and 2.5 tonnes of aid arrived, as in the 90s.",
        "Pada Kamis PBB menyatakan 1.000 orang dan 2,5 ton bantuan tiba, seperti tahun 90-an.",
        &[
            "number\t1,000\t1.000",
            "number\t2.5\t2,5",
            "number\t90s\t90",
            "lexicon\tthursday\tkamis",
            "lexicon\tun\tpbb",
        ],
    );
}

#[test]
fn terms_look_up_an_acronym_however_the_lexicon_writes_it() {
    // The dictionaries write "ok" in lower case; the text writes the acronym "OK".
    assert_terms_link(
        "Click OK to save the document.",
        "Klik Oke untuk menyimpan dokumen.",
        &["lexicon\tok\toke"],
    );
}

#[test]
fn terms_link_key_names_and_words_that_tell_direction() {
    assert_terms_link(
        "Press F8 to go to the next page, not the previous one.",
        "Tekan F8 untuk pergi ke halaman berikutnya, bukan halaman sebelumnya.",
        &[
            "same\tf8\tf8",
            "lexicon\tnext\tberikutnya",
            "lexicon\tprevious\tsebelumnya",
            "lexicon\tnot\tbukan",
        ],
    );
}

#[test]
fn terms_link_untranslated_words_and_cells_that_stand_for_themselves() {
    assert_terms_link(
        "The LCase function returns the error value of the cell.\n\n#N/A\n\nString functions",
        "Fungsi LCase mengembalikan nilai kesalahan dari sel.\n\n#N/A\n\nString functions",
        &["same\tfunction\tfunctions", "same\t#n/a\t#n/a"],
    );
}

#[test]
fn terms_leave_out_a_dictionary_sense_that_no_linked_passages_hold() {
    // "hours" = "waktu" is a dictionary pair, but the two paragraphs that hold them tell
    // different things and are not linked; the first two are, through 832, Palu and Friday.
    let (_dir, en, id) = pair_files(
        "The earthquake killed 832 people in Palu on Friday.\n\n\
         Officials said the trip now takes three hours.\n",
        "Gempa menewaskan 832 orang di Palu pada Jumat.\n\n\
         Sekolah-sekolah diliburkan sampai waktu yang belum ditentukan.\n",
    );
    selaras()
        .arg("terms")
        .arg(&en)
        .arg(&id)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "lexicon\tearthquake\tgempa\t1\t1\t1\t",
        ))
        .stdout(predicate::str::contains("waktu").not())
        .stdout(predicate::str::contains(
            "(1 more that no linked passages bear out",
        ));
    selaras()
        .args(["terms", "--unconfirmed"])
        .arg(&en)
        .arg(&id)
        .assert()
        .success()
        .stdout(predicate::str::contains("lexicon\thours\twaktu\t1\t1\t0\t"));
}

#[test]
fn terms_leave_out_a_pair_whose_word_has_a_better_counterpart_in_the_linked_passages() {
    // The catalogs' weak first = lebih meets its words in the one linked pair, but there
    // lebih is "more".
    assert_terms_link(
        "More than 832 people died in Palu on Friday, the first day of the search.",
        "Lebih dari 832 orang meninggal di Palu pada Jumat.",
        &["lexicon\tmore\tlebih\t1\t1\t1\t", "(1 more that no linked"],
    );
}

#[test]
fn terms_mark_a_loanword_linked_by_spelling_as_a_guess() {
    assert_terms_link(
        "Photosynthesis and thermodynamics explain the biodiversity of the archipelago.",
        "Fotosintesis dan termodinamika menjelaskan biodiversitas kepulauan itu.",
        &["cognate\tbiodiversity\tbiodiversitas\t1\t1\t1\tguess: biodiversity ~ biodiversitas"],
    );
}

#[test]
fn terms_know_interface_words_from_the_shipped_firefox_pairs() {
    assert_terms_link(
        "Open the bookmarks sidebar to see every page you saved.",
        "Buka bilah sisi markah untuk melihat setiap laman yang Anda simpan.",
        &["learned\tbookmarks\tmarkah\t1\t1\t1\tlearned from Firefox strings"],
    );
}

#[test]
fn lexicon_learn_aligns_document_pairs_in_a_first_pass() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("pairs.tsv");
    // Either language may come first, as for align.
    fs::write(
        &list,
        "# english and indonesian files\ntests/data/realign-id.txt\ttests/data/realign-en.txt\n",
    )
    .unwrap();
    selaras()
        .args(["lexicon", "learn", "--presplit", "--pairs"])
        .arg(&list)
        .assert()
        .success()
        .stdout(predicate::str::contains("blicket\tgundala\t"))
        .stdout(predicate::str::contains(
            "from the first-pass alignment of 1 of the 1 document pairs",
        ));
    // A pair that cannot be read is skipped with a warning; a list of nothing else fails.
    fs::write(
        &list,
        "tests/data/realign-en.txt\tmissing.txt\ntests/data/realign-en.txt\ttests/data/realign-id.txt\n",
    )
    .unwrap();
    selaras()
        .args(["lexicon", "learn", "--presplit", "--pairs"])
        .arg(&list)
        .assert()
        .success()
        .stderr(
            predicate::str::contains("warning: ")
                .and(predicate::str::contains("pairs.tsv:1: missing.txt")),
        );
    fs::write(&list, "tests/data/realign-en.txt\tmissing.txt\n").unwrap();
    selaras()
        .args(["lexicon", "learn", "--pairs"])
        .arg(&list)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no document pair could be aligned",
        ));
}

#[test]
fn print_params_shows_every_setting_by_stage() {
    let out = selaras()
        .args(["align", "--print-params"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for stage in [
        "keymap",
        "scoring",
        "parallel",
        "auto",
        "comparable",
        "learning",
    ] {
        assert!(v[stage].is_object(), "{stage} missing");
    }
    assert_eq!(v["parallel"]["miss_cost"], 0.35);
}

#[test]
fn a_params_file_changes_what_it_names() {
    let dir = tempfile::tempdir().unwrap();
    let strict = dir.path().join("strict.json");
    std::fs::write(
        &strict,
        r#"{"comparable": {"threshold": 0.95, "containment_threshold": 2.0}}"#,
    )
    .unwrap();
    let strict = strict.to_str().unwrap();
    let default = pairs(&[EN, ID, "--mode", "comparable"]).len();
    let fewer = pairs(&[EN, ID, "--mode", "comparable", "--params", strict]).len();
    assert!(
        fewer < default,
        "{fewer} pairs with strict settings, {default} without"
    );
    // The file is applied to what --print-params shows.
    let out = selaras()
        .args(["align", "--print-params", "--params", strict])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["comparable"]["threshold"], 0.95);
}

#[test]
fn a_misspelt_setting_is_an_error_naming_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\n  \"parallel\": {\"mis_cost\": 0.3}\n}\n").unwrap();
    let out = selaras()
        .args(["align", EN, ID, "--params", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.json:2: unknown field `mis_cost`"),
        "{stderr}"
    );
}

#[test]
fn blank_presplit_lines_stay_unpaired() {
    let dir = tempfile::tempdir().unwrap();
    let (en, id) = (dir.path().join("en.txt"), dir.path().join("id.txt"));
    std::fs::write(
        &en,
        "Open the file.\n\nSave the document.\n\nClose the window.\n",
    )
    .unwrap();
    std::fs::write(&id, "Buka berkas.\n\nSimpan dokumen.\n\nTutup jendela.\n").unwrap();
    let out = selaras()
        .args(["align", "--presplit", "--format", "beads"])
        .arg(&en)
        .arg(&id)
        .output()
        .unwrap();
    let beads = String::from_utf8(out.stdout).unwrap();
    let pairs: Vec<&str> = beads
        .lines()
        .filter(|l| !l.starts_with('\t') && l.split('\t').nth(1) != Some(""))
        .map(|l| l.rsplit_once('\t').unwrap().0)
        .collect();
    assert_eq!(pairs, ["0\t0", "2\t2", "4\t4"], "{beads}");
}

#[test]
fn shared_terms_are_written_as_in_their_passages() {
    let out = selaras()
        .args(["align", "--format", "json", EN, ID])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut checked = 0;
    for pair in report["pairs"].as_array().unwrap() {
        let (en, id) = (
            pair["en_text"].as_str().unwrap().to_lowercase(),
            pair["id_text"].as_str().unwrap().to_lowercase(),
        );
        for term in pair["shared"].as_array().unwrap() {
            assert!(en.contains(term["en"].as_str().unwrap()), "{term} in {en}");
            assert!(id.contains(term["id"].as_str().unwrap()), "{term} in {id}");
            checked += 1;
        }
    }
    assert!(checked > 50);
}

#[test]
fn output_problems_are_found_before_the_work_and_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let bitext = dir.path().join("bitext.tsv");
    fs::write(&bitext, "Open the file.\tBuka berkas.\n").unwrap();
    let existing = dir.path().join("lexicon.tsv");
    fs::write(&existing, "mine\n").unwrap();
    let learn = |output: &std::path::Path| {
        let out = selaras()
            .args(["lexicon", "learn"])
            .arg(&bitext)
            .arg("-o")
            .arg(output)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8(out.stderr).unwrap()
    };
    assert!(learn(dir.path()).contains("is a directory; give a file name"));
    assert!(learn(&existing).contains("exists; use --force to overwrite it"));
    assert_eq!(fs::read_to_string(&existing).unwrap(), "mine\n");
    assert!(learn(&dir.path().join("no/such/folder.tsv")).contains("does not exist"));
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_names_standard_output() {
    let full = fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("selaras"))
        .args(["align", EN, ID])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "selaras: standard output: cannot write: No space left on device (os error 28)\n"
    );
}

#[test]
fn a_narrow_band_still_gives_every_segment_a_bead() {
    let dir = tempfile::tempdir().unwrap();
    let params = dir.path().join("narrow.json");
    // A band of a few cells a row over reordered articles: the path must still connect.
    fs::write(
        &params,
        r#"{"parallel": {"band": 1, "max_band_cells": 20}}"#,
    )
    .unwrap();
    let out = selaras()
        .args([
            "align", "--mode", "parallel", "--format", "beads", "--params",
        ])
        .arg(&params)
        .args([EN, ID])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let beads = String::from_utf8(out.stdout).unwrap();
    let (mut en, mut id) = (Vec::new(), Vec::new());
    for line in beads.lines() {
        let mut cols = line.split('\t');
        let mut side = |out: &mut Vec<usize>| {
            let col = cols.next().unwrap();
            out.extend(
                col.split(',')
                    .filter(|s| !s.is_empty())
                    .map(|s| s.parse::<usize>().unwrap()),
            );
        };
        side(&mut en);
        side(&mut id);
    }
    en.sort();
    id.sort();
    assert_eq!(en, (0..9).collect::<Vec<_>>());
    assert_eq!(id, (0..9).collect::<Vec<_>>());
}
