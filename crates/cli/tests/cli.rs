//! The `ita` binary end to end: real files in, stdout/stderr and exit codes out.

use std::path::PathBuf;
use std::process::Command;

fn ita(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ita"))
        .args(args)
        .output()
        .expect("run ita");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn example(name: &str) -> String {
    let p: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "..", "examples", name]
        .iter()
        .collect();
    p.to_string_lossy().into_owned()
}

fn temp_file(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("ita-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

#[test]
fn analyze_json_seed_004() {
    let (code, out, err) = ita(&[
        "analyze",
        &example("seed-004-indicators-2565.csv"),
        "--json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["year"], 2565);
    assert_eq!(v["overall"], 79.43);
    assert_eq!(v["level"], "B");
    assert_eq!(v["passed"], false);
    assert_eq!(v["tools"]["OIT"], 66.13);
    assert_eq!(v["indicators"]["10"], 43.75);
    assert!(v["warnings"].as_array().unwrap().is_empty());
}

#[test]
fn analyze_json_seed_000_with_thai_digits_in_the_file() {
    let (code, out, err) = ita(&[
        "analyze",
        &example("seed-000-tools-2568.csv"),
        "--json",
        "--year",
        "๒๕๖๘",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["overall"], 94.62);
    assert_eq!(v["level"], "ผ่านดี");
    assert_eq!(v["tools"]["OIT"], 86.88);
    assert_eq!(v["indicators"]["9"], 83.75);
    assert!(!v["provisional"].as_array().unwrap().is_empty());
}

#[test]
fn analyze_text_output_in_thai() {
    let (code, out, _) = ita(&[
        "analyze",
        &example("seed-004-indicators-2565.csv"),
        "--thai-digits",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("๗๙.๔๓"), "{out}");
    assert!(out.contains("การป้องกันการทุจริต"), "{out}");
}

#[test]
fn bad_input_exits_non_zero_with_one_line_naming_the_problem() {
    let cases = [
        ("out.csv", "year,code,score\n2565,1,101\n", "101"),
        ("junk.csv", "year,code,score\n2565,1,abc\n", "abc"),
        ("code.csv", "year,code,score\n2565,i99,50\n", "i99"),
        ("year.csv", "year,code,score\n2570,1,50\n", "2570"),
        ("header.csv", "a,b\n", "header"),
        (
            "bad.json",
            "{\"format\": \"ita-workbook\", \"version\": 1, \"agencies\": [",
            "line",
        ),
        ("foreign.json", "{\"hello\": 1}", "not an ITA workbook"),
    ];
    for (name, text, needle) in cases {
        let (code, out, err) = ita(&["analyze", &temp_file(name, text), "--json", "--lang", "en"]);
        assert_ne!(code, 0, "{name} accepted");
        assert!(out.is_empty(), "{name}: {out}");
        assert_eq!(err.trim().lines().count(), 1, "{name}: {err}");
        assert!(err.contains(needle), "{name}: {err}");
    }
    let (code, _, err) = ita(&["analyze", "/nonexistent/file.csv"]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read"));
    let (code, _, _) = ita(&["frobnicate"]);
    assert_eq!(code, 2);
}
