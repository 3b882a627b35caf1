//! Every string the app shows, in one struct per language: `th.rs` (the default) and `en.rs`.
//! Both are values of [`Texts`], so a string missing in one language is a compile error.
//! Texts with parts that vary are functions (`fn(...) -> String`).
//!
//! Scores, codes, indicator names and the core's messages come from `ita-core` in the chosen
//! language; this module only holds the app's own wording.

mod cohort;
mod en;
mod imports;
mod report;
mod storage;
mod th;
mod workshop;

use ita_core::Lang;

pub use cohort::CohortTexts;
pub use en::EN;
pub use imports::ImportTexts;
pub use report::ReportTexts;
pub use storage::StorageTexts;
pub use th::TH;
pub use workshop::WorkshopTexts;

/// The texts of one language.
pub struct Texts {
    // App shell.
    pub html_lang: &'static str,
    pub app_name: &'static str,
    pub app_title: &'static str,
    pub lead: &'static str,
    pub skip_link: &'static str,
    pub nav_label: &'static str,
    pub footer_privacy: &'static str,
    pub footer_license: &'static str,
    pub settings_label: &'static str,
    /// The button that switches to the other language (written in that language).
    pub other_language: &'static str,
    pub thai_digits: &'static str,
    /// Workshop, presenter, sharing and embedding (issue #7): see i18n/workshop.rs.
    pub workshop: &'static WorkshopTexts,
    /// Unreadable stored data, its backups, and other tabs (issue #15): see i18n/storage.rs.
    pub storage: &'static StorageTexts,
    /// The cohort screen (issue #14): see i18n/cohort.rs.
    pub cohort: &'static CohortTexts,
    /// Importing a published report and loading a framework file: see i18n/imports.rs.
    pub imports: &'static ImportTexts,

    // Screens: label in the menu, and one line on what each is for.
    pub nav_workbook: &'static str,
    pub nav_scores: &'static str,
    pub nav_analysis: &'static str,
    pub nav_planning: &'static str,
    pub nav_measures: &'static str,
    pub nav_data: &'static str,
    pub sum_workbook: &'static str,
    pub sum_scores: &'static str,
    pub sum_analysis: &'static str,
    pub sum_planning: &'static str,
    pub sum_measures: &'static str,
    pub sum_data: &'static str,

    // Summary bar.
    pub summary_label: &'static str,
    pub agency: &'static str,
    pub fiscal_year: &'static str,
    pub overall: &'static str,
    pub level: &'static str,
    pub verdict: &'static str,
    pub passed: &'static str,
    pub not_passed: &'static str,
    pub no_value: &'static str,
    pub no_agency_yet: &'static str,
    pub no_year_yet: &'static str,
    pub go_to_workbook: &'static str,
    /// "พ.ศ. 2568" / "B.E. 2568".
    pub year_be: fn(&str) -> String,

    // Workbook screen.
    pub agencies_title: &'static str,
    pub add_agency: &'static str,
    pub new_agency_title: &'static str,
    pub agency_name: &'static str,
    pub agency_kind: &'static str,
    pub district: &'static str,
    pub province: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub edit: &'static str,
    pub delete: &'static str,
    pub work_on: &'static str,
    pub in_use: &'static str,
    pub name_required: &'static str,
    pub confirm_delete_agency: fn(&str) -> String,
    pub years_title: fn(&str) -> String,
    pub add_year: &'static str,
    pub year_to_add: &'static str,
    pub no_years: &'static str,
    pub framework: &'static str,
    pub confirm_delete_year: fn(&str) -> String,
    pub default_agency_name: &'static str,
    pub scores_count: fn(usize) -> String,
    pub samples_title: &'static str,
    pub samples_help: &'static str,
    pub sample_choice: &'static str,
    pub sample_add: &'static str,

    // Scores screen.
    pub scores_title: fn(&str) -> String,
    pub entry_levels_label: &'static str,
    pub quick_title: &'static str,
    pub quick_help: &'static str,
    pub indicators_title: &'static str,
    pub indicators_help: &'static str,
    pub detailed_title: &'static str,
    pub detailed_help: &'static str,
    pub paste_title: &'static str,
    pub paste_help: &'static str,
    pub paste_label: &'static str,
    pub paste_preview: &'static str,
    pub paste_line: &'static str,
    pub paste_code: &'static str,
    pub paste_value: &'static str,
    pub paste_status: &'static str,
    pub paste_ok: &'static str,
    pub paste_apply: fn(usize) -> String,
    pub paste_applied: fn(usize) -> String,
    pub paste_errors: fn(usize) -> String,
    pub import_title: &'static str,
    pub import_help: &'static str,
    pub import_label: &'static str,
    pub import_csv_done: fn(usize) -> String,
    pub import_json_done: &'static str,
    pub import_failed: &'static str,
    pub import_cancelled: &'static str,
    pub confirm_merge_scores: fn(&str) -> String,
    pub confirm_replace_workbook: &'static str,
    pub computed_hint: fn(&str) -> String,
    pub given_differs: fn(&str) -> String,
    pub oit_status: &'static str,
    pub oit_missing: &'static str,
    pub oit_met: &'static str,
    pub oit_partly: &'static str,
    pub oit_not_met: &'static str,
    pub sub_items: &'static str,
    pub parts_rule: &'static str,
    pub parts_auto: &'static str,
    pub parts_part1: &'static str,
    pub parts_mean: &'static str,
    pub clear_year: &'static str,
    pub confirm_clear_year: &'static str,
    pub score_of: fn(&str) -> String,

    // Analysis screen.
    pub analysis_title: fn(&str) -> String,
    pub no_scores_yet: &'static str,
    pub tools_title: &'static str,
    pub tool: &'static str,
    pub weight: &'static str,
    pub weighted_points: &'static str,
    pub indicators_table: &'static str,
    pub rank: &'static str,
    pub indicator: &'static str,
    pub score: &'static str,
    pub result: &'static str,
    pub pass_mark: fn(&str) -> String,
    pub weaknesses_title: &'static str,
    pub strengths_title: &'static str,
    pub findings_title: &'static str,
    pub findings_of: fn(&str) -> String,
    pub item_met: &'static str,
    pub item_not_met: &'static str,
    pub none: &'static str,
    pub warnings_title: &'static str,
    pub provisional_title: &'static str,
    pub yoy_title: &'static str,
    pub yoy_none: &'static str,
    pub previous: &'static str,
    pub current: &'static str,
    pub change: &'static str,
    pub chart_indicators: &'static str,
    pub chart_tools: &'static str,
    pub chart_yoy: &'static str,
    pub chart_table_caption: &'static str,
    pub legend_pass: &'static str,
    pub legend_fail: &'static str,

    // Planning screen.
    pub whatif_title: &'static str,
    pub whatif_help: &'static str,
    pub whatif_reset: &'static str,
    pub whatif_result: &'static str,
    pub whatif_changed: fn(usize) -> String,
    pub gains_title: &'static str,
    pub gains_help: &'static str,
    pub gain: &'static str,
    pub planner_title: &'static str,
    pub planner_help: &'static str,
    pub target: &'static str,
    pub target_next_level: &'static str,
    pub planner_reached: &'static str,
    pub planner_unreachable: &'static str,
    pub planner_steps: &'static str,
    pub raise_to: fn(&str, &str, &str) -> String,
    pub needs_scores: &'static str,

    // Measures screen.
    pub plan_title: fn(&str, &str) -> String,
    pub plan_help: &'static str,
    pub plan_draft: &'static str,
    /// The choice of a concise or a full draft (measures screen).
    pub draft_detail_legend: &'static str,
    pub draft_concise: &'static str,
    pub draft_full: &'static str,
    pub confirm_replace_plan: &'static str,
    pub plan_empty: &'static str,
    pub add_measure: &'static str,
    pub remove_measure: &'static str,
    pub confirm_remove_measure: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub measure_n: fn(usize) -> String,
    pub f_issue: &'static str,
    pub f_indicator: &'static str,
    pub f_measure: &'static str,
    pub f_steps: &'static str,
    pub f_owner: &'static str,
    pub f_period: &'static str,
    pub f_monitoring: &'static str,
    pub followup_title: &'static str,
    pub f_status: &'static str,
    pub f_done: &'static str,
    pub f_outcome: &'static str,
    pub f_suggestions: &'static str,
    pub fill_outcomes: &'static str,
    pub outcomes_filled: fn(usize) -> String,
    pub no_next_year: fn(&str) -> String,
    pub draft_unavailable: &'static str,

    // Data screen and storage.
    pub data_title: &'static str,
    pub export_title: &'static str,
    pub export_help: &'static str,
    pub export_json: &'static str,
    pub export_csv: &'static str,
    pub storage_title: &'static str,
    pub storage_help: &'static str,
    pub storage_not_saving: &'static str,
    pub download_backup: &'static str,
    pub storage_full: &'static str,
    pub storage_unavailable: &'static str,
    pub dismiss: &'static str,
    pub saved_locally: &'static str,

    /// Report screen (issue #6).
    pub report: ReportTexts,
}

/// The texts of a language.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Th => &TH,
        Lang::En => &EN,
    }
}
