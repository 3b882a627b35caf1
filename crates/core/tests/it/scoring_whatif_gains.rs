//! `whatif::gains`: the overall gained by raising each code at the finest known level to 100,
//! under each year's aggregation rules.

use crate::seeds;

use std::collections::BTreeMap;

use crate::seeds::assess_default;
use ita_core::framework::{for_year, NodeKind};
use ita_core::scoring::whatif::{apply_changes, gains, leaves};
use ita_core::{assess, AssessOptions, PartsRule, Scores};
use proptest::prelude::*;
use seeds::{scores, SEED_004_INDICATORS};

#[test]
fn seed_004_indicators_only_gives_gains_per_indicator() {
    let fw = for_year(2565).unwrap();
    let a = assess_default(fw, 2565, &scores(&SEED_004_INDICATORS));
    let g = gains(fw, &a);
    let codes: Vec<&str> = g.iter().map(|g| g.code.as_str()).collect();
    assert_eq!(codes, ["10", "9", "6", "2", "4", "5", "8", "7", "3", "1"]);
    // Indicator 10 is half of OIT, OIT 40 % of the overall: 0.4 · 0.5 · 56.25.
    assert!((g[0].gain - 11.25).abs() < 1e-9);
    assert_eq!(g[0].tool.as_deref(), Some("OIT"));
    assert_eq!(g[0].value, 43.75);
    // An IIT indicator is a fifth of IIT, 30 %: 0.3 · 0.2 · 17.04.
    let two = g.iter().find(|g| g.code == "2").unwrap();
    assert!((two.gain - 1.0224).abs() < 1e-9);
}

#[test]
fn the_finest_known_level_is_used_and_nothing_counts_twice() {
    let fw = for_year(2565).unwrap();
    let mut pairs = SEED_004_INDICATORS.to_vec();
    pairs.extend([("i7", 73.72), ("i12", 73.29), ("o42", 0.0), ("o43", 0.0)]);
    let a = assess_default(fw, 2565, &scores(&pairs));
    let leaf_codes: Vec<String> = leaves(fw, &a)
        .into_iter()
        .map(|i| fw.nodes[i].code.clone())
        .collect();
    for c in ["1", "3", "9", "i7", "i12", "o42", "o43"] {
        assert!(leaf_codes.contains(&c.to_string()), "{c} in {leaf_codes:?}");
    }
    for c in ["2", "10", "IIT", "ITA", "10.2"] {
        assert!(
            !leaf_codes.contains(&c.to_string()),
            "{c} in {leaf_codes:?}"
        );
    }
    let g = gains(fw, &a);
    let gain = |c: &str| g.iter().find(|g| g.code == c).unwrap().gain;
    // o42 is half of 10.2, which is half of indicator 10: 0.4 · 0.5 · 0.5 · 0.5 · 100.
    assert!((gain("o42") - 5.0).abs() < 1e-9);
    // i7 is a sixth of indicator 2: 0.3 · 0.2 · (1/6) · 26.28.
    assert!((gain("i7") - 0.2628).abs() < 1e-9);
}

#[test]
fn the_2568_rules_weight_oit_items_by_count_and_eit_part_2_by_the_parts_rule() {
    let fw = for_year(2568).unwrap();
    let mut s = Scores::default();
    for q in fw.questions() {
        s.insert(&q.code, 100.0);
    }
    s.insert("o1", 0.0);
    s.insert("EIT2", 90.0);
    let a = assess_default(fw, 2568, &s);
    let g = gains(fw, &a);
    // o1 is one of 20 items of indicator 9: 0.4 · 0.5 · (1/20) · 100.
    assert_eq!(g[0].code, "o1");
    assert!((g[0].gain - 1.0).abs() < 1e-9);
    // EIT part 2 does not enter EIT under the default rule (part 1 when they agree)...
    let eit2 = g.iter().find(|g| g.code == "EIT2").unwrap();
    assert_eq!(eit2.gain, 0.0);
    // ...and is half of it when the parts are averaged.
    let mean = AssessOptions {
        parts_rule: PartsRule::MeanOfParts,
    };
    let a = assess(fw, 2568, &s, &mean);
    let eit2 = gains(fw, &a)
        .into_iter()
        .find(|g| g.code == "EIT2")
        .unwrap();
    assert!((eit2.gain - 0.3 * 0.5 * 10.0).abs() < 1e-9);
}

proptest! {
    #[test]
    fn every_gain_is_what_apply_changes_gives(
        year in prop::sample::select(vec![2565u16, 2566, 2568, 2569]),
        values in prop::collection::vec(0.0f64..=100.0, 130),
        pick in any::<prop::sample::Index>(),
    ) {
        let fw = for_year(year).unwrap();
        let mut s = Scores::default();
        let mut vals = values.into_iter();
        for n in &fw.nodes {
            if n.children.is_empty() && matches!(n.kind, NodeKind::Question | NodeKind::SubItem) {
                s.insert(&n.code, vals.next().unwrap_or(50.0));
            }
        }
        let a = assess_default(fw, year, &s);
        let g = gains(fw, &a);
        prop_assert!(g.windows(2).all(|w| w[0].gain >= w[1].gain));
        let one = pick.get(&g);
        let mut change = BTreeMap::new();
        change.insert(one.code.clone(), 100.0);
        let after = apply_changes(fw, &a, &change).unwrap();
        prop_assert!((after.overall.unwrap() - a.overall.unwrap() - one.gain).abs() < 1e-9);
    }
}
