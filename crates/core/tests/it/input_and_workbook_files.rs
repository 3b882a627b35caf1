//! The file formats (CSV, workbook JSON, framework TOML) and every bad-input message.

use crate::seeds;

use std::collections::BTreeMap;

use ita_core::framework::{for_year, Framework};
use ita_core::input::scores_csv::{read_scores_csv, write_scores_csv};
use ita_core::workbook::measures::{Measure, Status};
use ita_core::{ItaError, Lang, Scores, Workbook};

fn en(e: &ItaError) -> String {
    e.message(Lang::En)
}

#[test]
fn csv_reads_what_people_type() {
    let text = "\u{feff}Year,Code,Score\r\n๒๕๖๕,ita,๗๙.๔๓\r\n2565, I7 ,73.72 %\r\n2565,o38,\r\n\r\n2568,EIT1,100\r\n";
    let years = read_scores_csv(text).unwrap();
    assert_eq!(years[&2565].values["ITA"], 79.43);
    assert_eq!(years[&2565].values["i7"], 73.72);
    assert!(
        !years[&2565].values.contains_key("o38"),
        "an empty cell is missing, not zero"
    );
    assert_eq!(years[&2568].values["EIT1"], 100.0);
}

#[test]
fn csv_round_trips_losslessly() {
    let mut years: BTreeMap<u16, Scores> = BTreeMap::new();
    let mut s = Scores::default();
    s.insert("ITA", 79.426_700_000_000_01);
    s.insert("i11.1", 87.66);
    s.insert("9.1", 1.0 / 3.0);
    years.insert(2565, s);
    let mut t = Scores::default();
    t.insert("EIT2", 100.0);
    years.insert(2568, t);
    let text = write_scores_csv(&years);
    assert!(text.starts_with("year,code,score\n2565,ITA,"));
    assert_eq!(read_scores_csv(&text).unwrap(), years);
}

#[test]
fn csv_errors_name_the_line_and_field() {
    let cases = [
        ("", "empty"),
        ("year,score\n", "header"),
        ("year,code,score\n2565,1\n", "line 2"),
        ("year,code,score\n2565,1,101\n", "outside 0–100"),
        ("year,code,score\n2565,1,-3\n", "outside 0–100"),
        ("year,code,score\n2565,1,เก้าสิบ\n", "not a number"),
        ("year,code,score\n2565,x7,50\n", "x7"),
        ("year,code,score\n2561,1,50\n", "2561"),
        ("year,code,score\n25x5,1,50\n", "25x5"),
        ("year,code,score\n2565,1,50\n2565,01,60\n", "twice"),
        ("year,code,score\n2565,\"1,50\n", "quoted"),
    ];
    for (text, needle) in cases {
        let e = read_scores_csv(text).expect_err(text);
        assert!(en(&e).contains(needle), "{text:?}: {}", en(&e));
        assert!(!e.message(Lang::Th).is_empty());
    }
}

fn sample_workbook() -> Workbook {
    let mut scores = Scores::default();
    scores.insert("1", 91.71);
    scores.insert("ITA", 79.43);
    let plan = vec![Measure {
        id: "m1".into(),
        issue: "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต".into(),
        indicator: Some(10),
        codes: vec!["o42".into()],
        measure: "จัดทำมาตรการ \"=SUM(A1)\"\nบรรทัดที่สอง".into(),
        status: Status::InProgress,
        ..Default::default()
    }];
    Workbook {
        agencies: vec![seeds::ubon_pao_2565(scores, plan)],
        ..Default::default()
    }
}

#[test]
fn workbook_round_trips_losslessly() {
    let wb = sample_workbook();
    let back = Workbook::from_json(&wb.to_json()).unwrap();
    assert_eq!(back, wb);
}

#[test]
fn workbook_errors_name_the_path() {
    let good = sample_workbook().to_json();
    let cases = [
        (
            good.replace("\"format\": \"ita-workbook\"", "\"format\": \"other\""),
            "not an ITA workbook",
        ),
        (good.replace("\"version\": 1", "\"version\": 99"), "newer"),
        (
            good.replace("91.71", "191.71"),
            "agencies[0].years.2565.scores",
        ),
        (good.replace("\"1\": 91.71", "\"i999\": 91.71"), "i999"),
        (good.replace("\"2565\"", "\"2561\""), "2561"),
        (
            good.replace("\"kind\": \"pao\"", "\"kind\": \"castle\""),
            "castle",
        ),
        (good[..good.len() / 2].to_string(), "line"),
        ("[]".to_string(), "not an ITA workbook"),
        ("".to_string(), "line"),
    ];
    for (text, needle) in cases {
        let e = Workbook::from_json(&text).expect_err(needle);
        assert!(en(&e).contains(needle), "{needle}: {}", en(&e));
    }
}

#[test]
fn framework_files_are_validated_with_the_field_path() {
    let base = include_str!("../../frameworks/2565.toml");
    assert!(Framework::from_toml(base).is_ok());
    let cases = [
        (
            base.replacen("pass_mark = 85", "pass_mark = 185", 1),
            "pass_mark",
        ),
        (base.replacen("id = \"2565\"", "", 1), "id"),
        (
            base.replacen("weight = 0.4", "weight = 0.5", 1),
            "weights sum",
        ),
        (
            base.replacen("parent = \"1\"", "parent = \"77\"", 1),
            "questions[0].parent",
        ),
        (
            base.replacen("code = \"i2\"", "code = \"i1\"", 1),
            "used twice",
        ),
        (
            base.replacen("scale = \"four_level\"", "scale = \"five_level\"", 1),
            "five_level",
        ),
        (format!("{base}\nsurprise = 1\n"), "surprise"),
        ("this is not toml".to_string(), "line 1"),
    ];
    for (text, needle) in cases {
        assert_ne!(text, base, "the mutation for {needle} did not apply");
        let e = Framework::from_toml(&text).expect_err(needle);
        assert!(en(&e).contains(needle), "{needle}: {}", en(&e));
    }
}

#[test]
fn checked_setters_reject_bad_codes_and_values() {
    let fw = for_year(2565).unwrap();
    let mut s = Scores::default();
    assert!(s.set_checked(fw, 2565, "I7", 50.0).is_ok());
    assert_eq!(s.get("i7"), Some(50.0));
    let e = s.set_checked(fw, 2565, "EIT1", 50.0).unwrap_err();
    assert!(en(&e).contains("EIT1"), "{}", en(&e));
    let e = s.set_checked(fw, 2565, "1", 100.5).unwrap_err();
    assert!(matches!(e, ItaError::OutOfRange { .. }));
    assert!(e.message(Lang::Th).contains("นอกช่วง"));
    assert_eq!(s.get("1"), None, "a bad value never replaces anything");
}

// The sample workbooks score as their titles claim (here, not in `workbook::samples`, because
// scoring is a later layer than the workbook).
fn sample_result(id: &str, year: u16) -> (f64, ita_core::Level, ita_core::Assessment) {
    let wb = ita_core::workbook::samples::load(id).unwrap();
    let a = &wb.agencies[0];
    assert!(
        a.name.contains("ตัวอย่างสมมติ"),
        "samples are labelled fictional"
    );
    let r = ita_core::assess_year(
        year,
        &a.years[&year].scores,
        &ita_core::AssessOptions::default(),
    )
    .unwrap();
    (r.overall.unwrap(), r.level.clone().unwrap(), r)
}

#[test]
fn the_sample_profiles_are_what_they_claim() {
    let (_, level, _) = sample_result("sample-sao-fails", 2568);
    assert!(!level.passed, "{level:?}");
    let (overall, level, _) = sample_result("sample-pao-narrow", 2565);
    assert_eq!(level.name, "A");
    assert!((85.0..86.0).contains(&overall), "{overall}");
    let (overall, level, a) = sample_result("sample-blocked-by-eit", 2568);
    assert!(overall >= 85.0);
    assert_eq!(level.name, "ผ่าน");
    let eit = a.value("EIT").unwrap();
    assert!(eit < 85.0 && a.value("IIT").unwrap() >= 85.0 && a.value("OIT").unwrap() >= 85.0);
    let (_, level_2567, _) = sample_result("sample-municipality", 2567);
    let (_, level_2568, _) = sample_result("sample-municipality", 2568);
    assert!(!level_2567.passed);
    assert!(level_2568.passed);
}

#[test]
fn csv_and_workbook_read_after_a_double_bom() {
    let years = read_scores_csv("\u{feff}\u{feff}year,code,score\n2565,ITA,79.43\n").unwrap();
    assert_eq!(years[&2565].values["ITA"], 79.43);
    let json = format!("\u{feff}\u{feff}{}", Workbook::default().to_json());
    assert_eq!(Workbook::from_json(&json).unwrap(), Workbook::default());
}

#[test]
fn windows_874_csv_bytes_decode_then_read() {
    use ita_core::foundation::text::{decode, TextEncoding};
    let bytes = b"\xEF\xBB\xBF\xEF\xBB\xBFyear,code,score\r\n\xF2\xF5\xF6\xF5,ITA,\xF7\xF9.43\r\n";
    // Not UTF-8 after the marks: Thai digits in Windows-874.
    let d = decode(bytes).unwrap();
    assert_eq!(d.encoding, TextEncoding::Windows874);
    assert_eq!(
        read_scores_csv(&d.text).unwrap()[&2565].values["ITA"],
        79.43
    );
    assert!(d.encoding.note(Lang::En).unwrap().contains("TIS-620"));
}

/// Found by fuzzing (fuzz/corpus/paste/crash-only-a-separator.txt): a pasted line of only
/// separators panicked. Such a line has no code and no score, so the reader of real pasted
/// text (issue #13) lists it as skipped, as it does a header; the next line is still read.
#[test]
fn a_pasted_line_of_only_separators_is_skipped_not_a_panic() {
    use ita_core::input::paste::read_paste;
    let fw = for_year(2568).unwrap();
    let report = read_paste(fw, 2568, ",\n;\nตัวชี้วัดที่\nIIT 95.42\n");
    let skipped: Vec<usize> = report.skipped.iter().map(|(line, _)| *line).collect();
    assert_eq!(skipped, [1, 2, 3]);
    assert!(report.errors.is_empty(), "{:?}", report.errors);
    assert_eq!(report.values.len(), 1);
    assert_eq!(report.values[0].code, "IIT");
    assert_eq!(report.values[0].value, 95.42);
}
