//! The top of the page: what `main` mounts. The embeddable calculator when the address says
//! `?embed=calculator`; otherwise the app ([`crate::app::AppWith`]) on the data the workshop
//! controller chooses (the user's own, or a workshop copy; see [`crate::workshop`]).
//!
//! It lives apart from both `app` and `workshop` so that neither has to import the other's
//! importer: `root` uses `app` and `workshop`, `app` uses `workshop` (for its banner).

use leptos::prelude::*;

use crate::app::AppWith;
use crate::embed::{self, EmbedCalculator};
use crate::workshop::Workshop;

/// The app with the browser's `localStorage` under the default key prefix (`ita.v1.…`), or,
/// in workshop mode, on a workshop copy; `?embed=calculator` mounts the embeddable calculator
/// instead (see [`Root`]).
#[component]
pub fn App() -> impl IntoView {
    view! { <Root /> }
}

/// What the page mounts. See the module documentation.
#[component]
pub fn Root() -> impl IntoView {
    if embed::requested() {
        return view! { <EmbedCalculator /> }.into_any();
    }
    crate::offline::register_service_worker();
    let ws = Workshop::install();
    view! {
        {move || {
            let (backend, keys) = ws.data();
            view! { <AppWith backend=backend keys=keys /> }
        }}
    }
    .into_any()
}
