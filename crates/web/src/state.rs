//! The one state store of the app. Screens read from it and change it only through its
//! methods; everything derived (the assessment, the analysis, the previous year) is a `Memo`,
//! so every edit recomputes exactly what depends on it, at once.
//!
//! Saving: an effect writes the workbook and the preferences to storage after every change
//! (see `persist.rs` and `STORAGE.md`), unless another tab saved in between ([`tabs`]); copies
//! of unreadable stored data stay offered until the user acts on them ([`backups`]). What the
//! screens show in the chosen language and digits is in [`display`].

mod autosave;
mod backups;
mod display;
pub mod engine;
mod gated;
pub mod tabs;

use std::collections::BTreeMap;
use std::rc::Rc;

use ita_core::analysis::ranking::Analysis;
use ita_core::foundation::number::Digits;
use ita_core::framework::{for_year, Framework, FrameworkFile, Tool};
use ita_core::workbook::measures::Measure;
use ita_core::workbook::scores::PartsRule;
use ita_core::workbook::{Agency, YearRecord};
use ita_core::writing::draft_measures::DraftDetail;
use ita_core::{AssessOptions, Assessment, Lang, Scores, Workbook};
use leptos::prelude::*;

use crate::i18n::texts;
use crate::persist::{Backup, Loaded, Prefs, StoredProblem};
use crate::storage::{KeyValueStore, Keys, StoreError};

pub use display::{use_screen_texts, use_texts};
use engine::{EngineSource, Scorer};

/// How saving is going.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is saved.
    Saved,
    /// The last write failed because the store is full; data is in memory only.
    Full,
    /// Storage cannot be used, or saving is held back to protect unreadable stored data.
    NotSaving,
}

/// The scores of the year being worked on.
#[derive(Clone, Debug, PartialEq)]
pub struct YearScores {
    pub year: u16,
    pub scores: Scores,
    pub options: AssessOptions,
}

impl YearScores {
    fn of(year: u16, rec: &YearRecord) -> YearScores {
        YearScores {
            year,
            scores: rec.scores.clone(),
            options: rec.options,
        }
    }
}

/// The app's state. `Copy`: pass it around freely.
#[derive(Clone, Copy)]
pub struct Store {
    // Private: every change goes through the named methods below (one write path).
    workbook: RwSignal<Workbook>,
    prefs: RwSignal<Prefs>,
    pub save_status: RwSignal<SaveStatus>,
    /// Stored data that could not be read at start-up (shown until dismissed).
    pub stored_problem: RwSignal<Option<StoredProblem>>,
    /// Copies of unreadable data kept in the store (this visit's and earlier ones).
    pub backups: RwSignal<Vec<Backup>>,
    /// Another tab saved this workbook: saving waits for the user's choice.
    pub conflict: RwSignal<Option<tabs::Conflict>>,
    /// The stored workbook text as this tab last read or wrote it.
    base: StoredValue<Option<String>>,
    /// The agency being worked on (validated against the workbook).
    pub agency: Memo<Option<Agency>>,
    /// The fiscal year being worked on, if the agency has it.
    pub year: Memo<Option<u16>>,
    pub year_scores: Memo<Option<YearScores>>,
    pub assessment: Memo<Option<Assessment>>,
    pub analysis: Memo<Option<Analysis>>,
    /// The agency's nearest earlier year with scores, assessed.
    pub previous: Memo<Option<Assessment>>,
    /// The frameworks the user loaded into the workbook (see [`Store::add_framework`]).
    pub frameworks: Memo<Vec<FrameworkFile>>,
    scorer: Scorer,
    can_save: StoredValue<bool>,
    backend: StoredValue<Rc<dyn KeyValueStore>, LocalStorage>,
    keys: StoredValue<Keys>,
}

impl Store {
    /// Run `f` on the current year's framework and assessment, or give `T::default()` when
    /// there is none (no year, or no framework for it): the guard every screen needs.
    pub fn with_scored<T: Default>(
        &self,
        f: impl FnOnce(&'static Framework, &Assessment) -> T,
    ) -> T {
        self.assessment.with(|a| {
            match a
                .as_ref()
                .and_then(|a| for_year(a.year).ok().map(|fw| (fw, a)))
            {
                Some((fw, a)) => f(fw, a),
                None => T::default(),
            }
        })
    }

    /// Whether the current year has any score (an assessment with at least one figure).
    pub fn has_scores(self) -> bool {
        self.assessment
            .with(|a| a.as_ref().is_some_and(|a| !a.figures.is_empty()))
    }

    /// The current year's tools with their scores (empty without an assessment).
    pub fn tool_values(self) -> Vec<(&'static Tool, Option<f64>)> {
        self.with_scored(|fw, a| {
            fw.tools()
                .iter()
                .map(|tool| (tool, a.value(&tool.code)))
                .collect()
        })
    }

    /// Run `f` on the chosen agency, year and its record (tracked), or `None` when there is
    /// no chosen year or no record for it.
    pub fn with_year_record<T>(
        self,
        f: impl FnOnce(&Agency, u16, &YearRecord) -> Option<T>,
    ) -> Option<T> {
        let y = self.year.get()?;
        self.agency.with(|a| {
            let a = a.as_ref()?;
            f(a, y, a.years.get(&y)?)
        })
    }

    /// Like [`Store::with_scored`], with the analysis too: `T::default()` unless the current
    /// year has a framework, an assessment and its analysis.
    pub fn with_analysed<T: Default>(
        &self,
        f: impl FnOnce(&'static Framework, &Assessment, &Analysis) -> T,
    ) -> T {
        self.analysis.with(|an| match an {
            Some(an) => self.with_scored(|fw, a| f(fw, a, an)),
            None => T::default(),
        })
    }

    /// The store of what was loaded from `backend` under `keys` (`persist`), with its derived
    /// values, scored with the `engine` (see [`engine`]), and autosave.
    pub fn new(
        backend: Rc<dyn KeyValueStore>,
        keys: Keys,
        loaded: Loaded,
        engine: EngineSource,
    ) -> Store {
        let initial_status = if loaded.unavailable || !loaded.can_save {
            SaveStatus::NotSaving
        } else {
            SaveStatus::Saved
        };
        let workbook = RwSignal::new(loaded.workbook);
        let prefs = RwSignal::new(loaded.prefs);
        let agency = Memo::new(move |_| {
            let id = prefs.with(|p| p.agency.clone());
            workbook.with(|w| {
                id.and_then(|id| w.agency(&id).cloned())
                    .or_else(|| w.agencies.first().cloned())
            })
        });
        let year = Memo::new(move |_| {
            let want = prefs.with(|p| p.year);
            agency.with(|a| {
                let a = a.as_ref()?;
                match want {
                    Some(y) if a.years.contains_key(&y) => Some(y),
                    _ => a.years.keys().next_back().copied(),
                }
            })
        });
        let frameworks = Memo::new(move |_| workbook.with(|w| w.frameworks.clone()));
        let year_scores = Memo::new(move |_| {
            let y = year.get()?;
            agency.with(|a| Some(YearScores::of(y, a.as_ref()?.years.get(&y)?)))
        });
        // The engine is asked for only once there is something to score (engine.rs).
        let scorer = Scorer::new(engine, frameworks);
        let assessment = scorer.assessed(year_scores);
        let analysis = Memo::new(move |_| {
            assessment.with(|a| {
                let a = a.as_ref()?;
                scorer.engine()?.analyze(a)
            })
        });
        // The year compared with (its scores, so that an edit of this year, which changes
        // the agency, does not assess it again: the memo of its scores stays equal).
        let previous_scores = Memo::new(move |_| {
            let y = year.get()?;
            agency.with(|a| {
                let (py, rec) = a.as_ref()?.previous_scored(y)?;
                Some(YearScores::of(py, rec))
            })
        });
        let previous = scorer.assessed(previous_scores);
        let store = Store {
            workbook,
            prefs,
            save_status: RwSignal::new(initial_status),
            stored_problem: RwSignal::new(loaded.problem),
            backups: RwSignal::new(loaded.backups),
            conflict: RwSignal::new(None),
            base: StoredValue::new(loaded.base),
            agency,
            year,
            year_scores,
            assessment,
            analysis,
            previous,
            frameworks,
            scorer,
            can_save: StoredValue::new(loaded.can_save && !loaded.unavailable),
            backend: StoredValue::new_local(backend),
            keys: StoredValue::new(keys),
        };
        store.autosave();
        store.listen_to_other_tabs();
        store
    }

    fn report(self, result: Result<(), StoreError>) {
        let status = match result {
            Ok(()) => SaveStatus::Saved,
            Err(StoreError::Full) => SaveStatus::Full,
            Err(StoreError::Unavailable) => SaveStatus::NotSaving,
        };
        if self.save_status.get_untracked() != status {
            self.save_status.set(status);
        }
    }

    // ----- reading -----

    pub fn lang(self) -> Lang {
        self.prefs.with(|p| p.lang)
    }

    pub fn digits(self) -> Digits {
        self.prefs.with(|p| p.digits)
    }

    /// How much a drafted plan says (reactive).
    pub fn draft_detail(self) -> DraftDetail {
        self.prefs.with(|p| p.draft)
    }

    /// The language, outside any reactive context (event handlers).
    pub fn lang_untracked(self) -> Lang {
        self.prefs.with_untracked(|p| p.lang)
    }

    /// The digits, outside any reactive context (event handlers).
    pub fn digits_untracked(self) -> Digits {
        self.prefs.with_untracked(|p| p.digits)
    }

    /// The preferences, outside any reactive context.
    pub fn prefs_untracked(self) -> Prefs {
        self.prefs.get_untracked()
    }

    /// Every agency (reactive).
    pub fn agencies(self) -> Vec<Agency> {
        self.workbook.with(|w| w.agencies.clone())
    }

    /// Whether the workbook holds any agency (tracked).
    pub fn has_agencies(self) -> bool {
        self.workbook.with(|w| !w.agencies.is_empty())
    }

    /// Whether the workbook holds any agency (not tracked).
    pub fn has_agencies_untracked(self) -> bool {
        self.workbook.with_untracked(|w| !w.agencies.is_empty())
    }

    /// The workbook as its JSON file (not tracked), written here: for the screens loaded on
    /// demand; the first screen's code uses [`Store::serialized`].
    pub fn workbook_json(self) -> String {
        self.workbook.with_untracked(|w| w.to_json())
    }

    /// The workbook as its JSON file (not tracked; `None` once the store is gone), written by
    /// the engine (engine.rs: the first screen does not carry the JSON writer). Ready at the
    /// first poll once the engine is in.
    pub async fn serialized(self) -> Option<String> {
        let engine = self.scorer.ready().await?;
        self.workbook
            .try_with_untracked(|w| engine.workbook_json(w))
    }

    /// The framework of the chosen year.
    pub fn framework(self) -> Option<&'static Framework> {
        self.frameworks_in_effect();
        self.year.get().and_then(|y| for_year(y).ok())
    }

    /// Whether the chosen year is scored with a framework the user loaded (reactive): the
    /// user's framework in effect for it. (Asked of the user's frameworks alone, not through
    /// `framework()`: the summary bar on every screen asks, and the built-in frameworks'
    /// full form stays out of the first screen.)
    pub fn user_framework(self) -> Option<&'static Framework> {
        if !self.frameworks_in_effect() {
            return None;
        }
        self.year
            .get()
            .and_then(ita_core::framework::user::for_year)
    }

    /// The raw text of unreadable stored data, for download.
    pub fn keys(self) -> Keys {
        self.keys.get_value()
    }

    // ----- changing -----

    pub fn set_lang(self, lang: Lang) {
        self.prefs.update(|p| p.lang = lang);
    }

    pub fn set_digits(self, digits: Digits) {
        self.prefs.update(|p| p.digits = digits);
    }

    pub fn set_draft_detail(self, detail: DraftDetail) {
        self.prefs.update(|p| p.draft = detail);
    }

    /// Work on `agency` (and its latest year unless `year` is given).
    pub fn select(self, agency: &str, year: Option<u16>) {
        self.prefs.update(|p| {
            p.agency = Some(agency.to_string());
            p.year = year;
        });
    }

    pub fn select_year(self, year: u16) {
        self.prefs.update(|p| p.year = Some(year));
    }

    /// Change the record of the year being worked on (memo, plan follow-up: edits that are
    /// the core's own functions on a `YearRecord`).
    pub fn update_year(self, f: impl FnOnce(&mut YearRecord)) {
        let (Some(id), Some(y)) = (
            self.agency
                .with_untracked(|a| a.as_ref().map(|a| a.id.clone())),
            self.year.get_untracked(),
        ) else {
            return;
        };
        self.workbook.update(|w| {
            if let Some(r) = w.year_mut(&id, y) {
                f(r);
            }
        });
    }

    /// Set one score of the chosen year (`None` = missing).
    pub fn set_score(self, code: &str, value: Option<f64>) {
        self.update_year(|r| r.set_score(code, value));
    }

    /// Add checked values (code → score) to the chosen year.
    pub fn merge_values(self, values: Vec<(String, f64)>) {
        self.update_year(|r| r.merge_values(values));
    }

    /// Remove every score of the chosen year.
    pub fn clear_scores(self) {
        self.update_year(YearRecord::clear_scores);
    }

    /// How the chosen year combines the parts of a split tool.
    pub fn set_parts_rule(self, rule: PartsRule) {
        self.update_year(|r| r.options.parts_rule = rule);
    }

    /// Replace the chosen year's measures plan (a draft).
    pub fn set_plan(self, plan: Vec<Measure>) {
        self.update_year(|r| r.plan = plan);
    }

    /// Append an empty measure to the chosen year's plan.
    pub fn add_measure(self) {
        self.update_year(|r| {
            r.add_measure();
        });
    }

    /// Change one measure of the chosen year's plan.
    pub fn edit_measure(self, id: &str, f: impl FnOnce(&mut Measure)) {
        self.update_year(|r| r.edit_measure(id, f));
    }

    /// Move a measure up (`-1`) or down (`1`).
    pub fn move_measure(self, id: &str, delta: isize) {
        self.update_year(|r| r.move_measure(id, delta));
    }

    pub fn remove_measure(self, id: &str) {
        self.update_year(|r| r.remove_measure(id));
    }

    /// Add an agency (under a fresh id) and work on it.
    pub fn add_agency(self, agency: Agency) -> String {
        let mut id = String::new();
        self.workbook.update(|w| id = w.add_agency(agency));
        self.select(&id, None);
        id
    }

    /// Add a sample's agencies next to the user's own, and work on the first.
    pub fn add_agencies(self, agencies: Vec<Agency>) {
        let mut first = None;
        self.workbook.update(|w| first = w.add_agencies(agencies));
        if let Some(id) = first {
            self.select(&id, None);
        }
    }

    /// Change an agency's details (name, kind, place).
    pub fn edit_agency(self, id: &str, edited: Agency) {
        self.workbook.update(|w| {
            w.edit_agency(id, edited);
        });
    }

    /// Remove an agency; if it was the one being worked on, fall back to the first.
    pub fn remove_agency(self, id: &str) {
        self.workbook.update(|w| {
            w.remove_agency(id);
        });
        self.prefs.update(|p| {
            if p.agency.as_deref() == Some(id) {
                p.agency = None;
                p.year = None;
            }
        });
    }

    /// Add an empty year to the agency being worked on, and work on it.
    pub fn add_year(self, year: u16) {
        let Some(id) = self.agency.get_untracked().map(|a| a.id) else {
            return;
        };
        self.workbook.update(|w| {
            w.add_year(&id, year);
        });
        self.select_year(year);
    }

    /// Remove a year of the agency being worked on.
    pub fn remove_year(self, year: u16) {
        let Some(id) = self.agency.get_untracked().map(|a| a.id) else {
            return;
        };
        self.workbook.update(|w| {
            w.remove_year(&id, year);
        });
    }

    /// The id of the agency being worked on, creating a default one if there is none.
    pub fn ensure_agency(self) -> String {
        if let Some(a) = self.agency.get_untracked() {
            return a.id;
        }
        let name = texts(self.lang_untracked()).default_agency_name;
        self.add_agency(Agency {
            name: name.to_string(),
            ..Default::default()
        })
    }

    /// Merge imported scores (validated) into the agency being worked on (created if there is
    /// none) and work on the latest imported year.
    pub fn merge_scores(self, years: BTreeMap<u16, Scores>) {
        let id = self.ensure_agency();
        let latest = years.keys().next_back().copied();
        self.workbook.update(|w| {
            w.merge_scores(&id, years);
        });
        self.select(&id, latest);
    }

    /// Add a framework the user loaded (validated by the import module) to the workbook; one
    /// covering the same years is replaced (its ids are returned). Nothing changes on error.
    pub fn add_framework(self, file: FrameworkFile) -> Result<Vec<String>, String> {
        self.change_checked(|w| w.add_framework(file))
    }

    /// Remove the user's framework `id` (refused while a year with data depends on it).
    pub fn remove_framework(self, id: &str) -> Result<(), String> {
        self.change_checked(|w| w.remove_framework(id))
    }

    /// Put the scores read from an agency's published report into `year` of the agency `id`
    /// (or of a new agency named `new_name` when `id` is `None`), and work on that year.
    pub fn import_report(
        self,
        id: Option<String>,
        new_name: String,
        year: u16,
        scores: Scores,
    ) -> Result<(), String> {
        let mut chosen = String::new();
        self.change_checked(|w| {
            chosen = match id {
                Some(id) => id,
                None => w.add_agency(Agency {
                    name: new_name,
                    ..Default::default()
                }),
            };
            w.import_year(&chosen, year, scores)
        })?;
        self.select(&chosen, Some(year));
        Ok(())
    }

    /// Apply `f` to a copy of the workbook and keep the copy only if `f` succeeds.
    fn change_checked<T>(
        self,
        f: impl FnOnce(&mut Workbook) -> Result<T, ita_core::ItaError>,
    ) -> Result<T, String> {
        let mut next = self.workbook.get_untracked();
        let out = f(&mut next).map_err(|e| e.message(self.lang_untracked()))?;
        self.workbook.set(next);
        Ok(out)
    }

    /// Replace the whole workbook (after an import was validated and confirmed).
    pub fn replace_workbook(self, wb: Workbook) {
        let first = wb.agencies.first().map(|a| a.id.clone());
        self.workbook.set(wb);
        self.prefs.update(|p| {
            p.agency = first;
            p.year = None;
        });
    }
}

/// The store of the app, from context.
pub fn use_store() -> Store {
    expect_context::<Store>()
}
