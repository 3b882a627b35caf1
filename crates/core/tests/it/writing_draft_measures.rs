//! The draft measures plan: seed 004 (by indicator, for FY 2566) and a seed-000-like ITA 2568
//! (seven issues, for FY 2569).

use crate::seeds;

use ita_core::analysis::ranking::{analyze, Analysis, AnalysisSettings};
use ita_core::foundation::error::Lang;
use ita_core::foundation::number::Digits;
use ita_core::foundation::thai_date::Era;
use ita_core::framework::for_year;
use ita_core::workbook::measures::Measure;
use ita_core::workbook::AgencyKind;
use ita_core::writing::draft_measures::{
    draft_plan, plan_period, seven_issues_apply, DraftDetail, DraftOptions, DraftStyle,
    CONCISE_STEPS,
};
use ita_core::{assess, AssessOptions, Assessment, Framework, Scores};

fn scored(year: u16, s: &Scores) -> (&'static Framework, Assessment, Analysis) {
    let fw = for_year(year).unwrap();
    let a = assess(fw, year, s, &AssessOptions::default());
    let an = analyze(fw, &a, &AnalysisSettings::default());
    (fw, a, an)
}

/// The full draft (every guideline), which most tests here describe.
pub(crate) fn full() -> DraftOptions {
    DraftOptions {
        detail: DraftDetail::Full,
        ..DraftOptions::default()
    }
}

#[test]
fn concise_is_the_default_one_measure_per_weakness_with_its_key_steps() {
    assert_eq!(DraftOptions::default().detail, DraftDetail::Concise);
    let concise = seed_004_plan(&DraftOptions::default());
    let whole = seed_004_plan(&full());
    let ids: Vec<&str> = concise.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, vec!["weak-10", "weak-2", "weak-4", "weak-5"]);
    assert!(whole.len() > concise.len());
    for m in &concise {
        let full_m = whole.iter().find(|f| f.id == m.id).unwrap();
        // The weak codes' steps stay; at most CONCISE_STEPS standard steps follow them.
        let codes = m.steps.lines().filter(|l| l.contains("ข้อ ")).count();
        assert!(
            m.steps.lines().count() <= codes + CONCISE_STEPS,
            "{}",
            m.steps
        );
        assert!(m.steps.lines().count() <= full_m.steps.lines().count());
        assert_eq!(m.monitoring.lines().count(), 1);
        assert!(full_m.steps.starts_with(m.steps.lines().next().unwrap()));
    }
}

#[test]
fn concise_seven_issues_keep_the_issues_with_weak_items() {
    let (fw, a, an) = scored(2568, &seed_000_items());
    let style = DraftOptions {
        style: DraftStyle::SevenIssues,
        ..DraftOptions::default()
    };
    let concise = draft_plan(fw, &a, &an, &style);
    let whole = draft_plan(
        fw,
        &a,
        &an,
        &DraftOptions {
            detail: DraftDetail::Full,
            ..style.clone()
        },
    );
    assert!(!concise.is_empty() && concise.len() < whole.len());
    // One measure per issue kept, each with the weak items it answers.
    let mut issues: Vec<&str> = concise.iter().map(|m| m.issue.as_str()).collect();
    issues.dedup();
    assert_eq!(issues.len(), concise.len());
    // (Issue 7 may have none: it follows up the indicators below the pass mark.)
    assert!(
        concise
            .iter()
            .all(|m| !m.codes.is_empty() || m.id.starts_with("issue-7-")),
        "{concise:?}"
    );
}

fn seed_004_plan(opts: &DraftOptions) -> Vec<Measure> {
    let (fw, a, an) = scored(2565, &seeds::seed_004_scores());
    draft_plan(fw, &a, &an, opts)
}

/// Seed 000's ITA 2568 OIT items (as printed, one per code) and tools.
fn seed_000_items() -> Scores {
    crate::seeds::scores(&[
        ("IIT", 99.56),
        ("EIT1", 100.0),
        ("EIT2", 100.0),
        ("o1", 50.0),
        ("o2", 100.0),
        ("o3", 100.0),
        ("o4", 100.0),
        ("o5", 100.0),
        ("o6", 100.0),
        ("o7", 50.0),
        ("o8", 100.0),
        ("o9", 50.0),
        ("o10", 0.0),
        ("o11", 100.0),
        ("o12", 100.0),
        ("o13", 100.0),
        ("o14", 100.0),
        ("o15", 100.0),
        ("o16", 100.0),
        ("o17", 50.0),
        ("o18", 100.0),
        ("o19", 100.0),
        ("o20", 50.0),
        ("o21", 100.0),
        ("o22", 100.0),
        ("o23", 100.0),
        ("o24", 100.0),
        ("o25", 100.0),
        ("o26", 100.0),
        ("o27", 75.0),
        ("o28", 100.0),
    ])
}

fn no_ascii_digits(m: &Measure) {
    // The texts a draft writes (the id and the follow-up are not drafted).
    let drafted = m
        .texts()
        .into_iter()
        .filter(|(name, _)| !["id", "done", "outcome", "suggestions"].contains(name));
    for (name, text) in drafted {
        assert!(!text.trim().is_empty(), "{} {name} is empty", m.id);
        assert!(
            !text.chars().any(|c| c.is_ascii_digit()),
            "{} {name} has Arabic digits: {text}",
            m.id
        );
        assert!(
            !text.contains('{'),
            "{} {name}: placeholder left: {text}",
            m.id
        );
    }
}

#[test]
fn seed_004_one_measure_per_weakness_for_fy_2566() {
    let plan = seed_004_plan(&DraftOptions {
        agency_kind: AgencyKind::Pao,
        agency_name: "องค์การบริหารส่วนจังหวัดอุบลราชธานี".into(),
        ..full()
    });
    let ids: Vec<&str> = plan.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "weak-10",
            "weak-2",
            "weak-4",
            "weak-5",
            "develop-7",
            "develop-1",
            "develop-8"
        ]
    );
    let indicators: Vec<Option<u8>> = plan.iter().take(4).map(|m| m.indicator).collect();
    assert_eq!(indicators, vec![Some(10), Some(2), Some(4), Some(5)]);
    for m in &plan {
        assert_eq!(m.period, "ตุลาคม ๒๕๖๕ – กันยายน ๒๕๖๖", "{}", m.id);
        no_ascii_digits(m);
        assert!(m.done.is_empty() && m.outcome.is_empty() && m.suggestions.is_empty());
    }

    let budget = &plan[1];
    assert_eq!(budget.codes, vec!["i7", "i11", "i12"]);
    assert_eq!(
        budget.issue,
        "เครื่องมือการประเมิน IIT ตัวชี้วัดที่ ๒ การใช้งบประมาณ (๘๒.๙๖ คะแนน ไม่ผ่านเกณฑ์ ต้องแก้ไขโดยเร่งด่วน)"
    );
    assert_eq!(
        budget.measure,
        "มาตรการส่งเสริมความโปร่งใสในการใช้จ่ายงบประมาณและการจัดซื้อจัดจ้าง"
    );
    let steps: Vec<&str> = budget.steps.lines().collect();
    assert_eq!(
        steps[0],
        "๑. แจ้งเวียนและประชาสัมพันธ์แผนการใช้จ่ายงบประมาณประจำปีของหน่วยงานให้บุคลากรรับทราบข้อมูล และเผยแพร่บนเว็บไซต์หลักของหน่วยงาน (ข้อ i๗ ได้ ๗๓.๗๒ คะแนน)"
    );
    assert!(
        steps[1].ends_with("(ข้อ i๑๑ ได้ ๘๔.๖๘ คะแนน)"),
        "{}",
        steps[1]
    );
    assert!(
        steps[2].ends_with("(ข้อ i๑๒ ได้ ๗๓.๒๙ คะแนน)"),
        "{}",
        steps[2]
    );
    assert!(steps.len() > 3, "the indicator's standard steps follow");
    assert!(budget
        .steps
        .contains("แจ้งเวียนแผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. ๒๕๖๖"));
    assert!(budget
        .steps
        .contains("เว็บไซต์หลักขององค์การบริหารส่วนจังหวัดอุบลราชธานี"));
    assert_eq!(budget.owner, "- กองคลัง\n- กองพัสดุและทรัพย์สิน");
    assert!(budget
        .monitoring
        .starts_with("๑. เจ้าหน้าที่ผู้รับผิดชอบรายงานผลการดำเนินการให้ผู้บริหารทราบ\n๒. ผู้บริหารกำกับติดตาม"));

    let oit = &plan[0];
    assert_eq!(oit.codes, vec!["o38", "o42", "o43"]);
    assert!(oit
        .issue
        .contains("OIT ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (๔๓.๗๕ คะแนน"));
    assert!(oit.steps.contains("(ข้อ o๓๘ ได้ ๐.๐๐ คะแนน)"));
    assert!(oit
        .steps
        .contains("วิเคราะห์ผลการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๕"));

    // A point to develop says so, and carries its own questions below the mark, if any.
    assert_eq!(
        plan[4].issue,
        "เครื่องมือการประเมิน EIT ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร (๙๑.๗๙ คะแนน ผ่านเกณฑ์ ต้องพัฒนาให้ดีขึ้น)"
    );
    assert!(plan[4].codes.is_empty());
}

#[test]
fn drafting_is_stable_and_options_are_honoured() {
    let a = seed_004_plan(&full());
    let b = seed_004_plan(&full());
    assert_eq!(a, b, "the same data drafts the same plan");
    let mut ids: Vec<&str> = a.iter().map(|m| m.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), a.len(), "ids are unique");

    let only_weak = seed_004_plan(&DraftOptions {
        include_strengths: false,
        ..full()
    });
    assert_eq!(only_weak.len(), 4);

    let arabic = seed_004_plan(&DraftOptions {
        digits: Digits::Arabic,
        ..full()
    });
    assert_eq!(arabic[1].period, "ตุลาคม 2565 – กันยายน 2566");
    assert!(arabic[1].steps.starts_with("1. แจ้งเวียน"));
    assert!(arabic[1].steps.contains("(ข้อ i7 ได้ 73.72 คะแนน)"));

    // Owners by agency kind.
    let owner = |kind| {
        seed_004_plan(&DraftOptions {
            agency_kind: kind,
            ..full()
        })[0]
            .owner
            .clone()
    };
    assert_eq!(
        owner(AgencyKind::Sao),
        "- สำนักปลัด\n- สำนักปลัด (งานการเจ้าหน้าที่)"
    );
    assert_eq!(
        owner(AgencyKind::Municipality),
        "- สำนักปลัดเทศบาล\n- สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)"
    );
    assert_eq!(
        owner(AgencyKind::Pao),
        "- สำนักปลัดองค์การบริหารส่วนจังหวัด\n- กองการเจ้าหน้าที่"
    );
    // Without a name, the steps use the kind's name.
    let sao = seed_004_plan(&full());
    assert!(sao[1].steps.contains("เว็บไซต์หลักขององค์การบริหารส่วนตำบล"));

    // English, Common Era.
    let en = seed_004_plan(&DraftOptions {
        lang: Lang::En,
        digits: Digits::Arabic,
        era: Era::Ce,
        ..full()
    });
    assert_eq!(en[1].period, "October 2022 – September 2023");
    assert_eq!(en[1].measure, "Transparent spending and procurement");
    assert!(
        en[1]
            .issue
            .starts_with("IIT: Indicator 2 Use of budget (82.96"),
        "{}",
        en[1].issue
    );
    for m in &en {
        for text in [
            &m.issue,
            &m.measure,
            &m.steps,
            &m.owner,
            &m.period,
            &m.monitoring,
        ] {
            assert!(
                text.chars().all(|c| c.is_ascii() || c == '–'),
                "{}: {text}",
                m.id
            );
        }
    }
    // The plan year can be set.
    let later = seed_004_plan(&DraftOptions {
        plan_year: Some(2567),
        ..full()
    });
    assert_eq!(
        later[0].period,
        plan_period(2567, Lang::Th, Era::Be, Digits::Thai)
    );
    assert_eq!(later[0].period, "ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗");
}

#[test]
fn seven_issue_style_for_ita_2568() {
    let (fw, a, an) = scored(2568, &seed_000_items());
    assert!(seven_issues_apply(fw));
    assert_eq!(DraftStyle::recommended(fw), DraftStyle::SevenIssues);
    assert_eq!(
        DraftStyle::recommended(for_year(2565).unwrap()),
        DraftStyle::ByIndicator
    );
    let plan = draft_plan(
        fw,
        &a,
        &an,
        &DraftOptions {
            style: DraftStyle::SevenIssues,
            agency_kind: AgencyKind::Municipality,
            agency_name: "เทศบาลตำบลหนองปล่อง".into(),
            ..full()
        },
    );
    let ids: Vec<&str> = plan.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "issue-1-1",
            "issue-1-2",
            "issue-2-1",
            "issue-2-2",
            "issue-3-1",
            "issue-3-2",
            "issue-4-1",
            "issue-5-1",
            "issue-6-1",
            "issue-7-1"
        ]
    );
    for m in &plan {
        assert_eq!(m.period, "ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙");
        no_ascii_digits(m);
    }
    assert_eq!(plan[0].issue, "๑. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ");
    assert_eq!(plan[0].indicator, Some(1));
    assert_eq!(plan[0].related_indicators, vec![6]);
    // The items short of full marks go to their issue: E-Service (o10) and the service guide
    // (o9) and participation (o20) to issue 2, o1 to issue 3, o7 to issue 5, o17 and o27 to 7.
    let e_service = &plan[2];
    assert_eq!(e_service.codes, vec!["o9", "o10", "o20"]);
    assert!(e_service.steps.contains("(ข้อ o๑๐ ได้ ๐.๐๐ คะแนน)"));
    assert_eq!(e_service.indicator, Some(8));
    assert_eq!(e_service.related_indicators, vec![6, 9]);
    assert!(
        plan[3].codes.is_empty(),
        "only an issue's first measure carries the items"
    );
    assert_eq!(plan[4].codes, vec!["o1"]);
    assert_eq!(plan[7].codes, vec!["o7"]);
    assert_eq!(plan[9].codes, vec!["o17", "o27"]);
    assert_eq!(plan[9].related_indicators, vec![10, 9]);
    // Issue 7 names the indicator below the pass mark (9, 82.50).
    assert!(plan[9].steps.contains(
        "กำกับติดตามการยกระดับคะแนนของตัวชี้วัดที่ต่ำกว่าเกณฑ์ ได้แก่ ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล (๘๒.๕๐ คะแนน)"
    ));
    assert!(plan[2].steps.contains("เว็บไซต์หลักของเทศบาลตำบลหนองปล่อง"));
    assert_eq!(plan[6].owner, "กองคลัง");
}

#[test]
fn measures_with_links_round_trip_and_old_files_still_load() {
    let plan = seed_004_plan(&full());
    let json = serde_json::to_string(&plan).unwrap();
    let back: Vec<Measure> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, plan);
    // The by-indicator plan has no related indicators, so nothing new is written.
    assert!(!json.contains("related_indicators"));
    let old = r#"{"id":"m1","issue":"x","indicator":2,"codes":["i7"]}"#;
    let m: Measure = serde_json::from_str(old).unwrap();
    assert!(m.related_indicators.is_empty());
    let m = Measure {
        related_indicators: vec![9],
        ..Measure::default()
    };
    let json = serde_json::to_string(&m).unwrap();
    assert!(json.contains("\"related_indicators\":[9]"));
}
