//! `selaras docs`, `selaras corpus` and `selaras stream` through the command line, on the
//! shipped Firefox sample pairs (data/samples/firefox).

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

const EN: &str = "data/samples/firefox/en";
const ID: &str = "data/samples/firefox/id";

fn selaras() -> Command {
    Command::cargo_bin("selaras").unwrap()
}

fn names(dir: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn base(path: &str) -> String {
    Path::new(path)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// A copy of some sample pairs in a temporary directory, with a manifest listing them.
fn sample_collection(dir: &Path, count: usize) -> PathBuf {
    let mut manifest = String::new();
    for side in ["en", "id"] {
        fs::create_dir_all(dir.join(side)).unwrap();
    }
    for name in names(EN).into_iter().take(count) {
        for (side, from) in [("en", EN), ("id", ID)] {
            fs::copy(Path::new(from).join(&name), dir.join(side).join(&name)).unwrap();
        }
        manifest.push_str(&format!("en/{name}\tid/{name}\n"));
    }
    let path = dir.join("manifest.tsv");
    fs::write(&path, manifest).unwrap();
    path
}

#[test]
fn docs_pairs_each_document_with_its_translation_and_leaves_orphans_alone() {
    let dir = tempfile::tempdir().unwrap();
    sample_collection(dir.path(), 37);
    // Five English documents lose their translation, five Indonesian ones their source.
    let all = names(EN);
    for name in &all[..5] {
        fs::remove_file(dir.path().join("id").join(name)).unwrap();
    }
    for name in &all[5..10] {
        fs::remove_file(dir.path().join("en").join(name)).unwrap();
    }
    let out = selaras()
        .args(["docs", "--presplit", "--format", "json"])
        .arg(dir.path().join("en"))
        .arg(dir.path().join("id"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let pairs = report["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 27);
    for pair in pairs {
        assert_eq!(
            base(pair["en"].as_str().unwrap()),
            base(pair["id"].as_str().unwrap())
        );
    }
    assert_eq!(report["unpaired_en"].as_array().unwrap().len(), 5);
    assert_eq!(report["unpaired_id"].as_array().unwrap().len(), 5);
}

#[test]
fn docs_tsv_is_what_corpus_reads() {
    let dir = tempfile::tempdir().unwrap();
    sample_collection(dir.path(), 6);
    let pairs = selaras()
        .args(["docs", "--presplit", "en", "id"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let tsv = String::from_utf8(pairs.stdout).unwrap();
    assert_eq!(tsv.lines().count(), 6);
    assert!(tsv.lines().all(|l| l.split('\t').count() == 3));
    fs::write(dir.path().join("pairs.tsv"), &tsv).unwrap();
    selaras()
        .args(["corpus", "--presplit", "pairs.tsv", "-o", "out.tsv"])
        .current_dir(dir.path())
        .assert()
        .success();
    let out = fs::read_to_string(dir.path().join("out.tsv")).unwrap();
    assert!(out.lines().count() > 50);
    assert!(out.lines().all(|l| l.split('\t').count() == 5));
}

/// Runs `selaras corpus` in `dir` and returns its standard error.
fn corpus(dir: &Path, args: &[&str]) -> String {
    let out = selaras()
        .arg("corpus")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    stderr
}

#[test]
fn a_failing_document_is_reported_and_skipped_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = sample_collection(dir.path(), 6);
    fs::write(dir.path().join("id/empty.txt"), "  \n").unwrap();
    let mut text = fs::read_to_string(&manifest).unwrap();
    text.insert_str(0, "en/missing.txt\tid/missing.txt\n");
    let lines: Vec<&str> = text.lines().collect();
    let text = format!(
        "{}\nen/{}\tid/empty.txt\n{}\n",
        lines[..3].join("\n"),
        names(EN)[0],
        lines[3..].join("\n")
    );
    fs::write(&manifest, text).unwrap();
    let stderr = corpus(
        dir.path(),
        &[
            "--presplit",
            "manifest.tsv",
            "-o",
            "out.jsonl",
            "--format",
            "jsonl",
        ],
    );
    assert!(stderr.contains("en/missing.txt: no such file"), "{stderr}");
    assert!(
        stderr.contains("id/empty.txt: the document is empty"),
        "{stderr}"
    );
    assert!(stderr.contains("8 document pairs (2 failed)"), "{stderr}");
    let out = fs::read_to_string(dir.path().join("out.jsonl")).unwrap();
    let files: std::collections::BTreeSet<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["en_file"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(files.len(), 6, "every good document gave pairs");
}

#[test]
fn tmx_output_is_xml_that_a_tmx_reader_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    sample_collection(dir.path(), 8);
    // A pair with characters XML must escape.
    fs::write(
        dir.path().join("en/markup.txt"),
        "Press <Enter> & \"go\".\nTom's file\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("id/markup.txt"),
        "Tekan <Enter> & \"jalan\".\nBerkas Tom\n",
    )
    .unwrap();
    corpus(
        dir.path(),
        &["--presplit", "en", "id", "-o", "out.tmx", "--format", "tmx"],
    );
    corpus(
        dir.path(),
        &[
            "--presplit",
            "en",
            "id",
            "-o",
            "out.jsonl",
            "--format",
            "jsonl",
        ],
    );
    let memory = selaras::bilingual::read(&dir.path().join("out.tmx")).unwrap();
    let jsonl = fs::read_to_string(dir.path().join("out.jsonl")).unwrap();
    let expected: Vec<(String, String)> = jsonl
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (
                v["en_text"].as_str().unwrap().into(),
                v["id_text"].as_str().unwrap().into(),
            )
        })
        .collect();
    let read: Vec<(String, String)> = memory
        .units
        .iter()
        .map(|u| (u.source.clone(), u.target.clone()))
        .collect();
    assert_eq!(read, expected);
    assert!(read.contains(&(
        "Press <Enter> & \"go\".".into(),
        "Tekan <Enter> & \"jalan\".".into()
    )));
}

#[test]
fn moses_files_have_one_line_per_pair_on_both_sides() {
    let dir = tempfile::tempdir().unwrap();
    sample_collection(dir.path(), 10);
    corpus(
        dir.path(),
        &[
            "--presplit",
            "manifest.tsv",
            "-o",
            "train",
            "--format",
            "moses",
        ],
    );
    let lines = |name: &str| {
        fs::read_to_string(dir.path().join(name))
            .unwrap()
            .lines()
            .count()
    };
    assert!(lines("train.en") > 100);
    assert_eq!(lines("train.en"), lines("train.id"));
}

#[test]
fn each_filter_drops_what_it_names_and_rejects_say_why() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("en")).unwrap();
    fs::create_dir_all(dir.path().join("id")).unwrap();
    let en = [
        "The village received 343 new houses after the earthquake.",
        "https://example.org/report",
        "LibreOffice Writer",
        "Open the settings and choose the language you want to use.",
        "Close the window when the download has finished.",
        "The rescue team searched the river for two days.",
    ];
    let id = [
        "Desa itu menerima 334 rumah baru setelah gempa bumi.",
        "https://example.org/report",
        "LibreOffice Writer",
        "Open the settings, then choose the language that you want to use.",
        "Tutup jendela.",
        "Tim penyelamat menyisir sungai itu selama dua hari.",
    ];
    fs::write(dir.path().join("en/a.txt"), en.join("\n")).unwrap();
    fs::write(dir.path().join("id/a.txt"), id.join("\n")).unwrap();
    fs::write(dir.path().join("en/b.txt"), en[5]).unwrap();
    fs::write(dir.path().join("id/b.txt"), id[5]).unwrap();
    let args = [
        "--presplit",
        "en",
        "id",
        "-o",
        "out.tsv",
        "--rejects",
        "rejects.tsv",
        "--mode",
        "parallel",
    ];
    let stderr = corpus(dir.path(), &args);
    let rejects = fs::read_to_string(dir.path().join("rejects.tsv")).unwrap();
    let reason = |text: &str| {
        rejects
            .lines()
            .find(|l| l.split('\t').nth(2) == Some(text))
            .map(|l| l.rsplit('\t').next().unwrap().to_string())
    };
    assert_eq!(reason(en[0]).as_deref(), Some("numbers"), "{rejects}");
    assert_eq!(reason(en[1]).as_deref(), Some("no-words"));
    assert_eq!(reason(en[2]).as_deref(), Some("identical"));
    assert_eq!(reason(en[3]).as_deref(), Some("language"));
    assert_eq!(reason(en[4]).as_deref(), Some("length"));
    assert_eq!(
        reason(en[5]).as_deref(),
        Some("duplicate"),
        "the second document repeats a kept pair"
    );
    let kept = fs::read_to_string(dir.path().join("out.tsv")).unwrap();
    assert_eq!(kept.lines().count(), 1);
    assert!(
        stderr.contains("1 sentence pairs kept, 6 dropped"),
        "{stderr}"
    );
    // Turned off, a filter keeps what it dropped.
    let mut off = args.to_vec();
    off.extend(["--force", "--no-filter", "numbers"]);
    corpus(dir.path(), &off);
    let kept = fs::read_to_string(dir.path().join("out.tsv")).unwrap();
    assert!(kept.contains("343 new houses"));
}

#[test]
fn outputs_are_never_overwritten_unless_forced_and_appear_only_when_complete() {
    let dir = tempfile::tempdir().unwrap();
    sample_collection(dir.path(), 3);
    fs::write(dir.path().join("out.tsv"), "mine").unwrap();
    let out = selaras()
        .args(["corpus", "--presplit", "manifest.tsv", "-o", "out.tsv"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("out.tsv: already exists; --force replaces it"));
    assert_eq!(
        fs::read_to_string(dir.path().join("out.tsv")).unwrap(),
        "mine"
    );
    corpus(
        dir.path(),
        &["--presplit", "manifest.tsv", "-o", "out.tsv", "--force"],
    );
    let left: Vec<String> = names(dir.path().to_str().unwrap())
        .into_iter()
        .filter(|n| n.ends_with(".part") || n.ends_with(".journal"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[cfg(unix)]
#[test]
fn an_interrupted_run_resumes_where_it_stopped_and_ends_as_an_uninterrupted_one() {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let manifest = sample_collection(dir.path(), 30);
    // The 20th Indonesian document is a pipe nobody writes to: the run blocks there, after
    // the documents before it are written, as if it had been stopped.
    let blocked = names(EN)[19].clone();
    let id_path = dir.path().join("id").join(&blocked);
    fs::rename(&id_path, dir.path().join("kept.txt")).unwrap();
    assert!(std::process::Command::new("mkfifo")
        .arg(&id_path)
        .status()
        .unwrap()
        .success());
    let args = [
        "corpus",
        "--presplit",
        "manifest.tsv",
        "-o",
        "out.jsonl",
        "--format",
        "jsonl",
        "--rejects",
        "rejects.tsv",
    ];
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("selaras"))
        .args(args)
        .current_dir(dir.path())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let journal = dir.path().join("out.jsonl.journal");
    let started = Instant::now();
    while fs::read_to_string(&journal).map_or(0, |j| j.lines().count()) < 10 {
        assert!(started.elapsed() < Duration::from_secs(120), "no progress");
        std::thread::sleep(Duration::from_millis(50));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        !dir.path().join("out.jsonl").exists(),
        "an interrupted run leaves no complete-looking output"
    );
    fs::remove_file(&id_path).unwrap();
    fs::rename(dir.path().join("kept.txt"), &id_path).unwrap();
    let stderr = corpus(dir.path(), &[&args[1..], &["--resume"]].concat());
    assert!(stderr.contains("30 document pairs ("), "{stderr}");
    let resumed = fs::read_to_string(dir.path().join("out.jsonl")).unwrap();
    let resumed_rejects = fs::read_to_string(dir.path().join("rejects.tsv")).unwrap();
    let fresh = tempfile::tempdir().unwrap();
    sample_collection(fresh.path(), 30);
    corpus(fresh.path(), &args[1..]);
    assert_eq!(
        resumed,
        fs::read_to_string(fresh.path().join("out.jsonl")).unwrap()
    );
    assert_eq!(
        resumed_rejects,
        fs::read_to_string(fresh.path().join("rejects.tsv")).unwrap()
    );
    let _ = manifest;
}

#[test]
fn stream_passes_ids_through_and_reports_bad_records_as_records() {
    let en = fs::read_to_string(Path::new(EN).join(names(EN)[0].clone())).unwrap();
    let id = fs::read_to_string(Path::new(ID).join(names(EN)[0].clone())).unwrap();
    let input = [
        serde_json::json!({"id": "doc-1", "en_text": en, "id_text": id}).to_string(),
        "not json".to_string(),
        serde_json::json!({"id": 2, "en_text": "", "id_text": "Halo."}).to_string(),
    ]
    .join("\n");
    let out = selaras()
        .args(["stream", "--presplit"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let records: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let pairs = records.iter().filter(|r| r["id"] == "doc-1").count();
    assert!(pairs >= 5, "{records:?}");
    assert!(records
        .iter()
        .any(|r| r["line"] == 2 && r["error"].as_str().unwrap().contains("not JSON")));
    assert!(records
        .iter()
        .any(|r| r["id"] == 2 && r["error"].as_str().unwrap().contains("empty")));
}
