//! What a kept screen (app.rs, `Screen::KEPT`) shows below the fold — the analysis screen's
//! table under its indicator chart and the cards after it — brought up to date after the first
//! frame of the screen shown again when nobody can see it then: the visible part of the screen
//! is painted first, without waiting for the rest (issue #12: an edit, then the analysis
//! screen with its indicator chart drawn again; its year-over-year chart, tables and lists
//! further down were a third of that work).
//!
//! "Nobody can see them" is what the page was like when the screen was last shown: the cards
//! were out of the viewport (an `IntersectionObserver`, whose reports while the screen is
//! hidden are ignored) and the page has not been scrolled or resized since (the screen comes
//! back where it was). Otherwise, or on a screen that is not kept, they catch up at once with
//! the rest. Nothing is read from the page's layout on the way (a read while the screen is
//! being updated would force the browser to lay it out in the middle of the update).

use std::cell::Cell;
use std::rc::Rc;

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::state::Store;

/// Whether the kept screen being built is shown (provided with its gated store: on_demand.rs).
#[derive(Clone, Copy)]
pub struct ScreenShown(pub Signal<bool>);

/// The scroll position and width of the window, as its last `scroll` or `resize` event left
/// them (`None` before any: the page as it was when the cards were built).
type View = Option<(f64, f64)>;

/// Props: `children` — what the screen shows below the fold.
#[component]
pub fn BelowTheFold(children: Children) -> impl IntoView {
    let store = expect_context::<Store>();
    let Some(ScreenShown(shown)) = use_context::<ScreenShown>() else {
        return children().into_any();
    };
    let sizer = NodeRef::<Div>::new();
    let seen = Seen::default();
    follow_view(seen.now.clone());
    watch_on_screen(sizer, shown, seen.on_screen.clone());

    // False from the moment the screen is hidden until the cards are brought up to date.
    let current = RwSignal::new(true);
    let seen_then = seen.clone();
    Effect::new(move |_| {
        if !shown.get() {
            seen_then.view_at_hide.set(seen_then.now.get());
            current.set(false);
        } else if !current.get_untracked() {
            if seen_then.unseen() {
                // Unless the screen was hidden meanwhile: its next showing decides again.
                after_next_paint(move || {
                    if shown.try_get_untracked() == Some(true) {
                        current.try_set(true);
                    }
                });
            } else {
                current.set(true);
            }
        }
    });
    provide_context(store.gated(Signal::derive(move || shown.get() && current.get())));
    view! { <div node_ref=sizer>{children()}</div> }.into_any()
}

/// What the cards' last showing was like.
#[derive(Clone)]
struct Seen {
    /// Whether any of them was in the viewport: the observer's last report while shown; true
    /// until the first one (which comes with the screen's first frame), as nothing is known.
    on_screen: Rc<Cell<bool>>,
    /// The window as it is now, and as it was when the screen was hidden.
    now: Rc<Cell<View>>,
    view_at_hide: Rc<Cell<View>>,
}

impl Default for Seen {
    fn default() -> Seen {
        Seen {
            on_screen: Rc::new(Cell::new(true)),
            now: Rc::default(),
            view_at_hide: Rc::default(),
        }
    }
}

impl Seen {
    /// Whether nobody sees the cards as the screen is shown again: they were off screen, and
    /// the window is scrolled and sized as it was then.
    fn unseen(&self) -> bool {
        !self.on_screen.get() && self.now.get() == self.view_at_hide.get()
    }
}

/// Keep `now` equal to the window's scroll position and width, as its events report them
/// (read in the event, when the page is laid out).
fn follow_view(now: Rc<Cell<View>>) {
    let now = SendWrapper::new(now);
    let record = move || {
        let w = window();
        let (Ok(y), Ok(width)) = (w.scroll_y(), w.inner_width()) else {
            return;
        };
        now.set(Some((y, width.as_f64().unwrap_or_default())));
    };
    let record_too = record.clone();
    let scroll = window_event_listener(leptos::ev::scroll, move |_| record());
    let resize = window_event_listener(leptos::ev::resize, move |_| record_too());
    on_cleanup(move || {
        scroll.remove();
        resize.remove();
    });
}

/// Keep `on_screen` telling whether `sizer`'s box is in the viewport, while `shown`.
fn watch_on_screen(sizer: NodeRef<Div>, shown: Signal<bool>, on_screen: Rc<Cell<bool>>) {
    let on_report = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        // Hidden, the box has none; what counts is how the screen was last seen.
        if shown.try_get_untracked() != Some(true) {
            return;
        }
        if let Some(entry) = entries.iter().last() {
            let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
            on_screen.set(entry.is_intersecting());
        }
    });
    let Ok(observer) = web_sys::IntersectionObserver::new(on_report.as_ref().unchecked_ref())
    else {
        return;
    };
    let kept = SendWrapper::new((observer.clone(), on_report));
    // Observed afresh each time the screen is shown: an observer reports a box when it starts
    // observing it, then only when that changes, and hidden and below the fold are both "not
    // in the viewport" (a first report that came while hidden would be the last).
    Effect::new(move |_| {
        if let (true, Some(sizer)) = (shown.get(), sizer.get()) {
            observer.unobserve(&sizer);
            observer.observe(&sizer);
        }
    });
    on_cleanup(move || {
        let (observer, on_report) = kept.take();
        observer.disconnect();
        drop(on_report);
    });
}

/// Run `f` once the next frame has been painted (a task queued from that frame's
/// animation-frame callbacks).
fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cards_wait_only_when_off_screen_where_they_were_last_seen() {
        let seen = Seen::default();
        assert!(!seen.unseen(), "nothing is known before the first report");
        seen.on_screen.set(false);
        assert!(seen.unseen(), "off screen, the window as it was");
        seen.now.set(Some((640.0, 1280.0)));
        assert!(!seen.unseen(), "scrolled since the screen was hidden");
        seen.view_at_hide.set(Some((640.0, 1280.0)));
        assert!(seen.unseen(), "back where it was");
        seen.now.set(Some((640.0, 360.0)));
        assert!(!seen.unseen(), "resized since");
        seen.now.set(Some((640.0, 1280.0)));
        seen.on_screen.set(true);
        assert!(!seen.unseen(), "in view");
    }
}
