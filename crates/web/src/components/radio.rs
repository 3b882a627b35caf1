//! One radio button of a group whose choice lives in a signal: checked while the signal holds
//! the button's value, and choosing it stores that value.

use leptos::prelude::*;

/// How a radio button is named in the page: the group's `name`, the optional `value`
/// attribute, `data-testid` (testing contract) and class of its label.
#[derive(Clone, Copy, Default)]
pub struct RadioAttrs {
    pub name: &'static str,
    pub value: Option<&'static str>,
    pub testid: Option<&'static str>,
    pub label_class: Option<&'static str>,
}

/// A labelled radio button that sets `choice` to `value`.
pub fn radio_option<T>(
    attrs: RadioAttrs,
    choice: RwSignal<T>,
    value: T,
    text: impl IntoView + 'static,
) -> impl IntoView
where
    T: PartialEq + Copy + Send + Sync + 'static,
{
    view! {
        <label class=attrs.label_class>
            <input
                type="radio"
                name=attrs.name
                value=attrs.value
                data-testid=attrs.testid
                prop:checked=move || choice.get() == value
                on:change=move |_| choice.set(value)
            />
            {text}
        </label>
    }
}
