//! Follow-up: outcomes from next year's scores, filled only where the user wrote nothing.

use crate::seeds;
use crate::writing_draft_measures::full;

use crate::seeds::assess_default;
use ita_core::analysis::ranking::{analyze, AnalysisSettings};
use ita_core::foundation::error::Lang;
use ita_core::foundation::number::Digits;
use ita_core::framework::for_year;
use ita_core::workbook::measures::{Measure, Status};
use ita_core::writing::draft_measures::{draft_plan, DraftOptions, DraftStyle};
use ita_core::writing::followup::{
    fill, linked_indicators, outcome_text, progress, report_intro, FollowUp, FollowUpField,
    FollowUpOptions,
};
use ita_core::{assess, AssessOptions, Assessment, Scores};

fn assessed(year: u16, pairs: &[(&str, f64)]) -> Assessment {
    let mut s = Scores::default();
    for (c, v) in pairs {
        s.insert(c, *v);
    }
    assess(for_year(year).unwrap(), year, &s, &AssessOptions::default())
}

/// Seed 004's plan for FY 2566 and its ITA 2565 assessment.
fn seed_004_plan() -> (Vec<Measure>, Assessment) {
    let fw = for_year(2565).unwrap();
    let a = assess_default(fw, 2565, &seeds::seed_004_scores());
    let an = analyze(fw, &a, &AnalysisSettings::default());
    (draft_plan(fw, &a, &an, &full()), a)
}

/// A made-up ITA 2566 for the same agency.
fn next_2566() -> Assessment {
    assessed(
        2566,
        &[
            ("2", 88.40),
            ("4", 83.00),
            ("10", 60.0),
            ("7", 91.79),
            ("1", 92.0),
            ("8", 90.5),
        ],
    )
}

#[test]
fn outcomes_come_from_the_linked_indicator() {
    let (mut plan, prev) = seed_004_plan();
    let next = next_2566();
    let fw = for_year(2566).unwrap();
    let n = fill(
        FollowUpField::Outcome,
        &mut plan,
        &FollowUp::new(fw, &prev, &next, &FollowUpOptions::default()),
    );
    let by_id = |id: &str| plan.iter().find(|m| m.id == id).unwrap();
    assert_eq!(
        by_id("weak-2").outcome,
        "ผลการประเมิน ITA ปี พ.ศ. ๒๕๖๖ เทียบกับปี พ.ศ. ๒๕๖๕ ตัวชี้วัดที่ ๒ การใช้งบประมาณ เพิ่มขึ้นจาก ๘๒.๙๖ เป็น ๘๘.๔๐ คะแนน (+๕.๔๔) และผ่านเกณฑ์ (๘๕ คะแนน)"
    );
    assert!(by_id("weak-4")
        .outcome
        .ends_with("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ลดลงจาก ๘๓.๕๒ เป็น ๘๓.๐๐ คะแนน (-๐.๕๒)"));
    assert!(by_id("weak-10")
        .outcome
        .contains("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต เพิ่มขึ้นจาก ๔๓.๗๕ เป็น ๖๐.๐๐ คะแนน (+๑๖.๒๕)"));
    assert!(by_id("develop-7").outcome.ends_with("เท่าเดิมที่ ๙๑.๗๙ คะแนน"));
    // Indicator 5 has no 2566 score: its outcome stays empty.
    assert_eq!(by_id("weak-5").outcome, "");
    assert_eq!(n, 6);
    // The 2565 and 2566 frameworks differ, so question codes are not compared.
    assert!(!by_id("weak-2").outcome.contains("ข้อ i"));
}

#[test]
fn user_text_is_never_overwritten() {
    let (mut plan, prev) = seed_004_plan();
    let next = next_2566();
    let fw = for_year(2566).unwrap();
    plan[1].outcome = "ผู้ใช้เขียนเอง".into();
    plan[2].outcome = "   ".into();
    plan[1].suggestions = "ข้อเสนอแนะของผู้ใช้".into();
    plan[1].done = "ดำเนินการแล้ว".into();
    plan[1].status = Status::Done;
    let before = plan[1].clone();
    let opts = FollowUpOptions::default();
    let filled = fill(
        FollowUpField::Outcome,
        &mut plan,
        &FollowUp::new(fw, &prev, &next, &opts),
    );
    assert_eq!(plan[1], before, "a measure with an outcome is untouched");
    assert!(plan[2].outcome.contains("ตัวชี้วัดที่ ๔"), "blank is not text");
    assert_eq!(filled, 5);
    // A second run fills nothing and changes nothing.
    let snapshot = plan.clone();
    assert_eq!(
        fill(
            FollowUpField::Outcome,
            &mut plan,
            &FollowUp::new(fw, &prev, &next, &opts)
        ),
        0
    );
    assert_eq!(plan, snapshot);
    // Suggestions follow the same rule.
    let s = fill(
        FollowUpField::Suggestions,
        &mut plan,
        &FollowUp::new(fw, &prev, &next, &opts),
    );
    assert_eq!(plan[1].suggestions, "ข้อเสนอแนะของผู้ใช้");
    assert_eq!(s, 5);
    let weak4 = plan.iter().find(|m| m.id == "weak-4").unwrap();
    assert_eq!(
        weak4.suggestions,
        "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ยังได้คะแนนต่ำกว่าเกณฑ์ (๘๕ คะแนน) ควรทบทวนมาตรการและดำเนินการอย่างต่อเนื่องในปีงบประมาณ พ.ศ. ๒๕๖๗"
    );
    let develop1 = plan.iter().find(|m| m.id == "develop-1").unwrap();
    assert_eq!(
        develop1.suggestions,
        "ควรดำเนินการอย่างสม่ำเสมอและต่อเนื่องตลอดปีงบประมาณ เพื่อรักษามาตรฐานไว้"
    );
    assert_eq!(
        fill(
            FollowUpField::Suggestions,
            &mut plan,
            &FollowUp::new(fw, &prev, &next, &opts)
        ),
        0
    );
}

#[test]
fn years_must_be_in_order() {
    let (mut plan, prev) = seed_004_plan();
    let fw = for_year(2565).unwrap();
    // The "next" year is not later: nothing is claimed.
    assert_eq!(
        fill(
            FollowUpField::Outcome,
            &mut plan,
            &FollowUp::new(fw, &prev, &prev, &FollowUpOptions::default())
        ),
        0
    );
    let earlier = assessed(2564, &[("2", 70.0)]);
    assert_eq!(
        fill(
            FollowUpField::Outcome,
            &mut plan,
            &FollowUp::new(fw, &prev, &earlier, &FollowUpOptions::default())
        ),
        0
    );
    assert!(plan.iter().all(|m| m.outcome.is_empty()));
}

#[test]
fn same_framework_years_also_compare_the_measures_questions() {
    // A plan made from ITA 2564 (framework 2565) followed up with ITA 2565.
    let prev = assessed(2564, &[("2", 80.00), ("i7", 70.00), ("i12", 75.50)]);
    let next = assess(
        for_year(2565).unwrap(),
        2565,
        &seeds::seed_004_scores(),
        &AssessOptions::default(),
    );
    let fw = for_year(2565).unwrap();
    let m = Measure {
        id: "weak-2".into(),
        indicator: Some(2),
        codes: vec!["i7".into(), "i11".into(), "i12".into()],
        ..Measure::default()
    };
    let text = outcome_text(
        &FollowUp::new(fw, &prev, &next, &FollowUpOptions::default()),
        &m,
    )
    .unwrap();
    assert_eq!(
        text,
        "ผลการประเมิน ITA ปี พ.ศ. ๒๕๖๕ เทียบกับปี พ.ศ. ๒๕๖๔ ตัวชี้วัดที่ ๒ การใช้งบประมาณ เพิ่มขึ้นจาก ๘๐.๐๐ เป็น ๘๒.๙๖ คะแนน (+๒.๙๖) โดยข้อ i๗ เพิ่มขึ้นจาก ๗๐.๐๐ เป็น ๗๓.๗๒ คะแนน (+๓.๗๒) และข้อ i๑๒ ลดลงจาก ๗๕.๕๐ เป็น ๗๓.๒๙ คะแนน (-๒.๒๑)"
    );
    let en = outcome_text(
        &FollowUp::new(
            fw,
            &prev,
            &next,
            &FollowUpOptions {
                lang: Lang::En,
                digits: Digits::Arabic,
                ..FollowUpOptions::default()
            },
        ),
        &m,
    )
    .unwrap();
    assert_eq!(
        en,
        "ITA B.E. 2565 compared with B.E. 2564: Indicator 2 Use of budget rose from 80.00 to 82.96 (+2.96); i7 rose from 70.00 to 73.72 (+3.72); i12 fell from 75.50 to 73.29 (-2.21)"
    );
    // Without codes on request.
    let plain = outcome_text(
        &FollowUp::new(
            fw,
            &prev,
            &next,
            &FollowUpOptions {
                include_codes: false,
                ..FollowUpOptions::default()
            },
        ),
        &m,
    )
    .unwrap();
    assert!(!plain.contains("โดยข้อ"));
}

#[test]
fn seven_issue_measures_report_every_linked_indicator() {
    let fw68 = for_year(2568).unwrap();
    let prev = assessed(
        2568,
        &[
            ("1", 98.89),
            ("6", 96.56),
            ("7", 94.87),
            ("9", 83.75),
            ("8", 94.39),
        ],
    );
    let an = analyze(fw68, &prev, &AnalysisSettings::default());
    let mut plan = draft_plan(
        fw68,
        &prev,
        &an,
        &DraftOptions {
            style: DraftStyle::SevenIssues,
            ..full()
        },
    );
    let next = assessed(
        2569,
        &[("1", 100.0), ("6", 97.0), ("7", 97.33), ("9", 95.0)],
    );
    let fw69 = for_year(2569).unwrap();
    fill(
        FollowUpField::Outcome,
        &mut plan,
        &FollowUp::new(fw69, &prev, &next, &FollowUpOptions::default()),
    );
    let issue1 = &plan[0];
    assert_eq!(linked_indicators(issue1), vec![1, 6]);
    assert_eq!(
        issue1.outcome,
        "ผลการประเมิน ITA ปี พ.ศ. ๒๕๖๙ เทียบกับปี พ.ศ. ๒๕๖๘\n- ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ เพิ่มขึ้นจาก ๙๘.๘๙ เป็น ๑๐๐.๐๐ คะแนน (+๑.๑๑)\n- ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน เพิ่มขึ้นจาก ๙๖.๕๖ เป็น ๙๗.๐๐ คะแนน (+๐.๔๔)"
    );
    // Issue 3 (indicators 7 and 9), as seed 003 reports it.
    let issue3 = plan.iter().find(|m| m.id == "issue-3-1").unwrap();
    assert!(issue3
        .outcome
        .contains("ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร เพิ่มขึ้นจาก ๙๔.๘๗ เป็น ๙๗.๓๓ คะแนน (+๒.๔๖)"));
    assert!(issue3.outcome.contains(
        "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล เพิ่มขึ้นจาก ๘๓.๗๕ เป็น ๙๕.๐๐ คะแนน (+๑๑.๒๕) และผ่านเกณฑ์ (๘๕ คะแนน)"
    ));
    // Issue 2 is measured by indicator 8, which has no 2569 score, and by 6.
    let issue2 = plan.iter().find(|m| m.id == "issue-2-1").unwrap();
    assert!(!issue2.outcome.contains("ตัวชี้วัดที่ ๘"));
    assert!(issue2.outcome.contains("ตัวชี้วัดที่ ๖"));
}

#[test]
fn progress_and_the_report_intro_follow_the_statuses() {
    let (mut plan, _) = seed_004_plan();
    let agency = "องค์การบริหารส่วนจังหวัดอุบลราชธานี";
    let opts = FollowUpOptions::default();
    let intro = report_intro(agency, 2565, &plan, &opts);
    // Nothing started: the text does not say the measures were carried out.
    assert_eq!(
        intro,
        "ตามที่องค์การบริหารส่วนจังหวัดอุบลราชธานีได้วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ และได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ จำนวน ๗ มาตรการ นั้น ปัจจุบันยังไม่ได้เริ่มดำเนินการ ๗ มาตรการ โดยมีรายละเอียดผลการดำเนินการ ดังนี้"
    );
    for m in plan.iter_mut().take(5) {
        m.status = Status::Done;
    }
    plan[5].status = Status::InProgress;
    plan[6].status = Status::Cancelled;
    plan[0].outcome = "x".into();
    let p = progress(&plan);
    assert_eq!(
        (
            p.total,
            p.done,
            p.in_progress,
            p.not_started,
            p.cancelled,
            p.with_outcome
        ),
        (7, 5, 1, 0, 1, 1)
    );
    let intro = report_intro(agency, 2565, &plan, &opts);
    assert!(intro.contains("นั้น องค์การบริหารส่วนจังหวัดอุบลราชธานีได้ขับเคลื่อนมาตรการดังกล่าวไปสู่การปฏิบัติ ปัจจุบันดำเนินการแล้ว ๕ มาตรการ อยู่ระหว่างดำเนินการ ๑ มาตรการ ยกเลิก ๑ มาตรการ"), "{intro}");
}
