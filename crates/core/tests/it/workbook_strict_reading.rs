//! What a workbook file may not do (issue #15, items 5, 6 and 8): fields the format does not
//! have, keys written twice, measures linked to indicators or codes the year does not have,
//! names and texts beyond the limits. Each is refused with a message in the user's language
//! that names the JSON path at fault and quotes at most 40 characters of the input; frameworks
//! are described in Thai too, and no message shows `NaN` or `inf`.

use ita_core::foundation::echo::ECHO_MAX;
use ita_core::foundation::lang::english_words;
use ita_core::workbook::limits::{NAME_MAX, TEXT_MAX};
use ita_core::{Framework, Lang, Workbook};

/// A workbook with one agency whose 2568 record is `record` (JSON text).
fn with_record(record: &str) -> String {
    format!(
        r#"{{"format": "ita-workbook", "version": 1, "agencies": [{{"id": "a1", "name": "อบต.ก",
        "years": {{"2568": {record}}}}}]}}"#
    )
}

/// Read `json`, which must be accepted.
fn accepted(json: &str) {
    if let Err(e) = Workbook::from_json(json) {
        panic!("refused: {}", e.message(Lang::En));
    }
}

/// The Thai message of reading `json`, checked to be entirely Thai.
fn refusal(json: &str) -> String {
    let th = Workbook::from_json(json)
        .expect_err("the file must be refused")
        .message(Lang::Th);
    let english = english_words(&th, &[]);
    assert!(english.is_empty(), "English {english:?} in: {th}");
    th
}

#[test]
fn unknown_fields_in_measures_memo_signers_and_options_are_refused_with_their_path() {
    let cases = [
        (
            r#"{"plan": [{"measure": "ก", "colour": "red"}]}"#,
            "plan[0]",
            "colour",
        ),
        (r#"{"memo": {"subject": "ก", "cc": "x"}}"#, "memo", "cc"),
        (
            r#"{"memo": {"signers": [{"name": "ก", "phone": "1"}]}}"#,
            "memo.signers[0]",
            "phone",
        ),
        (
            r#"{"options": {"parts_rule": "auto", "rounding": 2}}"#,
            "options",
            "rounding",
        ),
    ];
    for (record, path, field) in cases {
        let th = refusal(&with_record(record));
        assert!(
            th.contains(&format!("agencies[0].years.2568.{path}")),
            "{th}"
        );
        assert!(th.contains(&format!("มีช่อง \"{field}\" ที่รูปแบบนี้ไม่มี")), "{th}");
    }
    // The same record without the extra field is read.
    accepted(&with_record(r#"{"plan": [{"measure": "ก"}]}"#));
}

#[test]
fn a_key_written_twice_is_refused_as_a_duplicate_code_in_a_csv_is() {
    let th = refusal(&with_record(
        r#"{"scores": {"values": {"IIT": 50, "EIT": 60, "IIT": 90}}}"#,
    ));
    assert!(th.contains("agencies[0].years.2568.scores.values"), "{th}");
    assert!(th.contains("\"IIT\" ซ้ำกัน"), "{th}");
    let twice_named = r#"{"format": "ita-workbook", "version": 1,
        "agencies": [{"id": "a1", "name": "ก", "name": "ข"}]}"#;
    assert!(refusal(twice_named).contains("agencies[0]"));
    let en = Workbook::from_json(twice_named)
        .unwrap_err()
        .message(Lang::En);
    assert!(en.contains("\"name\" appears twice"), "{en}");
}

#[test]
fn measures_linked_to_an_indicator_or_code_the_year_does_not_have_are_refused() {
    for n in [0, 11, 255] {
        let th = refusal(&with_record(&format!(
            r#"{{"plan": [{{"indicator": {n}}}]}}"#
        )));
        assert!(
            th.contains("agencies[0].years.2568.plan[0].indicator"),
            "{th}"
        );
        assert!(th.contains(&format!("ไม่มีตัวชี้วัดที่ {n}")), "{th}");
    }
    let th = refusal(&with_record(
        r#"{"plan": [{"related_indicators": [3, 12]}]}"#,
    ));
    assert!(th.contains("plan[0].related_indicators[1]"), "{th}");
    let th = refusal(&with_record(
        r#"{"plan": [{"indicator": 9, "codes": ["o1", "x9"]}]}"#,
    ));
    assert!(
        th.contains("plan[0].codes[1]") && th.contains("\"x9\""),
        "{th}"
    );
    // 256 does not fit the field at all: a value the field does not take, with its path.
    let th = refusal(&with_record(r#"{"plan": [{"indicator": 256}]}"#));
    assert!(th.contains("plan[0].indicator"), "{th}");
    let ok = with_record(
        r#"{"plan": [{"indicator": 10, "related_indicators": [9], "codes": ["O1", "i3"]}]}"#,
    );
    accepted(&ok);
}

#[test]
fn a_wrong_value_deep_in_the_file_is_named_by_its_json_path() {
    let th = refusal(&with_record(r#"{"scores": {"values": {"ITA": "100"}}}"#));
    assert!(
        th.contains("agencies[0].years.2568.scores.values.ITA"),
        "{th}"
    );
    assert!(th.contains("ผิดชนิด"), "{th}");
    let th = refusal(&with_record(r#"{"plan": [{"status": "finished"}]}"#));
    assert!(
        th.contains("plan[0].status") && th.contains("\"finished\""),
        "{th}"
    );
}

#[test]
fn names_and_texts_longer_than_the_limits_are_refused_at_import() {
    let name = |n: usize| {
        format!(
            r#"{{"format": "ita-workbook", "version": 1, "agencies": [{{"id": "a1", "name": "{}"}}]}}"#,
            "ก".repeat(n)
        )
    };
    accepted(&name(NAME_MAX));
    let th = refusal(&name(NAME_MAX + 1));
    assert!(
        th.contains("agencies[0].name") && th.contains("ยาวเกิน 500 ตัวอักษร"),
        "{th}"
    );
    let steps = |n: usize| {
        with_record(&format!(
            r#"{{"plan": [{{"steps": "{}"}}]}}"#,
            "ข".repeat(n)
        ))
    };
    accepted(&steps(TEXT_MAX));
    assert!(refusal(&steps(TEXT_MAX + 1)).contains("plan[0].steps"));
    let owner = with_record(&format!(
        r#"{{"plan": [{{"owner": "{}"}}]}}"#,
        "ค".repeat(NAME_MAX + 1)
    ));
    assert!(refusal(&owner).contains("plan[0].owner"));
    let facts = with_record(&format!(
        r#"{{"memo": {{"facts": "{}"}}}}"#,
        "ง".repeat(TEXT_MAX + 1)
    ));
    assert!(refusal(&facts).contains("memo.facts"));
    let signer = with_record(&format!(
        r#"{{"memo": {{"signers": [{{"position": "{}"}}]}}}}"#,
        "จ".repeat(NAME_MAX + 1)
    ));
    let th = refusal(&signer);
    assert!(th.contains("memo.signers[0].position"), "{th}");
}

#[test]
fn echoed_input_is_capped_at_forty_characters() {
    let huge = "ก".repeat(1_000_000);
    let kind = format!(
        r#"{{"format": "ita-workbook", "version": 1, "agencies": [{{"id": "a1", "name": "ก", "kind": "{huge}"}}]}}"#
    );
    let csv = format!("year,code,score\n2568,IIT,{huge}\n");
    let header = format!("{huge}\n2568,IIT,50\n");
    let code = format!("year,code,score\n2568,{huge},50\n");
    let messages = [
        Workbook::from_json(&kind).unwrap_err(),
        ita_core::input::scores_csv::read_scores_csv(&csv).unwrap_err(),
        ita_core::input::scores_csv::read_scores_csv(&header).unwrap_err(),
        ita_core::input::scores_csv::read_scores_csv(&code).unwrap_err(),
    ];
    for e in messages {
        for lang in [Lang::Th, Lang::En] {
            let m = e.message(lang);
            assert!(
                m.chars().count() < 200,
                "{} characters: {}",
                m.len(),
                &m[..200]
            );
            assert!(m.contains(&format!("{}…", "ก".repeat(ECHO_MAX))), "{m}");
        }
    }
}

/// A framework file (2568's) with one replacement.
fn framework_with(from: &str, to: &str) -> String {
    let text = include_str!("../../frameworks/2568.toml");
    assert!(text.contains(from), "{from}");
    text.replacen(from, to, 1)
}

#[test]
fn a_broken_framework_is_described_in_thai_and_never_as_nan_or_inf() {
    let cases = [
        framework_with("pass_mark = 85.0", "pass_mark = 185.0"),
        framework_with("pass_mark = 85.0", "pass_mark = nan"),
        framework_with("pass_mark = 85.0", "pass_mark = inf"),
        framework_with("weight = 0.30", "weight = inf"),
        framework_with("weight = 0.30", "weight = 0.31"),
        framework_with("pass_mark = 85.0", "pass_mark = \"85\""),
        framework_with("pass_mark = 85.0", "pass_mark = 85.0\ncolour = 1"),
        framework_with("pass_mark = 85.0\n", ""),
        framework_with("[[tools]]", "[[tools]"),
        framework_with("code = \"i1\"", "code = \"x1\""),
        framework_with("scale = \"four_level\"", "scale = \"oit\""),
        framework_with("min = 0.0", "min = 10.0"),
        framework_with("code = \"9.1\"", "code = \"9.1\"\nindicator = 3"),
    ];
    for text in cases {
        let e = Framework::from_toml(&text).expect_err("broken framework accepted");
        let th = e.message(Lang::Th);
        let english = english_words(&th, &[]);
        assert!(english.is_empty(), "English {english:?} in: {th}");
        for lang in [Lang::Th, Lang::En] {
            let m = e.message(lang);
            for word in m.split(|c: char| !c.is_alphanumeric()) {
                assert!(!["NaN", "nan", "inf"].contains(&word), "{m}");
            }
        }
    }
}
