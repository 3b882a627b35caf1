//! The measures screen: the plan made from the chosen year's results (for the next fiscal
//! year) — drafted by the core, every field editable, rows added, removed and reordered — and
//! the follow-up of each measure (status, what was done, outcome, suggestions).

use ita_core::workbook::measures::{Measure, Status};
use ita_core::writing::draft_measures::DraftDetail;
use leptos::prelude::*;

use crate::components::choice_field::impl_choice;
use crate::components::{choice_field, text_field, TextFieldKind};
use crate::files::confirm;
use crate::i18n::ScreenTexts;
use crate::plan_tools;
use crate::state::use_screen_texts;

#[component]
pub fn MeasuresScreen() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let ids = Memo::new(move |_| {
        store.with_year_record(|_, _, rec| {
            Some(rec.plan.iter().map(|m| m.id.clone()).collect::<Vec<_>>())
        })
    });
    let title = move || match store.year.get() {
        Some(y) => (t().plan_title)(&store.year_text(y), &store.year_text(y + 1)),
        None => t().nav_measures.to_string(),
    };
    let add = move |_| store.add_measure();
    let message = RwSignal::new(None::<String>);
    let draft = move |_| {
        let has = store.agency.with(|a| {
            store
                .year
                .get_untracked()
                .and_then(|y| a.as_ref()?.years.get(&y).map(|r| !r.plan.is_empty()))
                .unwrap_or(false)
        });
        if has && !confirm(t().confirm_replace_plan) {
            return;
        }
        match plan_tools::draft_plan(store) {
            Some(plan) => store.set_plan(plan),
            None => message.set(Some(t().draft_unavailable.to_string())),
        }
    };
    let fill = move |_| message.set(Some(plan_tools::fill_outcomes(store)));
    view! {
        <h2 class="screen-title">{title}</h2>
        {move || match ids.get() {
            None => view! {
                <p class="notice">
                    <a href="#/workbook">{t().go_to_workbook}</a>
                </p>
            }
                .into_any(),
            Some(ids) => {
                let empty = ids.is_empty();
                let count = ids.len();
                view! {
                    <section class="card">
                        <p class="help">{t().plan_help}</p>
                        <p class="actions">
                            <button type="button" on:click=draft data-testid="plan-draft">
                                {t().plan_draft}
                            </button>
                            <button type="button" class="secondary" on:click=fill>
                                {t().fill_outcomes}
                            </button>
                        </p>
                        <DraftDetailChoice />
                        <p role="status" aria-live="polite">{move || message.get()}</p>
                        {empty.then(|| view! { <p>{t().plan_empty}</p> })}
                    </section>
                    <ol class="measure-list">
                        {ids
                            .into_iter()
                            .enumerate()
                            .map(|(k, id)| view! { <MeasureRow id=id index=k count=count /> })
                            .collect_view()}
                    </ol>
                    <p>
                        <button type="button" on:click=add data-testid="add-measure">
                            {t().add_measure}
                        </button>
                    </p>
                }
                    .into_any()
            }
        }}
    }
}

/// Concise or full: how much a drafted plan says (a preference, also used by the documents
/// when no plan is saved yet).
#[component]
fn DraftDetailChoice() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let option = move |value: DraftDetail,
                       slug: &'static str,
                       text: fn(&'static ScreenTexts) -> &'static str| {
        view! {
            <label class="check">
                <input
                    type="radio"
                    name="draft-detail"
                    value=slug
                    data-testid=format!("draft-{slug}")
                    prop:checked=move || store.draft_detail() == value
                    on:change=move |_| store.set_draft_detail(value)
                />
                {move || text(t())}
            </label>
        }
    };
    view! {
        <fieldset class="draft-detail" data-testid="draft-detail">
            <legend>{move || t().draft_detail_legend}</legend>
            {option(DraftDetail::Concise, "concise", |t| t.draft_concise)}
            {option(DraftDetail::Full, "full", |t| t.draft_full)}
        </fieldset>
    }
}

/// The fields made by `$field` (the row's field maker) for the measure's text fields, each
/// `name: label` (the screen text that labels it).
macro_rules! text_fields {
    ($field:ident; $($name:ident: $label:ident),+) => {
        vec![$($field(
            stringify!($name),
            |t| t.$label,
            |m| m.$name.clone(),
            |m, v| m.$name = v,
        )),+]
    };
}

/// One measure with its follow-up.
///
/// Props: `id` (the measure's id), `index` (its 0-based position), `count` (rows in the plan).
#[component]
fn MeasureRow(id: String, index: usize, count: usize) -> impl IntoView {
    let (store, t) = use_screen_texts();
    let measure = {
        let id = id.clone();
        Memo::new(move |_| {
            store.with_year_record(|_, _, rec| rec.plan.iter().find(|m| m.id == id).cloned())
        })
    };
    let edit = {
        let id = id.clone();
        move |f: &dyn Fn(&mut Measure)| store.edit_measure(&id, f)
    };
    let edit = std::rc::Rc::new(edit);
    let field = {
        let edit = edit.clone();
        let id = id.clone();
        move |key: &'static str,
              label: fn(&'static crate::i18n::ScreenTexts) -> &'static str,
              get: fn(&Measure) -> String,
              set: fn(&mut Measure, String)| {
            let edit = edit.clone();
            text_field(
                format!("{id}-{key}"),
                TextFieldKind {
                    rows: 2,
                    max: Some(ita_core::workbook::limits::measure_field_max(key)),
                    ..TextFieldKind::default()
                },
                move || label(t()),
                move || measure.with(|m| m.as_ref().map(get).unwrap_or_default()),
                move |v| edit(&|m: &mut Measure| set(m, v.clone())),
            )
        }
    };
    let mv = {
        let id = id.clone();
        move |delta: isize| {
            let id = id.clone();
            move |_| {
                store.move_measure(&id, delta);
                keep_focus(&id, delta);
            }
        }
    };
    let remove = {
        let id = id.clone();
        move |_| {
            if confirm(t().confirm_remove_measure) {
                store.remove_measure(&id);
            }
        }
    };
    let status_id = format!("{id}-status");
    let heading_id = format!("{id}-heading");
    let edit_status = edit.clone();
    view! {
        <li class="card measure" aria-labelledby=heading_id.clone()>
            <div class="measure-head">
                <h3 id=heading_id.clone()>{move || store.digits_in(&(t().measure_n)(index + 1))}</h3>
                <div class="actions" role="group" aria-labelledby=heading_id.clone()>
                    <button
                        type="button"
                        class="secondary"
                        id=format!("{id}-up")
                        on:click=mv(-1)
                        disabled=index == 0
                    >
                        {move || t().move_up}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        id=format!("{id}-down")
                        on:click=mv(1)
                        disabled={index + 1 >= count}
                    >
                        {move || t().move_down}
                    </button>
                    <button type="button" class="danger" on:click=remove>
                        {move || t().remove_measure}
                    </button>
                </div>
            </div>
            <div class="field-grid wide">
                {text_fields!(
                    field;
                    issue: f_issue,
                    measure: f_measure,
                    steps: f_steps,
                    owner: f_owner,
                    period: f_period,
                    monitoring: f_monitoring
                )}
            </div>
            <fieldset class="followup">
                <legend>{move || t().followup_title}</legend>
                {choice_field(
                    status_id,
                    move || t().f_status,
                    move || store.lang(),
                    move || measure.with(|m| m.as_ref().map(|m| m.status)),
                    move |s| edit_status(&|m: &mut Measure| m.status = s),
                )}
                <div class="field-grid wide">
                    {text_fields!(field; done: f_done, outcome: f_outcome, suggestions: f_suggestions)}
                </div>
            </fieldset>
        </li>
    }
}

/// After the measure `id` moved by `delta`, put the keyboard focus back on the same button of
/// its row (the list is redrawn, so the clicked button is gone), or on the row's other move
/// button when that one is now disabled (the row reached the top or the bottom). Done on the
/// next frame, once the redrawn list is in the page.
fn keep_focus(id: &str, delta: isize) {
    let (same, other) = if delta < 0 {
        ("up", "down")
    } else {
        ("down", "up")
    };
    let ids = [format!("{id}-{same}"), format!("{id}-{other}")];
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let doc = document();
        for b in &ids {
            let button = doc
                .get_element_by_id(b)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(button) = button.filter(|b| !b.has_attribute("disabled")) {
                let _ = button.focus();
                return;
            }
        }
    });
}

impl_choice!(Status {
    NotStarted => "not_started",
    InProgress => "in_progress",
    Done => "done",
    Cancelled => "cancelled",
});
