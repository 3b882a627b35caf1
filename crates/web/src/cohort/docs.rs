//! The coordinator's documents for the year and filters on screen, made by the export module
//! (loaded on first use, as for the single-agency documents): the summary report (DOCX, XLSX)
//! and the one-page sheet per agency (one DOCX).

use leptos::prelude::*;
use serde_json::json;

use super::CohortState;
use crate::export_module::{download_bytes, export_cohort, ExportError};
use crate::i18n::CohortTexts;
use crate::state::use_store;

#[derive(Clone, Copy)]
struct Doc {
    id: &'static str,
    doc: &'static str,
    format: &'static str,
    label: fn(&'static crate::i18n::CohortTexts) -> &'static str,
}

const DOCS: [Doc; 3] = [
    Doc {
        id: "cohort-doc-summary-docx",
        doc: "summary",
        format: "docx",
        label: |t| t.doc_summary_docx,
    },
    Doc {
        id: "cohort-doc-summary-xlsx",
        doc: "summary",
        format: "xlsx",
        label: |t| t.doc_summary_xlsx,
    },
    Doc {
        id: "cohort-doc-sheets",
        doc: "sheets",
        format: "docx",
        label: |t| t.doc_sheets,
    },
];

#[component]
pub fn Documents(state: CohortState) -> impl IntoView {
    let store = use_store();
    let t = move || store.tr::<CohortTexts>();
    let busy = RwSignal::new(false);
    let outcome: RwSignal<Option<String>> = RwSignal::new(None);
    let make = move |d: Doc| {
        let (Some(data), Some(year)) = (state.data.get_untracked(), state.year.get_untracked())
        else {
            return;
        };
        let request = json!({
            "text": data.text,
            "year": year,
            "province": state.province.get_untracked(),
            "kind": state.kind.get_untracked(),
            "doc": d.doc,
            "format": d.format,
        })
        .to_string();
        let format = ita_document::Format::from_extension(d.format);
        let name = format!("cohort-{}-{year}.{}", d.doc, d.format);
        busy.set(true);
        outcome.set(None);
        leptos::task::spawn_local(async move {
            let result = match export_cohort(&request).await {
                Ok(bytes) => {
                    let mime = format
                        .map(|f| f.mime())
                        .unwrap_or("application/octet-stream");
                    download_bytes(&name, mime, &bytes)
                }
                Err(ExportError::Load(e) | ExportError::Build(e)) => Err(e),
            };
            let _ = busy.try_set(false);
            let _ = outcome.try_set(result.err());
        });
    };
    view! {
        <Show when=move || state.summary.with(|s| s.is_some())>
            <section class="cohort-docs" aria-labelledby="cohort-docs-title">
                <h3 id="cohort-docs-title">{move || t().docs_title}</h3>
                <p class="muted">{move || t().docs_help}</p>
                <p class="actions">
                    {DOCS
                        .into_iter()
                        .map(|d| {
                            view! {
                                <button
                                    type="button"
                                    data-testid=d.id
                                    disabled=move || busy.get()
                                    on:click=move |_| make(d)
                                >
                                    {move || (d.label)(t())}
                                </button>
                                " "
                            }
                        })
                        .collect_view()}
                </p>
                <p role="status" aria-live="polite">
                    {move || busy.get().then(|| t().exporting)}
                    {move || {
                        outcome
                            .get()
                            .map(|e| view! { <span class="error-text">{format!("{} {e}", t().export_failed)}</span> })
                    }}
                </p>
            </section>
        </Show>
    }
}
