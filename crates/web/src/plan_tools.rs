//! The bridge between the measures screen and the core's plan drafting and follow-up.

use ita_core::framework::for_year;
use ita_core::workbook::measures::Measure;
use ita_core::writing::draft_measures::{draft_plan as core_draft, DraftOptions};
use ita_core::writing::followup::{fill, FollowUp, FollowUpField, FollowUpOptions};
use leptos::prelude::*;

use crate::i18n::{ScreenTexts, TextTable};
use crate::state::Store;

/// A draft plan for the chosen year from the core (in the chosen language and digits, concise
/// or full as the user chose).
pub fn draft_plan(store: Store) -> Option<Vec<Measure>> {
    let a = store.assessment.get_untracked()?;
    let an = store.analysis.get_untracked()?;
    let fw = for_year(a.year).ok()?;
    let agency = store.agency.get_untracked()?;
    let opts = DraftOptions {
        lang: store.lang_untracked(),
        digits: store.digits_untracked(),
        agency_kind: agency.kind,
        agency_name: agency.name.clone(),
        detail: store.prefs_untracked().draft,
        ..DraftOptions::default()
    };
    Some(core_draft(fw, &a, &an, &opts))
}

/// Fill the outcomes (and suggestions) the user left empty in the chosen year's measures from
/// the change to next year's scores (the core's `followup`); returns the message to show.
pub fn fill_outcomes(store: Store) -> String {
    let prefs = store.prefs_untracked();
    let t = ScreenTexts::of(prefs.lang);
    let Some(y) = store.year.get_untracked() else {
        return String::new();
    };
    let next_year = y + 1;
    let no_next = || {
        (t.no_next_year)(&(t.year_be)(&ita_core::foundation::number::with_digits(
            &next_year.to_string(),
            prefs.digits,
        )))
    };
    let Some(prev) = store.assessment.get_untracked() else {
        return no_next();
    };
    let next = store.agency.with_untracked(|a| {
        let rec = a.as_ref()?.years.get(&next_year)?;
        if rec.scores.is_empty() {
            return None;
        }
        let fw = for_year(next_year).ok()?;
        Some((
            fw,
            ita_core::assess(fw, next_year, &rec.scores, &rec.options),
        ))
    });
    let Some((fw, next)) = next else {
        return no_next();
    };
    let opts = FollowUpOptions {
        lang: prefs.lang,
        digits: prefs.digits,
        ..FollowUpOptions::default()
    };
    let mut filled = 0;
    let years = FollowUp::new(fw, &prev, &next, &opts);
    store.update_year(|r| {
        filled = fill(FollowUpField::Outcome, &mut r.plan, &years);
        fill(FollowUpField::Suggestions, &mut r.plan, &years);
    });
    ita_core::foundation::number::with_digits(&(t.outcomes_filled)(filled), prefs.digits)
}
