//! The report screen (issue #6): choose the documents (cover memo, analysis report, measures
//! plan, implementation report), the digits and the format; see the live preview; download.
//!
//! * The documents are built by the core (`ita_core::report::build`) from the store, so the
//!   preview follows every edit at once. The preview is also the print view.
//! * DOCX and XLSX are made by the lazily loaded export module (`crate::export_module`); CSV
//!   here with the core's `document::csv`; print/PDF with the browser's `window.print()` and
//!   the print stylesheet (`html::PRINT_CSS` for the documents, `assets/app.css` for the rest).
//! * The analysis report's charts are part of the document (`Block::Chart`): the preview
//!   draws them on a canvas, the exporter as pictures at print resolution (same spec, same
//!   layout, `ita_document::chart`).

use ita_core::foundation::number::Digits;
use ita_core::report::{build_with_draft, DocKind, ReportOptions};
use ita_core::writing::draft_measures::DraftDetail;
use ita_document::{csv, html::PRINT_CSS, Document};
use leptos::prelude::*;

use crate::components::{radio_option, DocPreview, MemoEditor, RadioAttrs};
use crate::export_module::{self, ExportError};
use crate::i18n::ReportTexts;
use crate::state::use_store;

/// Print rules added after `PRINT_CSS`: landscape pages for the wide plan tables (sections
/// with `landscape`; `assets/app.css` gives them `page: landscape`). They must come after
/// PRINT_CSS's unnamed `@page`, which Chromium otherwise lets override the named page's size.
const LANDSCAPE_PAGE: &str = "@page landscape { size: A4 landscape; margin: 2cm 2cm 2cm 2.5cm; }\n";

/// The file format (or print).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Docx,
    Xlsx,
    Csv,
    Print,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Docx, Format::Xlsx, Format::Csv, Format::Print];

    /// The file format written (`ita_document::Format` holds extensions, MIME types and
    /// writers); print has none.
    fn file(self) -> Option<ita_document::Format> {
        match self {
            Format::Docx => Some(ita_document::Format::Docx),
            Format::Xlsx => Some(ita_document::Format::Xlsx),
            Format::Csv => Some(ita_document::Format::Csv),
            Format::Print => None,
        }
    }

    pub fn slug(self) -> &'static str {
        self.file().map_or("print", ita_document::Format::extension)
    }

    fn label(self, r: &ReportTexts) -> &'static str {
        match self {
            Format::Docx => r.format_docx,
            Format::Xlsx => r.format_xlsx,
            Format::Csv => r.format_csv,
            Format::Print => r.format_print,
        }
    }

    fn mime(self) -> &'static str {
        self.file().unwrap_or(ita_document::Format::Html).mime()
    }
}

fn doc_slug(k: DocKind) -> &'static str {
    match k {
        DocKind::Memo => "memo",
        DocKind::Analysis => "analysis",
        DocKind::Plan => "plan",
        DocKind::Implementation => "implementation",
    }
}

fn doc_label(k: DocKind, r: &ReportTexts) -> &'static str {
    match k {
        DocKind::Memo => r.doc_memo,
        DocKind::Analysis => r.doc_analysis,
        DocKind::Plan => r.doc_plan,
        DocKind::Implementation => r.doc_implementation,
    }
}

/// The download's file name, e.g. `ita-2565-all.docx`, `ita-2565-analysis-plan.xlsx`.
pub fn file_name(year: u16, kinds: &[DocKind], format: Format) -> String {
    let docs = if DocKind::ALL.iter().all(|k| kinds.contains(k)) {
        "all".to_string()
    } else {
        kinds
            .iter()
            .map(|k| doc_slug(*k))
            .collect::<Vec<_>>()
            .join("-")
    };
    format!("ita-{year}-{docs}.{}", format.slug())
}

/// A JSON string literal.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What the documents are made of, besides the workbook: the agency, the year, the documents
/// chosen, the digits and how much a plan not saved yet says.
pub struct ExportChoice<'a> {
    pub agency: &'a str,
    pub year: u16,
    pub kinds: &'a [DocKind],
    pub digits: Digits,
    pub draft: DraftDetail,
}

/// The exporter's request (format documented in `crates/export/src/lib.rs`).
pub fn export_request(workbook_json: &str, choice: &ExportChoice, format: Format) -> String {
    let ExportChoice {
        agency,
        year,
        kinds,
        digits,
        draft,
    } = *choice;
    let docs = kinds
        .iter()
        .map(|k| json_string(doc_slug(*k)))
        .collect::<Vec<_>>()
        .join(",");
    format!(
        "{{\"workbook\":{workbook_json},\"agency\":{},\"year\":{year},\"docs\":[{docs}],\"format\":{},\"digits\":{},\"draft\":{}}}",
        json_string(agency),
        json_string(format.slug()),
        json_string(match digits {
            Digits::Thai => "thai",
            Digits::Arabic => "arabic",
        }),
        json_string(match draft {
            DraftDetail::Concise => "concise",
            DraftDetail::Full => "full",
        }),
    )
}

/// What the export button is doing.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Idle,
    Working,
    Done(String),
    Failed(String),
}

#[component]
pub fn ReportScreen() -> impl IntoView {
    let store = use_store();
    let r = move || store.tr::<ReportTexts>();
    let kinds = RwSignal::new(DocKind::ALL.to_vec());
    let format = RwSignal::new(Format::Docx);
    let digits = RwSignal::new(Digits::Thai);
    let status = RwSignal::new(Status::Idle);
    // A new format makes the last result stale.
    Effect::watch(
        move || format.get(),
        move |_, _, _| status.set(Status::Idle),
        false,
    );

    let has_scores = Memo::new(move |_| store.has_scores());

    // The documents, rebuilt by the core on every change.
    let doc = Memo::new(move |_| -> Option<Document> {
        if !has_scores.get() {
            return None;
        }
        let kinds = kinds.get();
        let digits = digits.get();
        let y = store.year.get()?;
        let detail = store.draft_detail();
        store.agency.with(|a| {
            let a = a.as_ref()?;
            build_with_draft(a, y, &kinds, &ReportOptions { digits }, detail).ok()
        })
    });
    let plan_empty = move || {
        kinds.with(|k| k.contains(&DocKind::Plan) || k.contains(&DocKind::Implementation))
            && store.agency.with(|a| {
                store
                    .year
                    .get()
                    .and_then(|y| a.as_ref()?.years.get(&y).map(|r| r.plan.is_empty()))
                    .unwrap_or(false)
            })
    };

    let run = move |_| {
        let Some(y) = store.year.get_untracked() else {
            return;
        };
        let chosen = kinds.get_untracked();
        if chosen.is_empty() {
            status.set(Status::Failed(r().pick_a_doc.to_string()));
            return;
        }
        let fmt = format.get_untracked();
        match fmt {
            Format::Print => {
                status.set(Status::Idle);
                let _ = window().print();
            }
            Format::Csv => {
                let name = file_name(y, &chosen, fmt);
                let result = doc.with_untracked(|d| match d {
                    Some(d) => crate::files::download(&name, fmt.mime(), &csv::write(d)),
                    None => Err(r().no_scores.to_string()),
                });
                status.set(match result {
                    Ok(()) => Status::Done((r().done)(&name)),
                    Err(e) => Status::Failed(format!("{} {e}", r().failed)),
                });
            }
            Format::Docx | Format::Xlsx => {
                let Some(agency) = store
                    .agency
                    .with_untracked(|a| a.as_ref().map(|a| a.id.clone()))
                else {
                    return;
                };
                let choice = ExportChoice {
                    agency: &agency,
                    year: y,
                    kinds: &chosen,
                    digits: digits.get_untracked(),
                    draft: store.prefs_untracked().draft,
                };
                let request = export_request(&store.workbook_json(), &choice, fmt);
                let name = file_name(y, &chosen, fmt);
                status.set(Status::Working);
                leptos::task::spawn_local(async move {
                    let t = store.tr::<ReportTexts>();
                    let outcome = match export_module::export_document(&request).await {
                        Ok(bytes) => match export_module::download_bytes(&name, fmt.mime(), &bytes)
                        {
                            Ok(()) => Status::Done((t.done)(&name)),
                            Err(e) => Status::Failed(format!("{} {e}", t.failed)),
                        },
                        Err(ExportError::Load(e)) => {
                            Status::Failed(format!("{} {e}", t.load_failed))
                        }
                        Err(ExportError::Build(e)) => Status::Failed(format!("{} {e}", t.failed)),
                    };
                    status.try_set(outcome);
                });
            }
        }
    };
    let print = move |_| {
        let _ = window().print();
    };
    let action_label = move || match format.get() {
        Format::Print => r().print.to_string(),
        f => (r().download)(&f.slug().to_uppercase()),
    };
    let toggle = move |k: DocKind, on: bool| {
        kinds.update(|v| {
            v.retain(|x| *x != k);
            if on {
                v.push(k);
            }
            // Keep the order of DocKind::ALL (memo, analysis, plan, implementation).
            v.sort_by_key(|x| DocKind::ALL.iter().position(|a| a == x));
        })
    };

    view! {
        <h2 class="screen-title no-print">{move || super::year_title(store, r().title, store.t().nav_report)}</h2>
        <Show
            when=move || has_scores.get()
            fallback=move || {
                view! {
                    <p class="notice">
                        {move || r().no_scores} " "
                        <a href="#/scores">{move || store.t().nav_scores}</a>
                    </p>
                }
            }
        >
            <section class="card report-options no-print" aria-labelledby="report-options-title">
                <h3 id="report-options-title">{move || r().options_title}</h3>
                <div class="report-choices">
                    <fieldset data-testid="report-docs">
                        <legend>{move || r().docs_legend}</legend>
                        {DocKind::ALL
                            .into_iter()
                            .map(|k| {
                                view! {
                                    <label class="check">
                                        <input
                                            type="checkbox"
                                            value=doc_slug(k)
                                            prop:checked=move || kinds.with(|v| v.contains(&k))
                                            on:change=move |ev| toggle(k, event_target_checked(&ev))
                                        />
                                        {move || doc_label(k, r())}
                                    </label>
                                }
                            })
                            .collect_view()}
                        <button
                            type="button"
                            class="secondary small"
                            on:click=move |_| kinds.set(DocKind::ALL.to_vec())
                        >
                            {move || r().select_all}
                        </button>
                    </fieldset>
                    <fieldset data-testid="report-format">
                        <legend>{move || r().format_legend}</legend>
                        {Format::ALL
                            .into_iter()
                            .map(|f| {
                                let attrs = RadioAttrs {
                                    name: "report-format",
                                    value: Some(f.slug()),
                                    label_class: Some("check"),
                                    ..RadioAttrs::default()
                                };
                                radio_option(attrs, format, f, move || f.label(r()))
                            })
                            .collect_view()}
                    </fieldset>
                    <fieldset data-testid="report-digits">
                        <legend>{move || r().digits_legend}</legend>
                        {radio_option(
                            digits_radio("thai"),
                            digits,
                            Digits::Thai,
                            move || r().digits_thai,
                        )}
                        {radio_option(
                            digits_radio("arabic"),
                            digits,
                            Digits::Arabic,
                            move || r().digits_arabic,
                        )}
                    </fieldset>
                </div>
                <p class="actions">
                    <button
                        type="button"
                        data-testid="report-run"
                        on:click=run
                        disabled=move || status.get() == Status::Working || kinds.with(Vec::is_empty)
                    >
                        {action_label}
                    </button>
                </p>
                <p class="help">
                    {move || if format.get() == Format::Print { r().print_help } else { r().offline_note }}
                </p>
                <div data-testid="report-status">
                    {move || match status.get() {
                        Status::Idle => ().into_any(),
                        Status::Working => view! { <p role="status">{r().working}</p> }.into_any(),
                        Status::Done(m) => view! { <p role="status" class="ok">{m}</p> }.into_any(),
                        Status::Failed(m) => {
                            view! { <p role="alert" class="error">{m}</p> }.into_any()
                        }
                    }}
                </div>
                {move || kinds.with(Vec::is_empty).then(|| view! { <p class="notice">{r().pick_a_doc}</p> })}
                {move || plan_empty().then(|| view! {
                    <p class="notice">
                        <a href="#/measures">{r().plan_empty_note}</a>
                    </p>
                })}
            </section>
            {move || kinds.with(|k| k.contains(&DocKind::Memo)).then(|| view! { <MemoEditor /> })}
            <section class="card report-preview" aria-labelledby="report-preview-title">
                <div class="report-preview-head no-print">
                    <h3 id="report-preview-title">{move || r().preview_title}</h3>
                    <button type="button" class="secondary" on:click=print data-testid="report-print">
                        {move || r().print}
                    </button>
                </div>
                <p class="help no-print">{move || r().preview_help}</p>
                <DocPreview
                    doc=doc
                    label=Signal::derive(move || r().preview_label.to_string())
                />
            </section>
            // The documents' print rules (shared with the CLI's HTML), for printing only.
            <style>{format!("@media print {{\n{PRINT_CSS}{LANDSCAPE_PAGE}}}\n")}</style>
        </Show>
    }
}

/// A radio button of the report's digit choice.
fn digits_radio(value: &'static str) -> RadioAttrs {
    RadioAttrs {
        name: "report-digits",
        value: Some(value),
        label_class: Some("check"),
        ..RadioAttrs::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_name_the_documents() {
        assert_eq!(
            file_name(2565, &DocKind::ALL, Format::Docx),
            "ita-2565-all.docx"
        );
        assert_eq!(
            file_name(2565, &[DocKind::Analysis, DocKind::Plan], Format::Xlsx),
            "ita-2565-analysis-plan.xlsx"
        );
    }

    #[test]
    fn the_request_is_json_the_exporter_reads() {
        let choice = ExportChoice {
            agency: "a\"1",
            year: 2565,
            kinds: &[DocKind::Analysis],
            digits: Digits::Thai,
            draft: DraftDetail::Full,
        };
        let req = export_request("{\"format\":\"ita-workbook\"}", &choice, Format::Docx);
        assert_eq!(
            req,
            "{\"workbook\":{\"format\":\"ita-workbook\"},\"agency\":\"a\\\"1\",\"year\":2565,\"docs\":[\"analysis\"],\"format\":\"docx\",\"digits\":\"thai\",\"draft\":\"full\"}"
        );
    }
}
