//! Load a framework file (TOML) into the workbook, list the ones loaded, remove one. The file
//! is read and validated by the import module (the main wasm carries no TOML reader); the
//! store adds it only if the whole workbook still validates with it, and the error names the
//! field at fault. A framework is refused removal while a year with data depends on it.
//!
//! Testing contract: `data-testid` `framework-file` (the input), `framework-list` (one
//! `li` per framework), `framework-remove`, `framework-outcome`.

use ita_core::framework::FrameworkFile;
use leptos::prelude::*;

use super::file_field::{file_field, import_outcome, FileField};
use crate::export_module::ExportError as ModuleError;
use crate::files;
use crate::i18n::ImportTexts;
use crate::state::{use_store, Store};

/// No props: reads and changes the store.
#[component]
pub fn FrameworkFileCard() -> impl IntoView {
    let store = use_store();
    let t = move || store.tr::<ImportTexts>();
    let outcome: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    let on_file = move |file: web_sys::File| {
        outcome.set(Some(Ok(t().reading.to_string())));
        leptos::task::spawn_local(async move {
            let lang = store.lang_untracked();
            let read = match files::read_bytes(&file).await {
                Ok(bytes) => crate::import_module::read_framework(&bytes, lang).await,
                Err(e) => Err(ModuleError::Build(e)),
            };
            let result = match read {
                Ok(fw) => add(store, fw),
                Err(ModuleError::Load(_)) => Err(t().load_failed.to_string()),
                Err(ModuleError::Build(m)) => Err(m),
            };
            outcome.set(Some(result));
        });
    };
    let remove = move |id: String| {
        if !files::confirm(&(t().fw_confirm_remove)(&id)) {
            return;
        }
        outcome.set(Some(
            store
                .remove_framework(&id)
                .map(|()| t().fw_removed.to_string()),
        ));
    };
    view! {
        {file_field(
            FileField {
                id: "framework-import".to_string(),
                class: "field import-field",
                accept: ".toml,application/toml,text/plain",
                testid: "framework-file",
            },
            move || t().fw_label,
            on_file,
        )}
        {import_outcome(outcome, Some("framework-outcome"))}
        {move || {
            let loaded = store.frameworks.get();
            if loaded.is_empty() {
                return view! { <p class="muted">{t().fw_none}</p> }.into_any();
            }
            view! {
                <ul class="framework-list" data-testid="framework-list">
                    {loaded
                        .into_iter()
                        .map(|f| {
                            let id = f.id.clone();
                            let title = match store.lang() {
                                ita_core::Lang::Th => f.title_th.clone(),
                                ita_core::Lang::En => f.title_en.clone(),
                            };
                            view! {
                                <li>
                                    {(t().fw_item)(&id, &title, &years_text(store, &f))}
                                    " "
                                    <button
                                        type="button"
                                        class="secondary"
                                        data-testid="framework-remove"
                                        on:click=move |_| remove(id.clone())
                                    >
                                        {t().fw_remove}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
                .into_any()
        }}
    }
}

/// Add a validated framework file to the workbook; the message to show.
fn add(store: Store, file: FrameworkFile) -> Result<String, String> {
    let id = file.id.clone();
    let years = years_text(store, &file);
    store.add_framework(file)?;
    Ok((store.tr::<ImportTexts>().fw_loaded)(&id, &years))
}

/// The years a framework covers, for display ("2570, 2571" in the chosen digits).
fn years_text(store: Store, f: &FrameworkFile) -> String {
    let ys: Vec<String> = f.years.iter().map(|y| y.to_string()).collect();
    store.digits_in(&ys.join(", "))
}
