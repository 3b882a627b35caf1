//! Paste tests: real labels, skipped lines, notes and duplicates.

use super::*;
use crate::framework::for_year;

fn values(r: &PasteReport) -> Vec<(String, f64)> {
    r.values.iter().map(|v| (v.code.clone(), v.value)).collect()
}

#[test]
fn reads_tabs_spaces_names_and_thai_digits() {
    let fw = for_year(2565).unwrap();
    let text = "1\t91.71\n\n๒ ๘๒.๙๖\nตัวชี้วัดที่ 3 การใช้อำนาจ 88.12\ni7\t73.72\nITA;79.43\n";
    let lines = parse_pasted(fw, 2565, text);
    let ok: Vec<(String, f64)> = lines.iter().map(|l| l.result.clone().unwrap()).collect();
    assert_eq!(
        ok,
        vec![
            ("1".into(), 91.71),
            ("2".into(), 82.96),
            ("3".into(), 88.12),
            ("i7".into(), 73.72),
            ("ITA".into(), 79.43),
        ]
    );
    assert_eq!(lines[1].line, 3);
}

#[test]
fn reports_each_bad_line() {
    let fw = for_year(2565).unwrap();
    let lines = parse_pasted(fw, 2565, "x9 50\n1 abc\n2 101\n3\n4 80\n4 81");
    assert!(matches!(lines[0].result, Err(ItaError::UnknownCode { .. })));
    assert!(matches!(lines[1].result, Err(ItaError::NotANumber { .. })));
    assert!(matches!(lines[2].result, Err(ItaError::OutOfRange { .. })));
    assert!(matches!(lines[3].result, Err(ItaError::NotANumber { .. })));
    // Two different values for one code: neither is taken (nothing is guessed).
    assert!(matches!(
        lines[4].result,
        Err(ItaError::Duplicate { line: 6, .. })
    ));
    assert!(matches!(
        lines[5].result,
        Err(ItaError::Duplicate { line: 6, .. })
    ));
}

#[test]
fn seed_000_tool_table_gives_eit_parts_and_skips_the_header() {
    let fw = for_year(2568).unwrap();
    let text =
        "เครื่องมือ\tผลประเมิน\nIIT\t๙๙.๕๖\nEIT ส่วนที่ ๑\t๑๐๐.๐๐\nEIT ส่วนที่ ๒\t๑๐๐.๐๐\nOIT\t๘๖.๘๘\n";
    let r = read_paste(fw, 2568, text);
    assert_eq!(
        values(&r),
        vec![
            ("IIT".into(), 99.56),
            ("EIT1".into(), 100.0),
            ("EIT2".into(), 100.0),
            ("OIT".into(), 86.88),
        ]
    );
    assert_eq!(r.skipped, vec![(1, "เครื่องมือ\tผลประเมิน".to_string())]);
    assert!(r.errors.is_empty() && r.notes.is_empty());
}

#[test]
fn reads_labels_as_documents_and_results_pages_print_them() {
    let fw = for_year(2568).unwrap();
    let text = "EIT part 1 95.5\nEIT ส่วนที่ 2\t90 คะแนน\nตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ๘๓.๗๕\nตัวชี้วัด 10 80%\n\
                ตัวชี้วัดย่อยที่ 9.1\t87.50\nข้อ o12 100\nO13\t50\no๑๔ ๗๕\nI7 96.67\ne 6 100\n1๑ ได้ ๙๖.๖๗ คะแนน";
    let r = read_paste(fw, 2568, text);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(
        values(&r),
        vec![
            ("EIT1".into(), 95.5),
            ("EIT2".into(), 90.0),
            ("9".into(), 83.75),
            ("10".into(), 80.0),
            ("9.1".into(), 87.5),
            ("o12".into(), 100.0),
            ("o13".into(), 50.0),
            ("o14".into(), 75.0),
            ("i7".into(), 96.67),
            ("e6".into(), 100.0),
            ("i1".into(), 96.67),
        ]
    );
}

#[test]
fn score_with_weighted_points_takes_the_score_and_says_so() {
    let fw = for_year(2568).unwrap();
    let r = read_paste(fw, 2568, "OIT\t86.88\t34.75");
    assert_eq!(values(&r), vec![("OIT".into(), 86.88)]);
    assert_eq!(r.notes.len(), 1);
    assert!(r.notes[0].message(Lang::Th).contains("34.75"));
    assert!(r.notes[0].message(Lang::En).starts_with("line 1:"));
}

#[test]
fn same_value_twice_is_a_note_not_an_error() {
    let fw = for_year(2568).unwrap();
    let r = read_paste(
        fw,
        2568,
        "IIT 99.56\n\nผลการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๘\nIIT ๙๙.๕๖",
    );
    assert_eq!(values(&r), vec![("IIT".into(), 99.56)]);
    assert!(r.errors.is_empty());
    assert_eq!(
        r.notes[0].kind,
        NoteKind::SameValueAgain {
            code: "IIT".into(),
            first_line: 1
        }
    );
    assert_eq!(
        r.skipped.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
        vec![2, 3]
    );
}

#[test]
fn seed_004_table_row_with_rank_and_tool_reads_the_indicator_by_name() {
    let fw = for_year(2565).unwrap();
    let r = read_paste(fw, 2565, "ลำดับ\tเครื่องมือการประเมิน\tตัวชี้วัด\tคะแนน\tผลการประเมิน\n๑\tEIT\tประสิทธิภาพการสื่อสาร\t๙๑.๗๙\tผ่านเกณฑ์");
    assert_eq!(values(&r), vec![("7".into(), 91.79)]);
    assert_eq!(r.skipped.len(), 1);
}

#[test]
fn a_part_of_eit_unknown_to_the_year_is_an_error() {
    let fw = for_year(2565).unwrap();
    let r = read_paste(fw, 2565, "EIT ส่วนที่ ๑\t๑๐๐.๐๐");
    assert!(matches!(r.errors[0].2, ItaError::UnknownCode { .. }));
}
