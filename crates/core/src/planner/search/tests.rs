//! Tests of the exact search on small hand-made problems.

use super::*;

fn item(cost: f64, overall: f64, tool: usize, tool_gain: f64) -> Item {
    Item {
        cost,
        overall,
        tool: Some(tool),
        tool_gain,
        capped: false,
    }
}

#[test]
fn floors_compare_the_published_rounding() {
    let f = Floor::new(84.99, 85.0);
    assert!(!f.met(0.0));
    assert!(f.met(0.005));
    assert!(!f.met(0.0049));
    let odd = Floor::new(85.0, 85.004);
    assert!(!odd.met(0.0), "85.00 does not reach 85.004");
    assert!(odd.met(0.005));
}

#[test]
fn finds_the_fewest_changes_and_proves_it() {
    // Overall 80 → 85: one 5-point item beats two 3-point items.
    let p = Problem {
        items: vec![
            item(1.0, 3.0, 0, 10.0),
            item(1.0, 3.0, 0, 10.0),
            item(1.0, 5.0, 1, 12.5),
        ],
        overall: Floor::new(80.0, 85.0),
        gates: vec![],
        cap: None,
    };
    let s = solve(&p, 1000, &[]).unwrap();
    assert_eq!(s.chosen, vec![2]);
    assert!(s.proven);
}

#[test]
fn a_gate_can_force_a_worse_overall_item() {
    // Tool 0 must gain 5 points: only item 0 can do that.
    let p = Problem {
        items: vec![item(1.0, 1.0, 0, 5.0), item(1.0, 6.0, 1, 15.0)],
        overall: Floor::new(80.0, 81.0),
        gates: vec![(0, Floor::new(80.0, 85.0))],
        cap: None,
    };
    assert_eq!(solve(&p, 1000, &[]).unwrap().chosen, vec![0]);
    let impossible = Problem {
        gates: vec![(0, Floor::new(70.0, 85.0))],
        ..p
    };
    assert_eq!(solve(&impossible, 1000, &[]), None);
}

#[test]
fn a_cap_limits_the_capped_items() {
    // Two capped 3-point items or one uncapped 2-point and one capped 3-point item.
    let mut capped = item(1.0, 3.0, 0, 10.0);
    capped.capped = true;
    let p = Problem {
        items: vec![capped.clone(), capped, item(5.0, 2.0, 1, 5.0)],
        overall: Floor::new(80.0, 85.0),
        gates: vec![],
        cap: None,
    };
    assert_eq!(solve(&p, 1000, &[]).unwrap().chosen, vec![0, 1]);
    let one = Cap {
        limit: 1.0,
        at_least: 1.0,
    };
    let p = Problem {
        cap: Some(one),
        ..p
    };
    let s = solve(&p, 1000, &[]).unwrap();
    assert_eq!(s.chosen, vec![0, 2]);
    assert_eq!(s.cost, 6.0);
    let none = Cap {
        limit: 0.0,
        at_least: 0.0,
    };
    assert_eq!(
        solve(
            &Problem {
                cap: Some(none),
                ..p
            },
            1000,
            &[]
        ),
        None
    );
}

#[test]
fn a_tiny_budget_still_returns_a_plan_but_not_proven() {
    let items: Vec<Item> = (0..40)
        .map(|j| item(1.0 + (j % 3) as f64, 0.3 + 0.01 * j as f64, j % 2, 1.0))
        .collect();
    let p = Problem {
        items,
        overall: Floor::new(70.0, 80.0),
        gates: vec![],
        cap: None,
    };
    // No node at all: the greedy start is all there is.
    let s = solve(&p, 0, &[]).unwrap();
    assert!(!s.proven);
    assert!(!s.chosen.is_empty());
}
