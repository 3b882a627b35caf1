//! The screens: thin views over the one store (`crate::state`). One module per screen.

pub mod analysis;
pub mod data;
pub mod measures;
pub mod planner_view;
pub mod planning;
pub mod presenter;
pub mod report;
pub mod scores;
pub mod workbook;
pub mod workshop;

use leptos::prelude::*;

use crate::state::Store;

/// A screen's title for the chosen year (`of_year` of the year's text), or `none` before a
/// year is chosen.
fn year_title(store: Store, of_year: fn(&str) -> String, none: &str) -> String {
    match store.year.get() {
        Some(y) => of_year(&store.year_text(y)),
        None => none.to_string(),
    }
}
