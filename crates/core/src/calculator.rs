//! The compact calculator: one year's scores in, the overall score, the rating and the tool and
//! indicator scores out, every number rounded to two decimals as published ([`round2`]).
//!
//! This is what the embeddable calculator (`?embed=calculator`) posts to its host page and what
//! the JavaScript API (`ita-calc`, `analyze(input)`) returns; both are documented in
//! `docs/EMBED.md`. The field names are camelCase because the consumers are JavaScript.

pub mod embed;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::analysis::ranking::{analyze, AnalysisSettings};
use crate::foundation::error::{ItaError, Lang};
use crate::foundation::number::{round2, Digits};
use crate::framework::{scoring_for_year, Framework};
use crate::workbook::scores::Scores;
use crate::{assess, AssessOptions};

/// What the JavaScript API takes: `{ year, scores: { code: value, … }, lang? }`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalcInput {
    /// Fiscal year, Buddhist era (2562–2569).
    pub year: u16,
    /// Scores by code at any level: `ITA`, `IIT`/`EIT`/`OIT`, indicators `"1"`–`"10"`, …
    #[serde(default)]
    pub scores: BTreeMap<String, f64>,
    /// Language of the warnings: `"th"` (default) or `"en"`.
    #[serde(default)]
    pub lang: Lang,
}

/// The result, every score rounded to two decimals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CalcResult {
    pub year: u16,
    /// Id of the framework the year was scored with.
    pub framework: String,
    /// The overall score, when it can be computed.
    pub overall: Option<f64>,
    /// The rating level's name (e.g. `"B"`, `"ผ่าน"`).
    pub level: Option<String>,
    /// Whether the level counts as passing.
    pub passed: Option<bool>,
    /// The tool scores that are known, by code (`IIT`, `EIT`, `OIT`).
    pub tools: BTreeMap<String, f64>,
    /// The indicator scores that are known, by number (`"1"`–`"10"`).
    pub indicators: BTreeMap<String, f64>,
    /// The pass mark (85).
    pub pass_mark: f64,
    /// Indicators below the pass mark, lowest first (at most four).
    pub weaknesses: Vec<u8>,
    /// Indicators at or above it, highest first (at most three).
    pub strengths: Vec<u8>,
    /// Things to know about the result, in the chosen language.
    pub warnings: Vec<String>,
}

/// Score `input`. Unknown codes and values outside 0–100 are errors (nothing is guessed).
pub fn calculate(input: &CalcInput) -> Result<CalcResult, ItaError> {
    let fw = scoring_for_year(input.year)?;
    let mut scores = Scores::default();
    for (code, &v) in &input.scores {
        scores.set_checked(fw, input.year, code, v)?;
    }
    Ok(calculate_with(fw, input.year, &scores, input.lang))
}

/// Score already validated `scores` of `year` (a year with no framework gives an empty result),
/// with the year's framework in its scoring-only form ([`scoring_for_year`]).
pub fn calculate_scores(year: u16, scores: &Scores, lang: Lang) -> CalcResult {
    let Ok(fw) = scoring_for_year(year) else {
        return CalcResult {
            year,
            framework: String::new(),
            overall: None,
            level: None,
            passed: None,
            tools: BTreeMap::new(),
            indicators: BTreeMap::new(),
            pass_mark: 85.0,
            weaknesses: Vec::new(),
            strengths: Vec::new(),
            warnings: Vec::new(),
        };
    };
    calculate_with(fw, year, scores, lang)
}

/// Score already validated `scores` of `year` with `fw` (the engine's `assess` and `analyze`).
pub fn calculate_with(fw: &Framework, year: u16, scores: &Scores, lang: Lang) -> CalcResult {
    let a = assess(fw, year, scores, &AssessOptions::default());
    let an = analyze(fw, &a, &AnalysisSettings::default());
    // Inserted one by one: collecting into a map would add a sort of its own to the wasm.
    let mut tools = BTreeMap::new();
    for t in fw.tools() {
        if let Some(v) = a.value(&t.code) {
            tools.insert(t.code.clone(), round2(v));
        }
    }
    let mut indicators = BTreeMap::new();
    for i in fw.indicators() {
        let n = i.number.to_string();
        if let Some(v) = a.value(&n) {
            indicators.insert(n, round2(v));
        }
    }
    CalcResult {
        year,
        framework: a.framework_id.clone(),
        overall: a.overall.map(round2),
        level: a.level.as_ref().map(|l| l.name.clone()),
        passed: a.level.as_ref().map(|l| l.passed),
        tools,
        indicators,
        pass_mark: an.pass_mark,
        weaknesses: an.weaknesses,
        strengths: an.strengths,
        warnings: a
            .warnings
            .iter()
            .map(|w| w.message(fw, lang, Digits::Arabic))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Seed 004: the indicator scores of a published 2565 report (overall 79.43, level B).
    fn seed_004() -> CalcInput {
        let values = [
            91.71, 82.96, 88.12, 83.52, 83.62, 89.52, 91.79, 90.50, 88.50, 43.75,
        ];
        CalcInput {
            year: 2565,
            scores: values
                .iter()
                .enumerate()
                .map(|(i, &v)| ((i + 1).to_string(), v))
                .collect(),
            lang: Lang::Th,
        }
    }

    #[test]
    fn seed_004_gives_79_43_level_b() {
        let r = calculate(&seed_004()).unwrap();
        assert_eq!(r.overall, Some(79.43));
        assert_eq!(r.level.as_deref(), Some("B"));
        assert_eq!(r.passed, Some(false));
        assert_eq!(r.indicators.len(), 10);
        assert_eq!(r.indicators["10"], 43.75);
        assert_eq!(r.tools.len(), 3);
        assert_eq!(r.weaknesses.first(), Some(&10));
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["passMark"], 85.0);
    }

    #[test]
    fn bad_input_is_an_error() {
        let mut i = seed_004();
        i.scores.insert("IIT".into(), 101.0);
        assert!(calculate(&i).is_err());
        let mut i = seed_004();
        i.scores.insert("nope".into(), 1.0);
        assert!(calculate(&i).is_err());
        let mut i = seed_004();
        i.year = 2500;
        assert!(calculate(&i).is_err());
    }

    #[test]
    fn tools_alone_give_the_overall() {
        let input: CalcInput =
            serde_json::from_str(r#"{"year":2568,"scores":{"IIT":90,"EIT":88,"OIT":80}}"#).unwrap();
        let r = calculate(&input).unwrap();
        assert!(r.overall.is_some());
        assert!(r.indicators.is_empty());
    }
}
