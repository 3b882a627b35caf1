//! The file input that imports a scores CSV or a workbook JSON.
//!
//! Nothing changes until the whole file has been read and validated by the core; replacing
//! existing data asks first. The outcome is announced next to the input.

use ita_core::input::scores_csv::read_scores_csv;
use ita_core::Workbook;
use leptos::prelude::*;

use super::file_field::{file_field, import_outcome, FileField};
use crate::files;
use crate::i18n::{ScreenTexts, TextTable};
use crate::state::{use_store, Store};

/// Props:
/// * `id` — the input's id (unique on the page).
///
/// The input carries `data-testid="import-file"` (testing contract).
#[component]
pub fn ImportFile(#[prop(into)] id: String) -> impl IntoView {
    let store = use_store();
    let outcome: RwSignal<Option<Result<String, String>>> = RwSignal::new(None);
    let on_file = move |file: web_sys::File| {
        leptos::task::spawn_local(async move {
            let lang = store.lang_untracked();
            let result = match files::read_text(&file, lang).await {
                // Say which encoding a file not in UTF-8 was read in, with the outcome.
                Ok(decoded) => import_text(store, &file.name(), &decoded.text).map(|done| {
                    match decoded.encoding.note(lang) {
                        Some(note) => format!("{done} ({note})"),
                        None => done,
                    }
                }),
                Err(e) => Err(e),
            };
            outcome.set(Some(result));
        });
    };
    let field = FileField {
        id,
        class: "field import-field",
        accept: ".csv,.json,text/csv,application/json",
        testid: "import-file",
    };
    view! {
        {file_field(field, move || store.tr::<ScreenTexts>().import_label, on_file)}
        {import_outcome(outcome, None)}
    }
}

/// Import a file's text. `Ok` carries the message to show; `Err` the reason nothing changed.
pub fn import_text(store: Store, name: &str, text: &str) -> Result<String, String> {
    let lang = store.lang_untracked();
    let t = ScreenTexts::of(lang);
    let is_json = name.to_ascii_lowercase().ends_with(".json")
        || text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .starts_with('{');
    if is_json {
        let wb = Workbook::from_json(text).map_err(|e| e.message(lang))?;
        let has_data = store.has_agencies_untracked();
        if has_data && !files::confirm(t.confirm_replace_workbook) {
            return Ok(t.import_cancelled.to_string());
        }
        store.replace_workbook(wb);
        return Ok(t.import_json_done.to_string());
    }
    let years = read_scores_csv(text).map_err(|e| e.message(lang))?;
    if years.is_empty() {
        return Ok((t.import_csv_done)(0));
    }
    let clashing: Vec<String> = store.agency.with_untracked(|a| {
        a.as_ref()
            .map(|a| {
                years
                    .keys()
                    .filter(|y| a.years.get(y).is_some_and(|r| !r.scores.is_empty()))
                    .map(|y| y.to_string())
                    .collect()
            })
            .unwrap_or_default()
    });
    if !clashing.is_empty() && !files::confirm(&(t.confirm_merge_scores)(&clashing.join(", "))) {
        return Ok(t.import_cancelled.to_string());
    }
    let n = years.len();
    store.merge_scores(years);
    Ok((t.import_csv_done)(n))
}
