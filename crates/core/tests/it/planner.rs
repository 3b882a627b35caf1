//! The planner against exhaustive search: on small random frameworks and on real frameworks
//! with at most a dozen codes below 100, the plan's cost equals the best over every subset of
//! changes, judged by `whatif::apply_changes` and the framework's own rating. Plus the
//! planner's behaviour on seed 004 and on full-size inputs.

use crate::seeds;

use std::collections::BTreeMap;
use std::time::Instant;

use crate::seeds::assess_default;
use ita_core::foundation::number::round2;
use ita_core::framework::{
    for_year, FrameworkFile, Indicator, NodeKind, OitIndicatorRule, Question, Rating, RatingLevel,
    Scale, SubIndicator, Tool,
};
use ita_core::planner::{plan, Plan, PlanError, PlanOptions, PlanStatus, Target};
use ita_core::scoring::whatif::{apply_changes, leaves};
use ita_core::{assess, AssessOptions, Assessment, Framework, Scores};
use proptest::prelude::*;

/// Plan `a` to the level named `level` with the default options.
fn plan_to_level(fw: &Framework, a: &Assessment, level: &str) -> Result<Plan, PlanError> {
    plan(fw, a, &Target::Level(level.into()), &PlanOptions::default())
}

/// Cases per property: `default`, or `PROPTEST_CASES` for a longer run.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

// ---------------------------------------------------------------------------------------------
// Exhaustive search, the reference.

/// Whether `a` meets `target`, exactly as a user would judge it: the published overall against
/// a score, the rating's own level otherwise.
fn meets(fw: &Framework, before: &Assessment, a: &Assessment, target: &Target) -> bool {
    let overall = round2(a.overall.unwrap());
    let rank = a.level.as_ref().unwrap().rank;
    let levels = &fw.file.rating.levels;
    match target {
        Target::Score(v) => overall >= *v,
        Target::PassMark => overall >= fw.pass_mark(),
        Target::NextLevel => rank <= before.level.as_ref().unwrap().rank.saturating_sub(1),
        Target::Level(name) => rank <= levels.iter().position(|l| &l.name == name).unwrap(),
    }
}

/// The best (IIT/EIT effort, total effort) over every subset of the codes below 100, or `None`
/// if no subset reaches the target; and whether some OIT-only subset reaches it.
fn brute_force(
    fw: &Framework,
    a: &Assessment,
    target: &Target,
    efforts: &BTreeMap<String, f64>,
    oit_first: bool,
) -> (Option<(f64, f64)>, bool) {
    let movable: Vec<(String, bool, f64)> = leaves(fw, a)
        .into_iter()
        .map(|i| fw.nodes[i].code.clone())
        .filter(|c| a.value(c).unwrap() < 100.0)
        .map(|c| {
            let oit = fw
                .node(&c)
                .and_then(|n| n.tool)
                .is_some_and(|t| fw.nodes[t].code == "OIT");
            let e = efforts.get(&c).copied().unwrap_or(1.0);
            (c, oit, e)
        })
        .collect();
    assert!(movable.len() <= 12, "too many for brute force");
    let mut best: Option<(f64, f64)> = None;
    let mut oit_alone = false;
    for mask in 0u32..(1 << movable.len()) {
        let chosen: Vec<&(String, bool, f64)> = movable
            .iter()
            .enumerate()
            .filter(|(k, _)| mask & (1 << k) != 0)
            .map(|(_, m)| m)
            .collect();
        let changes: BTreeMap<String, f64> =
            chosen.iter().map(|(c, _, _)| (c.clone(), 100.0)).collect();
        let after = apply_changes(fw, a, &changes).unwrap();
        if !meets(fw, a, &after, target) {
            continue;
        }
        let survey: f64 = chosen.iter().filter(|m| !m.1).map(|m| m.2).sum();
        let total: f64 = chosen.iter().map(|m| m.2).sum();
        if survey == 0.0 {
            oit_alone = true;
        }
        let key = if oit_first {
            (survey, total)
        } else {
            (0.0, total)
        };
        let better = match best {
            None => true,
            Some(b) => key.0 < b.0 - 1e-9 || (key.0 - b.0).abs() <= 1e-9 && key.1 < b.1 - 1e-9,
        };
        if better {
            best = Some(key);
        }
    }
    (best, oit_alone)
}

/// Plan, then check the plan against the exhaustive optimum and against the rating.
fn check_against_brute_force(
    fw: &Framework,
    a: &Assessment,
    target: &Target,
    efforts: &BTreeMap<String, f64>,
    oit_first: bool,
) -> Result<(), TestCaseError> {
    let options = PlanOptions {
        efforts: efforts.clone(),
        oit_first,
        ..PlanOptions::default()
    };
    let p = match plan(fw, a, target, &options) {
        Ok(p) => p,
        Err(PlanError::UnknownLevel { .. }) => return Ok(()),
        Err(e) => return Err(TestCaseError::fail(format!("plan failed: {e}"))),
    };
    let (best, oit_alone) = brute_force(fw, a, target, efforts, oit_first);
    prop_assert!(p.proven_optimal, "small case not proven");
    prop_assert_eq!(p.oit_alone_enough, oit_alone, "OIT-alone flag");
    match best {
        None => {
            prop_assert_eq!(p.status, PlanStatus::Unreachable);
            prop_assert!(p.steps.is_empty());
        }
        Some((_, 0.0)) => prop_assert_eq!(p.status, PlanStatus::AlreadyReached),
        Some((survey, total)) => {
            prop_assert_eq!(p.status, PlanStatus::Reachable);
            let plan_survey: f64 = p
                .steps
                .iter()
                .filter(|s| !s.is_oit())
                .map(|s| s.effort)
                .sum();
            let plan_total: f64 = p.steps.iter().map(|s| s.effort).sum();
            if oit_first {
                prop_assert!(
                    (plan_survey - survey).abs() < 1e-9,
                    "IIT/EIT effort {} vs optimum {}",
                    plan_survey,
                    survey
                );
            }
            prop_assert!(
                (plan_total - total).abs() < 1e-9,
                "total effort {} vs optimum {}",
                plan_total,
                total
            );
            // The plan really reaches the target, as the rating judges it.
            let changes: BTreeMap<String, f64> =
                p.steps.iter().map(|s| (s.code.clone(), 100.0)).collect();
            let after = apply_changes(fw, a, &changes).unwrap();
            prop_assert!(
                meets(fw, a, &after, target),
                "the plan does not reach the target"
            );
            prop_assert_eq!(p.after.overall, after.overall);
            prop_assert_eq!(&p.after.level, &after.level);
        }
    }
    if !oit_alone {
        prop_assert!(p.after_all_oit.is_some());
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Small random frameworks.

#[derive(Clone, Debug)]
struct Shape {
    weights: [u8; 3],
    /// Questions per indicator, for 1–2 IIT and 1–2 EIT indicators.
    iit: Vec<u8>,
    eit: Vec<u8>,
    /// Items per sub-indicator, per OIT indicator.
    oit: Vec<Vec<u8>>,
    oit_rule_items: bool,
    /// (min, tool_min) of the levels above the last.
    levels: Vec<(f64, f64)>,
    pass_mark: f64,
}

fn shape() -> impl Strategy<Value = Shape> {
    (
        [1u8..=5, 1u8..=5, 1u8..=5],
        prop::collection::vec(1u8..=2, 1..=2),
        prop::collection::vec(1u8..=2, 1..=2),
        prop::collection::vec(prop::collection::vec(1u8..=2, 1..=2), 1..=2),
        any::<bool>(),
        prop::collection::vec(
            (
                60u32..=99,
                prop::sample::select(vec![0.0, 60.0, 75.0, 85.0, 90.0]),
            ),
            1..=3,
        ),
        prop::sample::select(vec![70.0, 80.0, 85.0]),
    )
        .prop_filter("at most 12 codes", |(_, iit, eit, oit, ..)| {
            let n = |v: &Vec<u8>| v.iter().map(|&k| k as usize).sum::<usize>();
            n(iit) + n(eit) + oit.iter().map(n).sum::<usize>() <= 12
        })
        .prop_map(
            |(weights, iit, eit, oit, oit_rule_items, mut levels, pass_mark)| {
                levels.sort_by_key(|l| std::cmp::Reverse(l.0));
                Shape {
                    weights,
                    iit,
                    eit,
                    oit,
                    oit_rule_items,
                    levels: levels.into_iter().map(|(m, t)| (m as f64, t)).collect(),
                    pass_mark,
                }
            },
        )
}

fn build(shape: &Shape) -> Framework {
    let sum: f64 = shape.weights.iter().map(|&w| w as f64).sum();
    let tool = |code: &str, w: u8| Tool {
        code: code.into(),
        name_th: code.into(),
        name_en: code.into(),
        weight: w as f64 / sum,
        parts: vec![],
    };
    let mut indicators = Vec::new();
    let mut sub_indicators = Vec::new();
    let mut questions = Vec::new();
    let mut number = 0u8;
    let question = |code: String, parent: String, scale: Scale| Question {
        code,
        parent,
        title_th: "ข้อ".into(),
        title_en: None,
        scale,
        reverse: false,
        sub_items: vec![],
        reverse_sub_items: vec![],
        group_th: None,
        provisional: false,
    };
    for (tool_code, prefix, counts) in [("IIT", 'i', &shape.iit), ("EIT", 'e', &shape.eit)] {
        for &n in counts {
            number += 1;
            indicators.push(Indicator {
                number,
                name_th: format!("ตัวชี้วัด {number}"),
                name_en: format!("Indicator {number}"),
                tool: tool_code.into(),
                part: None,
            });
            for _ in 0..n {
                let code = format!("{prefix}{}", questions.len() + 1);
                questions.push(question(code, number.to_string(), Scale::FourLevel));
            }
        }
    }
    for subs in &shape.oit {
        number += 1;
        indicators.push(Indicator {
            number,
            name_th: format!("ตัวชี้วัด {number}"),
            name_en: format!("Indicator {number}"),
            tool: "OIT".into(),
            part: None,
        });
        for (k, &n) in subs.iter().enumerate() {
            let code = format!("{number}.{}", k + 1);
            sub_indicators.push(SubIndicator {
                code: code.clone(),
                indicator: number,
                name_th: code.clone(),
                name_en: code.clone(),
            });
            for _ in 0..n {
                let q = format!("o{}", questions.len() + 1);
                questions.push(question(q, code.clone(), Scale::Oit));
            }
        }
    }
    let mut levels: Vec<RatingLevel> = shape
        .levels
        .iter()
        .enumerate()
        .map(|(k, &(min, tool_min))| RatingLevel {
            name: format!("L{k}"),
            min,
            tool_min,
            passed: min >= shape.pass_mark,
        })
        .collect();
    levels.push(RatingLevel {
        name: "bottom".into(),
        min: 0.0,
        tool_min: 0.0,
        passed: false,
    });
    Framework::from_file(FrameworkFile {
        id: "test".into(),
        title_th: "ทดสอบ".into(),
        title_en: "test".into(),
        years: vec![2600],
        pass_mark: shape.pass_mark,
        oit_indicator_rule: if shape.oit_rule_items {
            OitIndicatorRule::MeanOfItems
        } else {
            OitIndicatorRule::MeanOfSubIndicators
        },
        provisional: vec![],
        tools: vec![
            tool("IIT", shape.weights[0]),
            tool("EIT", shape.weights[1]),
            tool("OIT", shape.weights[2]),
        ],
        indicators,
        sub_indicators,
        questions,
        rating: Rating { levels },
        documents: Default::default(),
    })
    .expect("generated framework is valid")
}

/// A score: often a round value (so that identical items and exact ties occur), else any.
fn score() -> impl Strategy<Value = f64> {
    prop_oneof![
        prop::sample::select(vec![0.0, 25.0, 50.0, 75.0, 100.0]),
        (0u32..=10_000).prop_map(|v| v as f64 / 100.0),
    ]
}

fn target(level_names: Vec<String>) -> impl Strategy<Value = Target> {
    prop_oneof![
        (6000u32..=10_000).prop_map(|v| Target::Score(v as f64 / 100.0)),
        Just(Target::PassMark),
        Just(Target::NextLevel),
        prop::sample::select(level_names).prop_map(Target::Level),
    ]
}

/// Efforts for `codes`: none, whole numbers, or fractions (which the search bounds differently).
fn efforts_for(codes: &[String], weights: &[u8], kind: u8) -> BTreeMap<String, f64> {
    let scale = match kind {
        0 => return BTreeMap::new(),
        1 => 1.0,
        _ => 0.35,
    };
    codes
        .iter()
        .zip(weights.iter().cycle())
        .map(|(c, &w)| (c.clone(), w as f64 * scale))
        .collect()
}

fn small_case() -> impl Strategy<Value = (Framework, Scores, Target, BTreeMap<String, f64>, bool)> {
    shape().prop_flat_map(|s| {
        let fw = build(&s);
        let codes: Vec<String> = fw.questions().iter().map(|q| q.code.clone()).collect();
        let names = fw.level_names();
        (
            Just(fw),
            prop::collection::vec(score(), codes.len()),
            target(names),
            prop::collection::vec(1u8..=4, 1..=6),
            0u8..=2,
            any::<bool>(),
        )
            .prop_map(move |(fw, values, t, w, use_efforts, oit_first)| {
                let mut scores = Scores::default();
                for (c, v) in codes.iter().zip(values) {
                    scores.insert(c, v);
                }
                let efforts = efforts_for(&codes, &w, use_efforts);
                (fw, scores, t, efforts, oit_first)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(300)))]

    #[test]
    fn the_plan_is_optimal_on_small_random_frameworks((fw, scores, target, efforts, oit_first) in small_case()) {
        let a = assess_default(&fw, 2600, &scores);
        check_against_brute_force(&fw, &a, &target, &efforts, oit_first)?;
    }
}

// ---------------------------------------------------------------------------------------------
// Real frameworks, every leaf known, at most a dozen below 100.

fn real_case() -> impl Strategy<Value = (u16, Scores, Target, BTreeMap<String, f64>, bool)> {
    prop::sample::select(vec![2565u16, 2566, 2568, 2569]).prop_flat_map(|year| {
        let fw = for_year(year).unwrap();
        let leaves: Vec<String> = fw
            .nodes
            .iter()
            .filter(|n| {
                n.children.is_empty() && matches!(n.kind, NodeKind::Question | NodeKind::SubItem)
            })
            .map(|n| n.code.clone())
            .collect();
        let names = fw.level_names();
        (
            Just(year),
            prop::sample::subsequence(leaves.clone(), 0..=10),
            prop::collection::vec(score(), 10),
            target(names),
            prop::collection::vec(1u8..=3, 1..=4),
            0u8..=2,
        )
            .prop_map(move |(year, low, values, t, w, use_efforts)| {
                let mut scores = Scores::default();
                for c in &leaves {
                    scores.insert(c, 100.0);
                }
                for (c, v) in low.iter().zip(values) {
                    scores.insert(c, v);
                }
                (year, scores, t, efforts_for(&low, &w, use_efforts), true)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(120)))]

    #[test]
    fn the_plan_is_optimal_on_real_frameworks((year, scores, target, efforts, oit_first) in real_case()) {
        let fw = for_year(year).unwrap();
        let a = assess_default(fw, year, &scores);
        check_against_brute_force(fw, &a, &target, &efforts, oit_first)?;
    }
}

// ---------------------------------------------------------------------------------------------
// Behaviour on known inputs.

fn seed_004() -> Assessment {
    let s = seeds::seed_004_indicators();
    assess(for_year(2565).unwrap(), 2565, &s, &AssessOptions::default())
}

#[test]
fn seed_004_reaches_a_with_indicator_10_alone() {
    let fw = for_year(2565).unwrap();
    let a = seed_004();
    let p = plan_to_level(fw, &a, "A").unwrap();
    assert_eq!(p.status, PlanStatus::Reachable);
    let codes: Vec<&str> = p.steps.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(codes, ["10"]);
    assert!((p.steps[0].gain - 11.25).abs() < 1e-9);
    assert!(p.oit_alone_enough);
    assert_eq!(round2(p.after.overall.unwrap()), 90.68);
    assert_eq!(p.after.level.as_ref().unwrap().name, "A");
    // 95 (AA) is out of OIT's reach: 100 on both OIT indicators gives 92.98.
    let p = plan(fw, &a, &Target::Score(95.0), &PlanOptions::default()).unwrap();
    assert_eq!(p.status, PlanStatus::Reachable);
    assert!(!p.oit_alone_enough);
    let sf = p.after_all_oit.as_ref().unwrap();
    assert_eq!(sf.overall, 2.02);
    assert!(sf.tools.is_empty());
    assert!(p.steps.iter().any(|s| s.code == "9") && p.steps.iter().any(|s| s.code == "10"));
    // 2.02 more points: the two best IIT/EIT indicators (6: +1.05, 2: +1.02) do it.
    assert_eq!(p.survey_changes, 2);
    assert_eq!(p.steps.len(), 4);
    assert!(round2(p.after.overall.unwrap()) >= 95.0);
}

#[test]
fn already_reached_and_unreachable_are_reported_cleanly() {
    let fw = for_year(2565).unwrap();
    let a = seed_004();
    let p = plan(fw, &a, &Target::Score(70.0), &PlanOptions::default()).unwrap();
    assert_eq!(p.status, PlanStatus::AlreadyReached);
    assert!(p.steps.is_empty());
    // Only the overall is known: the overall itself is the one code that can move.
    let mut s = Scores::default();
    s.insert("ITA", 80.0);
    let a = assess_default(fw, 2565, &s);
    let p = plan(fw, &a, &Target::Score(100.0), &PlanOptions::default()).unwrap();
    assert_eq!(p.steps.len(), 1);
    // With a code stuck below 100 that is not known individually, 100 is out of reach.
    let fw = for_year(2568).unwrap();
    let mut s = Scores::default();
    for (c, v) in [("IIT", 90.0), ("EIT", 95.0), ("9", 100.0), ("10", 100.0)] {
        s.insert(c, v);
    }
    s.insert("i1", 50.0);
    let a = assess_default(fw, 2568, &s);
    let p = plan(fw, &a, &Target::Score(100.0), &PlanOptions::default()).unwrap();
    assert_eq!(p.status, PlanStatus::Unreachable);
    assert!(p.steps.is_empty());
    assert!(p.after.overall.unwrap() < 100.0);
}

#[test]
fn gated_levels_report_the_iit_eit_points_still_needed() {
    // Seed 000-like: EIT at 80 keeps ผ่านดี out of reach of OIT alone.
    let fw = for_year(2568).unwrap();
    let mut s = Scores::default();
    for k in 1..=15 {
        s.insert(&format!("i{k}"), 96.0);
    }
    for k in 1..=9 {
        s.insert(&format!("e{k}"), 80.0);
    }
    for q in fw.questions().iter().filter(|q| q.code.starts_with('o')) {
        s.insert(
            &q.code,
            if q.code == "o27" || q.code == "o28" {
                0.0
            } else {
                100.0
            },
        );
    }
    let a = assess_default(fw, 2568, &s);
    let p = plan_to_level(fw, &a, "ผ่านดี").unwrap();
    assert_eq!(p.status, PlanStatus::Reachable);
    assert!(!p.oit_alone_enough);
    let sf = p.after_all_oit.as_ref().unwrap();
    assert_eq!(sf.tools.get("EIT"), Some(&5.0));
    assert_eq!(sf.overall, 0.0, "the overall itself is already above 85");
    // EIT from 80 to 85 takes three of the nine EIT questions (each +2.22 EIT points at 100).
    assert_eq!(p.survey_changes, 3);
    assert!(p
        .steps
        .iter()
        .filter(|s| !s.is_oit())
        .all(|s| s.code.starts_with('e')));
    assert_eq!(p.after.level.as_ref().unwrap().name, "ผ่านดี");
    assert!(p.proven_optimal);
    // Without OIT first the plan is simply the fewest changes: no OIT item is needed.
    let free = PlanOptions {
        oit_first: false,
        ..PlanOptions::default()
    };
    let p2 = plan(fw, &a, &Target::Level("ผ่านดี".into()), &free).unwrap();
    assert!(p2.steps.len() <= p.steps.len());
}

#[test]
fn efforts_apply_to_everything_below_the_code_they_name() {
    let fw = for_year(2565).unwrap();
    let a = seed_004();
    // Making indicator 10 very costly sends the plan elsewhere.
    let mut efforts = BTreeMap::new();
    efforts.insert("OIT".to_string(), 50.0);
    let p = plan(
        fw,
        &a,
        &Target::Level("A".into()),
        &PlanOptions {
            efforts,
            oit_first: false,
            ..PlanOptions::default()
        },
    )
    .unwrap();
    assert!(p.steps.iter().all(|s| !s.is_oit()), "{:?}", p.steps);
    let bad = |code: &str, v: f64| {
        let mut e = BTreeMap::new();
        e.insert(code.to_string(), v);
        plan(
            fw,
            &a,
            &Target::PassMark,
            &PlanOptions {
                efforts: e,
                ..PlanOptions::default()
            },
        )
        .unwrap_err()
    };
    assert!(matches!(
        bad("x99", 1.0),
        PlanError::UnknownEffortCode { .. }
    ));
    assert!(matches!(bad("i7", 0.0), PlanError::BadEffort { .. }));
    assert!(matches!(bad("i7", f64::NAN), PlanError::BadEffort { .. }));
    assert!(matches!(bad("i7", 1e300), PlanError::BadEffort { .. }));
}

#[test]
fn targets_that_cannot_be_planned_are_errors_not_panics() {
    let fw = for_year(2568).unwrap();
    let mut s = Scores::default();
    s.insert("ITA", 90.0);
    let a = assess_default(fw, 2568, &s);
    let e = plan_to_level(fw, &a, "ผ่านดี").unwrap_err();
    assert!(matches!(e, PlanError::ToolsUnknown { .. }), "{e:?}");
    let e = plan_to_level(fw, &a, "AA").unwrap_err();
    assert!(e.message(ita_core::Lang::En).contains("ผ่านดีเยี่ยม"));
    let e = plan(fw, &a, &Target::Score(101.0), &PlanOptions::default()).unwrap_err();
    assert!(matches!(e, PlanError::BadTarget { .. }));
    let empty = assess_default(fw, 2568, &Scores::default());
    let e = plan(fw, &empty, &Target::PassMark, &PlanOptions::default()).unwrap_err();
    assert!(matches!(e, PlanError::OverallUnknown { .. }));
    // The lowest level is always reached.
    let p = plan_to_level(fw, &a, "ต้องปรับปรุงโดยด่วน").unwrap();
    assert_eq!(p.status, PlanStatus::AlreadyReached);
}

proptest! {
    /// Any mix of figures at any level, consistent or not: the planner answers without
    /// panicking, and a plan it calls reachable does reach the target.
    #[test]
    fn any_input_gets_an_honest_answer(
        year in prop::sample::select(vec![2565u16, 2566, 2568, 2569]),
        indicators in prop::option::of(prop::collection::vec(score(), 10)),
        picks in prop::collection::vec((any::<prop::sample::Index>(), score()), 0..40),
        target_pick in any::<prop::sample::Index>(),
        effort in prop::option::of((any::<prop::sample::Index>(), 0.01f64..50.0)),
    ) {
        let fw = for_year(year).unwrap();
        let mut scores = Scores::default();
        // Often every indicator, so that there is an overall to plan from.
        for (n, v) in indicators.iter().flatten().enumerate() {
            scores.insert(&(n + 1).to_string(), *v);
        }
        for (i, v) in &picks {
            scores.insert(&i.get(&fw.nodes).code, *v);
        }
        let a = assess_default(fw, year, &scores);
        let mut targets = vec![
            Target::Score(85.0),
            Target::Score(100.0),
            Target::Score(0.0),
            Target::PassMark,
            Target::NextLevel,
            Target::Level("nonsense".into()),
        ];
        targets.extend(fw.file.rating.levels.iter().map(|l| Target::Level(l.name.clone())));
        let target = target_pick.get(&targets).clone();
        let mut efforts = BTreeMap::new();
        if let Some((i, e)) = effort {
            efforts.insert(i.get(&fw.nodes).code.clone(), e);
        }
        let options = PlanOptions { efforts, ..PlanOptions::default() };
        if let Ok(p) = plan(fw, &a, &target, &options) {
            prop_assert!(p.proven_optimal);
            if p.status == PlanStatus::Reachable {
                let changes: BTreeMap<String, f64> =
                    p.steps.iter().map(|s| (s.code.clone(), 100.0)).collect();
                let after = apply_changes(fw, &a, &changes).unwrap();
                prop_assert!(meets(fw, &a, &after, &target), "{:?} not reached", target);
            }
        }
    }
}

/// Every leaf of a framework at a pseudo-random value (deterministic).
fn full_scores(year: u16, seed: u64) -> Scores {
    let fw = for_year(year).unwrap();
    let mut x = seed;
    let mut s = Scores::default();
    for n in &fw.nodes {
        if n.children.is_empty() && matches!(n.kind, NodeKind::Question | NodeKind::SubItem) {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let r = (x >> 33) % 1000;
            let v = if n.code.starts_with('o') {
                // OIT items are mostly met or not.
                [0.0, 100.0, 100.0, 100.0, 50.0][(r % 5) as usize]
            } else {
                55.0 + (r as f64) * 0.045
            };
            s.insert(&n.code, v);
        }
    }
    s
}

#[test]
fn full_size_inputs_finish_fast_and_proven() {
    let started = Instant::now();
    for year in [2565u16, 2568, 2569] {
        let fw = for_year(year).unwrap();
        for seed in 0..6 {
            let a = assess_default(fw, year, &full_scores(year, seed));
            let mut targets = vec![
                Target::Score(85.0),
                Target::Score(95.0),
                Target::PassMark,
                Target::NextLevel,
            ];
            targets.extend(
                fw.file
                    .rating
                    .levels
                    .iter()
                    .map(|l| Target::Level(l.name.clone())),
            );
            for t in &targets {
                let p = plan(fw, &a, t, &PlanOptions::default()).unwrap();
                assert!(
                    p.proven_optimal,
                    "{year} seed {seed} {t:?}: {} nodes",
                    p.nodes
                );
                assert!(leaves(fw, &a).len() <= 120);
            }
        }
    }
    assert!(started.elapsed().as_secs() < 60, "{:?}", started.elapsed());
}
