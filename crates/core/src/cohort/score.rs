//! Every agency-year of a cohort scored once, kept in flat arrays so that a filter change only
//! re-aggregates (no rescoring, no per-agency allocation).

use std::collections::HashMap;

use crate::scoring::assess::{assess, rate_scores_rank, AssessOptions, Warning};
use crate::workbook::scores::Scores;

use super::lean::{compile, targets, LinearMap};
use super::{Cohort, YearRow, YearTable};

/// Marks a row without a rating.
pub const NO_LEVEL: u8 = u8::MAX;

/// One year of a cohort, scored. Arrays are per row of the year's table; `f64::NAN` is unknown.
#[derive(Clone, Debug)]
pub struct ScoredYear {
    pub year: u16,
    pub fw: &'static crate::Framework,
    pub rows: Vec<YearRow>,
    /// The overall at full precision.
    pub overall: Vec<f64>,
    /// The overall as published (two decimals), which ranks and rates.
    pub shown: Vec<f64>,
    /// rows × tools (framework order).
    pub tools: Vec<f64>,
    /// rows × indicators (framework order).
    pub indicators: Vec<f64>,
    /// Index of the rating level in the framework's list, or [`NO_LEVEL`].
    pub level: Vec<u8>,
    /// The engine's warnings, by row.
    pub warnings: Vec<(u32, Warning)>,
    /// Rows scored by the lean path (the rest by the full engine), for the benchmark.
    pub lean_rows: usize,
}

impl ScoredYear {
    pub fn tool_count(&self) -> usize {
        self.fw.tools().len()
    }

    pub fn indicator_count(&self) -> usize {
        self.fw.indicators().len()
    }

    pub fn tools_of(&self, r: usize) -> &[f64] {
        let n = self.tool_count();
        &self.tools[r * n..(r + 1) * n]
    }

    pub fn indicators_of(&self, r: usize) -> &[f64] {
        let n = self.indicator_count();
        &self.indicators[r * n..(r + 1) * n]
    }
}

/// A cohort with every year scored.
#[derive(Clone, Debug)]
pub struct ScoredCohort {
    pub cohort: Cohort,
    pub years: Vec<ScoredYear>,
}

impl ScoredCohort {
    pub fn year(&self, year: u16) -> Option<&ScoredYear> {
        self.years.iter().find(|y| y.year == year)
    }
}

/// Score every year of `cohort`.
pub fn score_cohort(cohort: Cohort) -> ScoredCohort {
    let years = cohort.years.iter().map(score_year).collect();
    ScoredCohort { cohort, years }
}

fn score_year(t: &YearTable) -> ScoredYear {
    let fw = t.fw;
    let target_nodes = targets(fw);
    let (nt, ni) = (fw.tools().len(), fw.indicators().len());
    let n = t.rows.len();
    let mut out = ScoredYear {
        year: t.year,
        fw,
        rows: t.rows.clone(),
        overall: vec![f64::NAN; n],
        shown: vec![f64::NAN; n],
        tools: vec![f64::NAN; n * nt],
        indicators: vec![f64::NAN; n * ni],
        level: vec![NO_LEVEL; n],
        warnings: Vec::new(),
        lean_rows: 0,
    };
    // One compiled map per shape (which columns are present, as a bit set); rows of the same
    // shape mostly follow each other, so the last one is tried before the index.
    let mut shapes: Vec<(u128, Option<LinearMap>)> = Vec::new();
    let mut shape_index: HashMap<u128, usize> = HashMap::new();
    let mut last_shape = 0;
    let mut figures = vec![0.0; target_nodes.len()];
    let mut tools: Vec<Option<f64>> = vec![None; nt];
    let mut cols: Vec<usize> = Vec::with_capacity(t.codes.len());
    for r in 0..n {
        let row = t.row_values(r);
        let map = if t.codes.len() <= 128 {
            let mut key = 0u128;
            for (k, v) in row.iter().enumerate() {
                if !v.is_nan() {
                    key |= 1 << k;
                }
            }
            if shapes.get(last_shape).is_none_or(|(k, _)| *k != key) {
                last_shape = *shape_index.entry(key).or_insert_with(|| {
                    cols.clear();
                    cols.extend((0..row.len()).filter(|&k| !row[k].is_nan()));
                    shapes.push((key, compile(fw, t.year, &t.codes, &cols)));
                    shapes.len() - 1
                });
            }
            shapes[last_shape].1.as_ref()
        } else {
            None
        };
        match map {
            Some(m) => {
                m.eval(row, &mut figures);
                out.lean_rows += 1;
            }
            None => {
                let mut s = Scores::default();
                for (k, &v) in row.iter().enumerate() {
                    if !v.is_nan() {
                        s.values.insert(fw.nodes[t.codes[k]].code.clone(), v);
                    }
                }
                let a = assess(fw, t.year, &s, &AssessOptions::default());
                for (f, &node) in figures.iter_mut().zip(&target_nodes) {
                    *f = a.value(&fw.nodes[node].code).unwrap_or(f64::NAN);
                }
                out.warnings
                    .extend(a.warnings.into_iter().map(|w| (r as u32, w)));
            }
        }
        out.overall[r] = figures[0];
        out.tools[r * nt..(r + 1) * nt].copy_from_slice(&figures[1..=nt]);
        out.indicators[r * ni..(r + 1) * ni].copy_from_slice(&figures[1 + nt..]);
        if !figures[0].is_nan() {
            out.shown[r] = crate::foundation::number::round2(figures[0]);
            for (slot, &v) in tools.iter_mut().zip(&figures[1..=nt]) {
                *slot = (!v.is_nan()).then_some(v);
            }
            // The engine's rating rule (the lean path has every tool, so no gate goes unchecked;
            // the full path's warnings already say when one does).
            out.level[r] = rate_scores_rank(fw, figures[0], &tools) as u8;
        }
    }
    out
}
