//! Scoring: from whatever scores a user has, every level of the framework, the overall score and
//! the rating level.
//!
//! * [`assess`]: the engine. Given figures win over computed ones; every level is computed at full
//!   precision; disagreements and provisional rules become [`Warning`](assess::Warning)s.
//! * [`whatif`]: the same engine with changed inputs (what-if, gains per code).

pub mod assess;
pub mod whatif;
