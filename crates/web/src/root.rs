//! The top of the page: what `main` mounts. Nothing when the address says `?embed=calculator`
//! (the embeddable calculator is its own small page, `embed.html`; index.html sends such an
//! address there before the app loads, and this is the fallback); otherwise the app ([`crate::app::AppWith`]) on the data the workshop
//! controller chooses (the user's own, or a workshop copy; see [`crate::workshop`]).
//!
//! It lives apart from both `app` and `workshop` so that neither has to import the other's
//! importer: `root` uses `app` and `workshop`, `app` uses `workshop` (for its banner).

use leptos::prelude::*;

use crate::app::AppWith;
use crate::workshop::Workshop;

/// The app with the browser's `localStorage` under the default key prefix (`ita.v1.…`), or,
/// in workshop mode, on a workshop copy; `?embed=calculator` goes to `embed.html` instead
/// (see [`Root`]).
#[component]
pub fn App() -> impl IntoView {
    view! { <Root /> }
}

/// What the page mounts. See the module documentation.
#[component]
pub fn Root() -> impl IntoView {
    let search = window().location().search().unwrap_or_default();
    // The browser's own query parser (the core's, `calculator::embed::requested`, would add
    // itself to the first screen's code for this fallback alone).
    let embed = web_sys::UrlSearchParams::new_with_str(&search)
        .is_ok_and(|q| q.get_all("embed").includes(&"calculator".into(), 0));
    if embed {
        // Before anything reads or writes storage: the calculator must touch none.
        let _ = window().location().replace(&format!("embed.html{search}"));
        return ().into_any();
    }
    crate::offline::register_service_worker();
    let ws = Workshop::install();
    view! {
        {move || {
            if let Some(lang) = ws.opening.get() {
                let loading = crate::i18n::texts(lang).loading_screen;
                return view! {
                    <p class="screen-loading" role="status" aria-live="polite">{loading}</p>
                }
                .into_any();
            }
            let (backend, keys) = ws.data();
            view! { <AppWith backend=backend keys=keys /> }.into_any()
        }}
    }
    .into_any()
}
