//! The texts of the report screen (documents, formats, downloads, print, the memo editor).
//! One value per language lives in `th.rs` and `en.rs` (field `report` of [`super::Texts`]).
//!
//! The documents themselves are Thai in every language (they are what Thai agencies
//! publish); these are only the app's own words around them.

/// The report screen's texts in one language.
pub struct ReportTexts {
    pub nav: &'static str,
    pub summary: &'static str,
    /// "เอกสารเผยแพร่ ผลการประเมินปี พ.ศ. 2565".
    pub title: fn(&str) -> String,
    pub options_title: &'static str,
    pub docs_legend: &'static str,
    pub doc_memo: &'static str,
    pub doc_analysis: &'static str,
    pub doc_plan: &'static str,
    pub doc_implementation: &'static str,
    pub select_all: &'static str,
    pub pick_a_doc: &'static str,
    pub format_legend: &'static str,
    pub format_docx: &'static str,
    pub format_xlsx: &'static str,
    pub format_csv: &'static str,
    pub format_print: &'static str,
    pub digits_legend: &'static str,
    pub digits_thai: &'static str,
    pub digits_arabic: &'static str,
    /// The download button, "ดาวน์โหลด DOCX".
    pub download: fn(&str) -> String,
    pub print: &'static str,
    pub print_help: &'static str,
    pub offline_note: &'static str,
    pub working: &'static str,
    /// "ดาวน์โหลด ita-2565-all.docx แล้ว".
    pub done: fn(&str) -> String,
    pub failed: &'static str,
    pub load_failed: &'static str,
    pub no_scores: &'static str,
    pub preview_title: &'static str,
    pub preview_help: &'static str,
    pub preview_label: &'static str,
    pub plan_empty_note: &'static str,

    // The cover memo editor.
    pub memo_title: &'static str,
    pub memo_help: &'static str,
    pub memo_kind: &'static str,
    pub memo_kind_plan: &'static str,
    pub memo_kind_implementation: &'static str,
    pub memo_department: &'static str,
    pub memo_reference: &'static str,
    pub memo_date: &'static str,
    pub memo_subject: &'static str,
    pub memo_to: &'static str,
    pub memo_background: &'static str,
    pub memo_facts: &'static str,
    pub memo_considerations: &'static str,
    pub memo_signers: &'static str,
    /// "ผู้ลงนามคนที่ 2".
    pub memo_signer_n: fn(usize) -> String,
    pub memo_opinion: &'static str,
    pub memo_name: &'static str,
    pub memo_position: &'static str,
    pub memo_add_signer: &'static str,
    pub memo_remove_signer: &'static str,
    pub memo_reset: &'static str,
    pub memo_reset_confirm: &'static str,
    pub memo_saved: &'static str,
}
