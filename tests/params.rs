//! `--params FILE` and `--print-params`: the tuned settings, shown and changed without
//! recompiling.

use assert_cmd::Command;

const EN: &str = "data/samples/aceh-en.txt";
const ID: &str = "data/samples/aceh-id.txt";

fn selaras() -> Command {
    Command::cargo_bin("selaras").unwrap()
}

fn pair_count(extra: &[&str]) -> usize {
    let out = selaras()
        .args(["align", EN, ID, "--format", "beads"])
        .args(extra)
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
        .filter(|l| !l.starts_with('\t') && l.split('\t').nth(1).is_some_and(|id| !id.is_empty()))
        .count()
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
    let default = pair_count(&["--mode", "comparable"]);
    let fewer = pair_count(&["--mode", "comparable", "--params", strict]);
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
