//! `ita-core`: every rule of the Thai ITA (Integrity and Transparency Assessment) — the
//! frameworks as data files, scoring, analysis and planning — with no browser dependency.
//! The web app, the CLI and embedding sites all call this crate.

pub mod analysis;
pub mod assess;
pub mod calc;
pub mod csv;
pub mod document;
pub mod draft;
pub mod error;
pub mod followup;
pub mod framework;
mod framework_check;
pub mod memo;
pub mod narrative;
pub mod number;
pub mod paste;
pub mod plan;
pub mod planner;
pub mod recommend;
pub mod report;
pub mod samples;
pub mod scores;
pub mod share;
pub mod thai_date;
pub mod whatif;
pub mod workbook;
pub mod yoy;

pub use assess::{
    assess, assess_year, AssessOptions, Assessment, Figure, Level, PartsRule, Warning,
};
pub use error::{ItaError, Lang};
pub use framework::Framework;
pub use scores::Scores;
pub use workbook::Workbook;
