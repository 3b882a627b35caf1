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
