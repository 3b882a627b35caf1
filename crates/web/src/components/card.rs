//! A card of a screen: a `<section class="card">` labelled by its heading, so every card is
//! announced by its title (and the heading's id cannot drift from the section's label).

use leptos::prelude::*;

/// Props:
/// * `id` — the heading's id, which labels the section;
/// * `title` — the heading's text (or a closure giving it);
/// * `h2` — a top-level card of its screen (`<h2>`); otherwise a sub-card (`<h3>`).
#[component]
pub fn Card<T: IntoView + 'static>(
    id: &'static str,
    title: T,
    #[prop(optional)] h2: bool,
    children: Children,
) -> impl IntoView {
    let heading = if h2 {
        view! { <h2 id=id>{title}</h2> }.into_any()
    } else {
        view! { <h3 id=id>{title}</h3> }.into_any()
    };
    view! {
        <section class="card" aria-labelledby=id>
            {heading}
            {children()}
        </section>
    }
}
