//! What a user brings into the workbook besides scores (issue #13): a published report's
//! figures — the printed level kept and checked against the computed one — and a framework
//! file of their own, used for the years it covers, marked in every document, with every
//! validation error in Thai naming the field.

use ita_core::foundation::lang::english_words;
use ita_core::framework::{for_builtin_year, user, Framework, FrameworkFile};
use ita_core::input::report_text::extract;
use ita_core::report::{build, DocKind, ReportOptions};
use ita_core::workbook::Agency;
use ita_core::{assess, AssessOptions, Lang, Workbook};

const FRAMEWORK_2569: &str = include_str!("../../frameworks/2569.toml");

fn file_2570() -> FrameworkFile {
    let mut f = for_builtin_year(2569).unwrap().file.clone();
    f.id = "2570-local".into();
    f.years = vec![2570];
    f.tools[0].weight = 0.25;
    f.tools[1].weight = 0.25;
    f.tools[2].weight = 0.5;
    f
}

#[test]
fn a_published_level_that_the_score_does_not_give_is_flagged() {
    // 2565 rates with letters (AA, A, B, …); 88.12 is A.
    let text = "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565\nคะแนนภาพรวม 88.12 คะแนน ระดับ A\n";
    let x = extract(text);
    let scores = x.scores();
    assert_eq!(scores.level.as_deref(), Some("A"));
    assert_eq!(scores.values["ITA"], 88.12);
    let fw = ita_core::framework::for_year(2565).unwrap();
    let same = assess(fw, 2565, &scores, &AssessOptions::default());
    assert!(same.warnings.is_empty(), "{:?}", same.warnings);

    let mut other = scores.clone();
    other.level = Some("AA".into());
    let a = assess(fw, 2565, &other, &AssessOptions::default());
    let th: Vec<String> = a
        .warnings
        .iter()
        .map(|w| w.message(fw, Lang::Th, Default::default()))
        .collect();
    assert_eq!(
        th,
        vec!["ระดับผลการประเมินที่รายงานของหน่วยงานพิมพ์ไว้คือ \"AA\" แต่คะแนนให้ระดับ \"A\" — โปรดตรวจสอบ"]
    );
}

#[test]
fn a_report_goes_into_the_chosen_year_only_when_it_fits_that_years_framework() {
    let mut wb = Workbook::default();
    let id = wb.add_agency(Agency::default());
    let x = extract("ประจำปีงบประมาณ พ.ศ. 2567\nคะแนนภาพรวม 88.12 ระดับ A\nIIT\t90.50\n");
    wb.import_year(&id, 2567, x.scores()).unwrap();
    let rec = &wb.agencies[0].years[&2567];
    assert_eq!(rec.scores.values["IIT"], 90.5);
    assert_eq!(rec.scores.level.as_deref(), Some("A"));
    // A year no framework scores: refused, in Thai, and nothing changes.
    let before = wb.clone();
    let e = wb.import_year(&id, 2580, x.scores()).unwrap_err();
    let th = e.message(Lang::Th);
    assert!(
        th.starts_with("ไม่มีกรอบการประเมิน ITA สำหรับปีงบประมาณ 2580"),
        "{th}"
    );
    assert_eq!(wb, before);
}

#[test]
fn a_user_framework_scores_its_year_and_every_document_says_so() {
    let mut wb = Workbook::default();
    wb.add_framework(file_2570()).unwrap();
    let id = wb.add_agency(Agency {
        name: "เทศบาลตำบลทดสอบ".into(),
        ..Default::default()
    });
    for (code, v) in [("IIT", 90.0), ("EIT", 88.0), ("OIT", 95.0)] {
        wb.add_year(&id, 2570);
        wb.set_score(&id, 2570, code, Some(v));
        wb.add_year(&id, 2569);
        wb.set_score(&id, 2569, code, Some(v));
    }
    let wb = Workbook::from_json(&wb.to_json()).unwrap();
    wb.use_frameworks().unwrap();
    let fw = ita_core::framework::for_year(2570).unwrap();
    assert!(user::is_user(fw));
    let rec = &wb.agencies[0].years[&2570];
    let a = assess(fw, 2570, &rec.scores, &rec.options);
    // 0.25·90 + 0.25·88 + 0.5·95 = 92 (the 2569 weights would give 91.4).
    assert!((a.overall.unwrap() - 92.0).abs() < 1e-9);

    let agency = &wb.agencies[0];
    let doc = build(agency, 2570, &DocKind::ALL, &ReportOptions::default()).unwrap();
    assert_eq!(doc.sections.len(), 4);
    for s in &doc.sections {
        let first = match &s.blocks[0] {
            ita_document::Block::Paragraph(p) => p.plain_text(),
            other => panic!("{other:?}"),
        };
        assert!(first.contains("กรอบการประเมินที่ผู้ใช้โหลดเอง"), "{first}");
        assert!(first.contains("2570-local"), "{first}");
    }
    let builtin = build(agency, 2569, &DocKind::ALL, &ReportOptions::default()).unwrap();
    assert!(!builtin.plain_text().contains("ผู้ใช้โหลดเอง"));
    user::set_in_effect(&[]).unwrap();
}

#[test]
fn every_framework_check_is_reported_in_thai_naming_the_field() {
    let cases: Vec<(&str, &str, &str)> = vec![
        ("pass_mark = 85.0", "pass_mark = 185.0", "pass_mark"),
        ("id = \"2569\"", "id = \"\"", "id"),
        ("years = [2569]", "years = [25]", "years[0]"),
        ("years = [2569]", "years = []", "years"),
        ("code = \"IIT\"", "code = \"XIT\"", "tools"),
        ("weight = 0.30", "weight = 0.0", "tools[0].weight"),
        (
            "measures_oit_item = \"o25\"",
            "measures_oit_item = \"o99\"",
            "documents.measures_oit_item",
        ),
        ("pass_mark = 85.0", "", "pass_mark"),
        ("pass_mark = 85.0", "pass_mark = \"x\"", "บรรทัดที่"),
        ("pass_mark = 85.0", "pass_mark = 85.0\ncolour = 1", "colour"),
    ];
    for (from, to, field) in cases {
        let text = FRAMEWORK_2569.replacen(from, to, 1);
        assert_ne!(text, FRAMEWORK_2569, "{from}");
        let e = Framework::from_toml(&text).unwrap_err();
        let th = e.message(Lang::Th);
        assert!(th.contains(field), "{field}: {th}");
        let english = english_words(&th, &[field]);
        assert!(english.is_empty(), "English {english:?} in: {th}");
    }
}
