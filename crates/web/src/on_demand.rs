//! Every screen but the first (the workbook, with "เพิ่มหน่วยงาน"), each compiled into its own
//! wasm chunk and fetched when first shown (Leptos `#[lazy]`, split out of the main wasm by
//! `wasm-split-cli` in the build: scripts/wasm-split.mjs, docs/SIZE.md). While a chunk loads,
//! the screen shows a loading line in the user's language. The service worker fetches every
//! chunk in the background during the first visit (assets/sw.js), so the scores screen, where
//! nearly every visitor goes next, usually comes from its cache.
//!
//! On the host (unit tests) `#[lazy]` functions are plain calls; nothing is split there.

use std::future::Future;

use leptos::prelude::*;

use crate::cohort::CohortScreen;
use crate::components::ScreenShown;
use crate::lazy_view::lazy_view;
use crate::screens::analysis::AnalysisScreen;
use crate::screens::data::DataScreen;
use crate::screens::measures::MeasuresScreen;
use crate::screens::planning::PlanningScreen;
use crate::screens::report::ReportScreen;
use crate::screens::scores::ScoresScreen;
use crate::screens::workshop::WorkshopScreen;
use crate::state::Store;

/// A screen fetched on demand: the loading line until its chunk is in, then the screen.
/// `preload` is the `__preload_*` function `#[lazy]` generates; `screen` the lazy function.
pub fn load<P, S, F>(preload: impl FnOnce() -> P, screen: S) -> AnyView
where
    P: Future<Output = ()> + 'static,
    S: Fn() -> F + Send + Sync + 'static,
    F: Future<Output = AnyView>,
{
    let store = expect_context::<Store>();
    let loading = move || {
        view! {
            <p class="screen-loading" role="status" aria-live="polite">
                {move || store.t().loading_screen}
            </p>
        }
        .into_any()
    };
    lazy_view(preload, screen, loading)
}

/// The scores and analysis screens stay in the page once shown (app.rs, `Screen::KEPT`): their
/// components read a store that holds still while `shown` is false ([`Store::gated`]),
/// provided here, within the view's owner, so that the gating code sits in their chunk.
fn gate_store(shown: Signal<bool>) {
    provide_context(expect_context::<Store>().gated(shown));
    provide_context(ScreenShown(shown));
}

#[lazy]
pub fn scores(shown: Signal<bool>) -> AnyView {
    gate_store(shown);
    view! { <ScoresScreen /> }.into_any()
}

#[lazy]
pub fn analysis(shown: Signal<bool>) -> AnyView {
    gate_store(shown);
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
