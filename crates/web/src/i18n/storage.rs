//! The texts about data kept in the browser: unreadable stored data and its backups, and a
//! workbook changed in another tab (issue #15). The values are in `th.rs` (`STORAGE_TH`) and
//! `en.rs` (`STORAGE_EN`); [`super::Texts::storage`] points at them.

/// Storage texts of one language.
pub struct StorageTexts {
    // Unreadable data found at start-up.
    /// Nothing could be read; the core's reason.
    pub whole_unreadable: fn(&str) -> String,
    /// Some records were set aside, the rest loaded.
    pub parts_unreadable: &'static str,
    /// One record set aside: where (agency name or JSON path) and why.
    pub part: fn(&str, &str) -> String,
    /// The original was copied to this key before anything was saved.
    pub copied_to: fn(&str) -> String,
    /// On a later visit: this many copies of unreadable data are kept.
    pub kept_from_before: fn(usize) -> String,
    pub go_to_data: &'static str,

    // The Data screen's card of backups.
    pub backups_title: &'static str,
    pub backups_help: &'static str,
    pub backup_why: &'static str,
    pub backup_size: fn(usize) -> String,
    pub restore_label: &'static str,
    pub restored: &'static str,
    pub restore_failed: &'static str,
    pub discard: &'static str,
    pub confirm_discard: &'static str,

    // Another tab saved.
    pub conflict_title: &'static str,
    pub conflict_help: &'static str,
    pub conflict_removed: &'static str,
    pub take_theirs: &'static str,
    pub keep_mine: &'static str,
    pub download_theirs: &'static str,
    pub download_mine: &'static str,
}
