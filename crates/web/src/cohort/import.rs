//! Bringing a cohort in: a file (read and checked by the core, then a preview — agencies, years,
//! good rows, every bad row by line and reason — and nothing applied until the user confirms),
//! or the fictional workshop sample in one click; and the storage notices.

use std::sync::Arc;

use ita_core::cohort::sample::workshop_csv;
use ita_core::cohort::{read_cohort, CohortImport};
use ita_core::Lang;
use leptos::prelude::*;

use super::model::Data;
use super::{CohortState, Storage};
use crate::components::file_field::{file_field, FileField};
use crate::files;
use crate::i18n::CohortTexts;
use crate::state::use_store;

/// A file read and checked, waiting for the user's word.
#[derive(Clone)]
struct Pending {
    import: CohortImport,
    name: String,
    text: String,
}

#[component]
pub fn ImportPanel(state: CohortState) -> impl IntoView {
    let store = use_store();
    let t = move || store.tr::<CohortTexts>();
    let pending: RwSignal<Option<Arc<Pending>>> = RwSignal::new(None);
    let failure: RwSignal<Option<String>> = RwSignal::new(None);

    let on_file = move |file: web_sys::File| {
        leptos::task::spawn_local(async move {
            let lang = store.lang_untracked();
            let read = files::read_text(&file, lang).await.and_then(|decoded| {
                let text = decoded.text;
                read_cohort(&text)
                    .map(|import| (import, text))
                    .map_err(|e| e.message(lang))
            });
            match read {
                Ok((import, text)) => {
                    failure.set(None);
                    pending.set(Some(Arc::new(Pending {
                        import,
                        name: file.name(),
                        text,
                    })));
                }
                Err(e) => {
                    pending.set(None);
                    failure.set(Some(e));
                }
            }
        });
    };
    let apply = move |_| {
        // Taken out of the signal, so that the 10,000s of rows are moved, not copied.
        if let Some(p) = pending.try_update(Option::take).flatten() {
            let p = Arc::unwrap_or_clone(p);
            state.apply(Data::new(p.import, &p.name, p.text, false));
        }
    };
    let open_sample = move |_| {
        let text = workshop_csv();
        if let Ok(import) = read_cohort(&text) {
            pending.set(None);
            failure.set(None);
            state.apply(Data::new(import, t().sample_title, text, true));
        }
    };
    let n = move |v: usize| store.digits_in(&v.to_string());

    let preview = move || {
        let p = pending.get()?;
        let pv = &p.import.preview;
        let years = pv
            .years
            .iter()
            .map(|y| store.digits_in(&y.to_string()))
            .collect::<Vec<_>>()
            .join(", ");
        let bad = pv.bad_rows.len();
        let messages = pv.bad_messages(store.lang());
        let has_data = state.data.get_untracked().is_some_and(|d| !d.sample);
        let label = if bad == 0 {
            t().apply.to_string()
        } else {
            (t().apply_skipping)(&n(bad))
        };
        Some(view! {
            <div class="cohort-preview" data-testid="cohort-preview" role="region" aria-label=t().preview_title>
                <h4>{t().preview_title}</h4>
                <p data-testid="cohort-preview-counts">
                    {(t().preview_counts)(&n(pv.agencies), &years, &n(pv.good_rows), &n(bad))}
                </p>
                {(bad > 0).then(|| view! {
                    <details open=true>
                        <summary>{t().bad_rows_title}</summary>
                        <ul class="cohort-bad-rows" data-testid="cohort-bad-rows">
                            {messages.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                        </ul>
                    </details>
                })}
                {has_data.then(|| view! { <p class="muted">{t().confirm_replace}</p> })}
                {if pv.good_rows == 0 {
                    view! { <p class="error-text">{t().nothing_to_apply}</p> }.into_any()
                } else {
                    view! {
                        <p class="actions">
                            <button type="button" class="primary" data-testid="cohort-apply" on:click=apply>
                                {label}
                            </button>
                            " "
                            <button type="button" on:click=move |_| pending.set(None)>
                                {store.t().cancel}
                            </button>
                        </p>
                    }.into_any()
                }}
            </div>
        })
    };

    view! {
        <div class="cohort-import">
            <h3>{move || t().import_title}</h3>
            <p class="muted">{move || t().import_help}</p>
            {file_field(
                FileField {
                    id: "cohort-file".to_string(),
                    class: "field",
                    accept: ".csv,.json,.txt,text/csv,application/json",
                    testid: "cohort-file",
                },
                move || t().import_label,
                on_file,
            )}
            <p class="actions">
                <button type="button" data-testid="cohort-sample" on:click=open_sample>
                    {move || t().sample_open}
                </button>
            </p>
            <div role="status" aria-live="polite">
                {move || failure.get().map(|e| view! {
                    <p class="error-text" data-testid="cohort-import-error">
                        {format!("{} {e}", t().read_failed)}
                    </p>
                })}
            </div>
            {preview}
            <StorageNotice state=state />
            <Source state=state />
        </div>
    }
}

/// What the cohort on screen is, with the fictional badge for the sample and the way out.
#[component]
fn Source(state: CohortState) -> impl IntoView {
    let store = use_store();
    let t = move || store.tr::<CohortTexts>();
    let remove = move |_| {
        let sample = state.data.get_untracked().is_some_and(|d| d.sample);
        if sample || files::confirm(t().confirm_remove) {
            state.remove();
        }
    };
    move || {
        let d = state.data.get()?;
        let (line, button) = if d.sample {
            (store.digits_in(t().sample_title), t().sample_close)
        } else {
            ((t().source)(&d.name), t().remove)
        };
        Some(view! {
            <p class="cohort-source" data-testid="cohort-source">
                {d.sample.then(|| view! {
                    <strong class="sample-badge" data-testid="cohort-sample-badge">
                        {store.t().workshop_mode.badge}
                    </strong>
                    " "
                })}
                <span>{line}</span>
                " "
                <button type="button" data-testid="cohort-remove" on:click=remove>{button}</button>
            </p>
        })
    }
}

/// Whether the cohort is saved, and what went wrong if it is not.
#[component]
fn StorageNotice(state: CohortState) -> impl IntoView {
    let store = use_store();
    let t = move || store.tr::<CohortTexts>();
    move || {
        let sample = state.data.get().is_some_and(|d| d.sample);
        let view = match state.storage.get() {
            Storage::Quiet => return None,
            _ if sample => return None,
            Storage::Saved => view! { <p class="muted">{t().saved}</p> }.into_any(),
            Storage::Full => {
                view! { <p class="error-text" role="alert">{t().not_saved_full}</p> }.into_any()
            }
            Storage::Unavailable => {
                view! { <p class="error-text" role="alert">{t().not_saved_unavailable}</p> }
                    .into_any()
            }
            Storage::Unreadable(u) => {
                let kept = match &u.backup {
                    Some(key) => (t().stored_backup)(key),
                    None => t().stored_not_saving.to_string(),
                };
                let raw = u.raw.clone();
                let download = move |_| {
                    let _ = files::download("ita-cohort-saved.json", "application/json", &raw);
                };
                view! {
                    <div class="error" role="alert">
                        <p>{(t().stored_corrupt)(&u.why[usize::from(store.lang() == Lang::En)])} " " {kept}</p>
                        <button type="button" on:click=download>{t().download_stored}</button>
                    </div>
                }
                .into_any()
            }
        };
        Some(view! { <div data-testid="cohort-storage">{view}</div> })
    }
}
