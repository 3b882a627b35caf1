//! A labelled drop-down of a closed set of values (`<div class="field">` with a label and a
//! `<select>`), each value written in the page by its slug.

use ita_core::Lang;
use leptos::prelude::*;

/// A closed set of values offered in a drop-down.
pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    /// Every value, in the order offered.
    const ALL: &'static [Self];
    /// The value as written in the page (`<option value>`).
    fn slug(self) -> &'static str;
    /// Its name in `lang`.
    fn name(self, lang: Lang) -> &'static str;
}

/// Make `$t` (an enum of ita-core with `ALL` and `label(lang)`) a [`Choice`], each variant
/// written as its slug.
macro_rules! impl_choice {
    ($t:ty { $($v:ident => $slug:literal),+ $(,)? }) => {
        impl $crate::components::Choice for $t {
            const ALL: &'static [Self] = &<$t>::ALL;

            fn slug(self) -> &'static str {
                match self {
                    $(Self::$v => $slug),+
                }
            }

            fn name(self, lang: ita_core::Lang) -> &'static str {
                self.label(lang)
            }
        }
    };
}
pub(crate) use impl_choice;

/// The field with id `id`, labelled by `label`, offering every `T` named in `lang()`;
/// `current` is the chosen value, and picking one hands it to `on_pick`.
pub fn choice_field<T: Choice>(
    id: String,
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    lang: impl Fn() -> Lang + Copy + Send + Sync + 'static,
    current: impl Fn() -> Option<T> + Copy + Send + Sync + 'static,
    on_pick: impl Fn(T) + 'static,
) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if let Some(k) = T::ALL.iter().copied().find(|k| k.slug() == v) {
            on_pick(k);
        }
    };
    let options = T::ALL
        .iter()
        .map(|&k| {
            view! {
                <option value=k.slug() selected=move || current() == Some(k)>
                    {move || k.name(lang())}
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
