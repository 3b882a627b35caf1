//! The screens a first visitor need not load, each compiled into its own wasm chunk and
//! fetched when first shown (Leptos `#[lazy]`, split out of the main wasm by `wasm-split-cli`
//! in the build: scripts/wasm-split.mjs, docs/SIZE.md). While a chunk loads, the screen shows
//! a loading line in the user's language.
//!
//! On the host (unit tests) `#[lazy]` functions are plain calls; nothing is split there.

use std::future::Future;

use leptos::prelude::*;

use crate::cohort::CohortScreen;
use crate::screens::analysis::AnalysisScreen;
use crate::screens::data::DataScreen;
use crate::screens::measures::MeasuresScreen;
use crate::screens::planning::PlanningScreen;
use crate::screens::report::ReportScreen;
use crate::screens::workshop::WorkshopScreen;
use crate::state::Store;

/// `screen`, fetched on demand: the loading line until its chunk is in, then the screen.
pub fn load<F>(screen: F) -> AnyView
where
    F: Future<Output = AnyView> + 'static,
{
    let store = expect_context::<Store>();
    let loading = move || {
        view! {
            <p class="screen-loading" role="status" aria-live="polite">
                {move || store.t().loading_screen}
            </p>
        }
    };
    // The split loader's future is not `Send`; the browser has one thread.
    let screen = leptos::__reexports::send_wrapper::SendWrapper::new(screen);
    view! { <Suspense fallback=loading>{Suspend::new(screen)}</Suspense> }.into_any()
}

#[lazy]
pub fn analysis() -> AnyView {
    view! { <AnalysisScreen /> }.into_any()
}

#[lazy]
pub fn planning() -> AnyView {
    view! { <PlanningScreen /> }.into_any()
}

#[lazy]
pub fn measures() -> AnyView {
    view! { <MeasuresScreen /> }.into_any()
}

#[lazy]
pub fn report() -> AnyView {
    view! { <ReportScreen /> }.into_any()
}

#[lazy]
pub fn data() -> AnyView {
    view! { <DataScreen /> }.into_any()
}

#[lazy]
pub fn cohort() -> AnyView {
    view! { <CohortScreen /> }.into_any()
}

#[lazy]
pub fn workshop() -> AnyView {
    view! { <WorkshopScreen /> }.into_any()
}
