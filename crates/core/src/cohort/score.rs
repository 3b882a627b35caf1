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
    let mut rows = RowScorer {
        t,
        figures: vec![0.0; target_nodes.len()],
        target_nodes,
        shapes: Vec::new(),
        shape_index: HashMap::new(),
        last_shape: 0,
        tools: vec![None; nt],
        cols: Vec::with_capacity(t.codes.len()),
    };
    for r in 0..n {
        rows.score(r, &mut out);
    }
    out
}

/// The rows of one year's table, scored one call at a time, with the compiled maps they share.
struct RowScorer<'t> {
    t: &'t YearTable,
    /// The overall, the tools and the indicators, as nodes of the framework.
    target_nodes: Vec<usize>,
    /// One compiled map per shape (which columns are present, as a bit set); rows of the same
    /// shape mostly follow each other, so the last one is tried before the index.
    shapes: Vec<(u128, Option<LinearMap>)>,
    shape_index: HashMap<u128, usize>,
    last_shape: usize,
    figures: Vec<f64>,
    tools: Vec<Option<f64>>,
    cols: Vec<usize>,
}

impl RowScorer<'_> {
    /// Score row `r` into `out`.
    ///
    /// Never inlined into the loop over rows: the browser keeps a running wasm call in the code
    /// it started with, so a loop over 10,000s of rows inside one call stays in the
    /// unoptimised first tier; a call per row is optimised once it is hot.
    #[inline(never)]
    fn score(&mut self, r: usize, out: &mut ScoredYear) {
        let t = self.t;
        let fw = t.fw;
        let (nt, ni) = (fw.tools().len(), fw.indicators().len());
        let row = t.row_values(r);
        let map = if t.codes.len() <= 128 {
            // (Built in two 64-bit halves: a shift of a `u128` is a helper call in the wasm.)
            let (mut low, mut high) = (0u64, 0u64);
            for (k, v) in row.iter().enumerate() {
                if !v.is_nan() {
                    if k < 64 {
                        low |= 1 << k;
                    } else {
                        high |= 1 << (k - 64);
                    }
                }
            }
            let key = u128::from(high) << 64 | u128::from(low);
            if self
                .shapes
                .get(self.last_shape)
                .is_none_or(|(k, _)| *k != key)
            {
                self.last_shape = *self.shape_index.entry(key).or_insert_with(|| {
                    self.cols.clear();
                    self.cols
                        .extend((0..row.len()).filter(|&k| !row[k].is_nan()));
                    self.shapes
                        .push((key, compile(fw, t.year, &t.codes, &self.cols)));
                    self.shapes.len() - 1
                });
            }
            self.shapes[self.last_shape].1.as_ref()
        } else {
            None
        };
        match map {
            Some(m) => {
                m.eval(row, &mut self.figures);
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
                for (f, &node) in self.figures.iter_mut().zip(&self.target_nodes) {
                    *f = a.value(&fw.nodes[node].code).unwrap_or(f64::NAN);
                }
                out.warnings
                    .extend(a.warnings.into_iter().map(|w| (r as u32, w)));
            }
        }
        out.overall[r] = self.figures[0];
        out.tools[r * nt..(r + 1) * nt].copy_from_slice(&self.figures[1..=nt]);
        out.indicators[r * ni..(r + 1) * ni].copy_from_slice(&self.figures[1 + nt..]);
        if !self.figures[0].is_nan() {
            out.shown[r] = crate::foundation::number::round2(self.figures[0]);
            for (slot, &v) in self.tools.iter_mut().zip(&self.figures[1..=nt]) {
                *slot = (!v.is_nan()).then_some(v);
            }
            // The engine's rating rule (the lean path has every tool, so no gate goes unchecked;
            // the full path's warnings already say when one does).
            out.level[r] = rate_scores_rank(fw, self.figures[0], &self.tools) as u8;
        }
    }
}
