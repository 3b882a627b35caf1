//! Invariants that hold for every input (proptest).

use std::collections::BTreeMap;

use crate::seeds::assess_default;
use ita_core::foundation::number::{parse_number, parse_score, round2};
use ita_core::framework::{all, for_year, NodeKind};
use ita_core::scoring::whatif::apply_changes;
use ita_core::Scores;
use proptest::prelude::*;

/// A year and scores for a random subset of that year's leaves (questions/sub-items) or
/// indicators.
fn year_and_scores() -> impl Strategy<Value = (u16, Scores)> {
    (
        prop::sample::select(vec![2564u16, 2565, 2566, 2568, 2569]),
        any::<bool>(),
        prop::collection::vec(0.0f64..=100.0, 100),
    )
        .prop_map(|(year, by_indicator, values)| {
            let fw = for_year(year).unwrap();
            let mut s = Scores::default();
            let mut vals = values.into_iter().cycle();
            for node in &fw.nodes {
                let take = if by_indicator {
                    node.kind == NodeKind::Indicator
                } else {
                    node.kind == NodeKind::Question && node.children.is_empty()
                        || node.kind == NodeKind::SubItem
                };
                if take {
                    s.insert(&node.code, vals.next().unwrap());
                }
            }
            (year, s)
        })
}

proptest! {
    #[test]
    fn every_computed_score_stays_in_0_to_100((year, s) in year_and_scores()) {
        let fw = for_year(year).unwrap();
        let a = assess_default(fw, year, &s);
        prop_assert!(a.overall.is_some());
        for (code, f) in &a.figures {
            prop_assert!((0.0..=100.0 + 1e-9).contains(&f.value), "{code} = {}", f.value);
        }
    }

    #[test]
    fn raising_one_input_never_lowers_the_overall((year, s) in year_and_scores(), pick in any::<prop::sample::Index>(), up in 0.0f64..=100.0) {
        let fw = for_year(year).unwrap();
        let before = assess_default(fw, year, &s);
        let code = pick.get(&s.values.keys().cloned().collect::<Vec<_>>()).clone();
        let mut raised = s.clone();
        let old = s.values[&code];
        raised.insert(&code, (old + up).min(100.0));
        let after = assess_default(fw, year, &raised);
        prop_assert!(after.overall.unwrap() >= before.overall.unwrap() - 1e-9);
        prop_assert!(after.level.as_ref().unwrap().rank <= before.level.as_ref().unwrap().rank);
        // The what-if delta model agrees with a full recomputation.
        let mut change = BTreeMap::new();
        change.insert(code.clone(), (old + up).min(100.0));
        let moved = apply_changes(fw, &before, &change).unwrap();
        prop_assert!((moved.overall.unwrap() - after.overall.unwrap()).abs() < 1e-6);
        prop_assert_eq!(moved.level, after.level);
    }

    #[test]
    fn the_rating_agrees_with_the_score_and_the_gates((year, s) in year_and_scores()) {
        let fw = for_year(year).unwrap();
        let a = assess_default(fw, year, &s);
        let level = a.level.clone().unwrap();
        let levels = &fw.file.rating.levels;
        let l = &levels[level.rank];
        let o = round2(a.overall.unwrap());
        let tools: Vec<f64> = a.tool_values(fw).unwrap().into_iter().map(round2).collect();
        prop_assert!(o >= l.min);
        prop_assert!(tools.iter().all(|&t| t >= l.tool_min));
        prop_assert_eq!(level.passed, l.passed);
        // No higher level would have been reached.
        for higher in &levels[..level.rank] {
            prop_assert!(o < higher.min || tools.iter().any(|&t| t < higher.tool_min));
        }
        prop_assert_eq!(level.passed, o >= fw.pass_mark());
    }

    #[test]
    fn parsing_never_panics(s in ".*") {
        let _ = parse_score(&s, "field");
        let _ = parse_number(&s, "field");
        let _ = ita_core::input::scores_csv::read_scores_csv(&s);
        let _ = ita_core::Workbook::from_json(&s);
        let _ = ita_core::Framework::from_toml(&s);
        let _ = ita_core::input::share_link::decode(&s);
    }

    #[test]
    fn parsed_scores_are_in_range(s in "[ ๐-๙0-9.%+-]{0,8}") {
        if let Ok(Some(v)) = parse_score(&s, "f") {
            prop_assert!((0.0..=100.0).contains(&v));
        }
    }
}

#[test]
fn built_in_frameworks_weights_sum_to_one_at_every_node() {
    for fw in all() {
        for node in &fw.nodes {
            if node.children.is_empty()
                || node.kind == NodeKind::Tool
                    && node
                        .children
                        .iter()
                        .any(|&c| fw.nodes[c].kind == NodeKind::ToolPart)
            {
                continue;
            }
            let sum: f64 = node.children.iter().map(|&c| fw.nodes[c].weight).sum();
            assert!((sum - 1.0).abs() < 1e-9, "{} {}: {sum}", fw.id(), node.code);
        }
    }
}
