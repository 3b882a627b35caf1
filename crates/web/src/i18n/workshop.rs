//! The texts of the workshop mode, the presenter view, the shareable link and the embeddable
//! calculator (issue #7). The values are in `th.rs` (`WORKSHOP_TH`) and `en.rs` (`WORKSHOP_EN`);
//! [`super::Texts::workshop`] points at them.

/// Workshop, presenter, sharing and embedding texts of one language.
pub struct WorkshopTexts {
    // The screen.
    pub nav: &'static str,
    pub summary: &'static str,

    // Workshop mode.
    pub badge: &'static str,
    pub banner_sample: fn(&str) -> String,
    pub banner_link: &'static str,
    pub banner_label: &'static str,
    pub untouched: &'static str,
    pub reset: &'static str,
    pub exit: &'static str,
    pub save_own: &'static str,
    pub save_failed: &'static str,
    pub link_agency: &'static str,
    pub samples_title: &'static str,
    pub samples_help: &'static str,
    pub open_sample: &'static str,
    pub in_workshop: &'static str,

    // Presenter.
    pub present_title: &'static str,
    pub present_help: &'static str,
    pub present_start: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub close: &'static str,
    pub step_of: fn(usize, usize) -> String,
    pub step_overall: &'static str,
    pub step_tools: &'static str,
    pub step_indicators: &'static str,
    pub step_weak: &'static str,
    pub step_whatif: &'static str,
    pub step_measures: &'static str,
    pub no_scores: &'static str,
    pub no_weak: &'static str,
    pub weak_items: &'static str,
    pub whatif_intro: &'static str,
    pub whatif_line: fn(&str, &str, &str) -> String,
    pub whatif_none: &'static str,
    pub measures_draft: &'static str,
    pub measures_none: &'static str,

    // Sharing.
    pub share_title: &'static str,
    pub share_help: &'static str,
    pub share_link: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub qr_label: &'static str,

    // Embedding.
    pub embed_title: &'static str,
    pub embed_help: &'static str,
    pub embed_snippet: &'static str,
    pub embed_docs: &'static str,

    // The title of the calculator's frame in the snippet.
    pub calc_title: &'static str,
}
