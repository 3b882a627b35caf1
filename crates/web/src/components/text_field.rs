//! A labelled text field of a form (`<div class="field">` with its label and an input or a
//! text area), the one markup of every free-text field. Each takes at most the core's limit
//! for its kind of text (`ita_core::workbook::limits`) and says so once it is full.

use ita_core::workbook::limits::{limit_note, NAME_MAX, TEXT_MAX};
use leptos::prelude::*;

use crate::state::use_store;

/// How a text field is drawn: `rows` 0 is a one-line input, more is a text area of that many
/// rows; `autocomplete` is the input's attribute (none when `None`); `max` the most characters
/// it takes (`None`: the core's limit for a name when one line, for a paragraph otherwise).
#[derive(Clone, Copy, Default)]
pub struct TextFieldKind {
    pub rows: u32,
    pub autocomplete: Option<&'static str>,
    pub max: Option<usize>,
}

impl TextFieldKind {
    fn max(self) -> usize {
        self.max
            .unwrap_or(if self.rows == 0 { NAME_MAX } else { TEXT_MAX })
    }
}

/// `text` cut to `max` characters (the browser's `maxlength` already stops typing and pasting
/// there; this also holds for a value set by a script).
pub fn within(text: String, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => text[..end].to_string(),
        None => text,
    }
}

/// The note under a field that holds `max` characters (nothing otherwise), read out politely.
pub fn limit_status(
    id: String,
    max: usize,
    value: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let store = use_store();
    let full = move || value().chars().count() >= max;
    view! {
        <p id=id class="field-error" role="status" data-testid="limit-note">
            {move || full().then(|| limit_note(max, store.lang()))}
        </p>
    }
}

/// A field with id `id`, labelled by `label`, showing `value` and handing every edit to
/// `on_input`.
pub fn text_field(
    id: String,
    kind: TextFieldKind,
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    value: impl Fn() -> String + Send + Sync + 'static,
    on_input: impl Fn(String) + 'static,
) -> impl IntoView {
    let max = kind.max();
    let note_id = format!("{id}-limit");
    let on_input = move |ev: leptos::ev::Event| on_input(within(event_target_value(&ev), max));
    let value = std::sync::Arc::new(value);
    let shown = {
        let value = value.clone();
        move || value()
    };
    let input = if kind.rows == 0 {
        view! {
            <input
                id=id.clone()
                type="text"
                autocomplete=kind.autocomplete
                maxlength=max
                aria-describedby=note_id.clone()
                prop:value=shown
                on:input=on_input
            />
        }
        .into_any()
    } else {
        view! {
            <textarea
                id=id.clone()
                rows=kind.rows
                maxlength=max
                aria-describedby=note_id.clone()
                prop:value=shown
                on:input=on_input
            ></textarea>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {input}
            {limit_status(note_id, max, move || value())}
        </div>
    }
}
