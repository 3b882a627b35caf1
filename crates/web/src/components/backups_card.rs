//! The Data screen's card of copies of unreadable stored data (`….corrupt` keys): for each,
//! why it cannot be read, a download, a restore from the corrected file, and a discard. Shown
//! on every visit while a copy exists (issue #15: the way back must not disappear).

use ita_core::Workbook;
use leptos::prelude::*;

use super::file_field::{file_field, FileField};
use crate::files;
use crate::i18n::{ScreenTexts, TextTable};
use crate::persist::Backup;
use crate::state::{use_store, Store};

/// Why a backup cannot be read, line by line, in the user's language.
fn reasons(store: Store, raw: &str) -> Vec<String> {
    let lang = store.lang();
    match Workbook::from_json_salvaging(raw) {
        Err(e) => vec![e.message(lang)],
        Ok(s) => s.unreadable.iter().map(|p| p.error.message(lang)).collect(),
    }
}

/// No props: reads the store. Renders nothing while there is no backup.
#[component]
pub fn BackupsCard() -> impl IntoView {
    let store = use_store();
    let outcome: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    let card = move || {
        let list = store.backups.get();
        let t = store.t();
        (!list.is_empty()).then(|| {
            view! {
                <section class="card" aria-labelledby="backups-title" data-testid="backups">
                    <h3 id="backups-title">{t.storage.backups_title}</h3>
                    <p class="help">{t.storage.backups_help}</p>
                    {list.into_iter().map(|b| backup_item(store, b, outcome)).collect_view()}
                </section>
            }
        })
    };
    view! {
        {card}
        <p class="import-outcome" role="status" aria-live="polite" data-testid="backup-outcome">
            {move || match outcome.get() {
                Some(Ok(m)) => view! { <span class="ok">{m}</span> }.into_any(),
                Some(Err(m)) => view! { <span class="error-text">{m}</span> }.into_any(),
                None => ().into_any(),
            }}
        </p>
    }
}

fn backup_item(
    store: Store,
    b: Backup,
    outcome: RwSignal<Option<Result<String, String>>>,
) -> impl IntoView {
    let t = store.tr::<ScreenTexts>();
    let why = reasons(store, &b.raw);
    let size = (t.storage.backup_size)(b.raw.chars().count());
    let Backup { key, raw } = b;
    let input_id = format!("restore-{}", key.replace('.', "-"));
    let download = move |_| {
        let _ = files::download("ita-stored-data.txt", "text/plain", &raw);
    };
    let restore_key = key.clone();
    let on_restore = move |file: web_sys::File| {
        let key = restore_key.clone();
        leptos::task::spawn_local(async move {
            let lang = store.lang_untracked();
            let t = ScreenTexts::of(lang);
            let result = files::read_text(&file, lang).await.and_then(|decoded| {
                if store.has_agencies_untracked() && !files::confirm(t.confirm_replace_workbook) {
                    return Ok(t.import_cancelled.to_string());
                }
                store
                    .restore_backup(&key, &decoded.text)
                    .map(|()| t.storage.restored.to_string())
            });
            outcome.set(Some(
                result.map_err(|e| format!("{} {e}", t.storage.restore_failed)),
            ));
        });
    };
    let discard_key = key.clone();
    let discard = move |_| {
        if files::confirm(store.t().storage.confirm_discard) {
            store.discard_backup(&discard_key);
        }
    };
    view! {
        <div class="backup" data-testid="backup">
            <p>
                <code>{key}</code>
                " · "
                <span class="muted">{size}</span>
            </p>
            <p>{t.storage.backup_why}</p>
            <ul data-testid="backup-why">
                {why.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
            </ul>
            <p class="actions">
                <button type="button" on:click=download data-testid="backup-download">
                    {t.download_backup}
                </button>
                <button
                    type="button"
                    class="secondary"
                    on:click=discard
                    data-testid="backup-discard"
                >
                    {t.storage.discard}
                </button>
            </p>
            {file_field(
                FileField {
                    id: input_id,
                    class: "field",
                    accept: ".json,application/json",
                    testid: "backup-restore",
                },
                t.storage.restore_label,
                on_restore,
            )}
        </div>
    }
}
