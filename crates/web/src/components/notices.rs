//! Messages about saving: unreadable stored data (with its download), a full store, or a
//! browser that does not allow saving. Shown on every screen until resolved or dismissed.

use leptos::prelude::*;

use crate::files;
use crate::state::{use_store, SaveStatus};

/// No props: reads the store.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let store = use_store();
    let t = move || store.t();
    let problem = move || {
        store.stored_problem.get().map(|p| {
            let message = match store.lang() {
                ita_core::Lang::Th => p.message_th.clone(),
                ita_core::Lang::En => p.message_en.clone(),
            };
            let raw = p.raw.clone();
            let download = move |_| {
                let _ = files::download("ita-stored-data.txt", "text/plain", &raw);
            };
            view! {
                <div class="notice notice-error" role="alert" data-testid="storage-problem">
                    <p>{(t().storage_corrupt)(&message)}</p>
                    <p>
                        {match &p.backup_key {
                            Some(k) => (t().storage_backup_kept)(k),
                            None => t().storage_not_saving.to_string(),
                        }}
                    </p>
                    <p class="actions">
                        <button type="button" on:click=download>
                            {t().download_backup}
                        </button>
                        <button
                            type="button"
                            class="secondary"
                            on:click=move |_| store.stored_problem.set(None)
                        >
                            {t().dismiss}
                        </button>
                    </p>
                </div>
            }
        })
    };
    let status = move || match store.save_status.get() {
        SaveStatus::Saved => None,
        SaveStatus::Full => Some(view! {
            <p class="notice notice-error" role="alert" data-testid="storage-full">
                {t().storage_full}
            </p>
        }),
        SaveStatus::NotSaving => {
            // Held back on purpose to protect unreadable data: the problem notice says so.
            if store.stored_problem.with(|p| p.is_some()) {
                None
            } else {
                Some(view! {
                    <p class="notice notice-error" role="alert" data-testid="storage-unavailable">
                        {t().storage_unavailable}
                    </p>
                })
            }
        }
    };
    view! {
        {problem}
        {status}
    }
}
