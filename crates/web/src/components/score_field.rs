//! A score input that validates as the user types.
//!
//! * A valid number (Thai or Arabic digits, `%` allowed) is saved at once.
//! * An empty field is a missing score (never zero): the score is removed.
//! * Anything else shows the core's message beside the field and leaves the saved score
//!   untouched — a bad value never replaces a good one.
//! * When the field is empty but the score can be computed from the levels below, the
//!   computed value shows as a hint.

use std::collections::HashMap;

use ita_core::foundation::number::parse_score;
use ita_core::workbook::scores::normalize_code;
use ita_core::ItaError;
use leptos::prelude::*;

use crate::i18n::ScreenTexts;
use crate::state::{use_store, Store, YearScores};

/// The plain text of a stored value (no rounding: what was entered comes back).
fn plain(v: f64) -> String {
    format!("{v}")
}

/// The saved score of each field of a screen, a signal each: an edit wakes the one field it
/// changed. (A memo per field over the year's scores woke every field of the screen at every
/// edit, a hundred on a question-level year, only for each to find its value unchanged.) The
/// screen provides it (`provide_context`) for its fields.
#[derive(Clone, Copy)]
pub struct ScoreCells {
    store: Store,
    /// By normalised code.
    cells: StoredValue<HashMap<String, ArcRwSignal<Option<f64>>>>,
}

impl ScoreCells {
    /// The cells of `store`'s open year, following its scores.
    pub fn new(store: Store) -> ScoreCells {
        let cells = StoredValue::new(HashMap::<String, ArcRwSignal<Option<f64>>>::new());
        Effect::new(move |_| {
            store.year_scores.with(|ys| {
                cells.with_value(|cells| {
                    for (key, cell) in cells {
                        let now = value_of(ys.as_ref(), key);
                        if cell.get_untracked() != now {
                            cell.set(now);
                        }
                    }
                })
            })
        });
        ScoreCells { store, cells }
    }

    /// The cell of `code`.
    fn cell(self, code: &str) -> Signal<Option<f64>> {
        // `Scores::get` normalised once here, not at every edit in every field of the screen.
        let key = normalize_code(code);
        let cell = self.cells.try_update_value(|cells| {
            cells
                .entry(key)
                .or_insert_with_key(|key| {
                    let now = self
                        .store
                        .year_scores
                        .with_untracked(|ys| value_of(ys.as_ref(), key));
                    ArcRwSignal::new(now)
                })
                .clone()
        });
        cell.map(Signal::from).unwrap_or_default()
    }
}

fn value_of(ys: Option<&YearScores>, key: &str) -> Option<f64> {
    ys.and_then(|y| y.scores.values.get(key).copied())
}

/// The saved score `code` of the open year (`None` when missing): its cell among those the
/// screen provides (a field on its own gets cells of its own).
fn stored_score(store: Store, code: String) -> Signal<Option<f64>> {
    use_context::<ScoreCells>()
        .unwrap_or_else(|| ScoreCells::new(store))
        .cell(&code)
}

/// Whether `code` has parts in the open year's framework (or the framework is not known).
fn has_parts(store: Store, code: &str) -> bool {
    let key = normalize_code(code);
    untrack(|| store.framework())
        .and_then(|fw| fw.node(&key))
        .is_none_or(|n| !n.children.is_empty())
}

/// Props:
/// * `code` — the score's code in the framework (`ITA`, `IIT`, `3`, `i7`, `o38`, `i11.1` …);
/// * `label` — the visible label, also used to name the field in error messages;
/// * `testid` — optional `data-testid` of the input (testing contract).
#[component]
pub fn ScoreField(
    #[prop(into)] code: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] testid: Option<String>,
) -> impl IntoView {
    let store = use_store();
    let id = format!("score-{}", code.replace('.', "-"));
    let err_id = format!("{id}-error");
    let draft: RwSignal<Option<String>> = RwSignal::new(None);
    let error: RwSignal<Option<ItaError>> = RwSignal::new(None);

    let stored = stored_score(store, code.clone());
    // Only a code with parts below it can be computed from them: the questions and items,
    // most fields of the screen, follow no assessment (each memo here is woken at every edit).
    let computed = has_parts(store, &code).then(|| {
        let code = code.clone();
        Memo::new(move |_| {
            store.assessment.with(|a| {
                a.as_ref()
                    .and_then(|a| a.figures.get(&code))
                    .and_then(|f| f.computed)
            })
        })
    });
    let shown = move || {
        draft.get().unwrap_or_else(|| {
            stored
                .get()
                .map(|v| store.digits_in(&plain(v)))
                .unwrap_or_default()
        })
    };
    let placeholder = move || {
        computed
            .and_then(|c| c.get())
            .map(|v| (store.tr::<ScreenTexts>().computed_hint)(&store.score(v)))
            .unwrap_or_default()
    };
    let on_input = {
        let code = code.clone();
        let label = label.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            match parse_score(&text, &label) {
                Ok(v) => {
                    error.set(None);
                    draft.set(Some(text));
                    store.set_score(&code, v);
                }
                Err(e) => {
                    error.set(Some(e));
                    draft.set(Some(text));
                }
            }
        }
    };
    // Blur also fires when the field leaves the page (another screen): the signals may be
    // gone by then, hence the `try_` forms.
    let on_blur = move |_| {
        if let Some(None) = error.try_get_untracked() {
            let _ = draft.try_set(None);
        }
    };
    let message = move || error.get().map(|e| e.message(store.lang()));

    view! {
        <div class="field score-field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label.clone()}</label>
            <input
                id=id.clone()
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                data-testid=testid
                prop:value=shown
                placeholder=placeholder
                aria-invalid=move || error.with(|e| if e.is_some() { "true" } else { "false" })
                aria-describedby=err_id.clone()
                on:input=on_input
                on:blur=on_blur
            />
            <p id=err_id class="field-error" role="status" aria-live="polite">
                {message}
            </p>
        </div>
    }
}

/// An OIT item: met / partly / not met, with the score.
///
/// Props:
/// * `code` — the item's code (`o38`);
/// * `title` — its Thai (or English) title.
#[component]
pub fn OitField(#[prop(into)] code: String, #[prop(into)] title: String) -> impl IntoView {
    let store = use_store();
    let select_id = format!("oit-{code}");
    let stored = stored_score(store, code.clone());
    let status = move || match stored.get() {
        None => "",
        Some(v) if v >= 100.0 => "met",
        Some(v) if v <= 0.0 => "not",
        Some(_) => "partly",
    };
    let on_change = {
        let code = code.clone();
        move |ev: leptos::ev::Event| {
            let v = match event_target_value(&ev).as_str() {
                "met" => Some(100.0),
                "not" => Some(0.0),
                "partly" => match stored.get_untracked() {
                    Some(v) if v > 0.0 && v < 100.0 => Some(v),
                    _ => Some(50.0),
                },
                _ => None,
            };
            store.set_score(&code, v);
        }
    };
    let t = move || store.tr::<ScreenTexts>();
    // The select follows the score through its value; `selected` gives its first state (set
    // before the options are in, the value alone would not).
    let first = untrack(status);
    let opt = move |value: &'static str,
                    text: fn(&'static crate::i18n::ScreenTexts) -> &'static str| {
        view! {
            <option value=value selected=first == value>
                {move || store.digits_in(text(t()))}
            </option>
        }
    };
    view! {
        <div class="oit-item">
            <p class="item-title">{title.clone()}</p>
            <div class="oit-controls">
                <div class="field">
                    <label for=select_id.clone()>{move || t().oit_status}</label>
                    <select id=select_id.clone() on:change=on_change prop:value=status>
                        {opt("", |t| t.oit_missing)}
                        {opt("met", |t| t.oit_met)}
                        {opt("partly", |t| t.oit_partly)}
                        {opt("not", |t| t.oit_not_met)}
                    </select>
                </div>
                <ScoreField code=code.clone() label=format!("{} ({})", code, store.tr::<ScreenTexts>().score) />
            </div>
        </div>
    }
}
