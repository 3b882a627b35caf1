//! Every user-facing error in Thai mode is entirely Thai (codes, file and tool names aside):
//! nested errors keep their structure and are rendered in the asked language, and a JSON
//! parser's English is replaced by a Thai description of the problem.

use ita_core::foundation::lang::english_words;
use ita_core::input::scores_csv::read_scores_csv;
use ita_core::input::share_link;
use ita_core::{Lang, Workbook};

/// The column names of the scores file may appear: they are what the user types in the file.
const CSV_COLUMNS: [&str; 4] = ["year,code,score", "year", "code", "score"];

fn assert_thai(message: &str) {
    let english = english_words(message, &CSV_COLUMNS);
    assert!(english.is_empty(), "English {english:?} in: {message}");
}

#[test]
fn a_damaged_share_link_is_reported_in_thai_as_a_link() {
    for damaged in [
        "!!!",
        "",
        "MXwy",
        "MXwyNTcwfG18eHw",
        "MXwyNTY4fG18eHxJSVQ6MTAx",
    ] {
        let err = share_link::decode(damaged).unwrap_err();
        let th = err.message(Lang::Th);
        assert_thai(&th);
        assert!(th.starts_with("เปิดลิงก์ที่แชร์มาไม่ได้: "), "{th}");
        assert!(
            !th.contains("สมุดงาน"),
            "a link is not a workbook file: {th}"
        );
        assert!(err
            .message(Lang::En)
            .starts_with("the shared link cannot be opened: "));
    }
    // The nested cause (a score out of range) is rendered in the asked language.
    let err = share_link::decode("MXwyNTY4fG18eHxJSVQ6MTAx").unwrap_err();
    assert_eq!(
        err.message(Lang::Th),
        "เปิดลิงก์ที่แชร์มาไม่ได้: IIT: 101 อยู่นอกช่วง 0–100"
    );
    assert_eq!(
        err.message(Lang::En),
        "the shared link cannot be opened: IIT: 101 is outside 0–100"
    );
}

#[test]
fn a_scores_csv_with_an_unknown_code_is_reported_in_thai() {
    let err = read_scores_csv("year,code,score\n2568,x9,50\n").unwrap_err();
    let th = err.message(Lang::Th);
    assert_eq!(
        th,
        "ไฟล์ CSV บรรทัดที่ 2: ไม่รู้จักรหัส \"x9\" ในกรอบการประเมินปี 2568"
    );
    assert_thai(&th);
    for bad in [
        "year,code,score\n2568,IIT,abc\n",
        "year,code,score\n2568,IIT,101\n",
        "year,code,score\n2599,IIT,50\n",
        "year,code,score\nปี,IIT,50\n",
        "year,code,score\n2568,IIT\n",
        "year,code,score\n2568,\"IIT,50\n",
    ] {
        assert_thai(&read_scores_csv(bad).unwrap_err().message(Lang::Th));
    }
}

#[test]
fn a_broken_workbook_json_is_described_in_thai_not_in_the_parsers_english() {
    let cases = [
        ("{\"format\": \"ita-workbook\", \"version\": 1, \"agencies\": [", "จบก่อน"),
        ("{\"format\": \"ita-workbook\" \"version\": 1}", "รูปแบบ JSON ผิด (บรรทัดที่ 1"),
        ("{\"format\": \"ita-workbook\", \"version\": 1, \"agencies\": [{\"id\": 5}]}", "ผิดชนิด"),
        ("{\"format\": \"ita-workbook\", \"version\": 1, \"agencies\": [{\"id\": \"a\"}]}", "ขาดช่อง \"name\""),
        ("{\"format\": \"ita-workbook\", \"version\": 1, \"agencies\": [{\"id\": \"a\", \"name\": \"\", \"years\": {\"2599\": {}}}]}", "ไม่มีกรอบการประเมิน"),
        ("{\"hello\": 1}", "ไม่ใช่สมุดงาน ITA"),
    ];
    for (json, needle) in cases {
        let th = Workbook::from_json(json).unwrap_err().message(Lang::Th);
        assert!(th.contains(needle), "{needle} not in: {th}");
        assert_thai(&th);
    }
}
