//! Seed 004's analysis: the urgent weaknesses and the points to develop, and the questions
//! under its weak indicators, as the report lists them.

use crate::seeds;

use crate::seeds::assess_default;
use ita_core::analysis::ranking::{analyze, AnalysisSettings};
use ita_core::framework::for_year;
use seeds::seed_004_scores;

#[test]
fn seed_004_weaknesses_strengths_and_findings() {
    let fw = for_year(2565).unwrap();
    let a = assess_default(fw, 2565, &seed_004_scores());
    let an = analyze(fw, &a, &AnalysisSettings::default());
    assert_eq!(an.weaknesses, vec![10, 2, 4, 5]);
    assert_eq!(an.strengths, vec![7, 1, 8]);
    let ranked: Vec<u8> = an.ranked.iter().map(|r| r.number).collect();
    assert_eq!(
        ranked,
        vec![7, 1, 8, 6, 9, 3, 5, 4, 2, 10],
        "the order of seed 004's table"
    );
    let codes = |n: u8| {
        an.findings[&n]
            .iter()
            .map(|f| f.code.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(codes(2), vec!["i12", "i7", "i11"]);
    assert_eq!(codes(4), vec!["i20", "i23", "i21"]);
    assert_eq!(codes(10), vec!["o38", "o42", "o43"]);
    // Limits are settings.
    let one = analyze(
        fw,
        &a,
        &AnalysisSettings {
            max_weaknesses: 1,
            max_strengths: 5,
            pass_mark: Some(90.0),
        },
    );
    assert_eq!(one.weaknesses, vec![10]);
    assert_eq!(one.strengths, vec![7, 1, 8]);
}

#[test]
fn gaps_below_a_published_figure_are_not_reported() {
    let fw = for_year(2565).unwrap();
    let a = assess_default(fw, 2565, &seed_004_scores());
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    // Without the published indicator 10, its incomplete sub-indicators are worth a word.
    let mut s = seed_004_scores();
    s.remove("10");
    let a = assess_default(fw, 2565, &s);
    assert!(a
        .warnings
        .iter()
        .any(|w| matches!(w, ita_core::Warning::Incomplete { code, .. } if code == "10.1")));
}
