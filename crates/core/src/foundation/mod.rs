//! The bottom layer: what every other layer uses and that knows nothing of the ITA itself.
//!
//! * [`lang`]: the user's language ([`Lang`]), Thai first.
//! * [`error`]: [`ItaError`], every mistake a user can make, with its message in each language.
//! * [`number`]: reading numbers (Thai and Arabic digits), the one rounding rule, formatting
//!   with the user's digit setting.
//! * [`thai_date`]: Buddhist-era dates, the fiscal year (1 October – 30 September), Thai months.
//! * [`echo`]: user input quoted back in a message, capped; numbers never `NaN`/`inf`.
//! * [`json`]: JSON into typed values, errors with their JSON path, repeated keys refused.
//! * [`text`]: a file's bytes to text (UTF-8, UTF-16, Windows-874 / TIS-620), for every reader.
//! * [`order`]: a small stable sort for the engine's short lists (keeps the calculator small).
//! * `named_fields!`: fields with their names, for checks that name the field.

pub mod cohort_problem;
pub mod echo;
pub mod error;
pub mod json;
pub mod lang;
pub mod number;
pub mod order;
pub mod text;
pub mod thai_date;

pub use error::ItaError;
pub use lang::Lang;

/// `[("a", &x.a), ("b", &x.b)]`: fields of `x`, each with its name, for the checks and messages
/// that name a field (the name is the field's own, so the two cannot drift apart).
macro_rules! named_fields {
    ($x:expr; $($field:ident),+ $(,)?) => {
        [$((stringify!($field), &$x.$field)),+]
    };
}
pub(crate) use named_fields;
