//! Shared links cannot lie: a link cut anywhere, or with any one character changed, is refused
//! (never opened as other scores), with a message that says the link is incomplete.

use ita_core::framework::{for_year, NodeKind};
use ita_core::input::share_link::{self, Scenario};
use ita_core::workbook::AgencyKind;
use ita_core::{Lang, Scores};
use proptest::prelude::*;

/// A scenario with random scores for a random subset of a year's indicators and a Thai name.
fn scenario() -> impl Strategy<Value = Scenario> {
    (
        prop::sample::select(vec![2564u16, 2565, 2566, 2567, 2568, 2569]),
        prop::sample::select(AgencyKind::ALL.to_vec()),
        "[ก-ฮa-z .]{0,12}",
        prop::collection::vec(prop::option::of(0.0f64..=100.0), 12),
    )
        .prop_map(|(year, kind, name, values)| {
            let fw = for_year(year).unwrap();
            let mut scores = Scores::default();
            let indicators = fw.nodes.iter().filter(|n| n.kind == NodeKind::Indicator);
            for (node, v) in indicators.zip(values) {
                if let Some(v) = v {
                    scores.insert(&node.code, v);
                }
            }
            Scenario {
                year,
                kind,
                name,
                scores,
            }
        })
}

/// Every character a link may hold, and a few it may not.
const REPLACEMENTS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~%. ";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn every_cut_and_every_changed_character_is_refused(s in scenario()) {
        let link = share_link::encode(&s);
        let opened = share_link::open(&link).unwrap();
        prop_assert!(opened.checked);
        prop_assert_eq!(&opened.scenario.scores, &s.scores);
        for cut in 0..link.len() {
            let err = share_link::decode(&link[..cut]);
            prop_assert!(err.is_err(), "prefix {} of {} opened", cut, link);
            let th = err.unwrap_err().message(Lang::Th);
            prop_assert!(th.contains("ลิงก์"), "{}", th);
        }
        for (i, original) in link.char_indices() {
            for c in REPLACEMENTS.chars().filter(|&c| c != original) {
                let mut changed = link.clone();
                changed.replace_range(i..i + 1, c.encode_utf8(&mut [0; 4]));
                prop_assert!(
                    share_link::decode(&changed).is_err(),
                    "{} with character {} changed to {:?} opened", link, i, c
                );
            }
        }
    }
}

/// The example: a link whose last characters were cut by a chat app opened OIT 7
/// instead of 77.5 with no message. Now every cut says the link is incomplete.
#[test]
fn a_cut_link_says_it_is_incomplete_in_the_users_language() {
    let mut scores = Scores::default();
    scores.insert("IIT", 88.0);
    scores.insert("EIT", 86.0);
    scores.insert("OIT", 77.5);
    let link = share_link::encode(&Scenario {
        year: 2568,
        kind: AgencyKind::Sao,
        name: "อบต.ตัวอย่าง".into(),
        scores,
    });
    for drop in 1..=12 {
        let err = share_link::decode(&link[..link.len() - drop]).unwrap_err();
        let th = err.message(Lang::Th);
        assert!(th.starts_with("เปิดลิงก์ที่แชร์มาไม่ได้: ลิงก์ไม่ครบ"), "{th}");
        assert!(th.contains("กรุณาขอลิงก์ใหม่"), "{th}");
        let en = err.message(Lang::En);
        assert!(
            en.contains("incomplete") && en.contains("ask the sender"),
            "{en}"
        );
    }
}
