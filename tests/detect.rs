//! `selaras detect` and how align treats Malay.

use assert_cmd::Command;
use predicates::prelude::*;

const EN: &str = "data/samples/aceh-en.txt";
const ID: &str = "data/samples/aceh-id.txt";
const MS: &str = "tests/data/malay-news.txt";

fn selaras() -> Command {
    Command::cargo_bin("selaras").unwrap()
}

#[test]
fn names_each_documents_language() {
    let expected = format!("{EN}\ten\t1.00\n{ID}\tid\t1.00\n{MS}\tms\t1.00\n");
    selaras()
        .args(["detect", "--format", "tsv", EN, ID, MS])
        .assert()
        .success()
        .stdout(expected);
}

#[test]
fn one_answer_per_presplit_line() {
    let input = "Klik tombol Simpan untuk menyimpan berkas.\nSave the file\n2024\nbuka\n";
    let out = selaras()
        .args(["detect", "--presplit", "--segments", "--format", "tsv", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let codes: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect();
    assert_eq!(codes, ["id", "en", "und", "id"]);
}

#[test]
fn reports_a_mixed_document() {
    let input = "Klik tombol Simpan untuk menyimpan berkas Anda.\n\n\
                 The installer copies every file into the folder you chose.\n\n\
                 Pilih menu Berkas lalu klik Buka untuk membuka dokumen.\n";
    selaras()
        .args(["detect", "--segments", "-"])
        .write_stdin(input)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "mixed: 1 of 3 segments in English",
        ))
        .stdout(predicate::str::contains("  1\ten\t"));
    selaras()
        .args(["detect", "--format", "json", "-"])
        .write_stdin(input)
        .assert()
        .success()
        .stdout(predicate::str::contains("\"mixed\": {\n      \"en\": 1"));
}

#[test]
fn align_refuses_malay_unless_allowed() {
    selaras()
        .args(["align", EN, MS])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("reads as Malay"))
        .stderr(predicate::str::contains("--allow-malay"));
    selaras()
        .args(["align", "--allow-malay", EN, MS])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: tests/data/malay-news.txt: reads as Malay",
        ));
}

#[test]
fn a_language_selaras_does_not_handle_is_reported_as_none_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let french = dir.path().join("fr.txt");
    std::fs::write(
        &french,
        "Le gouvernement a annoncé une nouvelle série de mesures pour soutenir les ménages face à la hausse des prix.",
    )
    .unwrap();
    let letters = dir.path().join("a.txt");
    std::fs::write(&letters, "a".repeat(100_000)).unwrap();
    let out = selaras()
        .args(["detect", "--format", "tsv"])
        .arg(&french)
        .arg(&letters)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let codes: Vec<&str> = stdout
        .lines()
        .map(|l| l.split('\t').nth(1).unwrap())
        .collect();
    assert_eq!(codes, ["und", "und"], "{stdout}");
    selaras()
        .arg("align")
        .arg(&letters)
        .arg(ID)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "a.txt: language not handled (no English, Indonesian or Malay words)",
        ));
}

/// A kernel status dump (the fields of Linux's /proc/self/status): a few English words among
/// codes and abbreviations is not English text.
#[test]
fn a_dump_of_codes_is_not_taken_for_english() {
    let dir = tempfile::tempdir().unwrap();
    let status = dir.path().join("status");
    let fields = [
        "Name:\tcat",
        "Umask:\t0022",
        "State:\tR (running)",
        "Tgid:\t4121",
        "Ngid:\t0",
        "Pid:\t4121",
        "PPid:\t4088",
        "TracerPid:\t0",
        "Uid:\t0\t0\t0\t0",
        "FDSize:\t64",
        "Groups:\t0",
        "NStgid:\t4121",
        "NSpid:\t4121",
        "NSpgid:\t4121",
        "NSsid:\t4088",
        "VmPeak:\t    8232 kB",
        "VmSize:\t    8232 kB",
        "VmLck:\t       0 kB",
        "VmHWM:\t    1024 kB",
        "VmRSS:\t    1024 kB",
        "RssAnon:\t       0 kB",
        "RssFile:\t    1024 kB",
        "VmData:\t     360 kB",
        "VmStk:\t     132 kB",
        "VmExe:\t      20 kB",
        "VmLib:\t    1608 kB",
        "VmSwap:\t       0 kB",
        "HugetlbPages:\t       0 kB",
        "CoreDumping:\t0",
        "THP_enabled:\t1",
        "Threads:\t1",
        "SigQ:\t0/95000",
        "SigPnd:\t0000000000000000",
        "ShdPnd:\t0000000000000000",
        "SigBlk:\t0000000000000000",
        "SigIgn:\t0000000000000000",
        "SigCgt:\t0000000000000000",
        "CapInh:\t0000000000000000",
        "CapPrm:\t000001ffffffffff",
        "CapEff:\t000001ffffffffff",
        "NoNewPrivs:\t0",
        "Seccomp:\t0",
        "Seccomp_filters:\t0",
        "Speculation_Store_Bypass:\tthread vulnerable",
        "Cpus_allowed:\t3",
        "Cpus_allowed_list:\t0-1",
        "Mems_allowed_list:\t0",
        "voluntary_ctxt_switches:\t0",
        "nonvoluntary_ctxt_switches:\t1",
    ];
    std::fs::write(&status, fields.join("\n")).unwrap();
    selaras()
        .args(["detect", "--format", "tsv"])
        .arg(&status)
        .assert()
        .success()
        .stdout(predicate::str::contains("\tund\t"));
    selaras()
        .arg("align")
        .arg(&status)
        .arg(ID)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "status: language not handled (mostly codes or abbreviations, not text)",
        ));
}

#[test]
fn a_file_that_cannot_be_read_does_not_hide_the_others() {
    let out = selaras()
        .args(["detect", "--format", "tsv", EN, "no/such/file.txt", ID])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.trim(), "selaras: no/such/file.txt: no such file");
}

#[test]
fn utf16_with_a_byte_order_mark_is_read_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("windows.txt");
    let mut bytes = vec![0xff, 0xfe];
    for unit in "Pemerintah menetapkan status tanggap darurat bencana.".encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    std::fs::write(&path, bytes).unwrap();
    selaras()
        .args(["detect", "--format", "tsv"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("\tid\t"));
}
