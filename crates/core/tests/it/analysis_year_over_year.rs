//! Year-over-year changes and their report sentences: an increase, a decrease, no change, and
//! a change of framework generation, in Thai (Thai and Arabic digits) and English.

use crate::seeds::assess_default;
use ita_core::analysis::year_over_year::{
    agency_changes, change_from_previous, compare, year_over_year, Direction, YearChange,
};
use ita_core::foundation::number::Digits;
use ita_core::framework::for_year;
use ita_core::workbook::{Agency, YearRecord};
use ita_core::{Assessment, Framework, Lang, Scores};

fn year(year: u16, pairs: &[(&str, f64)]) -> (&'static Framework, Assessment) {
    let fw = for_year(year).unwrap();
    let mut s = Scores::default();
    for (c, v) in pairs {
        s.insert(c, *v);
    }
    (fw, assess_default(fw, year, &s))
}

/// Ten indicators, with some replaced.
/// The 2567 → 2568 sentence about `code`.
fn sentence(c: &YearChange, code: &str, lang: Lang, digits: Digits) -> String {
    c.change(code).unwrap().sentence(2567, 2568, lang, digits)
}

fn indicators(changes: &[(&str, f64)]) -> Vec<(&'static str, f64)> {
    let mut v: Vec<(&str, f64)> = vec![
        ("1", 100.0),
        ("2", 97.33),
        ("3", 97.9),
        ("4", 97.33),
        ("5", 98.67),
        ("6", 96.5),
        ("7", 96.03),
        ("8", 79.56),
        ("9", 97.14),
        ("10", 90.0),
    ];
    for (c, x) in changes {
        v.iter_mut().find(|(k, _)| k == c).unwrap().1 = *x;
    }
    v
}

#[test]
fn thai_sentences_for_an_increase_a_decrease_and_no_change() {
    // Seed 003 (ทต.บ้านเรือน): 2567 → 2568, written correctly.
    let (fw67, a67) = year(2567, &indicators(&[]));
    let (fw68, a68) = year(
        2568,
        &indicators(&[("7", 98.12), ("9", 95.0), ("8", 98.06)]),
    );
    let c = compare((fw67, &a67), (fw68, &a68));
    let th = |code: &str| sentence(&c, code, Lang::Th, Digits::Thai);
    assert_eq!(
        th("7"),
        "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ปี ๒๕๖๘ ได้ ๙๘.๑๒ คะแนน เพิ่มขึ้นจากปี ๒๕๖๗ (๙๖.๐๓ คะแนน) ๒.๐๙ คะแนน"
    );
    assert_eq!(
        th("9"),
        "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ปี ๒๕๖๘ ได้ ๙๕.๐๐ คะแนน ลดลงจากปี ๒๕๖๗ (๙๗.๑๔ คะแนน) ๒.๑๔ คะแนน"
    );
    assert_eq!(
        th("1"),
        "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ปี ๒๕๖๘ ได้ ๑๐๐.๐๐ คะแนน เท่าเดิมเมื่อเทียบกับปี ๒๕๖๗"
    );
    assert_eq!(
        c.change("8")
            .unwrap()
            .sentence(2567, 2568, Lang::Th, Digits::Arabic),
        "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ปี 2568 ได้ 98.06 คะแนน เพิ่มขึ้นจากปี 2567 (79.56 คะแนน) 18.50 คะแนน"
    );
    assert_eq!(c.change("7").unwrap().direction, Direction::Up);
    assert_eq!(c.change("9").unwrap().direction, Direction::Down);
    assert_eq!(c.change("1").unwrap().direction, Direction::Same);
    // English.
    let en = |code: &str| sentence(&c, code, Lang::En, Digits::Arabic);
    assert_eq!(
        en("7"),
        "Indicator 7 Communication effectiveness: 98.12 in 2568, up 2.09 points from 96.03 in 2567"
    );
    assert_eq!(
        en("9"),
        "Indicator 9 Information disclosure: 95.00 in 2568, down 2.14 points from 97.14 in 2567"
    );
    assert_eq!(
        en("1"),
        "Indicator 1 Performance of duties: 100.00 in 2568, unchanged from 2567"
    );
}

#[test]
fn the_overall_tools_and_rating_change_too() {
    // 2567: EIT below 85 keeps the rating at ผ่าน; 2568: every tool at 85 or more.
    let (fw67, a67) = year(2567, &indicators(&[("6", 75.0)]));
    let (fw68, a68) = year(2568, &indicators(&[("8", 98.06)]));
    let c = compare((fw67, &a67), (fw68, &a68));
    let overall = c.overall.as_ref().unwrap();
    assert_eq!(overall.direction, Direction::Up);
    assert!(overall
        .sentence(2567, 2568, Lang::Th, Digits::Arabic)
        .starts_with("คะแนนภาพรวม ปี 2568 ได้ "));
    let tools: Vec<&str> = c.tools.iter().map(|t| t.code.as_str()).collect();
    assert_eq!(tools, ["IIT", "EIT", "OIT"]);
    assert_eq!(c.change("EIT").unwrap().direction, Direction::Up);
    assert_eq!(c.change("IIT").unwrap().direction, Direction::Same);
    // 2566–67 and 2568 rate on the same five levels, so the levels compare.
    let level = c.level.as_ref().unwrap();
    assert_eq!(level.from.name, "ผ่าน");
    assert_eq!(level.to.name, "ผ่านดี");
    assert_eq!(level.direction, Some(Direction::Up));
    assert_eq!(
        level.sentence(2567, 2568, Lang::Th, Digits::Thai),
        "ระดับผลการประเมิน ปี ๒๕๖๘ อยู่ในระดับ ผ่านดี สูงขึ้นจากปี ๒๕๖๗ (ผ่าน)"
    );
    let sentences = c.sentences(Lang::Th, Digits::Thai);
    // Note, overall, level, 3 tools, 10 indicators.
    assert_eq!(sentences.len(), 1 + 1 + 1 + 3 + 10);
}

#[test]
fn a_change_of_framework_generation_is_said_plainly() {
    // 2567 (framework 2566) → 2568 (framework 2568): the same question codes mean different
    // questions, so only the overall, tools and indicators compare.
    let mut v67 = indicators(&[]);
    v67.push(("i1", 90.0));
    let (fw67, a67) = year(2567, &indicators(&[]));
    let (fw68, a68) = year(2568, &indicators(&[]));
    let c = compare((fw67, &a67), (fw68, &a68));
    assert!(!c.same_framework);
    assert!(c.details.is_empty());
    assert_eq!(c.indicators.len(), 10);
    assert_eq!(
        c.framework_note(Lang::Th, Digits::Thai).unwrap(),
        "ปี ๒๕๖๗ และปี ๒๕๖๘ ใช้กรอบการประเมินคนละชุด (ITA ๒๕๖๖–๒๕๖๗ และ ITA ๒๕๖๘) จึงเทียบได้เฉพาะคะแนนภาพรวม รายเครื่องมือ และรายตัวชี้วัด (จับคู่ตามหมายเลขตัวชี้วัด) ส่วนรหัสข้อคำถาม (i, e, o) ของสองปีไม่ตรงกัน จึงไม่นำมาเทียบกัน"
    );
    assert!(c
        .framework_note(Lang::En, Digits::Arabic)
        .unwrap()
        .contains("question codes (i, e, o) do not correspond"));
    assert_eq!(
        c.sentences(Lang::Th, Digits::Thai)[0],
        c.framework_note(Lang::Th, Digits::Thai).unwrap()
    );

    // Same question codes, both generations known: still not compared across generations.
    let (fw67, a67) = year(2567, &v67);
    let mut v68 = indicators(&[]);
    v68.push(("i1", 95.0));
    let (fw68, a68) = year(2568, &v68);
    let c = compare((fw67, &a67), (fw68, &a68));
    assert!(c.change("i1").is_none());

    // AA–F (2565) and the five named levels (2568) are different scales.
    let (fw65, a65) = year(2565, &indicators(&[("10", 43.75)]));
    let c = compare((fw65, &a65), (fw68, &a68));
    let level = c.level.as_ref().unwrap();
    assert_eq!(level.direction, None);
    assert_eq!(level.from.name, "B");
    assert_eq!(
        level.sentence(2565, 2568, Lang::Th, Digits::Arabic),
        "ระดับผลการประเมิน ปี 2568 อยู่ในระดับ ผ่านดี ส่วนปี 2565 อยู่ในระดับ B ซึ่งใช้เกณฑ์การจัดระดับคนละชุด จึงเทียบระดับกันโดยตรงไม่ได้ (จากไม่ผ่านเกณฑ์เป็นผ่านเกณฑ์)"
    );
}

#[test]
fn within_one_generation_questions_compare_by_code() {
    let mut v66 = indicators(&[]);
    v66.push(("i7", 73.72));
    let mut v67 = indicators(&[]);
    v67.push(("i7", 80.5));
    let (fw66, a66) = year(2566, &v66);
    let (fw67, a67) = year(2567, &v67);
    let c = compare((fw66, &a66), (fw67, &a67));
    assert!(c.same_framework);
    assert_eq!(c.framework_note(Lang::Th, Digits::Thai), None);
    let i7 = c.change("i7").unwrap();
    assert_eq!(i7.direction, Direction::Up);
    assert!((i7.change - 6.78).abs() < 1e-9);
}

#[test]
fn the_change_is_between_the_published_figures() {
    // 96.034 is published as 96.03 and 98.125 as 98.13: the sentence says 2.10, which is what
    // a reader gets from the two printed numbers.
    let (fw67, a67) = year(2567, &indicators(&[("7", 96.034)]));
    let (fw68, a68) = year(2568, &indicators(&[("7", 98.125)]));
    let c = compare((fw67, &a67), (fw68, &a68));
    assert_eq!(
        c.change("7")
            .unwrap()
            .sentence(2567, 2568, Lang::Th, Digits::Arabic),
        "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ปี 2568 ได้ 98.13 คะแนน เพิ่มขึ้นจากปี 2567 (96.03 คะแนน) 2.10 คะแนน"
    );
    // A difference below half a hundredth in the published figures is no change.
    let (fw68, a68) = year(2568, &indicators(&[("7", 96.0349)]));
    let c = compare((fw67, &a67), (fw68, &a68));
    assert_eq!(c.change("7").unwrap().direction, Direction::Same);
}

#[test]
fn several_years_compare_in_order() {
    let y65 = year(2565, &indicators(&[("10", 43.75)]));
    let y66 = year(2566, &indicators(&[("10", 70.0)]));
    let y68 = year(2568, &indicators(&[]));
    let changes = year_over_year(&[(y68.0, &y68.1), (y65.0, &y65.1), (y66.0, &y66.1)]);
    let spans: Vec<(u16, u16)> = changes.iter().map(|c| (c.from_year, c.to_year)).collect();
    assert_eq!(spans, [(2565, 2566), (2566, 2568)]);
    assert!(changes.iter().all(|c| !c.same_framework));

    let agency = agency_with(vec![
        (2566, indicators(&[])),
        (2567, indicators(&[("2", 99.0)])),
    ]);
    assert_eq!(agency_changes(&agency).len(), 1);
    let c = change_from_previous(&agency, 2567).unwrap();
    assert!(c.same_framework);
    assert_eq!(c.change("2").unwrap().direction, Direction::Up);
    assert!(change_from_previous(&agency, 2566).is_none());
    // Serialisable for the web app.
    let json = serde_json::to_string(&c).unwrap();
    assert!(json.contains("\"direction\":\"up\""));
}

#[test]
fn a_year_without_scores_is_not_the_year_compared() {
    let agency = agency_with(vec![
        (2566, indicators(&[("2", 80.0)])),
        (2567, Vec::new()),
        (2568, indicators(&[("2", 90.0)])),
    ]);
    assert_eq!(agency.previous_scored(2568).map(|(y, _)| y), Some(2566));
    let c = change_from_previous(&agency, 2568).unwrap();
    assert_eq!((c.from_year, c.to_year), (2566, 2568));
    assert_eq!(c.change("2").unwrap().direction, Direction::Up);
    assert!(agency.previous_scored(2566).is_none());
}

/// An agency with these years and their scores.
fn agency_with(years: Vec<(u16, Vec<(&str, f64)>)>) -> Agency {
    let mut agency = Agency {
        id: "a1".into(),
        ..Default::default()
    };
    for (y, pairs) in years {
        let mut s = Scores::default();
        for (c, v) in pairs {
            s.insert(c, v);
        }
        agency.years.insert(
            y,
            YearRecord {
                scores: s,
                ..Default::default()
            },
        );
    }
    agency
}
