//! `ita-core`: every rule of the Thai ITA (Integrity and Transparency Assessment) — the
//! frameworks as data files, scoring, analysis and planning — with no browser dependency.
//! The web app, the CLI and embedding sites all call this crate.

pub mod analysis;
pub mod assess;
pub mod csv;
pub mod document;
pub mod error;
pub mod framework;
mod framework_check;
pub mod number;
pub mod plan;
pub mod scores;
pub mod whatif;
pub mod workbook;

pub use assess::{
    assess, assess_year, AssessOptions, Assessment, Figure, Level, PartsRule, Warning,
};
pub use error::{ItaError, Lang};
pub use framework::Framework;
pub use scores::Scores;
pub use workbook::Workbook;
