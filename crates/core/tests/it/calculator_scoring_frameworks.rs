//! The calculator's frameworks (`framework::scoring_for_year`: the built-in files in their
//! scoring-only form, without question texts, built by build.rs) must score exactly like the
//! full built-in frameworks for every built-in year: same scoring tree, same names wherever a
//! label or a warning shows one, and the same calculator result (scores, rating, ranking,
//! warnings in both languages) for many inputs at every level.

use ita_core::analysis::{analyze, AnalysisSettings};
use ita_core::calculator::{calculate_with, CalcResult};
use ita_core::framework::{
    for_builtin_year, scoring_for_year, scoring_supported_years, supported_years, Framework,
    NodeKind,
};
use ita_core::workbook::scores::{PartsRule, Scores};
use ita_core::{assess, AssessOptions, Lang};

/// A small deterministic generator (xorshift), so that a failure is reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A score 0–100 with two decimals, sometimes a whole or exact-boundary value.
    fn score(&mut self) -> f64 {
        match self.next() % 8 {
            0 => 85.0,
            1 => 100.0,
            2 => 0.0,
            _ => (self.next() % 10_001) as f64 / 100.0,
        }
    }

    fn chance(&mut self, in_ten: u64) -> bool {
        self.next() % 10 < in_ten
    }
}

fn both(year: u16) -> (&'static Framework, &'static Framework) {
    (
        for_builtin_year(year).expect("built-in year"),
        scoring_for_year(year).expect("built-in year"),
    )
}

#[test]
fn the_calculator_knows_the_built_in_years() {
    assert_eq!(scoring_supported_years(), supported_years());
    assert!(scoring_for_year(2400).is_err());
}

#[test]
fn same_tree_rules_and_names_for_every_built_in_year() {
    for year in supported_years() {
        let (full, lean) = both(year);
        assert_eq!(lean.id(), full.id(), "{year}");
        // The app's first screen names the framework from this form.
        assert_eq!(lean.file.title_th, full.file.title_th, "{year}");
        assert_eq!(lean.file.title_en, full.file.title_en, "{year}");
        assert_eq!(lean.nodes, full.nodes, "{year}: the scoring tree");
        assert_eq!(lean.tools(), full.tools(), "{year}");
        assert_eq!(lean.indicators(), full.indicators(), "{year}");
        assert_eq!(lean.file.sub_indicators, full.file.sub_indicators, "{year}");
        assert_eq!(lean.file.rating, full.file.rating, "{year}");
        assert_eq!(lean.file.years, full.file.years, "{year}");
        assert_eq!(lean.pass_mark(), full.pass_mark(), "{year}");
        assert_eq!(
            lean.file.oit_indicator_rule, full.file.oit_indicator_rule,
            "{year}"
        );
        assert_eq!(lean.questions().len(), full.questions().len(), "{year}");
        for (l, f) in lean.questions().iter().zip(full.questions()) {
            let shape = |q: &ita_core::framework::Question| {
                (
                    q.code.clone(),
                    q.parent.clone(),
                    q.scale,
                    q.reverse,
                    q.sub_items.len(),
                    q.reverse_sub_items.clone(),
                    q.provisional,
                )
            };
            assert_eq!(shape(l), shape(f), "{year}");
        }
        // Every code that has parts (so that a warning may name it), and every tool and
        // indicator (the calculator's labels), has the same name in both languages.
        for node in &full.nodes {
            let named = !node.children.is_empty()
                || matches!(node.kind, NodeKind::Tool | NodeKind::Indicator);
            if named {
                for lang in [Lang::Th, Lang::En] {
                    assert_eq!(
                        lean.display_name(&node.code, lang),
                        full.display_name(&node.code, lang),
                        "{year} {}",
                        node.code
                    );
                }
            }
        }
    }
}

/// Scores of `fw` for one random input: a random level (tools, indicators, sub-indicators,
/// questions, sub-items or a mix), some left out, sometimes the overall given too.
fn random_scores(fw: &Framework, rng: &mut Rng) -> Scores {
    let mut scores = Scores::default();
    let kinds = [
        NodeKind::Tool,
        NodeKind::ToolPart,
        NodeKind::Indicator,
        NodeKind::SubIndicator,
        NodeKind::Question,
        NodeKind::SubItem,
    ];
    let pick = rng.next() % (kinds.len() as u64 + 1);
    for node in &fw.nodes {
        let wanted = match kinds.get(pick as usize) {
            Some(kind) => node.kind == *kind,
            None => node.kind != NodeKind::Overall && rng.chance(3),
        };
        let skipped = rng.chance(1);
        if (wanted && !skipped) || (node.kind == NodeKind::Overall && rng.chance(1)) {
            scores.insert(&node.code, rng.score());
        }
    }
    // Sometimes the level a report published (checked against the computed one).
    let levels = fw.level_names();
    if rng.chance(3) {
        scores.level = Some(levels[rng.next() as usize % levels.len()].clone());
    }
    scores
}

fn results(year: u16, scores: &Scores) -> [(CalcResult, CalcResult); 2] {
    let (full, lean) = both(year);
    [Lang::Th, Lang::En].map(|lang| {
        (
            calculate_with(full, year, scores, lang),
            calculate_with(lean, year, scores, lang),
        )
    })
}

#[test]
fn same_results_as_the_full_frameworks_for_every_built_in_year() {
    let mut rng = Rng(0x017A_2568);
    let mut warned = 0;
    let mut rated = 0;
    for year in supported_years() {
        let (full, _) = both(year);
        for _ in 0..300 {
            let scores = random_scores(full, &mut rng);
            for (from_full, from_lean) in results(year, &scores) {
                assert_eq!(from_lean, from_full, "{year}: {scores:?}");
                warned += usize::from(!from_full.warnings.is_empty());
                rated += usize::from(from_full.level.is_some());
            }
        }
    }
    // The inputs reach both the ratings and the warnings (which name codes).
    assert!(warned > 100 && rated > 100, "{warned} {rated}");
}

/// The app scores and analyses every year with the scoring-only form (its first screen carries
/// no question texts): the assessment and its analysis must be those of the full form.
#[test]
fn the_app_assesses_and_analyses_alike_with_either_form() {
    let mut rng = Rng(0x0A55_2569);
    for year in supported_years() {
        let (full, lean) = both(year);
        for k in 0..200 {
            let scores = random_scores(full, &mut rng);
            let rule = [PartsRule::Auto, PartsRule::Part1, PartsRule::MeanOfParts][k % 3];
            let options = AssessOptions { parts_rule: rule };
            let a_full = assess(full, year, &scores, &options);
            let a_lean = assess(lean, year, &scores, &options);
            assert_eq!(a_lean, a_full, "{year}: {scores:?}");
            let settings = AnalysisSettings::default();
            assert_eq!(
                analyze(lean, &a_lean, &settings),
                analyze(full, &a_full, &settings),
                "{year}: {scores:?}"
            );
        }
    }
}
