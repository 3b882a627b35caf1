//! The cohort screen (issue #14): many agencies at once — a province, a ministry. Import a
//! cohort file (a preview lists every bad row before anything is applied) or open the fictional
//! sample, then see the summary, the levels and the distribution (charts with their data as
//! tables), a sortable, paged ranking with filters by province and agency type, open any
//! agency's full single-agency analysis (a workshop copy: the user's workbook changes only if
//! they ask), and make the coordinator's documents through the export module.
//!
//! Self-contained: the rest of the app knows only [`CohortScreen`] (and the workshop source of
//! an opened agency). Every figure is computed by `ita_core::cohort`.
//!
//! * [`model`]: display logic without Leptos (sort orders, pages, chart specs), host-tested;
//! * [`saved`] and [`idb`]: the cohort kept in IndexedDB (`crates/web/STORAGE.md`);
//! * `import`, `figures`, `ranking`, `docs`: the screen's parts.

pub mod idb;
pub mod model;
pub mod saved;

mod docs;
mod figures;
mod import;
mod ranking;

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use ita_core::cohort::sample::workshop_csv;
use ita_core::cohort::summary::CohortSummary;
use ita_core::cohort::{summarise, CohortFilter};
use leptos::prelude::*;

use crate::i18n::CohortTexts;
use crate::state::use_store;
use model::{Data, SortKey};
use saved::{Loaded, Unreadable};

thread_local! {
    /// The cohort in use, kept for the visit: the app is rebuilt when a workshop copy opens or
    /// closes, and the cohort should not be read again each time.
    static IN_USE: RefCell<Option<Arc<Data>>> = const { RefCell::new(None) };
    /// Whether the import path has been warmed this visit.
    static WARM: Cell<bool> = const { Cell::new(false) };
}

/// Runs of the import path on the fictional sample (600 rows) when the screen first opens.
const WARM_UP_ROUNDS: usize = 12;

/// [`model::warm_up`] `rounds` times, one run a task (a few ms each), so that the page stays
/// responsive meanwhile.
fn warm_up_in_steps(sample: Rc<String>, rounds: usize) {
    if rounds == 0 {
        return;
    }
    leptos::prelude::set_timeout(
        move || {
            model::warm_up(&sample);
            warm_up_in_steps(sample, rounds - 1);
        },
        Duration::ZERO,
    );
}

/// Where the cohort is kept.
#[derive(Clone, Debug, PartialEq)]
pub enum Storage {
    /// Nothing to say (nothing imported yet, or the sample, which is never saved).
    Quiet,
    Saved,
    Full,
    Unavailable,
    /// The stored cohort could not be read; it was kept (or not) and is offered for download.
    Unreadable(Unreadable),
}

/// The screen's state.
#[derive(Clone, Copy)]
pub struct CohortState {
    pub data: RwSignal<Option<Arc<Data>>>,
    pub year: RwSignal<Option<u16>>,
    pub province: RwSignal<String>,
    pub kind: RwSignal<String>,
    pub sort: RwSignal<(SortKey, bool)>,
    pub page: RwSignal<usize>,
    pub storage: RwSignal<Storage>,
    /// Reading the stored cohort at start.
    pub loading: RwSignal<bool>,
    pub summary: Memo<Option<Arc<CohortSummary>>>,
}

impl CohortState {
    fn new() -> CohortState {
        let data: RwSignal<Option<Arc<Data>>> = RwSignal::new(None);
        let year = RwSignal::new(None);
        let province = RwSignal::new(String::new());
        let kind = RwSignal::new(String::new());
        let summary = Memo::new(move |_| {
            let d = data.get()?;
            let filter = CohortFilter {
                province: Some(province.get()),
                kind: Some(kind.get()),
            };
            summarise(&d.scored, year.get()?, &filter).map(Arc::new)
        });
        CohortState {
            data,
            year,
            province,
            kind,
            sort: RwSignal::new((SortKey::Rank, false)),
            page: RwSignal::new(0),
            storage: RwSignal::new(Storage::Quiet),
            loading: RwSignal::new(false),
            summary,
        }
    }

    /// Show `d` (latest year, no filter, first page).
    pub fn show(self, d: Option<Arc<Data>>) {
        IN_USE.with(|c| *c.borrow_mut() = d.clone());
        self.year
            .set(d.as_ref().and_then(|d| d.scored.cohort.latest_year()));
        self.province.set(String::new());
        self.kind.set(String::new());
        self.sort.set((SortKey::Rank, false));
        self.page.set(0);
        self.data.set(d);
    }

    /// Use a newly imported cohort and save it (unless saving would overwrite stored data that
    /// could not be backed up).
    pub fn apply(self, d: Data) {
        let d = Arc::new(d);
        self.show(Some(d.clone()));
        if d.sample {
            return;
        }
        if matches!(
            self.storage.get_untracked(),
            Storage::Unreadable(Unreadable { backup: None, .. })
        ) {
            return;
        }
        leptos::task::spawn_local(async move {
            let outcome = match saved::open().await {
                None => Storage::Unavailable,
                Some(db) => match saved::save(&db, &d.name, &d.text).await {
                    Ok(()) => Storage::Saved,
                    Err(idb::IdbError::Full) => Storage::Full,
                    Err(_) => Storage::Unavailable,
                },
            };
            let _ = self.storage.try_set(outcome);
        });
    }

    /// Forget the cohort (the stored one too, unless it is the sample on screen).
    pub fn remove(self) {
        let sample = self.data.get_untracked().is_some_and(|d| d.sample);
        self.show(None);
        if sample {
            // Back to the user's own stored cohort, if any.
            self.load_stored();
            return;
        }
        self.storage.set(Storage::Quiet);
        leptos::task::spawn_local(async move {
            if let Some(db) = saved::open().await {
                let _ = saved::remove(&db).await;
            }
        });
    }

    /// Read the stored cohort.
    fn load_stored(self) {
        self.loading.set(true);
        leptos::task::spawn_local(async move {
            let (data, storage) = match saved::open().await {
                None => (None, Storage::Unavailable),
                Some(db) => match saved::load(&db).await {
                    Loaded::Nothing => (None, Storage::Quiet),
                    Loaded::Unavailable => (None, Storage::Unavailable),
                    Loaded::Unreadable(u) => (None, Storage::Unreadable(u)),
                    Loaded::Cohort(s, import) => (
                        Some(Arc::new(Data::new(import, &s.name, s.text, false))),
                        Storage::Saved,
                    ),
                },
            };
            // (The screen may be gone, or a file imported meanwhile: then the stored one waits.)
            let alive = self.loading.try_set(false).is_none();
            if alive && data.is_some() && self.data.try_get_untracked().flatten().is_none() {
                self.show(data);
            }
            let _ = self.storage.try_set(storage);
        });
    }
}

/// The cohort screen.
#[component]
pub fn CohortScreen() -> impl IntoView {
    let store = use_store();
    let t = move || store.tr::<CohortTexts>();
    let state = CohortState::new();
    // While the user chooses a file, rather than when the file is read: read the built-in
    // frameworks (about 10 ms in the browser) and warm the import path, once a visit.
    if !WARM.replace(true) {
        leptos::prelude::set_timeout(
            || {
                ita_core::framework::all();
                warm_up_in_steps(Rc::new(workshop_csv()), WARM_UP_ROUNDS);
            },
            Duration::ZERO,
        );
    }
    match IN_USE.with(|c| c.borrow().clone()) {
        Some(d) => state.show(Some(d)),
        None => state.load_stored(),
    }
    view! {
        <section class="cohort-screen" aria-labelledby="cohort-title">
            <h2 id="cohort-title">{move || t().title}</h2>
            <import::ImportPanel state=state />
            {move || {
                state
                    .loading
                    .get()
                    .then(|| view! { <p class="muted" role="status">{t().reading}</p> })
            }}
            <figures::Filters state=state />
            <figures::Figures state=state />
            <ranking::Ranking state=state />
            <docs::Documents state=state />
        </section>
    }
}
