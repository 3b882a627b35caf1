//! A labelled drop-down of a closed set of values (`<div class="field">` with a label and a
//! `<select>`), each value written in the page by its slug.

use leptos::prelude::*;

/// The field with id `id`, labelled by `label`, offering `all` (named by `text`, written as
/// `slug`); `current` is the chosen value, and picking one hands it to `on_pick`.
pub fn choice_field<T>(
    id: String,
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    all: Vec<T>,
    slug: fn(T) -> &'static str,
    text: impl Fn(T) -> &'static str + Copy + Send + Sync + 'static,
    current: impl Fn() -> Option<T> + Copy + Send + Sync + 'static,
    on_pick: impl Fn(T) + 'static,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let choices = all.clone();
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if let Some(k) = choices.iter().copied().find(|k| slug(*k) == v) {
            on_pick(k);
        }
    };
    let options = all
        .into_iter()
        .map(|k| {
            view! {
                <option value=slug(k) selected=move || current() == Some(k)>
                    {move || text(k)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=on_change>
                {options}
            </select>
        </div>
    }
}
