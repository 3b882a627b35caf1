//! The `ita` binary end to end: real files in, stdout/stderr and exit codes out.

use std::path::PathBuf;
use std::process::Command;

use ita_core::foundation::lang::english_words;

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

/// The codes of a plan's steps, in order, from its JSON.
fn step_codes(v: &serde_json::Value) -> Vec<&str> {
    v["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect()
}

/// Run `ita`, expect success and every one of `needles` in stdout; returns stdout.
fn succeeds_with(args: &[&str], needles: &[&str]) -> String {
    let (code, out, err) = ita(args);
    assert_eq!(code, 0, "{err}");
    for needle in needles {
        assert!(out.contains(needle), "{out}");
    }
    out
}

/// Run `ita`, expect exit code `code` and a message on stderr containing `needle`.
fn fails_with(args: &[&str], code: i32, needle: &str) {
    let (got, _, err) = ita(args);
    assert_eq!(got, code, "{err}");
    assert!(err.contains(needle), "{err}");
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
    let v = json_of(&[
        "analyze",
        &example("seed-004-indicators-2565.csv"),
        "--json",
    ]);
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
    let v = json_of(&[
        "analyze",
        &example("seed-000-tools-2568.csv"),
        "--json",
        "--year",
        "๒๕๖๘",
    ]);
    assert_eq!(v["overall"], 94.62);
    assert_eq!(v["level"], "ผ่านดี");
    assert_eq!(v["tools"]["OIT"], 86.88);
    assert_eq!(v["indicators"]["9"], 83.75);
    assert!(!v["provisional"].as_array().unwrap().is_empty());
}

#[test]
fn analyze_text_output_in_thai() {
    succeeds_with(
        &[
            "analyze",
            &example("seed-004-indicators-2565.csv"),
            "--thai-digits",
        ],
        &["๗๙.๔๓", "การป้องกันการทุจริต"],
    );
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
    let (code, _, err) = ita(&["analyze", "/nonexistent/file.csv", "--lang", "en"]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read"));
    let (code, _, _) = ita(&["frobnicate"]);
    assert_eq!(code, 2);
}

/// In Thai mode every message is Thai: codes, file names, tool names and the scores file's
/// column names aside (they are what the user types).
#[test]
fn bad_input_in_thai_mode_is_reported_entirely_in_thai() {
    let cases = [
        (
            "code-th.csv",
            "year,code,score\n2568,x9,50\n",
            "ไม่รู้จักรหัส \"x9\"",
        ),
        ("out-th.csv", "year,code,score\n2565,1,101\n", "101"),
        ("year-th.csv", "year,code,score\n2599,1,50\n", "2599"),
        (
            "bad-th.json",
            "{\"format\": \"ita-workbook\", \"version\": 1, \"agencies\": [",
            "JSON",
        ),
        (
            "syntax-th.json",
            "{\"format\": \"ita-workbook\" \"version\": 1}",
            "บรรทัดที่ 1",
        ),
        ("foreign-th.json", "{\"hello\": 1}", "ไม่ใช่สมุดงาน ITA"),
    ];
    for (name, text, needle) in cases {
        let (code, _, err) = ita(&["analyze", &temp_file(name, text), "--lang", "th"]);
        assert_ne!(code, 0, "{name} accepted");
        assert!(err.contains(needle), "{name}: {err}");
        let english = english_words(&err, &["ita:", "year,code,score", "year", "code", "score"]);
        assert!(english.is_empty(), "{name}: English {english:?} in {err}");
    }
    let (_, _, err) = ita(&["analyze", "/nonexistent/file.csv", "--lang", "th"]);
    assert!(english_words(&err, &["ita:"]).is_empty(), "{err}");
}

// --- analyze: weaknesses, strengths, findings, gains, changes --------------------------------

/// Seed 004's indicators with the question scores the report prints.
const SEED_004_WITH_QUESTIONS: &str = "year,code,score
2565,1,91.71
2565,2,82.96
2565,3,88.12
2565,4,83.52
2565,5,83.62
2565,6,89.52
2565,7,91.79
2565,8,90.50
2565,9,88.50
2565,10,43.75
2565,i7,73.72
2565,i11,84.68
2565,i12,73.29
2565,i20,75.71
2565,i21,83.36
2565,i23,77.65
2565,i27,79.38
2565,i28,80.55
2565,o38,0
2565,o42,0
2565,o43,0
";

fn json_of(args: &[&str]) -> serde_json::Value {
    let (code, out, err) = ita(args);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

#[test]
fn analyze_json_has_weaknesses_strengths_and_gains_for_seed_004() {
    let v = json_of(&[
        "analyze",
        &example("seed-004-indicators-2565.csv"),
        "--json",
    ]);
    assert_eq!(v["weaknesses"], serde_json::json!([10, 2, 4, 5]));
    assert_eq!(v["strengths"], serde_json::json!([7, 1, 8]));
    // Only indicators are known: no questions below the mark, gains per indicator.
    assert_eq!(v["findings"], serde_json::json!({}));
    assert_eq!(v["gains"]["10"], 11.25, "0.4 · 0.5 · 56.25");
    assert_eq!(v["gains"]["9"], 2.3);
    assert_eq!(v["gains"]["2"], 1.02);
    assert_eq!(v["gains"].as_object().unwrap().len(), 10);
    assert_eq!(v["changes"], serde_json::Value::Null);
}

#[test]
fn analyze_json_findings_name_the_codes_below_the_mark() {
    let file = temp_file("seed004q.csv", SEED_004_WITH_QUESTIONS);
    let v = json_of(&["analyze", &file, "--json"]);
    assert_eq!(v["findings"]["2"], serde_json::json!(["i12", "i7", "i11"]));
    assert_eq!(v["findings"]["4"], serde_json::json!(["i20", "i23", "i21"]));
    assert_eq!(v["findings"]["5"], serde_json::json!(["i27", "i28"]));
    assert_eq!(
        v["findings"]["10"],
        serde_json::json!(["o38", "o42", "o43"])
    );
    // Passing indicators have no findings.
    assert_eq!(v["findings"].as_object().unwrap().len(), 4);
    // The finest known level: the OIT items, not indicator 10.
    assert_eq!(v["gains"]["o42"], 5.0);
    assert_eq!(v["gains"]["o38"], 1.25);
    assert!(v["gains"].get("10").is_none());
}

const TWO_YEARS: &str = "year,code,score
2567,1,100
2567,2,97.33
2567,3,97.9
2567,4,97.33
2567,5,98.67
2567,6,75
2567,7,96.03
2567,8,79.56
2567,9,97.14
2567,10,90
2568,1,100
2568,2,97.33
2568,3,97.9
2568,4,97.33
2568,5,98.67
2568,6,96.5
2568,7,98.12
2568,8,98.06
2568,9,95
2568,10,90
";

#[test]
fn analyze_json_changes_against_the_previous_year_in_the_file() {
    let file = temp_file("two-years.csv", TWO_YEARS);
    let v = json_of(&["analyze", &file, "--json", "--thai-digits"]);
    let c = &v["changes"];
    assert_eq!(c["from_year"], 2567);
    assert_eq!(c["to_year"], 2568);
    assert_eq!(c["same_framework"], false);
    assert!(c["framework_note"]
        .as_str()
        .unwrap()
        .contains("รหัสข้อคำถาม (i, e, o) ของสองปีไม่ตรงกัน"));
    assert_eq!(
        c["indicators"]["7"],
        serde_json::json!({"from": 96.03, "to": 98.12, "change": 2.09, "direction": "up"})
    );
    assert_eq!(c["indicators"]["9"]["direction"], "down");
    assert_eq!(c["indicators"]["9"]["change"], -2.14);
    assert_eq!(c["indicators"]["1"]["direction"], "same");
    assert_eq!(c["level"]["from"], "ผ่าน");
    assert_eq!(c["level"]["to"], "ผ่านดี");
    assert_eq!(c["level"]["direction"], "up");
    let sentences: Vec<&str> = c["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert!(sentences.contains(
        &"ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ปี ๒๕๖๘ ได้ ๙๘.๑๒ คะแนน เพิ่มขึ้นจากปี ๒๕๖๗ (๙๖.๐๓ คะแนน) ๒.๐๙ คะแนน"
    ));
    // The earlier year has nothing before it.
    let v = json_of(&["analyze", &file, "--json", "--year", "2567"]);
    assert_eq!(v["changes"], serde_json::Value::Null);
}

#[test]
fn analyze_text_shows_the_analysis_briefly() {
    succeeds_with(
        &[
            "analyze",
            &temp_file("seed004q-text.csv", SEED_004_WITH_QUESTIONS),
            "--lang",
            "en",
        ],
        &[
            "Urgent weaknesses: 10, 2, 4, 5",
            "Points to develop: 7, 1, 8",
            "i12, i7, i11",
            "o42 +5.00",
        ],
    );
    let (_, out, _) = ita(&["analyze", &temp_file("two-years-text.csv", TWO_YEARS)]);
    assert!(
        out.contains(
            "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ปี 2568 ได้ 95.00 คะแนน ลดลงจากปี 2567 (97.14 คะแนน) 2.14 คะแนน"
        ),
        "{out}"
    );
}

// --- plan ------------------------------------------------------------------------------------

#[test]
fn plan_seed_004_to_level_a_raises_indicator_10() {
    let seed = example("seed-004-indicators-2565.csv");
    for target in ["A", "85", "pass", "next", "๘๕"] {
        let v = json_of(&["plan", &seed, "--target", target, "--json"]);
        assert_eq!(v["status"], "reachable", "{target}");
        assert_eq!(v["steps"].as_array().unwrap().len(), 1, "{target}");
        assert_eq!(v["steps"][0]["code"], "10");
        assert_eq!(v["steps"][0]["gain"], 11.25);
        assert_eq!(v["overall_before"], 79.43);
        assert_eq!(v["level_before"], "B");
        assert_eq!(v["overall_after"], 90.68);
        assert_eq!(v["level_after"], "A");
        assert_eq!(v["oit_alone_enough"], true);
        assert_eq!(v["still_needed_after_all_oit"], serde_json::Value::Null);
        assert_eq!(v["proven_optimal"], true);
    }
}

#[test]
fn plan_reports_the_iit_eit_points_oit_cannot_provide() {
    let v = json_of(&[
        "plan",
        &example("seed-004-indicators-2565.csv"),
        "--target",
        "AA",
        "--json",
    ]);
    assert_eq!(v["oit_alone_enough"], false);
    assert_eq!(v["still_needed_after_all_oit"]["overall"], 2.02);
    assert_eq!(v["survey_changes"], 2);
    assert_eq!(v["level_after"], "AA");
    let codes = step_codes(&v);
    assert_eq!(codes, ["10", "9", "6", "2"], "OIT first, then by gain");
    succeeds_with(
        &[
            "plan",
            &example("seed-004-indicators-2565.csv"),
            "--target",
            "95",
        ],
        &[
            "ตัวชี้วัดที่ 10 การป้องกันการทุจริต",
            "ผลที่ได้: 95.05 ระดับ AA",
            "ยังขาด 2.02 คะแนน",
        ],
    );
}

#[test]
fn plan_to_a_gated_level_and_with_efforts() {
    let seed = example("seed-000-tools-2568.csv");
    // ผ่านดี → ผ่านดีเยี่ยม: OIT 86.88 must reach 95: 10.2 (+5.00) and 9.2 (+4.38).
    let v = json_of(&["plan", &seed, "--target", "next", "--json"]);
    assert_eq!(v["goal"]["level"], "ผ่านดีเยี่ยม");
    assert_eq!(v["goal"]["tool_min"], 95.0);
    let codes = step_codes(&v);
    assert_eq!(codes, ["10.2", "9.2"]);
    assert_eq!(v["level_after"], "ผ่านดีเยี่ยม");
    // Overall 95 alone: any one of four sub-indicators will do; efforts pick the cheapest.
    let v = json_of(&["plan", &seed, "--target", "95", "--json"]);
    assert_eq!(v["steps"].as_array().unwrap().len(), 1);
    let efforts = temp_file("efforts.csv", "code,effort\n10.2,5\n9.2,3\n9.5,2\n9.1,1\n");
    let v = json_of(&[
        "plan", &seed, "--target", "95", "--effort", &efforts, "--json",
    ]);
    assert_eq!(v["steps"][0]["code"], "9.1");
    assert_eq!(v["total_effort"], 1.0);
    // Already there.
    let v = json_of(&["plan", &seed, "--target", "ผ่านดี", "--json"]);
    assert_eq!(v["status"], "already_reached");
    assert!(v["steps"].as_array().unwrap().is_empty());
    // 100.00 needs every known code at 100, which is possible here…
    let v = json_of(&["plan", &seed, "--target", "100", "--json"]);
    assert_eq!(v["status"], "reachable");
    // …but not when part of IIT is known only through one question: the rest of IIT stays.
    let stuck = temp_file(
        "stuck.csv",
        "year,code,score
2568,IIT,90
2568,EIT,95
2568,9,100
2568,10,100
2568,i1,50
",
    );
    let v = json_of(&["plan", &stuck, "--target", "100", "--json"]);
    assert_eq!(v["status"], "unreachable");
    assert_eq!(v["overall_after"], 98.0);
    let (code, out, _) = ita(&["plan", &stuck, "--target", "100", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Unreachable even with every known code at 100 (at most 98.00, level ผ่านดี)"),
        "{out}"
    );
}

#[test]
fn plan_bad_input_exits_non_zero_with_one_line_naming_the_problem() {
    let seed = example("seed-004-indicators-2565.csv");
    let unknown_code = temp_file("effort-code.csv", "x99,1\n");
    let bad_effort = temp_file("effort-bad.csv", "code,effort\no38,abc\n");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["plan", &seed, "--target", "ผ่านดีมาก"], "ผ่านดีมาก"),
        (vec!["plan", &seed, "--target", "101"], "101"),
        (
            vec!["plan", &seed, "--target", "AA", "--effort", &unknown_code],
            "x99",
        ),
        (
            vec!["plan", &seed, "--target", "AA", "--effort", &bad_effort],
            "line 2",
        ),
        (
            vec![
                "plan",
                &seed,
                "--target",
                "AA",
                "--effort",
                "/nonexistent.csv",
            ],
            "cannot read",
        ),
        (vec!["plan", &seed], "--target"),
        (vec!["plan", &seed, "--target"], "--target"),
        (vec!["analyze", &seed, "--target", "85"], "--target"),
    ];
    for (args, needle) in cases {
        let mut args = args.clone();
        args.extend(["--lang", "en"]);
        let (code, out, err) = ita(&args);
        assert_ne!(code, 0, "{args:?} accepted");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    // A gated level needs every tool score.
    let only_overall = temp_file("overall.csv", "year,code,score\n2568,ITA,90\n");
    fails_with(
        &["plan", &only_overall, "--target", "ผ่านดี", "--lang", "en"],
        1,
        "IIT",
    );
}

fn zip_entry(path: &str, name: &str) -> String {
    use std::io::Read;
    let f = std::fs::File::open(path).unwrap();
    let mut z = zip::ZipArchive::new(f).expect("a zip archive");
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn report_writes_docx_and_xlsx_with_thai_content() {
    let dir = std::env::temp_dir().join(format!("ita-cli-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let seed = example("seed-004-indicators-2565.csv");
    let docx = dir.join("seed004.docx").to_string_lossy().into_owned();
    let (code, _, err) = ita(&[
        "report", &seed, "--year", "2565", "--doc", "all", "--format", "docx", "-o", &docx,
    ]);
    assert_eq!(code, 0, "{err}");
    let xml = zip_entry(&docx, "word/document.xml");
    assert!(xml.contains("๗๙.๔๓"));
    assert!(xml.contains("ระดับผลการประเมิน B"));
    assert!(xml.contains("การป้องกันการทุจริต"));
    assert!(xml.contains("บันทึกข้อความ"));
    assert!(xml.contains("มาตรการ/โครงการ"));
    assert!(xml.contains("w:cs=\"TH Sarabun New\""));

    let xlsx = dir.join("seed004.xlsx").to_string_lossy().into_owned();
    let (code, _, err) = ita(&[
        "report",
        &seed,
        "--doc",
        "analysis",
        "-o",
        &xlsx,
        "--arabic-digits",
    ]);
    assert_eq!(code, 0, "{err}");
    let strings = zip_entry(&xlsx, "xl/sharedStrings.xml");
    assert!(strings.contains("การใช้งบประมาณ"));
    assert!(zip_entry(&xlsx, "xl/worksheets/sheet2.xml").contains("<v>43.75</v>"));

    fails_with(
        &["report", &seed, "--format", "pdf", "-o", &docx],
        1,
        "--format",
    );
    fails_with(&["report", &seed], 2, "-o");
}

/// The text of the built-in 2568 framework file.
fn framework_2568() -> String {
    let base: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "core",
        "frameworks",
        "2568.toml",
    ]
    .iter()
    .collect();
    std::fs::read_to_string(base).unwrap()
}

#[test]
fn a_users_framework_file_scores_a_year_the_tool_does_not_ship() {
    let text = framework_2568();
    assert!(text.contains("years = [2568]"));
    let custom = text
        .replacen("id = \"2568\"", "id = \"2570-local\"", 1)
        .replacen("years = [2568]", "years = [2570]", 1);
    let fw = temp_file("fw-2570.toml", &custom);
    let csv = temp_file(
        "scores-2570.csv",
        "year,code,score\n2570,IIT,90\n2570,EIT,88\n2570,OIT,95\n",
    );
    let v = json_of(&["analyze", &csv, "--framework", &fw, "--json"]);
    assert_eq!(v["year"], 2570);
    assert_eq!(v["framework"], "2570-local");
    assert_eq!(v["overall"], 91.4);
    assert_eq!(v["level"], "ผ่านดี");
    // Without the file the year is unknown; a broken file names the field at fault.
    fails_with(&["analyze", &csv, "--json"], 1, "2570");
    let broken = temp_file(
        "fw-broken.toml",
        &custom.replacen("pass_mark = 85.0", "pass_mark = 185.0", 1),
    );
    fails_with(
        &["analyze", &csv, "--framework", &broken, "--lang", "en"],
        1,
        "pass_mark",
    );
}

const COHORT_WIDE: &str = "\
agency,type,province,year,ITA,IIT,EIT,OIT
A,อบต.,จังหวัดหนึ่ง,2568,,100,100,90
B,เทศบาล,จังหวัดหนึ่ง,๒๕๖๘,,๙๐,๙๐,๘๐
C,อบต.,จังหวัดสอง,2568,,80,90,85
D,อบต.,จังหวัดสอง,2568,,90,80,85
F,อบต.,จังหวัดหนึ่ง,2568,60,50,50,70
A,อบต.,จังหวัดหนึ่ง,2567,,90,90,90
";

#[test]
fn cohort_json_from_the_wide_format() {
    let file = temp_file("cohort-wide.csv", COHORT_WIDE);
    let v = json_of(&["cohort", &file, "--json"]);
    assert_eq!(v["year"], 2568);
    assert_eq!(v["agencies"], 5);
    // (96 + 86 + 85 + 85 + 60) / 5 = 82.4; median 85; 4 of 5 pass.
    assert_eq!(v["mean"], 82.4);
    assert_eq!(v["median"], 85.0);
    assert_eq!(v["pass_rate"], 80.0);
    assert_eq!(v["levels"]["ผ่านดี"], 1);
    assert_eq!(v["levels"]["ผ่าน"], 3);
    assert_eq!(v["levels"]["ต้องปรับปรุงโดยด่วน"], 1);
    // The levels are listed as the framework lists them (highest first), not alphabetically.
    let (_, out, _) = ita(&["cohort", &file, "--json"]);
    let levels = &out[out.find("\"levels\"").unwrap()..out.find("\"ranking\"").unwrap()];
    let at = |name: &str| levels.find(&format!("\"{name}\"")).unwrap();
    assert!(
        at("ผ่านดีเยี่ยม") < at("ผ่านดี") && at("ผ่านดี") < at("ผ่าน"),
        "{levels}"
    );
    assert!(at("ผ่าน") < at("ต้องปรับปรุงโดยด่วน"), "{levels}");
    assert!(out.trim_start().starts_with("{\n  \"year\""), "{out}");
    let ranking = v["ranking"].as_array().unwrap();
    assert_eq!(
        ranking[0],
        serde_json::json!({"agency": "A", "overall": 96.0, "level": "ผ่านดี", "rank": 1, "percentile": 100.0})
    );
    assert_eq!(ranking[2]["rank"], 3);
    assert_eq!(ranking[3]["rank"], 3);
    assert_eq!(ranking[3]["percentile"], 25.0);
    assert_eq!(
        v["held_back_by_one_tool"][0],
        serde_json::json!({"agency": "A", "tool": "OIT", "score": 90.0})
    );
    assert_eq!(v["held_back_by_one_tool"].as_array().unwrap().len(), 4);
    assert_eq!(v["weak_indicators"].as_array().unwrap().len(), 0);
    let warnings = v["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].as_str().unwrap().starts_with("F: "));
    assert_eq!(v["rises"][0]["agency"], "A");
    assert_eq!(v["rises"][0]["change"], 6.0);
    // Filters.
    let v = json_of(&["cohort", &file, "--json", "--province", "จังหวัดสอง"]);
    assert_eq!(v["agencies"], 2);
    let (_, out, _) = ita(&[
        "cohort",
        &file,
        "--json",
        "--type",
        "เทศบาล",
        "--year",
        "๒๕๖๘",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["agencies"], 1);
    assert_eq!(v["ranking"][0]["agency"], "B");
}

#[test]
fn cohort_long_format_text_in_thai_and_english() {
    let file = temp_file(
        "cohort-long.csv",
        "agency,type,province,year,code,score\n\
         C,อบต.,จังหวัดสอง,2568,IIT,80\nC,อบต.,จังหวัดสอง,2568,EIT,90\nC,อบต.,จังหวัดสอง,2568,OIT,85\n\
         D,อบต.,จังหวัดสอง,2568,1,90\n",
    );
    let (code, out, err) = ita(&["cohort", &file]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("หน่วยงาน 2 แห่ง (มีคะแนนภาพรวม 1 แห่ง)"), "{out}");
    assert!(out.contains("ติดเพียงเครื่องมือเดียว"), "{out}");
    // D has one IIT indicator only: the engine's own warning says the IIT is incomplete.
    assert!(out.contains("คำเตือน"), "{out}");
    succeeds_with(
        &["cohort", &file, "--lang", "en", "--thai-digits"],
        &["Held back by a single tool", "๘๕.๐๐"],
    );
}

#[test]
fn cohort_bad_lines_are_named_and_fail() {
    let file = temp_file(
        "cohort-bad.csv",
        "agency,type,province,year,IIT,EIT,OIT\nA,,,2568,90,90,90\nB,,,2568,90,abc,90\nC,,,2568,90,90\n",
    );
    let (code, out, err) = ita(&["cohort", &file, "--json"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("บรรทัดที่ 3: EIT: \"abc\" ไม่ใช่ตัวเลข"), "{err}");
    assert!(err.contains("บรรทัดที่ 4: ต้องมี 7 ช่อง แต่มี 6 ช่อง"), "{err}");
    fails_with(&["cohort", &file, "--lang", "en"], 1, "line 3: EIT");
    fails_with(
        &[
            "cohort",
            &temp_file("cohort-head.csv", "who,score\n"),
            "--lang",
            "en",
        ],
        1,
        "line 1: the header",
    );
}

#[test]
fn cohort_report_writes_the_summary_and_the_sheets() {
    let file = temp_file("cohort-report.csv", COHORT_WIDE);
    let dir = std::env::temp_dir().join(format!("ita-cohort-report-{}", std::process::id()));
    let d = dir.to_string_lossy().into_owned();
    let (code, _, err) = ita(&["cohort", &file, "--report", &d]);
    assert_eq!(code, 0, "{err}");
    let summary = zip_entry(
        &format!("{d}/cohort-summary-2568.docx"),
        "word/document.xml",
    );
    assert!(summary.contains("หน่วยงานที่ควรติดตาม"));
    assert!(summary.contains("๘๒.๔๐"), "the mean in Thai digits");
    let sheets = zip_entry(&format!("{d}/cohort-sheets-2568.docx"), "word/document.xml");
    for name in ["A", "B", "C", "D", "F"] {
        assert!(
            sheets.contains(&format!("&#10;{name}<")) || sheets.contains(&format!(">{name}<")),
            "{name}"
        );
    }
    assert!(sheets.matches("w:type=\"page\"").count() + sheets.matches("<w:sectPr").count() >= 4);
    let xlsx = zip_entry(&format!("{d}/cohort-summary-2568.xlsx"), "xl/workbook.xml");
    assert!(xlsx.contains("อันดับ"));
    // The summary carries the screen's two charts (levels, distribution) as pictures, with
    // their titles as text alternatives, in both formats.
    for (file, media) in [("docx", "word/media/"), ("xlsx", "xl/media/")] {
        let path = format!("{d}/cohort-summary-2568.{file}");
        let names = zip_names(&path);
        let pictures = names
            .iter()
            .filter(|n| n.starts_with(media) && n.ends_with(".png"))
            .count();
        assert_eq!(pictures, 2, "{file}: {names:?}");
    }
    assert!(summary.contains("กราฟจำนวนหน่วยงานตามระดับผลการประเมิน"));
    assert!(summary.contains("กราฟการกระจายของคะแนนภาพรวม"));
}

fn zip_names(path: &str) -> Vec<String> {
    let f = std::fs::File::open(path).unwrap();
    let z = zip::ZipArchive::new(f).expect("a zip archive");
    z.file_names().map(String::from).collect()
}

#[test]
fn plan_prints_the_concise_or_full_draft() {
    let file = example("seed-004-indicators-2565.csv");
    let draft = |kind: &str| {
        let v = json_of(&["plan", &file, "--target", "85", "--draft", kind, "--json"]);
        v["draft"].as_array().unwrap().len()
    };
    // One measure per urgent weakness (4 in seed 004); full adds the points to develop.
    assert_eq!(draft("concise"), 4);
    assert!(draft("full") > 4);
    fails_with(
        &["plan", &file, "--target", "85", "--draft", "short"],
        1,
        "ตัวเลือก \"--draft\" ต้องเป็น \"concise\" หรือ \"full\" ไม่ใช่ \"short\"",
    );
    fails_with(
        &[
            "plan", &file, "--target", "85", "--draft", "short", "--lang", "en",
        ],
        1,
        "--draft must be \"concise\" or \"full\", not \"short\"",
    );
}

fn seed(name: &str) -> String {
    let p: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "extract",
        "tests",
        "seeds",
        name,
    ]
    .iter()
    .collect();
    p.to_string_lossy().into_owned()
}

#[test]
fn extract_json_seed_004_prints_only_what_was_found() {
    let v = json_of(&["extract", &seed("004_78df920a8d8ea174.txt"), "--json"]);
    assert_eq!(v["agency"], "องค์การบริหารส่วนจังหวัดอุบลราชธานี");
    assert_eq!(v["year"], 2565);
    assert_eq!(v["overall"], 79.43);
    assert_eq!(v["level"], "B");
    assert_eq!(v["indicators"]["10"], 43.75);
    assert_eq!(v["indicators"].as_object().unwrap().len(), 10);
    assert_eq!(v["items"]["i7"], 73.72);
    assert_eq!(v["items"]["o42"], 0.0);
    assert!(v.get("tools").is_none(), "seed 004 prints no tool score");
    assert_eq!(v["warnings"].as_array().unwrap().len(), 1);
}

#[test]
fn extract_json_seed_000_reads_eit_parts_and_garbled_codes() {
    let v = json_of(&[
        "extract",
        &seed("000_a74651b2faac8651.txt"),
        "--json",
        "--lang",
        "en",
    ]);
    assert_eq!(v["year"], 2568);
    assert_eq!(v["overall"], 94.62);
    assert_eq!(v["level"], "ผ่านดี");
    assert_eq!(v["tools"]["IIT"], 99.56);
    assert_eq!(v["tools"]["EIT1"], 100.0);
    assert_eq!(v["tools"]["EIT2"], 100.0);
    assert_eq!(v["tools"]["OIT"], 86.88);
    assert_eq!(v["items"]["i12"], 96.67);
    assert_eq!(v["items"]["o10"], 0.0);
}

#[test]
fn extract_text_output_names_the_line_of_each_value() {
    let (code, out, err) = ita(&["extract", &seed("002_72d480a348041602.txt"), "--lang", "en"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Agency: เทศบาลนครอุดรธานี"), "{out}");
    assert!(out.contains("Fiscal year: 2563"));
    assert!(out.contains("49.89") && out.contains("line 7:"), "{out}");
}

#[test]
fn extract_fails_with_one_line_naming_the_problem() {
    let (code, out, err) = ita(&["extract", &seed("001_2122dc948c95c19a.txt")]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert_eq!(err.trim().lines().count(), 1);
    assert!(err.contains("ไม่พบคะแนนผลการประเมิน ITA"), "{err}");
    let broken = temp_file("broken.pdf", "%PDF-1.7\nnot really");
    fails_with(
        &["extract", &broken, "--lang", "en"],
        1,
        "cannot open the PDF",
    );
    fails_with(
        &["extract", "/nonexistent/report.docx", "--lang", "en"],
        1,
        "cannot read /nonexistent/report.docx",
    );
}

#[test]
fn report_refuses_to_overwrite_its_own_input() {
    let text = "year,code,score\n2565,ITA,79.43\n";
    let input = temp_file("own-input.csv", text);
    let parent = std::path::Path::new(&input)
        .parent()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    for out in [
        input.clone(),
        format!(
            "{parent}/./../{}/own-input.csv",
            parent.rsplit('/').next().unwrap()
        ),
    ] {
        let (code, _, err) = ita(&["report", &input, "--format", "csv", "-o", &out]);
        assert_eq!(code, 1, "{err}");
        assert!(err.contains("ไม่เขียนทับ"), "{err}");
        assert_eq!(std::fs::read_to_string(&input).unwrap(), text);
    }
    fails_with(
        &["report", &input, "-o", &input, "--lang", "en"],
        1,
        "will not be overwritten",
    );
}

#[test]
fn reads_windows_874_and_double_bom_csv_files() {
    // Thai digits in Windows-874 (as Thai Excel saves "CSV"): ๒๕๖๕ = F2 F5 F6 F5, ๗๙ = F7 F9.
    let dir = std::env::temp_dir().join(format!("ita-cli-enc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    };
    let tis = file(
        "tis620.csv",
        b"year,code,score\r\n\xF2\xF5\xF6\xF5,ITA,\xF7\xF9.43\r\n",
    );
    let (code, out, err) = ita(&["analyze", &tis, "--json"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("Windows-874"),
        "the encoding found is named: {err}"
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (v["year"].clone(), v["overall"].clone()),
        (2565.into(), 79.43.into())
    );

    let bom2 = file(
        "bom2.csv",
        b"\xEF\xBB\xBF\xEF\xBB\xBFyear,code,score\n2565,ITA,79.43\n",
    );
    let (code, _, err) = ita(&["analyze", &bom2, "--json"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("UTF"), "UTF-8 needs no note: {err}");

    let bin = file("binary.csv", b"PK\x03\x04\x14\x00\x06\x00");
    fails_with(&["analyze", &bin], 1, "ไม่ใช่ไฟล์ข้อความ");
}

/// Every message of the command line in Thai mode (the default) is Thai: the mistakes in the
/// arguments, the effort file and the framework file included; option names and the values the
/// user typed are quoted verbatim, and a long value is cut.
#[test]
fn argument_effort_and_framework_mistakes_are_told_in_thai() {
    let seed = example("seed-004-indicators-2565.csv");
    let effort_fields = temp_file("effort-fields-th.csv", "o38,1,2\n");
    let effort_zero = temp_file("effort-zero-th.csv", "o38,0\n");
    let effort_twice = temp_file("effort-twice-th.csv", "o38,1\no38,2\n");
    let effort_junk = temp_file("effort-junk-th.csv", "o38,abc\n");
    let fw_text = framework_2568();
    let fw_range = temp_file(
        "fw-range-th.toml",
        &fw_text.replacen("pass_mark = 85.0", "pass_mark = 185.0", 1),
    );
    let fw_syntax = temp_file(
        "fw-syntax-th.toml",
        &fw_text.replacen("[[tools]]", "[[tools]", 1),
    );
    let fw_field = temp_file(
        "fw-field-th.toml",
        &fw_text.replacen("pass_mark = 85.0", "pass_mark = \"85\"", 1),
    );
    let long = "x".repeat(5000);
    let out = std::env::temp_dir().join(format!("ita-th-{}.docx", std::process::id()));
    let out = out.to_string_lossy().into_owned();
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (vec!["frobnicate"], 2, "ไม่รู้จักคำสั่ง"),
        (vec!["analyze"], 2, "ไม่ได้ระบุไฟล์ข้อมูล"),
        (vec!["analyze", &seed, "--bogus"], 2, "ไม่รู้จักตัวเลือก"),
        (vec!["analyze", &seed, "extra"], 2, "\"extra\""),
        (vec!["analyze", &seed, "--year"], 2, "\"--year\""),
        (vec!["analyze", &seed, "--lang", "fr"], 2, "\"fr\""),
        (vec!["plan", &seed], 2, "\"--target\""),
        (vec!["report", &seed], 2, "\"-o\""),
        (
            vec!["report", &seed, "-o", &out, "--draft", "long"],
            1,
            "\"--draft\"",
        ),
        (
            vec!["report", &seed, "-o", &out, "--format", "pdf"],
            1,
            "\"--format\"",
        ),
        (
            vec!["report", &seed, "-o", &out, "--doc", "letter"],
            1,
            "\"--doc\"",
        ),
        (vec!["report", &seed, "-o", &out, "--doc", &long], 1, "…"),
        (
            vec!["plan", &seed, "--target", "AA", "--effort", &effort_fields],
            1,
            "บรรทัดที่ 1",
        ),
        (
            vec!["plan", &seed, "--target", "AA", "--effort", &effort_zero],
            1,
            "มากกว่า 0",
        ),
        (
            vec!["plan", &seed, "--target", "AA", "--effort", &effort_twice],
            1,
            "บรรทัดที่ 2",
        ),
        (
            vec!["plan", &seed, "--target", "AA", "--effort", &effort_junk],
            1,
            "\"abc\"",
        ),
        (
            vec!["analyze", &seed, "--framework", &fw_range],
            1,
            "\"pass_mark\"",
        ),
        (vec!["analyze", &seed, "--framework", &fw_syntax], 1, "TOML"),
        (vec!["analyze", &seed, "--framework", &fw_field], 1, "ผิดชนิด"),
    ];
    for (args, code, needle) in cases {
        let (got, stdout, err) = ita(&args);
        assert_eq!(got, code, "{args:?}: {err}");
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(
            err.chars().count() < 400,
            "{args:?}: a long value is cut: {err}"
        );
        let english = english_words(&err, &["ita:", "ita --help", "code,effort"]);
        assert!(english.is_empty(), "{args:?}: English {english:?} in {err}");
    }
    // In English mode the same mistakes are told in English.
    fails_with(
        &[
            "report", &seed, "-o", &out, "--draft", "long", "--lang", "en",
        ],
        1,
        "--draft must be \"concise\" or \"full\", not \"long\"",
    );
    fails_with(
        &["frobnicate", "--lang", "en"],
        2,
        "unknown command \"frobnicate\" (see ita --help)",
    );
}
