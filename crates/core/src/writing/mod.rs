//! The words: everything the tool writes for the user from an analysis, in Thai official style
//! (and English).
//!
//! * [`recommendations`]: the library of development guidelines and measures drawn from real
//!   reports, per code and per indicator.
//! * [`narrative`]: the sentences of the analysis report (results, weak points, year over year).
//! * [`draft_measures`]: a draft measures plan for the next fiscal year.
//! * [`followup`]: outcomes and suggestions for the report on carrying the measures out.

pub mod draft_measures;
pub mod followup;
pub mod narrative;
pub mod recommendations;
