//! Messages about saving, shown on every screen: unreadable stored data (what was set aside,
//! where the original was copied, its download), copies kept from an earlier visit, a workbook
//! changed in another tab (with the choice), a full store, or a browser that does not allow
//! saving.

use leptos::prelude::*;

use crate::files;
use crate::persist::{Damage, StoredProblem};
use crate::state::{use_texts, SaveStatus, Store};

/// No props: reads the store.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let (store, t) = use_texts();
    // Copies kept from an earlier visit: dismissible for this visit only (the Data screen
    // offers them until they are discarded).
    let hide_kept = RwSignal::new(false);
    let kept = move || {
        let n = store.backups.with(Vec::len);
        let show = n > 0 && !hide_kept.get() && store.stored_problem.with(Option::is_none);
        show.then(|| {
            view! {
                <div class="notice" role="status" data-testid="storage-backups-kept">
                    <p>{(t().storage.kept_from_before)(n)}</p>
                    <p class="actions">
                        <a href="#/data">{t().storage.go_to_data}</a>
                        <button
                            type="button"
                            class="secondary"
                            on:click=move |_| hide_kept.set(true)
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
        {move || store.stored_problem.get().map(|p| problem_notice(store, p))}
        {kept}
        {move || store.conflict.with(Option::is_some).then(|| conflict_notice(store))}
        {status}
    }
}

/// What was found unreadable at start-up, exactly: the whole workbook or the records set
/// aside, and where the original was copied.
fn problem_notice(store: Store, p: StoredProblem) -> impl IntoView {
    let t = store.t();
    let lang = store.lang();
    let (summary, parts) = match &p.damage {
        Damage::Whole(why) => ((t.storage.whole_unreadable)(why.get(lang)), Vec::new()),
        Damage::Parts(parts) => {
            let lines = parts
                .iter()
                .map(|aside| {
                    let part = &aside.part;
                    let mut place = part.agency.clone().unwrap_or_else(|| part.path.clone());
                    if let Some(y) = part
                        .path
                        .split_once(".years.")
                        .and_then(|(_, y)| y.parse::<u16>().ok())
                    {
                        place = format!("{place} {}", store.year_text(y));
                    }
                    (t.storage.part)(&place, aside.why.get(lang))
                })
                .collect();
            (t.storage.parts_unreadable.to_string(), lines)
        }
    };
    let raw = p.raw.clone();
    let download = move |_| {
        let _ = files::download("ita-stored-data.txt", "text/plain", &raw);
    };
    view! {
        <div class="notice notice-error" role="alert" data-testid="storage-problem">
            <p>{summary}</p>
            <ul data-testid="storage-problem-parts">
                {parts.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
            </ul>
            <p>
                {match &p.backup_key {
                    Some(k) => (t.storage.copied_to)(k),
                    None => t.storage_not_saving.to_string(),
                }}
            </p>
            <p class="actions">
                <button type="button" on:click=download>
                    {t.download_backup}
                </button>
                <a href="#/data">{t.storage.go_to_data}</a>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| store.stored_problem.set(None)
                >
                    {t.dismiss}
                </button>
            </p>
        </div>
    }
}

/// Another tab saved this workbook: the choice, and both versions to download.
fn conflict_notice(store: Store) -> impl IntoView {
    let t = store.t();
    let theirs = store
        .conflict
        .with_untracked(|c| c.as_ref().and_then(|c| c.theirs.clone()));
    let removed = theirs.is_none();
    let download_theirs = move |_| {
        if let Some(text) = &theirs {
            let _ = files::download("ita-workbook-other-tab.json", "application/json", text);
        }
    };
    let download_mine = move |_| {
        leptos::task::spawn_local(async move {
            if let Some(json) = store.serialized().await {
                let _ = files::download("ita-workbook-this-tab.json", "application/json", &json);
            }
        });
    };
    view! {
        <div class="notice notice-error" role="alert" data-testid="tab-conflict">
            <p>
                <strong>{t.storage.conflict_title}</strong>
                {removed.then(|| format!(" — {}", t.storage.conflict_removed))}
            </p>
            <p>{t.storage.conflict_help}</p>
            <p class="actions">
                <button
                    type="button"
                    data-testid="conflict-take-theirs"
                    on:click=move |_| store.take_theirs()
                >
                    {t.storage.take_theirs}
                </button>
                <button
                    type="button"
                    data-testid="conflict-keep-mine"
                    on:click=move |_| store.keep_mine()
                >
                    {t.storage.keep_mine}
                </button>
                <button
                    type="button"
                    class="secondary"
                    disabled=removed
                    on:click=download_theirs
                >
                    {t.storage.download_theirs}
                </button>
                <button type="button" class="secondary" on:click=download_mine>
                    {t.storage.download_mine}
                </button>
            </p>
        </div>
    }
}
