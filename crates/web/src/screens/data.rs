//! The files screen: export the whole workbook (JSON) or the chosen agency's scores (CSV),
//! import either back, copies of unreadable stored data (download, restore, discard), import an
//! agency's published report, load a framework file of one's own, and what saving in the
//! browser means.

use std::collections::BTreeMap;

use ita_core::input::scores_csv::write_scores_csv;
use leptos::prelude::*;

use crate::components::{BackupsCard, Card, FrameworkFileCard, ImportFile, ReportImport};
use crate::files;
use crate::i18n::ImportTexts;
use crate::state::use_screen_texts;

#[component]
pub fn DataScreen() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let imports = move || store.tr::<ImportTexts>();
    let export_json = move |_| {
        let json = store.workbook_json();
        let _ = files::download("ita-workbook.json", "application/json", &json);
    };
    let export_csv = move |_| {
        let years: BTreeMap<u16, ita_core::Scores> = store.agency.with_untracked(|a| {
            a.as_ref()
                .map(|a| {
                    a.years
                        .iter()
                        .map(|(y, r)| (*y, r.scores.clone()))
                        .collect()
                })
                .unwrap_or_default()
        });
        let _ = files::download("ita-scores.csv", "text/csv", &write_scores_csv(&years));
    };
    view! {
        <h2 class="screen-title">{move || t().data_title}</h2>
        <Card id="export-title" title=move || t().export_title>
            <p class="help">{move || t().export_help}</p>
            <p class="actions">
                <button type="button" on:click=export_json data-testid="export-json">
                    {move || t().export_json}
                </button>
                <button
                    type="button"
                    class="secondary"
                    on:click=export_csv
                    data-testid="export-csv"
                    disabled=move || store.agency.with(Option::is_none)
                >
                    {move || t().export_csv}
                </button>
            </p>
        </Card>
        <Card id="data-import-title" title=move || t().import_title>
            <p class="help">{move || t().import_help}</p>
            <ImportFile id="data-import" />
        </Card>
        <BackupsCard />
        <Card id="report-import-title" title=move || imports().report_title>
            <p class="help">{move || imports().report_help}</p>
            <ReportImport />
        </Card>
        <Card id="framework-title" title=move || imports().fw_title>
            <p class="help">{move || imports().fw_help}</p>
            <FrameworkFileCard />
        </Card>
        <Card id="storage-title" title=move || t().storage_title>
            <p>{move || t().storage_help}</p>
            <p class="muted">
                {move || {
                    let k = store.keys();
                    format!("localStorage: {} · {}", k.workbook(), k.prefs())
                }}
            </p>
        </Card>
    }
}
