//! Import an agency's published report (DOCX, PDF, text): the file is read by the import
//! module (`import_module.rs`), every value found is shown with the words and line it came
//! from, and only the user's confirmation puts the scores into the chosen agency and year
//! (checked by the core first: a refused import changes nothing). The report's overall score
//! and level go in as published figures, which the assessment checks against its own.
//!
//! Testing contract: `data-testid` `report-file` (the input), `report-preview`,
//! `report-agency`, `report-year`, `report-confirm`, `report-cancel`, `report-outcome`.

use ita_core::foundation::number::format_score;
use ita_core::framework::{for_year, supported_years};
use ita_core::input::report_text::{Extracted, Sourced};
use leptos::prelude::*;

use super::file_field::{file_field, FileField};
use crate::export_module::ExportError as ModuleError;
use crate::files;
use crate::i18n::ImportTexts;
use crate::i18n::ScreenTexts;
use crate::state::{use_store, Store};

/// Where the import is.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Idle,
    Reading,
    Preview(Box<Extracted>),
    Outcome(Result<String, String>),
}

/// One row of the preview: what, the value as shown, the words it came from, the line.
struct Row {
    item: String,
    value: String,
    source: String,
    line: usize,
}

/// No props: reads and changes the store.
#[component]
pub fn ReportImport() -> impl IntoView {
    let store = use_store();
    let t = move || store.tr::<ImportTexts>();
    let phase = RwSignal::new(Phase::Idle);
    // "" = a new agency named after the report.
    let target_agency = RwSignal::new(String::new());
    let target_year = RwSignal::new(None::<u16>);
    let on_file = move |file: web_sys::File| {
        phase.set(Phase::Reading);
        leptos::task::spawn_local(async move {
            let lang = store.lang_untracked();
            let read = match files::read_bytes(&file).await {
                Ok(bytes) => crate::import_module::extract_report(&bytes, lang).await,
                Err(e) => Err(ModuleError::Build(e)),
            };
            phase.set(match read {
                Ok(x) => {
                    target_agency.set(
                        store
                            .agency
                            .get_untracked()
                            .map(|a| a.id)
                            .unwrap_or_default(),
                    );
                    target_year.set(x.year.as_ref().map(|y| y.value));
                    Phase::Preview(Box::new(x))
                }
                Err(ModuleError::Load(_)) => Phase::Outcome(Err(t().load_failed.to_string())),
                Err(ModuleError::Build(m)) => Phase::Outcome(Err(m)),
            });
        });
    };
    let confirm = move |_| {
        let Phase::Preview(x) = phase.get_untracked() else {
            return;
        };
        let Some(year) = target_year.get_untracked() else {
            return;
        };
        let id = Some(target_agency.get_untracked()).filter(|id| !id.is_empty());
        let name = report_agency_name(store, &x);
        let scores = x.scores();
        let n = scores.values.len();
        let result = store
            .import_report(id, name, year, scores)
            .map(|()| (t().done)(n, &store.year_text(year)));
        phase.set(Phase::Outcome(result));
    };
    let cancel = move |_| phase.set(Phase::Outcome(Ok(t().cancelled.to_string())));
    view! {
        {file_field(
            FileField {
                id: "report-import".to_string(),
                class: "field import-field",
                accept: ".docx,.pdf,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/plain",
                testid: "report-file",
            },
            move || t().report_label,
            on_file,
        )}
        <div class="import-outcome" role="status" aria-live="polite" data-testid="report-outcome">
            {move || match phase.get() {
                Phase::Reading => view! { <p class="muted">{t().reading}</p> }.into_any(),
                Phase::Outcome(Ok(m)) => view! { <p class="ok">{m}</p> }.into_any(),
                Phase::Outcome(Err(m)) => {
                    view! {
                        <p class="error-text">{format!("{} {m}", store.tr::<ScreenTexts>().import_failed)}</p>
                    }
                        .into_any()
                }
                _ => ().into_any(),
            }}
        </div>
        {move || match phase.get() {
            Phase::Preview(x) => {
                preview(store, &x, target_agency, target_year, confirm, cancel).into_any()
            }
            _ => ().into_any(),
        }}
    }
}

/// The name for a new agency: the report's, else the app's default name.
fn report_agency_name(store: Store, x: &Extracted) -> String {
    x.agency
        .as_ref()
        .map(|a| a.value.clone())
        .unwrap_or_else(|| store.t().default_agency_name.to_string())
}

/// The preview of everything found, the choice of agency and year, and the two buttons.
fn preview(
    store: Store,
    x: &Extracted,
    target_agency: RwSignal<String>,
    target_year: RwSignal<Option<u16>>,
    confirm: impl Fn(leptos::ev::MouseEvent) + 'static,
    cancel: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let t = store.tr::<ImportTexts>();
    let lang = store.lang_untracked();
    let digits = store.digits_untracked();
    let rows = rows(x, lang, digits, t);
    let warnings: Vec<String> = x.warnings.iter().map(|w| w.message(lang)).collect();
    let new_name = report_agency_name(store, x);
    let agencies = store.agencies();
    let years = move || {
        store.frameworks.track();
        let mut ys = supported_years();
        if let Some(y) = target_year.get_untracked() {
            if !ys.contains(&y) {
                ys.push(y);
            }
        }
        ys.sort_unstable();
        ys
    };
    let on_year = move |ev: leptos::ev::Event| {
        target_year.set(event_target_value(&ev).parse().ok());
    };
    let on_agency = move |ev: leptos::ev::Event| target_agency.set(event_target_value(&ev));
    view! {
        <section class="report-import-preview" data-testid="report-preview" aria-labelledby="report-preview-title">
            <h4 id="report-preview-title">{t.preview_title}</h4>
            <table class="results">
                <thead>
                    <tr>
                        <th scope="col">{t.col_item}</th>
                        <th scope="col" class="num">{t.col_value}</th>
                        <th scope="col">{t.col_source}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|r| {
                            view! {
                                <tr>
                                    <th scope="row">{r.item}</th>
                                    <td class="num">{r.value}</td>
                                    <td>
                                        {format!("«{}» ", r.source)}
                                        <span class="muted">
                                            {(t.line)(&store.digits_in(&r.line.to_string()))}
                                        </span>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            {(!warnings.is_empty())
                .then(|| {
                    view! {
                        <h5>{t.warnings_title}</h5>
                        <ul class="notice">
                            {warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
                        </ul>
                    }
                })}
            <p class="help">{t.published_note}</p>
            <div class="field-grid">
                <div class="field">
                    <label for="report-agency">{t.target_agency}</label>
                    <select id="report-agency" data-testid="report-agency" on:change=on_agency>
                        {agencies
                            .into_iter()
                            .map(|a| {
                                let selected = target_agency.get_untracked() == a.id;
                                view! {
                                    <option value=a.id.clone() selected=selected>
                                        {a.name.clone()}
                                    </option>
                                }
                            })
                            .collect_view()}
                        <option value="" selected=target_agency.get_untracked().is_empty()>
                            {(t.new_agency)(&new_name)}
                        </option>
                    </select>
                </div>
                <div class="field">
                    <label for="report-year">{t.target_year}</label>
                    <select id="report-year" data-testid="report-year" on:change=on_year>
                        <option value="" selected=target_year.get_untracked().is_none()>
                            "—"
                        </option>
                        {move || {
                            years()
                                .into_iter()
                                .map(|y| {
                                    view! {
                                        <option
                                            value=y.to_string()
                                            selected=target_year.get_untracked() == Some(y)
                                        >
                                            {store.year_text(y)}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
            </div>
            <p class="actions">
                <button
                    type="button"
                    on:click=confirm
                    data-testid="report-confirm"
                    disabled=move || target_year.get().is_none()
                >
                    {t.confirm}
                </button>
                <button type="button" class="secondary" on:click=cancel data-testid="report-cancel">
                    {t.cancel}
                </button>
            </p>
        </section>
    }
}

/// A preview row for a value found.
fn row<T>(item: String, value: String, s: &Sourced<T>) -> Row {
    Row {
        item,
        value,
        source: s.source.clone(),
        line: s.line,
    }
}

/// Every value found, in the order of the tree: agency, year, overall, level, tools,
/// indicators, sub-indicators, items.
fn rows(
    x: &Extracted,
    lang: ita_core::Lang,
    digits: ita_core::foundation::number::Digits,
    t: &crate::i18n::ImportTexts,
) -> Vec<Row> {
    let fw = x.year.as_ref().and_then(|y| for_year(y.value).ok());
    let name = |code: &str| {
        let name = fw.map_or_else(|| code.to_string(), |fw| fw.display_name(code, lang));
        ita_core::foundation::number::with_digits(&name, digits)
    };
    let score = |v: f64| format_score(v, digits);
    let mut out = Vec::new();
    if let Some(a) = &x.agency {
        out.push(row(t.found_agency.into(), a.value.clone(), a));
    }
    if let Some(y) = &x.year {
        let text = ita_core::foundation::number::with_digits(&y.value.to_string(), digits);
        out.push(row(t.found_year.into(), text, y));
    }
    if let Some(o) = &x.overall {
        out.push(row(t.found_overall.into(), score(o.value), o));
    }
    if let Some(l) = &x.level {
        out.push(row(t.found_level.into(), l.value.clone(), l));
    }
    for (code, s) in &x.tools {
        out.push(row(name(code), score(s.value), s));
    }
    for (n, s) in &x.indicators {
        out.push(row(name(&n.to_string()), score(s.value), s));
    }
    for (code, s) in x.sub_indicators.iter().chain(&x.items) {
        out.push(row(name(code), score(s.value), s));
    }
    out
}
