//! The workbook and the preferences are written to the store whenever they change.
//!
//! The workbook is written in the task after the change, not within it: an edit's own work
//! (the scores recomputed, the screen updated) is not held up by serialising and storing the
//! whole workbook (issue #12), and the edits of one task are saved once. A page being hidden or
//! closed (`pagehide`) saves at once what is still waiting. The JSON is written by the store's
//! engine (`engine.rs`), fetched at the first change on a first visit (whose first screen does
//! not carry the JSON writer); once it is in, writing completes within the task (a `pagehide`
//! save included: the spawned write runs in the microtasks right after the event).
//!
//! A store that has loaded what is stored writes nothing until a change, except when what was
//! loaded is not what is stored (unreadable parts were set aside: the readable rest replaces
//! it, the original being backed up).

use std::time::Duration;

use leptos::prelude::*;

use super::{SaveStatus, Store};
use crate::persist;
use crate::storage::StoreError;

impl Store {
    pub(super) fn autosave(self) {
        let waiting = StoredValue::new(false);
        // `try_`: the store may be gone (the workshop replaced the app) when the task runs.
        let save_waiting = move || {
            if waiting.try_update_value(std::mem::take) != Some(true) {
                return;
            }
            leptos::task::spawn_local(async move {
                if let Some(json) = self.serialized().await {
                    self.save_checked(&json);
                }
            });
        };
        let rewrite = self.stored_problem.with_untracked(Option::is_some);
        Effect::new(move |first: Option<()>| {
            self.workbook.track();
            if first.is_none() && !rewrite {
                return;
            }
            if !self.can_save.get_value() || waiting.get_value() {
                return;
            }
            waiting.set_value(true);
            set_timeout(save_waiting, Duration::ZERO);
        });
        let handle = window_event_listener(leptos::ev::pagehide, move |_| save_waiting());
        on_cleanup(move || handle.remove());

        Effect::new(move |_| {
            let prefs = self.prefs.get();
            if !self.can_save.get_value() {
                return;
            }
            let result = self.backend.with_value(|b| {
                self.keys
                    .with_value(|k| persist::save_prefs(b.as_ref(), k, &prefs))
            });
            // Preferences are not worth a message of their own; a full store shows anyway.
            if result == Err(StoreError::Full) {
                self.save_status.set(SaveStatus::Full);
            }
        });
    }
}
