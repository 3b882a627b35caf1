//! What the store computes with: ita-core's assessment and analysis, the user's frameworks put
//! in effect (compiled), and the workbook written as JSON (with the number formatting tables
//! that do not compress), behind the [`Engine`] trait, so that the code comes in a wasm chunk
//! of its own ([`scoring`]) that a first visit fetches only once there is something to score
//! or to save (issue #12). A returning visitor's app fetches it with the stored workbook's
//! reader, before the first screen (app.rs). Tests hand the store [`SCORING`] itself.
//!
//! Until the engine is in, the store's derived values are `None` (nothing is shown as scored
//! with the wrong framework) and the engine is fetched; they follow as soon as it is in.

use ita_core::analysis::ranking::{analyze, Analysis, AnalysisSettings};
use ita_core::framework::{scoring_for_year, user, FrameworkFile};
use ita_core::{assess, AssessOptions, Assessment, Lang, Scores, Workbook};
use leptos::prelude::*;

use super::{Store, YearScores};

/// The store's scoring.
pub trait Engine: Sync {
    /// Put `files` in effect (see `ita_core::framework::user`); `false`, with the reason in the
    /// console, when they cannot be (the workbook was checked when read, so this does not
    /// happen; the built-in frameworks then stay in use).
    fn put_in_effect(&self, files: &[FrameworkFile]) -> bool;
    /// The assessment of `year`'s scores (`None` without a framework for the year).
    fn assess(&self, year: u16, scores: &Scores, options: &AssessOptions) -> Option<Assessment>;
    /// The analysis of an assessment (`None` without a framework for its year).
    fn analyze(&self, assessment: &Assessment) -> Option<Analysis>;
    /// The workbook as its JSON file.
    fn workbook_json(&self, workbook: &Workbook) -> String;
}

/// An engine, for as long as the app runs.
pub type EngineRef = &'static dyn Engine;

/// Where the store gets its engine.
#[derive(Clone, Copy)]
pub enum EngineSource {
    /// Here already.
    Ready(EngineRef),
    /// Fetched when first needed (the app's [`scoring`]).
    Later(fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = EngineRef>>>),
}

/// ita-core's scoring, with the frameworks' scoring-only form: the same results as the full
/// form (tests/it/calculator_scoring_frameworks.rs in ita-core), whose questions' texts only
/// the screens showing them carry.
pub struct Scoring;

impl Engine for Scoring {
    fn put_in_effect(&self, files: &[FrameworkFile]) -> bool {
        user::set_in_effect(files)
            .inspect_err(|e| leptos::logging::warn!("{}", e.message(Lang::En)))
            .is_ok()
    }

    fn assess(&self, year: u16, scores: &Scores, options: &AssessOptions) -> Option<Assessment> {
        let fw = scoring_for_year(year).ok()?;
        Some(assess(fw, year, scores, options))
    }

    fn analyze(&self, assessment: &Assessment) -> Option<Analysis> {
        let fw = scoring_for_year(assessment.year).ok()?;
        Some(analyze(fw, assessment, &AnalysisSettings::default()))
    }

    fn workbook_json(&self, workbook: &Workbook) -> String {
        workbook.to_json()
    }
}

/// The engine, in place (tests; the app fetches it: [`scoring`]).
pub static SCORING: Scoring = Scoring;

/// [`SCORING`], in a chunk of its own.
#[lazy]
pub fn scoring() -> EngineRef {
    &SCORING
}

/// The store's handle on its engine.
#[derive(Clone, Copy)]
pub(super) struct Scorer {
    engine: RwSignal<Option<EngineRef>>,
    source: StoredValue<EngineSource>,
    fetching: StoredValue<bool>,
    frameworks: Memo<Vec<FrameworkFile>>,
}

impl Scorer {
    pub(super) fn new(source: EngineSource, frameworks: Memo<Vec<FrameworkFile>>) -> Scorer {
        let engine = match source {
            EngineSource::Ready(e) => Some(e),
            EngineSource::Later(_) => None,
        };
        Scorer {
            engine: RwSignal::new(engine),
            source: StoredValue::new(source),
            fetching: StoredValue::new(false),
            frameworks,
        }
    }

    /// The engine, with the workbook's frameworks in effect (tracked: the frameworks and the
    /// engine's arrival); `None` while it is being fetched.
    pub(super) fn engine(self) -> Option<EngineRef> {
        let engine = self.engine.get();
        let Some(engine) = engine else {
            self.fetch();
            return None;
        };
        self.frameworks.with(|f| {
            if !user::are_in_effect(f) {
                engine.put_in_effect(f);
            }
        });
        Some(engine)
    }

    /// Whether the workbook's frameworks are in effect (tracked), which needs the engine only
    /// when there are some.
    pub(super) fn frameworks_in_effect(self) -> bool {
        self.frameworks.with(|f| user::are_in_effect(f)) || self.engine().is_some()
    }

    /// The engine, fetched if need be (`None` once the store is gone).
    pub(super) async fn ready(self) -> Option<EngineRef> {
        if let Some(engine) = self.engine.try_get_untracked()? {
            return Some(engine);
        }
        let EngineSource::Later(fetch) = self.source.try_get_value()? else {
            return None;
        };
        let engine = fetch().await;
        let _ = self.engine.try_set(Some(engine));
        Some(engine)
    }

    /// Start fetching the engine, once.
    fn fetch(self) {
        if self.fetching.get_value() {
            return;
        }
        self.fetching.set_value(true);
        leptos::task::spawn_local(async move {
            self.ready().await;
        });
    }

    /// The assessment of `scores`: a memo, recomputed only when they change.
    pub(super) fn assessed(self, scores: Memo<Option<YearScores>>) -> Memo<Option<Assessment>> {
        Memo::new(move |_| {
            scores.with(|ys| {
                let ys = ys.as_ref()?;
                self.engine()?.assess(ys.year, &ys.scores, &ys.options)
            })
        })
    }
}

impl Store {
    /// Whether the workbook's frameworks are in effect (tracked; see [`Scorer`]): what lists
    /// or names the frameworks of each year reads this first.
    pub fn frameworks_in_effect(self) -> bool {
        self.scorer.frameworks_in_effect()
    }
}
