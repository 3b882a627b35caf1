//! The lean path: scoring 10,000s of agency-years without running the whole engine for each.
//!
//! For a given framework and set of codes present (a *shape*, e.g. "indicators 1–10"), every
//! figure the engine computes above them is a fixed linear function of them (weighted means).
//! That function is not re-derived here: it is **measured from the engine itself** — [`assess`]
//! is run once on all zeros and once per column with that column at 100 — and then checked on
//! a generic probe. A shape is lean only when the engine gives no warning on any probe and the
//! check agrees; any other shape (published figures at two levels that could disagree, a missing
//! indicator, EIT parts that differ …) goes through [`assess`] row by row. The rating always
//! comes from the engine's [`rate_scores`](crate::scoring::assess::rate_scores).

use crate::framework::Framework;
use crate::scoring::assess::{assess, AssessOptions};
use crate::workbook::scores::Scores;

/// The nodes the cohort reads out of a scored year: the overall (node 0), each tool, each
/// indicator, in framework order.
pub fn targets(fw: &Framework) -> Vec<usize> {
    let mut t = vec![0];
    t.extend(fw.tools().iter().filter_map(|x| fw.node_index(&x.code)));
    t.extend(
        fw.indicators()
            .iter()
            .filter_map(|i| fw.node_index(&i.number.to_string())),
    );
    t
}

/// The engine's figures for one shape as `constant + coef · values`; NaN where the shape does
/// not give a figure.
///
/// Kept sparse: an indicator depends on one column, a tool on a few, so most coefficients are
/// zero. Leaving a zero term out changes nothing (the shape's values are finite, so the term
/// is +0 and adding it keeps the sum), and the other terms are added in column order as before.
#[derive(Clone, Debug, PartialEq)]
pub struct LinearMap {
    /// Columns of the shape (indices into the year table's columns).
    pub cols: Vec<usize>,
    /// Per target, the range of its terms in `terms`.
    spans: Vec<(u32, u32)>,
    /// (column of the year table, coefficient), the non-zero ones, in column order.
    terms: Vec<(usize, f64)>,
    constant: Vec<f64>,
}

impl LinearMap {
    /// The map from its dense form (`coef`: targets × `cols`, row-major).
    fn from_dense(cols: &[usize], coef: &[f64], constant: Vec<f64>) -> LinearMap {
        let mut spans = Vec::with_capacity(constant.len());
        let mut terms = Vec::new();
        for row in coef.chunks(cols.len().max(1)).take(constant.len()) {
            let start = terms.len() as u32;
            terms.extend(
                cols.iter()
                    .zip(row)
                    .filter(|(_, &c)| c != 0.0)
                    .map(|(&col, &c)| (col, c)),
            );
            spans.push((start, terms.len() as u32));
        }
        spans.resize(constant.len(), (terms.len() as u32, terms.len() as u32));
        LinearMap {
            cols: cols.to_vec(),
            spans,
            terms,
            constant,
        }
    }

    /// Evaluate for one row of the year table, writing one value per target into `out`.
    pub fn eval(&self, row: &[f64], out: &mut [f64]) {
        for ((o, &c), &(a, b)) in out.iter_mut().zip(&self.constant).zip(&self.spans) {
            let mut s = c;
            for &(col, k) in &self.terms[a as usize..b as usize] {
                s += k * row[col];
            }
            *o = s;
        }
    }
}

/// Run the engine on one probe; `None` if it warns about anything.
fn probe(
    fw: &Framework,
    year: u16,
    codes: &[usize],
    cols: &[usize],
    vals: &[f64],
) -> Option<Vec<f64>> {
    let mut s = Scores::default();
    for (&c, &v) in cols.iter().zip(vals) {
        s.values.insert(fw.nodes[codes[c]].code.clone(), v);
    }
    let a = assess(fw, year, &s, &AssessOptions::default());
    if !a.warnings.is_empty() {
        return None;
    }
    Some(
        targets(fw)
            .iter()
            .map(|&t| a.value(&fw.nodes[t].code).unwrap_or(f64::NAN))
            .collect(),
    )
}

/// Measure the engine's linear map for the columns `cols` of a year table whose columns are
/// the nodes `codes`. `None` when the shape must go through the full engine (see module docs),
/// including when the overall or a tool is not given by the shape (the rating needs them).
pub fn compile(fw: &Framework, year: u16, codes: &[usize], cols: &[usize]) -> Option<LinearMap> {
    let zeros = vec![0.0; cols.len()];
    let constant = probe(fw, year, codes, cols, &zeros)?;
    let ntools = fw.tools().len();
    if constant[..=ntools].iter().any(|v| v.is_nan()) {
        return None;
    }
    let nt = constant.len();
    let mut coef = vec![0.0; nt * cols.len()];
    let mut unit = zeros.clone();
    for k in 0..cols.len() {
        unit[k] = 100.0;
        let r = probe(fw, year, codes, cols, &unit)?;
        unit[k] = 0.0;
        for t in 0..nt {
            coef[t * cols.len() + k] = (r[t] - constant[t]) / 100.0;
        }
    }
    let map = LinearMap::from_dense(cols, &coef, constant);
    // A generic probe: the engine and the map must agree (guards against any rule that is not
    // a weighted mean, now or in a future framework).
    let generic: Vec<f64> = (0..cols.len())
        .map(|k| 40.0 + (k as f64 * 7.31) % 59.0)
        .collect();
    let expected = probe(fw, year, codes, cols, &generic)?;
    let mut row = vec![f64::NAN; codes.len()];
    for (&c, &v) in cols.iter().zip(&generic) {
        row[c] = v;
    }
    let mut got = vec![0.0; nt];
    map.eval(&row, &mut got);
    let agree = expected
        .iter()
        .zip(&got)
        .all(|(e, g)| (e.is_nan() && g.is_nan()) || (e - g).abs() < 1e-9);
    agree.then_some(map)
}
