//! Workshop mode and shareable links (issue #7).
//!
//! * [`Workshop`] decides which data the app works on (see [`Workshop::data`]): the user's
//!   own data (`localStorage`, prefix `ita`) or, in workshop mode, a workshop copy kept in
//!   `sessionStorage` under the prefix `ita-workshop` (this tab only); the `root` module mounts
//!   the app on it. Entering, resetting or leaving the workshop never writes
//!   the user's own workbook; only "save to my data" does, on request.
//! * A shared link `#s=<packed scenario>` (`ita_core::input::share_link`; the fragment never reaches a
//!   server) opens that scenario in workshop mode.

use std::rc::Rc;

use ita_core::foundation::number::Digits;
use ita_core::input::share_link::{self, Scenario};
use ita_core::workbook::samples::{self, SAMPLES};
use ita_core::workbook::{Agency, YearRecord};
use ita_core::{Lang, Workbook};
use leptos::prelude::*;

use crate::persist::{self, Prefs};
use crate::state::use_store;
use crate::storage::{BrowserStore, KeyValueStore, Keys, StoreError};

/// Key prefix of the workshop copy (in `sessionStorage`).
pub const WORKSHOP_PREFIX: &str = "ita-workshop";
/// The fragment key of a shared scenario: `#s=…`.
pub const LINK_KEY: &str = "s=";

/// Where the workshop data came from (kept so that "restart" can restore it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A bundled sample, by id.
    Sample(String),
    /// A shared link's packed scenario.
    Link(String),
    /// One agency of a cohort, as a workbook JSON (`crate::cohort`).
    Agency(String),
}

impl Source {
    fn to_key(&self) -> String {
        match self {
            Source::Sample(id) => format!("sample:{id}"),
            Source::Link(p) => format!("link:{p}"),
            Source::Agency(json) => format!("agency:{json}"),
        }
    }

    fn from_key(s: &str) -> Option<Source> {
        if let Some(id) = s.strip_prefix("sample:") {
            return Some(Source::Sample(id.to_string()));
        }
        if let Some(json) = s.strip_prefix("agency:") {
            return Some(Source::Agency(json.to_string()));
        }
        s.strip_prefix("link:").map(|p| Source::Link(p.to_string()))
    }

    /// What this source opens as ([`Source::workbook`], written as JSON).
    pub fn open(&self, lang: Lang) -> Result<Opened, String> {
        self.workbook(lang).map(|(wb, note)| Opened::new(&wb, note))
    }

    /// The workbook this source gives, and a note to show with it (a link in the old format,
    /// which could not be checked).
    pub fn workbook(&self, lang: Lang) -> Result<(Workbook, Option<String>), String> {
        match self {
            Source::Sample(id) => samples::load(id)
                .map(|wb| (wb, None))
                .map_err(|e| e.message(lang)),
            Source::Link(packed) => share_link::open(packed)
                .map(|o| (scenario_workbook(&o.scenario, lang), o.note(lang)))
                .map_err(|e| e.message(lang)),
            Source::Agency(json) => Workbook::from_json(json)
                .map(|wb| (wb, None))
                .map_err(|e| e.message(lang)),
        }
    }
}

/// The workbook `source` gives, read in a chunk of its own (a sample or an agency is JSON, read
/// with the workbook's reader, `persist::read_workbook`; a link is unpacked, numbers and all).
#[lazy]
fn open_source(source: Source, lang: Lang) -> Result<Opened, String> {
    source.open(lang)
}

/// What a source opened as: its workbook as JSON (what the workshop copy stores), the agency
/// to show first, and a note to show with it.
#[derive(Clone, Debug)]
pub struct Opened {
    json: String,
    agency: Option<String>,
    note: Option<String>,
}

impl Opened {
    pub fn new(wb: &Workbook, note: Option<String>) -> Opened {
        Opened {
            json: wb.to_json(),
            agency: wb.agencies.first().map(|a| a.id.clone()),
            note,
        }
    }

    /// The workbook's JSON.
    pub fn json(&self) -> &str {
        &self.json
    }
}

/// A workbook holding one scenario: one agency with one year.
pub fn scenario_workbook(s: &Scenario, lang: Lang) -> Workbook {
    let t = crate::i18n::texts(lang);
    let name = if s.name.trim().is_empty() {
        t.workshop_mode.link_agency.to_string()
    } else {
        s.name.clone()
    };
    let mut agency = Agency {
        id: "shared".into(),
        name,
        kind: s.kind,
        ..Default::default()
    };
    agency.years.insert(
        s.year,
        YearRecord {
            scores: s.scores.clone(),
            ..Default::default()
        },
    );
    Workbook {
        agencies: vec![agency],
        ..Workbook::default()
    }
}

/// The scenario of `agency`'s `year`, for a link.
pub fn scenario_of(agency: &Agency, year: u16) -> Option<Scenario> {
    let rec = agency.years.get(&year)?;
    Some(Scenario {
        year,
        kind: agency.kind,
        name: agency.name.clone(),
        scores: rec.scores.clone(),
    })
}

/// `base` (the page's address without query or fragment) with `#s=<packed>`.
pub fn share_url(base: &str, scenario: &Scenario) -> String {
    format!("{base}#{LINK_KEY}{}", share_link::encode(scenario))
}

/// The packed scenario of a fragment such as `#s=…`.
pub fn link_in_hash(hash: &str) -> Option<&str> {
    hash.trim_start_matches('#')
        .strip_prefix(LINK_KEY)
        .map(|p| p.split('&').next().unwrap_or(p))
        .filter(|p| !p.is_empty())
}

/// The page's address without query and fragment (what a shared link or the embed snippet
/// starts with): works under any sub-path.
pub fn page_base() -> String {
    let loc = window().location();
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    )
}

/// The browser's `sessionStorage`: this tab only, gone when it closes.
#[derive(Clone, Copy, Debug, Default)]
pub struct SessionStore;

fn session() -> Result<web_sys::Storage, StoreError> {
    web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .ok_or(StoreError::Unavailable)
}

impl KeyValueStore for SessionStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        session()?
            .get_item(key)
            .map_err(|_| StoreError::Unavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        session()?
            .set_item(key, value)
            .map_err(|_| StoreError::Full)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        session()?
            .remove_item(key)
            .map_err(|_| StoreError::Unavailable)
    }
}

fn workshop_keys() -> Keys {
    Keys::new(WORKSHOP_PREFIX)
}

fn source_key() -> String {
    format!("{}.source", workshop_keys().workbook())
}

/// Which data the app works on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Own,
    Workshop,
}

/// The workshop controller, from context (present under the page root, `Root`).
#[derive(Clone, Copy)]
pub struct Workshop {
    pub mode: RwSignal<Mode>,
    pub source: RwSignal<Option<Source>>,
    /// Bumped to rebuild the app on fresh data.
    generation: RwSignal<u32>,
    /// A problem to show (a damaged link, a failed save).
    pub problem: RwSignal<Option<String>>,
    /// A note about the data that opened (a link that could not be checked).
    pub note: RwSignal<Option<String>>,
    /// A source being read, in this language: the page shows a loading line meanwhile (`root`).
    pub opening: RwSignal<Option<Lang>>,
}

impl Workshop {
    fn new() -> Workshop {
        let source = SessionStore
            .get(&source_key())
            .ok()
            .flatten()
            .and_then(|s| Source::from_key(&s));
        Workshop {
            mode: RwSignal::new(if source.is_some() {
                Mode::Workshop
            } else {
                Mode::Own
            }),
            source: RwSignal::new(source),
            generation: RwSignal::new(0),
            problem: RwSignal::new(None),
            note: RwSignal::new(None),
            opening: RwSignal::new(None),
        }
    }

    /// Open `source` in workshop mode (replacing any earlier workshop data, never the user's),
    /// once it is read: in the workbook reader's chunk ([`open_source`]), which the first
    /// screen does not carry.
    pub fn start(self, source: Source, lang: Lang, digits: Digits) {
        self.start_then(source, lang, digits, |_| ());
    }

    /// [`Workshop::start`], calling `then` with whether `source` could be opened, before the
    /// app is rebuilt on it.
    fn start_then(
        self,
        source: Source,
        lang: Lang,
        digits: Digits,
        then: impl FnOnce(bool) + 'static,
    ) {
        self.opening.set(Some(lang));
        leptos::task::spawn_local(async move {
            let opened = open_source(source.clone(), lang).await;
            then(opened.is_ok());
            self.open(source, opened, lang, digits);
            self.opening.set(None);
        });
    }

    /// Open in workshop mode what `source` gave (`opened`: its workbook and a note, or the
    /// problem to show).
    pub fn open(self, source: Source, opened: Result<Opened, String>, lang: Lang, digits: Digits) {
        let opened = match opened {
            Ok(opened) => opened,
            Err(e) => {
                // The core's message already says what could not be opened (a shared link, or a
                // sample), in the user's language.
                self.problem.set(Some(e));
                return;
            }
        };
        let keys = workshop_keys();
        let prefs = Prefs {
            lang,
            digits,
            agency: opened.agency,
            year: None,
            ..Prefs::default()
        };
        let _ = SessionStore.set(&keys.workbook(), &opened.json);
        let _ = SessionStore.set(&keys.prefs(), &prefs.to_json());
        let _ = SessionStore.set(&source_key(), &source.to_key());
        self.problem.set(None);
        self.note.set(opened.note);
        self.source.set(Some(source));
        self.mode.set(Mode::Workshop);
        self.generation.update(|g| *g = g.wrapping_add(1));
    }

    /// Restore the workshop data to what its source gave.
    pub fn reset(self, lang: Lang, digits: Digits) {
        if let Some(s) = self.source.get_untracked() {
            self.start(s, lang, digits);
        }
    }

    /// Leave workshop mode and forget its data (the user's own data is as they left it).
    pub fn exit(self) {
        clear_session();
        self.source.set(None);
        self.problem.set(None);
        self.note.set(None);
        self.mode.set(Mode::Own);
        self.generation.update(|g| *g = g.wrapping_add(1));
    }

    /// Copy the workshop's current agency into the user's own workbook as a new agency, then
    /// leave workshop mode with that agency selected (once the user's workbook is read:
    /// `persist::load`).
    pub fn save_to_own(self, workshop_agency: Agency, year: Option<u16>, lang: Lang) {
        let failed = move || {
            let text = crate::i18n::texts(lang).workshop_mode.save_failed;
            self.problem.set(Some(text.to_string()));
        };
        leptos::task::spawn_local(async move {
            let (own, keys) = (BrowserStore, Keys::default());
            let loaded = persist::load(Rc::new(own), keys.clone()).await;
            if loaded.unavailable || !loaded.can_save || loaded.problem.is_some() {
                return failed();
            }
            let mut wb = loaded.workbook;
            let id = wb.new_agency_id();
            wb.agencies.push(Agency {
                id: id.clone(),
                ..workshop_agency
            });
            let prefs = Prefs {
                agency: Some(id),
                year,
                ..loaded.prefs
            };
            let json = crate::state::engine::scoring().await.workbook_json(&wb);
            let saved = own
                .set(&keys.workbook(), &json)
                .and_then(|()| persist::save_prefs(&own, &keys, &prefs));
            match saved {
                Ok(()) => self.exit(),
                Err(_) => failed(),
            }
        });
    }
}

fn clear_session() {
    let keys = workshop_keys();
    for k in [keys.workbook(), keys.prefs(), source_key()] {
        let _ = SessionStore.remove(&k);
    }
}

/// The workshop controller, if the app runs under the page root (`Root`).
pub fn use_workshop() -> Option<Workshop> {
    use_context::<Workshop>()
}

/// The language and digits the user chose for their own data (read only).
fn own_prefs() -> Prefs {
    match BrowserStore.get(&Keys::default().prefs()) {
        Ok(Some(text)) => Prefs::from_json(&text),
        _ => Prefs::default(),
    }
}

/// If the address holds a shared link (`#s=…`), open its scenario in workshop mode and show
/// its analysis. The packed scenario leaves the address bar (`replaceState`), so a reload keeps
/// the workshop copy as edited and Back does not open the link again.
fn open_link_in_hash(ws: Workshop) {
    let hash = window().location().hash().unwrap_or_default();
    let Some(packed) = link_in_hash(&hash) else {
        return;
    };
    let p = own_prefs();
    // The address is set before the app is rebuilt on the link's data, which then opens on it.
    let show = |opened: bool| {
        let target = if opened { "#/analysis" } else { "#/workshop" };
        if let Ok(history) = window().history() {
            let search = window().location().search().unwrap_or_default();
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{search}{target}")),
            );
        }
    };
    ws.start_then(Source::Link(packed.to_string()), p.lang, p.digits, show);
}

impl Workshop {
    /// Set up the controller for the page: provide it as context, and open a shared link in
    /// the address now and whenever the fragment changes.
    pub fn install() -> Workshop {
        let ws = Workshop::new();
        provide_context(ws);
        // A shared link opened in a new tab, or pasted into this one.
        open_link_in_hash(ws);
        let handle = window_event_listener(leptos::ev::hashchange, move |_| open_link_in_hash(ws));
        on_cleanup(move || handle.remove());
        ws
    }

    /// Where the app keeps its data now (reactive: changes when the workshop starts, is reset
    /// or is left, so the app is rebuilt on fresh data).
    pub fn data(self) -> (Rc<dyn KeyValueStore>, Keys) {
        self.generation.track();
        match self.mode.get() {
            Mode::Own => (Rc::new(BrowserStore), Keys::default()),
            Mode::Workshop => (Rc::new(SessionStore), workshop_keys()),
        }
    }
}

/// The banner shown at the top of every screen in workshop mode (rendered inside the app, so
/// it follows the chosen language).
#[component]
pub fn WorkshopBanner() -> impl IntoView {
    let Some(ws) = use_workshop() else {
        return ().into_any();
    };
    let store = use_store();
    let t = move || store.t().workshop_mode;
    let title = move || match ws.source.get() {
        Some(Source::Sample(id)) => {
            let s = SAMPLES.iter().find(|s| s.id == id);
            let name = s
                .map(|s| match store.lang() {
                    Lang::Th => s.title_th,
                    Lang::En => s.title_en,
                })
                .unwrap_or("");
            (t().banner_sample)(name)
        }
        Some(Source::Agency(_)) => {
            let name = store.agency.get().map(|a| a.name).unwrap_or_default();
            (t().banner_agency)(&name)
        }
        _ => t().banner_link.to_string(),
    };
    let reset = move |_| ws.reset(store.lang(), store.digits());
    let save = move |_| {
        if let Some(a) = store.agency.get_untracked() {
            ws.save_to_own(a, store.year.get_untracked(), store.lang());
        }
    };
    let exit = move |_| ws.exit();
    view! {
        <Show when=move || ws.mode.get() == Mode::Workshop>
            <aside
                class="workshop-banner"
                data-testid="workshop-banner"
                aria-label=move || t().banner_label
            >
                <div class="container">
                    <p>
                        <strong class="sample-badge" data-testid="sample-badge">
                            {move || t().badge}
                        </strong>
                        " "
                        <span>{title}</span>
                        " · "
                        <span class="muted">{move || t().untouched}</span>
                    </p>
                    <p class="workshop-actions">
                        <button type="button" data-testid="workshop-reset" on:click=reset>
                            {move || t().reset}
                        </button>
                        <button type="button" data-testid="workshop-save" on:click=save>
                            {move || t().save_own}
                        </button>
                        <button
                            type="button"
                            class="primary"
                            data-testid="workshop-exit"
                            on:click=exit
                        >
                            {move || t().exit}
                        </button>
                    </p>
                </div>
            </aside>
        </Show>
        {message_line(ws.problem, "error", "alert", "workshop-problem")}
        {message_line(ws.note, "notice", "status", "workshop-note")}
    }
    .into_any()
}

/// The workshop's problem or note, when there is one, in a paragraph of `class` and ARIA
/// `role` under the page.
fn message_line(
    message: RwSignal<Option<String>>,
    class: &'static str,
    role: &'static str,
    testid: &'static str,
) -> impl IntoView {
    move || {
        message.get().map(|m| {
            view! {
                <div class="container">
                    <p class=class role=role data-testid=testid>
                        {m}
                    </p>
                </div>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_round_trip_through_the_fragment() {
        let wb = samples::load("sample-pao-narrow").unwrap();
        let a = &wb.agencies[0];
        let s = scenario_of(a, 2565).unwrap();
        let url = share_url("https://example.org/ita/", &s);
        let (_, hash) = url.split_once('#').unwrap();
        let fragment = format!("#{hash}");
        let packed = link_in_hash(&fragment).unwrap();
        let (back, note) = Source::Link(packed.to_string()).workbook(Lang::Th).unwrap();
        assert_eq!(note, None, "a new link is checked");
        assert_eq!(back.agencies[0].years[&2565].scores, a.years[&2565].scores);
        assert_eq!(back.agencies[0].name, a.name);
        assert_eq!(link_in_hash("#/analysis"), None);
        assert_eq!(link_in_hash("#s="), None);
    }

    #[test]
    fn sources_are_kept_as_text() {
        for s in [
            Source::Sample("sample-sao-fails".into()),
            Source::Link("abc".into()),
            Source::Agency("{\"format\":\"ita-workbook\"}".into()),
        ] {
            assert_eq!(Source::from_key(&s.to_key()), Some(s));
        }
        assert_eq!(Source::from_key("other"), None);
        assert!(Source::Link("!!".into()).workbook(Lang::En).is_err());
    }
}
