//! Offline use: registers the service worker `sw.js` (copied next to index.html from
//! `assets/sw.js`) with a relative URL, so it works under any sub-path. After one visit the
//! app opens and works with the network off. Nothing is registered where service workers are
//! unavailable (plain http on another host, old browsers); the app works the same without.

use leptos::prelude::*;

/// Register `./sw.js`; failures are logged, never shown (the app works without it).
pub fn register_service_worker() {
    let navigator = window().navigator();
    // `navigator.serviceWorker` is missing on insecure origins: check before touching it.
    let has_sw = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if !has_sw {
        return;
    }
    let promise = navigator.service_worker().register("./sw.js");
    leptos::task::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
            leptos::logging::warn!("service worker not registered: {e:?}");
        }
    });
}
