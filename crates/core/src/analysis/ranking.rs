//! Ranking and classification of the indicators, as the o42/o25 reports do it (seed 004):
//! every indicator with its tool, score and pass/fail; the urgent weaknesses (below the pass
//! mark, lowest first); the points to develop (at or above it, highest first); and, under each
//! weak indicator, the questions or OIT items that pull it down.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::foundation::number::round2;
use crate::foundation::order::sort_by;
use crate::framework::{Framework, Scale};
use crate::scoring::assess::Assessment;

/// The analysis settings (all have the reports' defaults).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnalysisSettings {
    /// The pass mark; `None` = the framework's (85).
    pub pass_mark: Option<f64>,
    /// At most this many urgent weaknesses (seed 004: 4).
    pub max_weaknesses: usize,
    /// At most this many points to develop (seed 004: 3).
    pub max_strengths: usize,
}

impl Default for AnalysisSettings {
    fn default() -> Self {
        AnalysisSettings {
            pass_mark: None,
            max_weaknesses: 4,
            max_strengths: 3,
        }
    }
}

/// One indicator's result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorResult {
    pub number: u8,
    pub tool: String,
    pub value: f64,
    pub passed: bool,
}

/// A question or OIT item under an indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub code: String,
    pub value: f64,
    /// IIT/EIT: at or above the pass mark; OIT: fully met (100).
    pub passed: bool,
}

/// The analysis of one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub pass_mark: f64,
    /// Every indicator with a score, highest first (ties by number).
    pub ranked: Vec<IndicatorResult>,
    /// Urgent weaknesses: indicators below the pass mark, lowest first, at most `max_weaknesses`.
    pub weaknesses: Vec<u8>,
    /// Points to develop: indicators at or above the pass mark, highest first, at most `max_strengths`.
    pub strengths: Vec<u8>,
    /// For every indicator with known questions/items: those not passing, lowest first.
    pub findings: BTreeMap<u8, Vec<Finding>>,
}

impl Analysis {
    pub fn indicator(&self, number: u8) -> Option<&IndicatorResult> {
        self.ranked.iter().find(|r| r.number == number)
    }
}

/// Whether a score passes `mark`, comparing the figure as published (two decimals).
pub fn passes(value: f64, mark: f64) -> bool {
    round2(value) >= mark
}

/// Every question / item of an indicator that has a value, lowest first, with pass/fail.
pub fn questions_of(fw: &Framework, a: &Assessment, number: u8, pass_mark: f64) -> Vec<Finding> {
    let mut out: Vec<Finding> = fw
        .questions_of_indicator(number)
        .into_iter()
        .filter_map(|q| {
            a.value(&q.code).map(|v| Finding {
                code: q.code.clone(),
                value: v,
                passed: if q.scale == Scale::Oit {
                    round2(v) >= 100.0
                } else {
                    passes(v, pass_mark)
                },
            })
        })
        .collect();
    sort_by(&mut out, |x, y| {
        x.value
            .total_cmp(&y.value)
            .then_with(|| code_order(fw, &x.code).cmp(&code_order(fw, &y.code)))
    });
    out
}

fn code_order(fw: &Framework, code: &str) -> usize {
    fw.node_index(code).unwrap_or(usize::MAX)
}

/// Rank and classify.
pub fn analyze(fw: &Framework, a: &Assessment, settings: &AnalysisSettings) -> Analysis {
    let mark = settings.pass_mark.unwrap_or(fw.pass_mark());
    let mut ranked: Vec<IndicatorResult> = fw
        .indicators()
        .iter()
        .filter_map(|i| {
            a.value(&i.number.to_string()).map(|v| IndicatorResult {
                number: i.number,
                tool: i.tool.clone(),
                value: v,
                passed: passes(v, mark),
            })
        })
        .collect();
    sort_by(&mut ranked, |x, y| {
        y.value.total_cmp(&x.value).then(x.number.cmp(&y.number))
    });
    let mut weak: Vec<&IndicatorResult> = ranked.iter().filter(|r| !r.passed).collect();
    sort_by(&mut weak, |x, y| {
        x.value.total_cmp(&y.value).then(x.number.cmp(&y.number))
    });
    let weaknesses: Vec<u8> = weak
        .iter()
        .take(settings.max_weaknesses)
        .map(|r| r.number)
        .collect();
    let strengths: Vec<u8> = ranked
        .iter()
        .filter(|r| r.passed)
        .take(settings.max_strengths)
        .map(|r| r.number)
        .collect();
    // Inserted one by one: collecting into the map would sort first (docs/SIZE.md).
    let mut findings = BTreeMap::new();
    for i in fw.indicators() {
        let failing: Vec<Finding> = questions_of(fw, a, i.number, mark)
            .into_iter()
            .filter(|f| !f.passed)
            .collect();
        if !failing.is_empty() {
            findings.insert(i.number, failing);
        }
    }
    Analysis {
        pass_mark: mark,
        ranked,
        weaknesses,
        strengths,
        findings,
    }
}
