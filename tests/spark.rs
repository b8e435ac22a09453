//! The Spark example (examples/spark/selaras_spark.py) in Spark's local mode gives what one
//! `selaras corpus` run gives on the same document pairs. Needs Python 3 with pyspark and
//! Java 17; scripts/test.sh installs pyspark.

use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::Command;

const OPTIONS: [&str; 3] = ["--presplit", "--no-filter", "duplicate"];

/// A record's pair (or error) as a comparable string: its files, then its fields.
fn key(en_file: &str, id_file: &str, record: &Value) -> String {
    let field = |k: &str| record[k].to_string();
    match record.get("error") {
        Some(_) => format!("{en_file}\t{id_file}\terror"),
        None => [
            en_file.to_string(),
            id_file.to_string(),
            field("en_segments"),
            field("id_segments"),
            field("en_text"),
            field("id_text"),
            field("score"),
            field("shared"),
        ]
        .join("\t"),
    }
}

#[test]
fn spark_local_mode_gives_what_a_single_machine_run_gives() {
    let pyspark = Command::new("python3")
        .args(["-c", "import pyspark"])
        .status();
    assert!(
        pyspark.is_ok_and(|s| s.success()),
        "the Spark test needs Python 3 with pyspark (scripts/test.sh installs it) and Java 17"
    );
    let dir = tempfile::tempdir().unwrap();
    let samples = fs::canonicalize("data/samples/firefox").unwrap();
    let mut names: Vec<String> = fs::read_dir(samples.join("en"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let manifest: String = names
        .iter()
        .map(|n| {
            let path = |side: &str| samples.join(side).join(n).display().to_string();
            format!("{}\t{}\n", path("en"), path("id"))
        })
        .collect();
    fs::write(dir.path().join("manifest.tsv"), manifest).unwrap();
    let binary = assert_cmd::cargo::cargo_bin("selaras");

    let spark = Command::new("python3")
        .arg(
            Path::new("examples/spark/selaras_spark.py")
                .canonicalize()
                .unwrap(),
        )
        .args([
            "manifest.tsv",
            "spark-out",
            "--partitions",
            "4",
            "--selaras",
        ])
        .arg(&binary)
        .arg("--")
        .args(OPTIONS)
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        spark.status.success(),
        "{}",
        String::from_utf8_lossy(&spark.stderr)
    );
    let mut from_spark = BTreeSet::new();
    for part in fs::read_dir(dir.path().join("spark-out")).unwrap() {
        let part = part.unwrap().path();
        if !part
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("part-")
        {
            continue;
        }
        for line in fs::read_to_string(&part).unwrap().lines() {
            let record: Value = serde_json::from_str(line).unwrap();
            let files = &record["id"];
            from_spark.insert(key(
                files["en_file"].as_str().unwrap(),
                files["id_file"].as_str().unwrap(),
                &record,
            ));
        }
    }

    let single = Command::new(&binary)
        .args([
            "corpus",
            "manifest.tsv",
            "--format",
            "jsonl",
            "-o",
            "single.jsonl",
        ])
        .args(OPTIONS)
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(single.status.success());
    let mut from_corpus: BTreeSet<String> = fs::read_to_string(dir.path().join("single.jsonl"))
        .unwrap()
        .lines()
        .map(|line| {
            let record: Value = serde_json::from_str(line).unwrap();
            let file = |k: &str| record[k].as_str().unwrap().to_string();
            key(&file("en_file"), &file("id_file"), &record)
        })
        .collect();
    // Documents the single run skipped are error records in the stream's output.
    for line in String::from_utf8_lossy(&single.stderr).lines() {
        if let Some(skipped) = line.strip_prefix("selaras: skipped ") {
            let file = skipped.split(": ").next().unwrap();
            let name = Path::new(file).file_name().unwrap().to_string_lossy();
            let path = |side: &str| samples.join(side).join(&*name).display().to_string();
            from_corpus.insert(format!("{}\t{}\terror", path("en"), path("id")));
        }
    }
    assert!(from_corpus.len() > 500);
    assert_eq!(from_spark, from_corpus);
}
