//! The worked examples of `shared/ita-framework.md`, taken from the seed reports.

use crate::seeds;

use crate::seeds::assess_default;
use ita_core::foundation::number::{format_score, Digits};
use ita_core::framework::for_year;
use ita_core::{assess, AssessOptions, Assessment, Scores, Warning};
use seeds::{scores, seed_000_scores, seed_004_indicators};

/// The assessment of `s` for `year` with the default options.
fn assessed(year: u16, s: &Scores) -> Assessment {
    assess(for_year(year).unwrap(), year, s, &AssessOptions::default())
}

/// Whether an assessment carries a warning of the given kind.
macro_rules! warns {
    ($a:expr, $kind:pat) => {
        $a.warnings.iter().any(|w| matches!(w, $kind))
    };
}

fn shown(v: Option<f64>) -> String {
    format_score(v.expect("value"), Digits::Arabic)
}

#[test]
fn seed_004_ten_indicators_give_79_43_level_b() {
    let fw = for_year(2565).unwrap();
    let a = assess_default(fw, 2565, &seed_004_indicators());
    assert_eq!(shown(a.overall), "79.43");
    assert_eq!(shown(a.value("IIT")), "85.99");
    assert_eq!(shown(a.value("EIT")), "90.60");
    assert_eq!(shown(a.value("OIT")), "66.13");
    let level = a.level.unwrap();
    assert_eq!(level.name, "B");
    assert!(!level.passed);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    // Full precision is kept: 0.3·85.986 + 0.3·90.60333… + 0.4·66.125 = 79.4268
    assert!((a.overall.unwrap() - 79.426_8).abs() < 1e-9);
}

#[test]
fn seed_004_indicator_1_from_its_six_questions() {
    let a = assessed(2565, &scores(&seeds::SEED_004_INDICATOR_1_QUESTIONS));
    assert_eq!(shown(a.value("1")), "91.71");
}

#[test]
fn seed_004_indicators_7_and_8_from_their_questions() {
    let a = assessed(2565, &scores(&seeds::SEED_004_EIT_QUESTIONS));
    assert_eq!(shown(a.value("7")), "91.79");
    assert_eq!(shown(a.value("8")), "90.50");
}

#[test]
fn seed_004_multi_part_questions_are_the_mean_of_their_sub_items() {
    let a = assessed(
        2565,
        &scores(&[
            ("i12.1", 75.91),
            ("i12.2", 73.65),
            ("i12.3", 70.31),
            ("i28.1", 81.84),
            ("i28.2", 80.68),
            ("i28.3", 79.14),
        ]),
    );
    assert_eq!(shown(a.value("i12")), "73.29");
    assert_eq!(shown(a.value("i28")), "80.55");
}

#[test]
fn seed_004_oit_indicator_10_is_the_mean_of_its_sub_indicators() {
    let fw = for_year(2565).unwrap();
    let mut s = Scores::default();
    for q in fw.questions_of_indicator(10) {
        let v = if ["o38", "o42", "o43"].contains(&q.code.as_str()) {
            0.0
        } else {
            100.0
        };
        s.insert(&q.code, v);
    }
    let a = assess_default(fw, 2565, &s);
    assert_eq!(shown(a.value("10.1")), "87.50");
    assert_eq!(shown(a.value("10.2")), "0.00");
    assert_eq!(shown(a.value("10")), "43.75");
}

#[test]
fn seed_000_oit_sub_indicators_weighted_by_item_count() {
    let fw = for_year(2568).unwrap();
    let a = assess_default(fw, 2568, &seed_000_scores());
    assert_eq!(shown(a.value("9")), "83.75");
    assert_eq!(shown(a.value("10")), "90.00");
    assert_eq!(shown(a.value("OIT")), "86.88");
    assert_eq!(shown(a.value("EIT")), "100.00");
    assert_eq!(shown(a.overall), "94.62");
    let level = a.level.unwrap();
    assert_eq!(level.name, "ผ่านดี");
    assert!(level.passed);
}

#[test]
fn seed_000_iit_from_its_fifteen_questions() {
    let fw = for_year(2568).unwrap();
    let mut s = Scores::default();
    for k in 1..=15 {
        let v = if k == 2 || k == 12 { 96.67 } else { 100.0 };
        s.insert(&format!("i{k}"), v);
    }
    let a = assess_default(fw, 2568, &s);
    assert_eq!(shown(a.value("1")), "98.89");
    assert_eq!(shown(a.value("IIT")), "99.56");
}

#[test]
fn seed_000_printed_indicators_2_to_8_are_reported_inconsistent() {
    // The seed prints national-average indicator scores beside its own tool and item scores.
    let fw = for_year(2568).unwrap();
    let mut s = seed_000_scores();
    for k in 1..=15 {
        s.insert(
            &format!("i{k}"),
            if k == 2 || k == 12 { 96.67 } else { 100.0 },
        );
    }
    s.insert("2", 98.02);
    s.insert("3", 99.45);
    let a = assess_default(fw, 2568, &s);
    let inconsistent: Vec<&str> = a
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::Inconsistent { code, .. } => Some(code.as_str()),
            _ => None,
        })
        .collect();
    assert!(inconsistent.contains(&"2"), "{inconsistent:?}");
    assert!(inconsistent.contains(&"3"), "{inconsistent:?}");
    assert!(inconsistent.contains(&"IIT"), "{inconsistent:?}");
    // The published figures win.
    assert_eq!(shown(a.value("2")), "98.02");
    assert_eq!(shown(a.value("IIT")), "99.56");
    assert_eq!(shown(a.overall), "94.62");
}

#[test]
fn rating_gate_every_tool_must_reach_85_for_phan_di() {
    let fw = for_year(2568).unwrap();
    let s = scores(&[("IIT", 99.0), ("EIT", 99.0), ("OIT", 84.99)]);
    let a = assess_default(fw, 2568, &s);
    assert_eq!(shown(a.overall), "93.40");
    assert_eq!(a.level.unwrap().name, "ผ่าน");
    let s = scores(&[("IIT", 99.0), ("EIT", 96.0), ("OIT", 95.0)]);
    let a = assess_default(fw, 2568, &s);
    assert_eq!(a.level.unwrap().name, "ผ่านดีเยี่ยม");
    let s = scores(&[("IIT", 99.0), ("EIT", 94.99), ("OIT", 99.0)]);
    assert_eq!(assess_default(fw, 2568, &s).level.unwrap().name, "ผ่านดี");
    let s = scores(&[("ITA", 69.99)]);
    assert_eq!(
        assess_default(fw, 2568, &s).level.unwrap().name,
        "ต้องปรับปรุงโดยด่วน"
    );
}

#[test]
fn overall_without_tools_cannot_confirm_a_gated_level() {
    let a = assessed(2568, &scores(&[("ITA", 94.62)]));
    assert_eq!(a.level.unwrap().name, "ผ่าน");
    assert!(warns!(a, Warning::GateUnchecked { .. }));
}

#[test]
fn eit_parts_that_differ_need_the_published_eit_or_a_rule() {
    let fw = for_year(2568).unwrap();
    let s = scores(&[("IIT", 90.0), ("EIT1", 90.0), ("EIT2", 80.0), ("OIT", 90.0)]);
    let a = assess_default(fw, 2568, &s);
    assert_eq!(a.value("EIT"), None);
    assert_eq!(a.overall, None);
    assert!(warns!(a, Warning::PartsDiffer { .. }));
    let mean = AssessOptions {
        parts_rule: ita_core::PartsRule::MeanOfParts,
    };
    assert_eq!(shown(assess(fw, 2568, &s, &mean).value("EIT")), "85.00");
    let mut given = s.clone();
    given.insert("EIT", 88.0);
    let a = assessed(2568, &given);
    assert_eq!(shown(a.value("EIT")), "88.00");
    assert!(!warns!(a, Warning::PartsDiffer { .. }));
}

#[test]
fn raw_answer_counts_give_the_question_score() {
    let fw = for_year(2565).unwrap();
    let mut s = Scores::default();
    // i7, four-level: 1 × น้อยที่สุด, 1 × น้อย, 4 × มาก, 4 × มากที่สุด → (0 + 33.33 + 4·66.67 + 400)/10
    s.set_answers(fw, 2565, "i7", vec![1, 1, 4, 4]).unwrap();
    // i9 is reverse-scored: all answering น้อยที่สุดหรือไม่มีเลย gives 100.
    s.set_answers(fw, 2565, "i9", vec![5, 0, 0, 0]).unwrap();
    let a = assess_default(fw, 2565, &s);
    assert_eq!(shown(a.value("i7")), "70.00");
    assert_eq!(shown(a.value("i9")), "100.00");
    assert!(s.set_answers(fw, 2565, "i7", vec![1, 2]).is_err());
    assert!(s.set_answers(fw, 2565, "i7", vec![0, 0, 0, 0]).is_err());
    assert!(s.set_answers(fw, 2565, "o38", vec![1, 0]).is_err());
}

#[test]
fn every_year_2562_to_2569_has_a_framework() {
    for y in 2562..=2569 {
        let fw = for_year(y).unwrap_or_else(|e| panic!("{y}: {e}"));
        assert_eq!(fw.indicators().len(), 10, "{y}");
        assert_eq!(fw.pass_mark(), 85.0);
    }
    assert!(for_year(2561).is_err());
    assert!(for_year(2570).is_err());
}

#[test]
fn unverified_rules_are_flagged_for_the_user() {
    for y in [2566, 2567, 2568, 2569] {
        assert!(
            !for_year(y).unwrap().provisional_for(y).is_empty(),
            "{y} has no provisional note"
        );
    }
}
