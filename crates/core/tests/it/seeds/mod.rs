//! The seed reports' published figures, shared by the test files (`mod seeds;`).
#![allow(dead_code)] // each test file uses only some of them

use std::collections::BTreeMap;

use ita_core::workbook::measures::Measure;
use ita_core::workbook::{Agency, AgencyKind, YearRecord};
use ita_core::Scores;

/// Seed 004 (อบจ.อุบลราชธานี, ITA 2565): the ten indicator scores as published.
pub const SEED_004_INDICATORS: [(&str, f64); 10] = [
    ("1", 91.71),
    ("2", 82.96),
    ("3", 88.12),
    ("4", 83.52),
    ("5", 83.62),
    ("6", 89.52),
    ("7", 91.79),
    ("8", 90.50),
    ("9", 88.50),
    ("10", 43.75),
];

/// Seed 004's printed question and item scores under its weak indicators.
pub const SEED_004_QUESTIONS: [(&str, f64); 11] = [
    ("i7", 73.72),
    ("i11", 84.68),
    ("i12", 73.29),
    ("i20", 75.71),
    ("i21", 83.36),
    ("i23", 77.65),
    ("i27", 79.38),
    ("i28", 80.55),
    ("o38", 0.0),
    ("o42", 0.0),
    ("o43", 0.0),
];

/// Seed 004's six questions of indicator 1 (i6 is printed without its `i`).
pub const SEED_004_INDICATOR_1_QUESTIONS: [(&str, f64); 6] = [
    ("i1", 84.49),
    ("i2", 86.64),
    ("i3", 86.87),
    ("i4", 97.57),
    ("i5", 97.45),
    ("i6", 97.26),
];

/// Seed 004's EIT questions: e6–e10 make indicator 7, e11–e15 indicator 8.
pub const SEED_004_EIT_QUESTIONS: [(&str, f64); 10] = [
    ("e6", 90.09),
    ("e7", 89.36),
    ("e8", 96.53),
    ("e9", 87.90),
    ("e10", 95.05),
    ("e11", 88.70),
    ("e12", 87.88),
    ("e13", 98.02),
    ("e14", 88.20),
    ("e15", 89.70),
];

/// Seed 000 (ทต.หนองปล่อง, ITA 2568): tool scores and OIT sub-indicators.
pub const SEED_000_TOOLS: [(&str, f64); 10] = [
    ("IIT", 99.56),
    ("EIT1", 100.0),
    ("EIT2", 100.0),
    ("9.1", 87.5),
    ("9.2", 75.0),
    ("9.3", 100.0),
    ("9.4", 100.0),
    ("9.5", 75.0),
    ("10.1", 100.0),
    ("10.2", 80.0),
];

/// Scores from (code, value) pairs.
pub fn scores(pairs: &[(&str, f64)]) -> Scores {
    let mut s = Scores::default();
    for (c, v) in pairs {
        s.insert(c, *v);
    }
    s
}

/// Seed 004's ten indicators only.
pub fn seed_004_indicators() -> Scores {
    scores(&SEED_004_INDICATORS)
}

/// Seed 004's indicators and the question scores it prints.
pub fn seed_004_scores() -> Scores {
    let mut s = seed_004_indicators();
    for (c, v) in SEED_004_QUESTIONS {
        s.insert(c, v);
    }
    s
}

/// Seed 000's tool and sub-indicator scores.
pub fn seed_000_scores() -> Scores {
    scores(&SEED_000_TOOLS)
}

/// Seed 004's agency (อบจ.อุบลราชธานี) with one assessed year, 2565: `scores` and `plan`.
pub fn ubon_pao_2565(scores: Scores, plan: Vec<Measure>) -> Agency {
    let mut years = BTreeMap::new();
    years.insert(
        2565,
        YearRecord {
            scores,
            plan,
            ..Default::default()
        },
    );
    Agency {
        id: "a1".into(),
        name: "องค์การบริหารส่วนจังหวัดอุบลราชธานี".into(),
        kind: AgencyKind::Pao,
        district: "เมืองอุบลราชธานี".into(),
        province: "อุบลราชธานี".into(),
        years,
    }
}

/// `assess` with the default options: what most tests need.
pub fn assess_default(
    fw: &ita_core::framework::Framework,
    year: u16,
    scores: &Scores,
) -> ita_core::Assessment {
    ita_core::assess(fw, year, scores, &ita_core::AssessOptions::default())
}
