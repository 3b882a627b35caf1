//! Cohort analysis: the published results of many agencies (a province, a ministry, the whole
//! country) read at once, scored with the same engine as one agency, and summarised per year:
//! ranking, pass rate, levels, distribution, weak indicators, agencies held back by one tool,
//! and the biggest changes between two years.
//!
//! The layer sits after [`crate::report`]: it uses scoring, analysis and the document model;
//! nothing below imports it.
//!
//! * [`read`]: the long and wide CSV formats and the workbook JSON, with a preview that lists
//!   every bad row by line (bad rows never disappear silently).
//! * [`lean`]: the fast path for 10,000s of agencies — the engine's own linear map compiled once
//!   per framework and set of columns, never a second copy of the rules.
//! * [`score`]: every agency-year scored once (overall, tools, indicators, level, warnings).
//! * [`summary`]: the figures of one year under a filter (province, agency type).
//! * [`docs`]: the coordinator's summary report and the one-page sheet per agency.
//! * [`sample`]: a fictional province for workshops.
//! * [`agency`]: one agency of a cohort as a workbook agency (its full single-agency analysis).

pub mod agency;
pub mod charts;
pub mod docs;
pub mod lean;
pub mod read;
pub mod sample;
pub mod score;
pub mod summary;

use crate::framework::Framework;

pub use read::{read_cohort, read_cohort_csv, CohortImport, Preview};
pub use score::{score_cohort, ScoredCohort};
pub use summary::{summarise, CohortFilter, CohortSummary};

/// One agency of a cohort (identified by province and name).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CohortAgency {
    pub name: String,
    /// The agency type as written in the file (e.g. เทศบาลตำบล, อบต.); may be empty.
    pub kind: String,
    pub province: String,
}

/// Where a row of a year's table came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearRow {
    /// Index into [`Cohort::agencies`].
    pub agency: u32,
    /// The first line of the file that gave this agency-year (0 for a workbook).
    pub line: u32,
}

/// One fiscal year of a cohort: a dense table agencies × codes (NaN = missing).
#[derive(Clone, Debug)]
pub struct YearTable {
    pub year: u16,
    pub fw: &'static Framework,
    /// The columns, as indices of the framework's scoring tree.
    pub codes: Vec<usize>,
    pub rows: Vec<YearRow>,
    /// Row-major values, `rows.len() × codes.len()`; `f64::NAN` where a score is missing.
    pub values: Vec<f64>,
}

impl YearTable {
    /// The values of row `r`, one per column.
    pub fn row_values(&self, r: usize) -> &[f64] {
        let w = self.codes.len();
        &self.values[r * w..(r + 1) * w]
    }
}

/// Many agencies' scores over one or more years.
#[derive(Clone, Debug, Default)]
pub struct Cohort {
    pub agencies: Vec<CohortAgency>,
    /// Ascending by year.
    pub years: Vec<YearTable>,
}

impl Cohort {
    pub fn year(&self, year: u16) -> Option<&YearTable> {
        self.years.iter().find(|t| t.year == year)
    }

    /// The latest year, the default of every view.
    pub fn latest_year(&self) -> Option<u16> {
        self.years.last().map(|t| t.year)
    }
}
