//! Copies of unreadable stored data (`….corrupt` keys) stay offered until the user acts on
//! them: restore from a corrected file, or discard. See `persist::backups`.

use ita_core::Workbook;
use leptos::prelude::*;

use super::{SaveStatus, Store};

impl Store {
    /// Remove a backup the user no longer wants.
    pub fn discard_backup(self, key: &str) {
        let removed = self.backend.with_value(|b| b.remove(key));
        if removed.is_ok() {
            self.backups.update(|list| list.retain(|b| b.key != key));
            let about_it = self
                .stored_problem
                .with_untracked(|p| p.as_ref().and_then(|p| p.backup_key.as_deref()) == Some(key));
            if about_it {
                self.stored_problem.set(None);
            }
        }
    }

    /// Replace the workbook with a corrected copy of backup `key` (validated as a whole, as an
    /// import is), then remove the backup. `Err` is the reason nothing changed.
    pub fn restore_backup(self, key: &str, corrected: &str) -> Result<(), String> {
        let wb = Workbook::from_json(corrected).map_err(|e| e.message(self.lang_untracked()))?;
        self.replace_workbook(wb);
        // Save now, and let the backup go only once the restored data is safely stored.
        self.save_checked(&self.workbook_json());
        let saved = self.save_status.get_untracked() == SaveStatus::Saved
            && self.conflict.with_untracked(Option::is_none);
        if saved {
            self.discard_backup(key);
        }
        Ok(())
    }
}
