//! Analysis of an [`Assessment`](crate::Assessment): what passed, what is weak, and what
//! changed since the year before.
//!
//! * [`ranking`]: indicators ranked, weaknesses and strengths, weak questions/items (findings).
//! * [`year_over_year`]: changes between consecutive years of one agency.

pub mod ranking;
pub mod year_over_year;

pub use ranking::{analyze, passes, Analysis, AnalysisSettings};
