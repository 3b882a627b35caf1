//! A view whose code is fetched on demand: the output of a `#[lazy]` function (a wasm chunk of
//! its own, split out of the main wasm by the build: `on_demand`, docs/SIZE.md), with a
//! placeholder until its chunk is in.
//!
//! No `Suspense`: the workshop replaces the whole app (`root::Root`) while a screen is shown,
//! and a pending `Suspend` of the replaced app then read its disposed signals (a panic). Here
//! the only thing the load task touches afterwards is `ready`, with `try_set`.

use std::future::Future;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;

/// `placeholder()` until the chunk of `view` is in, then what `view` gives. `preload` is the
/// `__preload_*` function `#[lazy]` generates; `view` the lazy function.
pub fn lazy_view<P, S, F>(
    preload: impl FnOnce() -> P,
    view: S,
    placeholder: impl Fn() -> AnyView + Send + Sync + 'static,
) -> AnyView
where
    P: Future<Output = ()> + 'static,
    S: Fn() -> F + Send + Sync + 'static,
    F: Future<Output = AnyView>,
{
    let ready = RwSignal::new(false);
    let pending = preload();
    leptos::task::spawn_local(async move {
        pending.await;
        let _ = ready.try_set(true);
    });
    // Once the chunk is in, the lazy function completes on its first poll.
    (move || {
        if ready.get() {
            ready_now(view()).unwrap_or_else(&placeholder)
        } else {
            placeholder()
        }
    })
    .into_any()
}

/// The output of `fut` if it is ready at once.
fn ready_now<T>(fut: impl Future<Output = T>) -> Option<T> {
    let mut fut = std::pin::pin!(fut);
    match fut.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(v) => Some(v),
        Poll::Pending => None,
    }
}
