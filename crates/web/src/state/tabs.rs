//! Two tabs on the same workbook never silently overwrite each other.
//!
//! Every tab remembers the stored text it last read or wrote (`base`). Before a save it reads
//! the store again: if another tab has saved since, nothing is written and the user gets the
//! choice ([`Conflict`]): use the other tab's version, or keep this tab's and replace it. The
//! browser's `storage` event brings the choice at once when another tab saves; the check before
//! saving also covers a save that races the event. Until the user chooses, this tab's changes
//! stay on the page and are not saved; both versions can be downloaded.

use leptos::prelude::*;

use super::Store;
use crate::storage::StoreError;

/// Another tab saved (or removed) the workbook this tab works on.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// What the other tab stored (`None`: it removed the workbook).
    pub theirs: Option<String>,
}

impl Store {
    /// Save `json` unless another tab saved since this tab last read or wrote the store.
    pub(super) fn save_checked(self, json: &str) {
        if self.conflict.with_untracked(Option::is_some) {
            // Held until the user has chosen.
            return;
        }
        let key = self.keys.with_value(|k| k.workbook());
        let base = self.base.get_value();
        match self.backend.with_value(|b| b.get(&key)) {
            Ok(now) if now.as_deref() == Some(json) => {
                self.base.set_value(now);
                return self.report(Ok(()));
            }
            Ok(now) if now != base => {
                self.conflict.set(Some(Conflict { theirs: now }));
                return;
            }
            Ok(_) => {}
            Err(e) => return self.report(Err(e)),
        }
        let result: Result<(), StoreError> = self.backend.with_value(|b| b.set(&key, json));
        if result.is_ok() {
            self.base.set_value(Some(json.to_string()));
        }
        self.report(result);
    }

    /// Offer the choice as soon as another tab saves this workbook.
    pub(super) fn listen_to_other_tabs(self) {
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            let key = self.keys.with_value(|k| k.workbook());
            // `key` is null when the other tab cleared the whole store.
            if ev.key().is_some_and(|k| k != key) {
                return;
            }
            let theirs = ev.new_value();
            if theirs == self.base.get_value() {
                return;
            }
            leptos::task::spawn_local(async move {
                let ours = self.serialized().await;
                if ours.is_none() {
                    return;
                }
                if theirs.is_some() && theirs == ours {
                    self.base.set_value(theirs);
                } else {
                    self.conflict.set(Some(Conflict { theirs }));
                }
            });
        });
        on_cleanup(move || handle.remove());
    }

    /// Keep this tab's version: it replaces what the other tab saved.
    pub fn keep_mine(self) {
        let Some(conflict) = self.conflict.get_untracked() else {
            return;
        };
        self.base.set_value(conflict.theirs);
        self.conflict.set(None);
        leptos::task::spawn_local(async move {
            if let Some(json) = self.serialized().await {
                self.save_checked(&json);
            }
        });
    }

    /// Use the other tab's version: this tab's unsaved changes are dropped (the user chose it,
    /// and could download them first). Saving stays held until it is read (the workbook's
    /// reader may have to be fetched: `persist::load`).
    pub fn take_theirs(self) {
        let backend = self.backend.get_value();
        let keys = self.keys.get_value();
        leptos::task::spawn_local(async move {
            let loaded = crate::persist::load(backend, keys).await;
            // Nothing to do if the app was replaced meanwhile (a workshop opened).
            if self.conflict.try_get_untracked().is_none() {
                return;
            }
            self.base.set_value(loaded.base);
            self.conflict.set(None);
            if loaded.problem.is_some() {
                self.stored_problem.set(loaded.problem);
            }
            self.backups.set(loaded.backups);
            self.workbook.set(loaded.workbook);
        });
    }
}
