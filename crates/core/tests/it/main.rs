//! The integration tests of `ita-core`, in one test binary (one link step), one module per
//! layer and subject; `seeds` holds the figures the seed reports print.

mod seeds;
#[path = "../../../document/tests/common/zip_text.rs"]
mod zip_text;

mod analysis_ranking;
mod analysis_year_over_year;
mod calculator_embed;
mod calculator_scoring_frameworks;
mod cohort;
mod foundation_json_paths;
mod foundation_thai_date;
mod foundation_thai_messages;
mod framework_built_in_data;
mod framework_year_rules;
mod fuzz_corpus;
mod input_and_workbook_files;
mod input_share_links;
mod input_user_frameworks_and_reports;
mod planner;
mod report_documents;
mod scoring_properties;
mod scoring_whatif_gains;
mod scoring_worked_examples;
mod workbook_salvage;
mod workbook_strict_reading;
mod writing_draft_measures;
mod writing_followup;
mod writing_narrative;
mod writing_recommendations;
