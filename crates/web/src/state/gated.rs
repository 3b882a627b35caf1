//! A screen that stays in the page while hidden (the scores and analysis screens, so that
//! going back and forth between them is an update, not a rebuild: app.rs) must not follow
//! every edit while nobody sees it: each keystroke on the scores screen would redraw the
//! hidden analysis screen and its charts. Such a screen gets a gated copy of the store: the
//! derived data an edit changes (agency, scores, assessment, analysis, previous year) holds
//! still while the screen is hidden and catches up, in one step, when it is shown. Writes go
//! to the same workbook and preferences as the store's own.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use super::Store;

impl Store {
    /// This store with its derived data frozen while `shown` is false.
    pub fn gated(self, shown: Signal<bool>) -> Store {
        // The year and the user's frameworks stay live: they change only on other screens,
        // rarely, and one gate type fewer each is a few KiB less in the main wasm.
        Store {
            agency: gate(self.agency, shown),
            year_scores: gate(self.year_scores, shown),
            assessment: gate(self.assessment, shown),
            analysis: gate(self.analysis, shown),
            previous: gate(self.previous, shown),
            ..self
        }
    }
}

/// `source` while `shown`; while not, the value it had when last shown (and `source` is not
/// even read, so a change to it wakes nothing that reads the gate; hiding costs no copy).
fn gate<T>(source: Memo<T>, shown: Signal<bool>) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    // Whether the gate last ran shown: running shown again then means `source` changed (a
    // memo wakes its readers only then), so the values need no comparing; only the first run
    // after the screen is shown again compares what `source` has now with what it showed.
    let ran_shown = Arc::new(AtomicBool::new(false));
    Memo::new_owning(move |last: Option<T>| match last {
        Some(last) if !shown.get() => {
            ran_shown.store(false, Ordering::Relaxed);
            (last, false)
        }
        last => {
            let now = source.get();
            let changed = match &last {
                Some(last) if !ran_shown.load(Ordering::Relaxed) => last != &now,
                _ => true,
            };
            ran_shown.store(true, Ordering::Relaxed);
            (now, changed)
        }
    })
}
