//! The app shell: header with the display settings, the menu, the summary bar, the storage
//! notices, and the current screen (chosen by the URL fragment, e.g. `#/analysis`, so links
//! and the Back button work on any static host).

use std::rc::Rc;

use ita_core::foundation::number::Digits;
use ita_core::Lang;
use leptos::prelude::*;

use crate::components::{StorageNotices, SummaryBar};
use crate::i18n::Texts;
use crate::on_demand;
use crate::persist;
use crate::screens::workbook::WorkbookScreen;
use crate::state::engine::{self, EngineSource};
use crate::state::Store;
use crate::storage::{KeyValueStore, Keys};
use crate::workshop::WorkshopBanner;

/// The screens, in menu order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Workbook,
    Scores,
    Analysis,
    Planning,
    Measures,
    Report,
    Data,
    Cohort,
    Workshop,
}

impl Screen {
    pub const ALL: [Screen; 9] = [
        Screen::Workbook,
        Screen::Scores,
        Screen::Analysis,
        Screen::Planning,
        Screen::Measures,
        Screen::Report,
        Screen::Data,
        Screen::Cohort,
        Screen::Workshop,
    ];

    /// The screens kept in the page once shown (see `kept_screen`): the two a user goes back
    /// and forth between while entering scores. They are pure views of the store, without
    /// listeners on the window that a hidden screen would keep running.
    pub const KEPT: [Screen; 2] = [Screen::Scores, Screen::Analysis];

    /// Path segment used in the URL fragment (`#/<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Screen::Workbook => "workbook",
            Screen::Scores => "scores",
            Screen::Analysis => "analysis",
            Screen::Planning => "planning",
            Screen::Measures => "measures",
            Screen::Report => "report",
            Screen::Data => "data",
            Screen::Cohort => "cohort",
            Screen::Workshop => "workshop",
        }
    }

    pub fn label(self, t: &Texts) -> &'static str {
        match self {
            Screen::Workbook => t.nav_workbook,
            Screen::Scores => t.nav_scores,
            Screen::Analysis => t.nav_analysis,
            Screen::Planning => t.nav_planning,
            Screen::Measures => t.nav_measures,
            Screen::Report => t.nav_report,
            Screen::Data => t.nav_data,
            Screen::Cohort => t.nav_cohort,
            Screen::Workshop => t.workshop_mode.nav,
        }
    }

    pub fn summary(self, t: &Texts) -> &'static str {
        match self {
            Screen::Workbook => t.sum_workbook,
            Screen::Scores => t.sum_scores,
            Screen::Analysis => t.sum_analysis,
            Screen::Planning => t.sum_planning,
            Screen::Measures => t.sum_measures,
            Screen::Report => t.sum_report,
            Screen::Data => t.sum_data,
            Screen::Cohort => t.sum_cohort,
            Screen::Workshop => t.workshop_mode.summary,
        }
    }

    /// `href` of the link to this screen.
    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }

    /// The screen named by a URL fragment; anything unknown (or empty) is `None`.
    pub fn from_hash(hash: &str) -> Option<Screen> {
        let slug = hash.trim_start_matches('#').trim_matches('/');
        Screen::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// The app with a chosen store and key prefix (for embedding sites and tests).
///
/// Props: `backend` — where data is kept; `keys` — the key names under a prefix.
///
/// With nothing stored (a first visit) the app is built at once; a stored workbook is read
/// first, in the reader's chunk (`persist::read_workbook`), with a loading line meanwhile.
#[component]
pub fn AppWith(backend: Rc<dyn KeyValueStore>, keys: Keys) -> impl IntoView {
    let unread = match persist::open(backend.as_ref(), &keys) {
        Ok(loaded) => {
            // Nothing to score yet: the engine is fetched when there is (state/engine.rs).
            let later = || Box::pin(engine::scoring()) as _;
            let store = Store::new(backend, keys, loaded, EngineSource::Later(later));
            return view! { <Shell store=store /> }.into_any();
        }
        Err(unread) => unread,
    };
    let loading = crate::i18n::texts(unread.prefs().lang).loading_screen;
    let loaded = StoredValue::new_local(None::<(persist::Loaded, engine::EngineRef)>);
    let ready = RwSignal::new(false);
    let place = StoredValue::new_local((backend.clone(), keys.clone()));
    // The engine comes with the reader: what was stored is shown scored at once.
    leptos::task::spawn_local(engine::__preload_scoring());
    leptos::task::spawn_local(async move {
        let done = unread.read_and_finish(backend.as_ref(), &keys).await;
        let engine = engine::scoring().await;
        // The app may have been replaced meanwhile (a workshop opened).
        if loaded.try_set_value(Some((done, engine))).is_none() {
            let _ = ready.try_set(true);
        }
    });
    let take = move || loaded.try_update_value(Option::take).flatten();
    (move || match ready.get().then(take).flatten() {
        Some((done, engine)) => {
            let (backend, keys) = place.get_value();
            let store = Store::new(backend, keys, done, EngineSource::Ready(engine));
            view! { <Shell store=store /> }.into_any()
        }
        None => view! { <p class="screen-loading" role="status" aria-live="polite">{loading}</p> }
            .into_any(),
    })
    .into_any()
}

/// The app on `store`: header, menu, notices and the current screen.
#[component]
fn Shell(store: Store) -> impl IntoView {
    provide_context(store);
    let t = move || store.t();

    let (screen, set_screen) = signal(current_screen(store));
    // Set only when it changes: both events below may announce the same navigation.
    let show = move |next: Screen| {
        if screen.try_get_untracked() != Some(next) {
            set_screen.set(next);
        }
    };
    let handle =
        window_event_listener(leptos::ev::hashchange, move |_| show(current_screen(store)));
    on_cleanup(move || handle.remove());
    follow_navigations(move |hash| show(screen_of_hash(store, hash)));

    // The page's language and title follow the chosen language.
    Effect::new(move |_| {
        let t = store.t();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", t.html_lang);
        }
        document().set_title(t.app_title);
    });

    let main_ref = NodeRef::<leptos::html::Main>::new();
    let skip_to_main = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = main_ref.get() {
            let _ = main.focus();
        }
    };
    let toggle_lang = move |_| {
        store.set_lang(match store.lang() {
            Lang::Th => Lang::En,
            Lang::En => Lang::Th,
        })
    };

    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {move || t().skip_link}
        </a>
        <WorkshopBanner />
        <header class="app-header">
            <div class="container header-grid">
                <div>
                    <p class="app-name">
                        <a href="#/workbook">{move || t().app_name}</a>
                    </p>
                    <h1>{move || t().app_title}</h1>
                    <p class="lead">{move || t().lead}</p>
                </div>
                <div class="settings" role="group" aria-label=move || t().settings_label>
                    <button
                        type="button"
                        class="lang-switch"
                        data-testid="lang-switch"
                        lang=move || match store.lang() {
                            Lang::Th => "en",
                            Lang::En => "th",
                        }
                        on:click=toggle_lang
                    >
                        {move || t().other_language}
                    </button>
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid="thai-digits"
                            prop:checked=move || store.digits() == Digits::Thai
                            on:change=move |ev| {
                                store
                                    .set_digits(
                                        if event_target_checked(&ev) {
                                            Digits::Thai
                                        } else {
                                            Digits::Arabic
                                        },
                                    )
                            }
                        />
                        {move || t().thai_digits}
                    </label>
                </div>
            </div>
        </header>
        <nav class="app-nav" aria-label=move || t().nav_label>
            <ul class="container">
                {Screen::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <li>
                                <a
                                    href=s.href()
                                    aria-current=move || (screen.get() == s).then_some("page")
                                >
                                    {move || s.label(t())}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
        <SummaryBar />
        <main id="main" class="container" tabindex="-1" node_ref=main_ref>
            <StorageNotices />
            <p class="screen-summary">{move || screen.get().summary(t())}</p>
            // The screen built anew first: it is the one shown when it is there.
            {move || {
                let s = screen.get();
                (!Screen::KEPT.contains(&s)).then(|| screen_view(s, Signal::stored(true)))
            }}
            {Screen::KEPT.map(|s| kept_screen(screen, s))}
        </main>
        <footer class="app-footer">
            <div class="container">
                <p>{move || t().footer_privacy}</p>
                <p>{move || t().footer_license}</p>
            </div>
        </footer>
    }
}

/// A screen's view, built anew (one of [`Screen::KEPT`]: with a store that holds still while
/// `shown` is false).
fn screen_view(screen: Screen, shown: Signal<bool>) -> AnyView {
    match screen {
        Screen::Workbook => view! { <WorkbookScreen /> }.into_any(),
        // The other screens load on demand (a wasm chunk each; see on_demand.rs).
        Screen::Scores => on_demand::load(on_demand::__preload_scores, move || {
            on_demand::scores(shown)
        }),
        Screen::Analysis => on_demand::load(on_demand::__preload_analysis, move || {
            on_demand::analysis(shown)
        }),
        Screen::Planning => on_demand::load(on_demand::__preload_planning, on_demand::planning),
        Screen::Measures => on_demand::load(on_demand::__preload_measures, on_demand::measures),
        Screen::Report => on_demand::load(on_demand::__preload_report, on_demand::report),
        Screen::Data => on_demand::load(on_demand::__preload_data, on_demand::data),
        Screen::Cohort => on_demand::load(on_demand::__preload_cohort, on_demand::cohort),
        Screen::Workshop => on_demand::load(on_demand::__preload_workshop, on_demand::workshop),
    }
}

/// One of [`Screen::KEPT`]: built the first time it is shown, then kept in the page, hidden
/// while another screen is shown, with a store that holds still meanwhile
/// ([`Store::gated`]): coming back to it is an update of what changed (issue #12: an edit,
/// then the analysis screen with its charts drawn again, in 8 ms), not a rebuild.
fn kept_screen(current: ReadSignal<Screen>, screen: Screen) -> impl IntoView {
    let shown = Memo::new(move |_| current.get() == screen);
    let visited = Memo::new(move |before: Option<&bool>| before == Some(&true) || shown.get());
    let div = NodeRef::<leptos::html::Div>::new();
    // Shown or hidden a microtask later: after the effects of the change (the screen catching
    // up with its store) and before the frame. Its charts are thus drawn while it is still
    // hidden, where a canvas's first text brings the page's style up to date without laying
    // out the screen first (charts/pen.rs); the browser lays it out once, at the frame.
    Effect::new(move |_| {
        let hide = !shown.get();
        if let Some(div) = div.get() {
            leptos::tachys::renderer::dom::queue_microtask(move || div.set_hidden(hide));
        }
    });
    view! {
        <div class="kept-screen" node_ref=div hidden=!shown.get_untracked()>
            {move || {
                visited
                    .get()
                    .then(|| screen_view(screen, shown.into()))
            }}
        </div>
    }
}

/// The screen of the URL fragment; without one, the workbook when there is no year yet,
/// else the scores.
fn current_screen(store: Store) -> Screen {
    screen_of_hash(store, &window().location().hash().unwrap_or_default())
}

fn screen_of_hash(store: Store, hash: &str) -> Screen {
    Screen::from_hash(hash).unwrap_or_else(|| {
        if store.year.get_untracked().is_some() {
            Screen::Scores
        } else {
            Screen::Workbook
        }
    })
}

/// Call `on_fragment` with the new URL fragment as soon as a same-page navigation starts (a
/// menu link, the Back button, a script setting `location.hash`), where the browser has the
/// Navigation API: its `navigate` event comes within the click's own task, while `hashchange`
/// is a task of its own that the browser may let a whole frame of the old screen run before
/// (measured: 6–17 ms after an edit on the scores screen, issue #12). `hashchange` stays the
/// way for other browsers (and sets the same screen again, which changes nothing).
fn follow_navigations(on_fragment: impl Fn(&str) + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let get = |from: &wasm_bindgen::JsValue, key: &str| {
        js_sys::Reflect::get(from, &key.into()).unwrap_or(wasm_bindgen::JsValue::UNDEFINED)
    };
    let Ok(navigation) = get(&window(), "navigation").dyn_into::<web_sys::EventTarget>() else {
        return;
    };
    let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        // Only fragment changes within this page; another page's load is not a screen.
        if get(&ev, "hashChange").as_bool() != Some(true) || ev.default_prevented() {
            return;
        }
        let url = get(&get(&ev, "destination"), "url")
            .as_string()
            .unwrap_or_default();
        let hash = url.split_once('#').map_or("", |(_, h)| h);
        on_fragment(hash);
    });
    if navigation
        .add_event_listener_with_callback("navigate", listener.as_ref().unchecked_ref())
        .is_ok()
    {
        let kept = send_wrapper::SendWrapper::new((navigation, listener));
        on_cleanup(move || {
            let (navigation, listener) = kept.take();
            let _ = navigation
                .remove_event_listener_with_callback("navigate", listener.as_ref().unchecked_ref());
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screens_round_trip_through_the_url_fragment() {
        for s in Screen::ALL {
            assert_eq!(Screen::from_hash(&s.href()), Some(s));
        }
        assert_eq!(Screen::from_hash(""), None);
        assert_eq!(Screen::from_hash("#/no-such-screen"), None);
    }
}
