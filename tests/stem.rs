//! `selaras stem`: accuracy on Sastrawi's published test pairs, explanations, user root lists.

use assert_cmd::Command;
use predicates::prelude::*;

fn selaras() -> Command {
    Command::cargo_bin("selaras").unwrap()
}

#[test]
fn finds_at_least_96_percent_of_sastrawis_roots() {
    let text = std::fs::read_to_string("tests/data/sastrawi-stem.tsv").unwrap();
    let pairs: Vec<(&str, &str)> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .collect();
    assert_eq!(pairs.len(), 201);
    let input: String = pairs.iter().map(|(word, _)| format!("{word}\n")).collect();
    let out = selaras()
        .args(["stem", "--lang", "id"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let got: Vec<&str> = stdout
        .lines()
        .map(|l| l.split('\t').nth(1).unwrap())
        .collect();
    assert_eq!(got.len(), pairs.len());
    let wrong: Vec<String> = pairs
        .iter()
        .zip(&got)
        .filter(|((_, root), stem)| root != *stem)
        .map(|((word, root), stem)| format!("{word}: {stem}, not {root}"))
        .collect();
    let accuracy = 1.0 - wrong.len() as f64 / pairs.len() as f64;
    assert!(accuracy >= 0.96, "accuracy {accuracy:.3}: {wrong:#?}");
}

#[test]
fn explains_each_step() {
    selaras()
        .args([
            "stem",
            "--lang",
            "id",
            "--explain",
            "menyerukan",
            "Jakarta",
            "PBB",
        ])
        .assert()
        .success()
        .stdout(
            "menyerukan\tseru\t-kan meny- (+s) => dictionary root\n\
             Jakarta\tjakarta\t=> kept as written\n\
             PBB\tPBB\t=> kept as written\n",
        );
}

#[test]
fn stems_english_with_snowball() {
    selaras()
        .args(["stem", "--lang", "en", "invasions", "agreed"])
        .assert()
        .success()
        .stdout("invasions\tinvas\nagreed\tagre\n");
}

#[test]
fn a_users_root_list_replaces_the_shipped_one() {
    let dir = tempfile::tempdir().unwrap();
    let roots = dir.path().join("roots.txt");
    std::fs::write(&roots, "# my roots\nupas\n").unwrap();
    // With the shipped list mengupas is kupas (hunspell says kupas takes me-); with a list
    // that only knows upas, it is upas.
    selaras()
        .args(["stem", "--lang", "id", "mengupas"])
        .assert()
        .stdout("mengupas\tkupas\n");
    selaras()
        .args(["stem", "--lang", "id", "--id-roots"])
        .arg(&roots)
        .arg("mengupas")
        .assert()
        .success()
        .stdout("mengupas\tupas\n");
}

#[test]
fn a_missing_root_list_is_an_error() {
    selaras()
        .args([
            "stem",
            "--lang",
            "id",
            "--id-roots",
            "no/such/roots.txt",
            "makan",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/roots.txt: no such file"));
}

#[test]
fn input_that_is_not_utf8_is_an_error() {
    selaras()
        .args(["stem", "--lang", "id"])
        .write_stdin(vec![b'm', b'a', 0xff, b'\n'])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("standard input"));
}
