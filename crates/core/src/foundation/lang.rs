//! The language of everything a user reads: Thai first, English switchable.

/// The language of user-facing text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Th,
    En,
}
