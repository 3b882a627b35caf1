//! `ita-core`: every rule of the Thai ITA (Integrity and Transparency Assessment), with no
//! browser dependency. The web app, the CLI, the export module and the embeddable calculator
//! only call this crate.
//!
//! # The flow
//!
//! ```text
//! framework ──┐
//! (TOML data) ▼
//! scores ──► scoring::assess ──► Assessment ──► analysis ──► Analysis
//!                                                  │
//!            writing (narrative, draft measures, follow-up) ◄┘
//!                                                  │
//!                           report (builders) ──► ita_document::Document ──► DOCX/XLSX/CSV/HTML
//! ```
//!
//! A user's [`Workbook`] holds agencies and, per fiscal year, [`Scores`] at whatever level the
//! user has them (overall, tools, indicators, sub-indicators, questions, raw answer counts). The
//! year's [`Framework`] (data files in `frameworks/`) says how levels combine. [`assess`]
//! computes every level at full precision, keeping published figures over computed ones and
//! warning where they disagree; [`analysis`] ranks indicators and finds weak points;
//! [`planner`] finds the shortest path to a target; [`writing`] turns it all into Thai
//! official prose and a draft measures plan; [`report`] lays the documents out as an
//! [`ita_document::Document`], which that crate writes in each file format.
//!
//! # Layers
//!
//! Each module uses only the layers above it in this list (none imports its own importer):
//!
//! 1. [`foundation`]: language, errors, numbers and Thai digits, Thai dates.
//! 2. [`framework`]: the frameworks of each fiscal year as data, their schema and validation.
//! 3. [`workbook`]: the user's data: agencies, years, scores, measures, cover memo, samples.
//! 4. [`input`]: readers of scores CSV, pasted text and share links.
//! 5. [`scoring`]: the scoring engine and what-if.
//! 6. [`analysis`]: ranking, weak points, findings, year over year.
//! 7. [`planner`]: the shortest path to a target score or level.
//! 8. [`writing`]: recommendations, narrative, draft measures, follow-up.
//! 9. [`report`]: the documents agencies publish, as a document model.
//! 10. [`calculator`]: the calculator's input and output as plain data (the JavaScript API and
//!     the embedded calculator).
//! 11. [`cohort`]: many agencies at once (reading, scoring, summaries, documents); uses the
//!     layers up to `report`, and nothing imports it.
//!
//! # Invariants
//!
//! * No function panics on user data: mistakes come back as [`ItaError`], whose message names the
//!   field at fault in the user's language.
//! * Published figures win over computed ones, and a disagreement beyond rounding is reported.
//! * Numbers are computed at full precision and rounded only for display
//!   ([`foundation::number::round2`], half away from zero on the decimal value).
//! * Every rule that depends on the fiscal year lives in the framework files, not in code.

pub mod analysis;
pub mod calculator;
pub mod cohort;
pub mod foundation;
pub mod framework;
pub mod input;
pub mod planner;
pub mod report;
pub mod scoring;
pub mod workbook;
pub mod writing;

pub use foundation::{ItaError, Lang};
pub use framework::Framework;
pub use scoring::assess::{
    assess, assess_year, AssessOptions, Assessment, Figure, Level, PartsRule, Warning,
};
pub use workbook::scores::Scores;
pub use workbook::Workbook;
