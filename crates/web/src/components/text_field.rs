//! A labelled text field of a form (`<div class="field">` with its label and an input or a
//! text area), the one markup of every free-text field.

use leptos::prelude::*;

/// How a text field is drawn: `rows` 0 is a one-line input, more is a text area of that many
/// rows; `autocomplete` is the input's attribute (none when `None`).
#[derive(Clone, Copy, Default)]
pub struct TextFieldKind {
    pub rows: u32,
    pub autocomplete: Option<&'static str>,
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
    let on_input = move |ev: leptos::ev::Event| on_input(event_target_value(&ev));
    let input = if kind.rows == 0 {
        view! {
            <input
                id=id.clone()
                type="text"
                autocomplete=kind.autocomplete
                prop:value=value
                on:input=on_input
            />
        }
        .into_any()
    } else {
        view! { <textarea id=id.clone() rows=kind.rows prop:value=value on:input=on_input></textarea> }
            .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {input}
        </div>
    }
}
