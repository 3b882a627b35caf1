//! The editor of the cover memo (บันทึกข้อความ): every field of `ita_core::workbook::memo::Memo`, shown
//! with the core's standard draft until the user edits it; the first edit saves the whole memo
//! in the chosen year's record (`YearRecord.memo`) through the store, so it autosaves with the
//! workbook. "Back to the standard wording" clears it again.

use ita_core::foundation::number::Digits;
use ita_core::workbook::memo::{Memo as CoverMemo, MemoSubject, Signer};
use leptos::prelude::*;

use crate::components::{text_field, TextFieldKind};
use crate::files::confirm;
use crate::i18n::ReportTexts;
use crate::state::{use_store, Store};

/// The memo of the chosen year: the saved one, or the standard draft.
fn current(store: Store) -> Option<CoverMemo> {
    store.with_year_record(|a, y, rec| {
        Some(rec.memo.clone().unwrap_or_else(|| {
            CoverMemo::draft(a, y, MemoSubject::AnalysisAndPlan, Digits::Arabic)
        }))
    })
}

/// Change the chosen year's memo (starting from the draft if none is saved yet).
fn edit(store: Store, f: impl FnOnce(&mut CoverMemo)) {
    let (Some(y), Some(agency)) = (store.year.get_untracked(), store.agency.get_untracked()) else {
        return;
    };
    store.update_year(|r| {
        let mut m = r.memo.clone().unwrap_or_else(|| {
            CoverMemo::draft(&agency, y, MemoSubject::AnalysisAndPlan, Digits::Arabic)
        });
        f(&mut m);
        r.memo = Some(m);
    });
}

type GetText = fn(&CoverMemo) -> String;
type SetText = fn(&mut CoverMemo, String);
type Label = fn(&ReportTexts) -> &'static str;

/// One text field of the memo. Props: `id`, `label`, `get`, `set`, `rows` (0 = one line).
#[component]
fn MemoField(
    id: &'static str,
    label: Label,
    get: GetText,
    set: SetText,
    #[prop(optional)] rows: u32,
) -> impl IntoView {
    let store = use_store();
    let memo = Memo::new(move |_| current(store));
    text_field(
        id.to_string(),
        TextFieldKind {
            rows,
            ..TextFieldKind::default()
        },
        move || label(store.tr::<ReportTexts>()),
        move || memo.with(|m| m.as_ref().map(get).unwrap_or_default()),
        move |v| edit(store, |m| set(m, v)),
    )
}

/// A memo text field as data: `id`, label, getter, setter, rows (0 = one line).
type FieldSpec = (&'static str, Label, GetText, SetText, u32);

/// The spec of the memo's text field `$field`, labelled by the report text `$label`.
macro_rules! field {
    ($id:literal, $label:ident, $field:ident, $rows:literal) => {
        (
            $id,
            |r| r.$label,
            |m| m.$field.clone(),
            |m, v| m.$field = v,
            $rows,
        )
    };
}

/// The memo's heading fields (one line each), in a grid.
const HEAD_FIELDS: [FieldSpec; 4] = [
    field!("memo-department", memo_department, department, 0),
    field!("memo-reference", memo_reference, reference, 0),
    field!("memo-date", memo_date, date, 0),
    field!("memo-to", memo_to, to, 0),
];

/// The memo's subject and body paragraphs.
const BODY_FIELDS: [FieldSpec; 4] = [
    field!("memo-subject", memo_subject, subject, 2),
    field!("memo-background", memo_background, background, 4),
    field!("memo-facts", memo_facts, facts, 5),
    field!(
        "memo-considerations",
        memo_considerations,
        considerations,
        4
    ),
];

/// The fields of `specs`, in order.
fn memo_fields(specs: &'static [FieldSpec]) -> impl IntoView {
    specs
        .iter()
        .map(|&(id, label, get, set, rows)| view! { <MemoField id label get set rows /> })
        .collect_view()
}

/// One signature block's fields. Props: `index` (0 = the writer).
#[component]
fn SignerFields(index: usize) -> impl IntoView {
    let store = use_store();
    let r = move || store.tr::<ReportTexts>();
    let memo = Memo::new(move |_| current(store));
    let get = move |f: fn(&Signer) -> String| {
        memo.with(|m| {
            m.as_ref()
                .and_then(|m| m.signers.get(index))
                .map(f)
                .unwrap_or_default()
        })
    };
    let set = move |f: fn(&mut Signer, String), v: String| {
        edit(store, |m| {
            if let Some(s) = m.signers.get_mut(index) {
                f(s, v)
            }
        })
    };
    let remove = move |_| {
        edit(store, |m| {
            if index < m.signers.len() {
                m.signers.remove(index);
            }
        })
    };
    // One line of the block: its id part, label, and the signer's field it edits.
    let line = move |f: &'static str,
                     label: Label,
                     g: fn(&Signer) -> String,
                     s: fn(&mut Signer, String)| {
        text_field(
            format!("memo-signer-{index}-{f}"),
            TextFieldKind::default(),
            move || label(r()),
            move || get(g),
            move |v| set(s, v),
        )
    };
    view! {
        <fieldset class="memo-signer" data-testid="memo-signer">
            <legend>{move || (r().memo_signer_n)(index + 1)}</legend>
            {line("opinion", |r| r.memo_opinion, |s| s.opinion.clone(), |s, v| s.opinion = v)}
            {line("name", |r| r.memo_name, |s| s.name.clone(), |s, v| s.name = v)}
            {line("position", |r| r.memo_position, |s| s.position.clone(), |s, v| s.position = v)}
            <p class="actions">
                <button type="button" class="secondary" on:click=remove>
                    {move || r().memo_remove_signer}
                </button>
            </p>
        </fieldset>
    }
}

/// The cover memo's fields. Shows nothing without a chosen year.
#[component]
pub fn MemoEditor() -> impl IntoView {
    let store = use_store();
    let r = move || store.tr::<ReportTexts>();
    let memo = Memo::new(move |_| current(store));
    let signers =
        Memo::new(move |_| memo.with(|m| m.as_ref().map(|m| m.signers.len()).unwrap_or(0)));
    let kind = move || {
        memo.with(|m| match m.as_ref().map(|m| m.subject_kind) {
            Some(MemoSubject::Implementation) => "implementation",
            _ => "analysis_and_plan",
        })
    };
    let set_kind = move |ev: leptos::ev::Event| {
        let kind = if event_target_value(&ev) == "implementation" {
            MemoSubject::Implementation
        } else {
            MemoSubject::AnalysisAndPlan
        };
        let (Some(y), Some(agency)) = (store.year.get_untracked(), store.agency.get_untracked())
        else {
            return;
        };
        // The subject, facts and considerations follow the kind; the rest is kept.
        let d = CoverMemo::draft(&agency, y, kind, Digits::Arabic);
        edit(store, |m| {
            m.subject_kind = kind;
            m.subject = d.subject;
            m.facts = d.facts;
            m.considerations = d.considerations;
        });
    };
    let add_signer = move |_| edit(store, |m| m.signers.push(Signer::default()));
    let reset = move |_| {
        if confirm(r().memo_reset_confirm) {
            store.update_year(|rec| rec.memo = None);
        }
    };
    let saved =
        move || store.with_year_record(|_, _, rec| rec.memo.as_ref().map(|_| r().memo_saved));
    view! {
        <Show when=move || memo.with(Option::is_some)>
            <section class="card memo-editor no-print" aria-labelledby="memo-editor-title">
                <h3 id="memo-editor-title">{move || r().memo_title}</h3>
                <p class="help">{move || r().memo_help}</p>
                <div class="field">
                    <label for="memo-kind">{move || r().memo_kind}</label>
                    <select id="memo-kind" prop:value=kind on:change=set_kind>
                        <option value="analysis_and_plan">{move || r().memo_kind_plan}</option>
                        <option value="implementation">{move || r().memo_kind_implementation}</option>
                    </select>
                </div>
                <div class="memo-grid">{memo_fields(&HEAD_FIELDS)}</div>
                {memo_fields(&BODY_FIELDS)}
                <h4>{move || r().memo_signers}</h4>
                <div class="memo-signers">
                    {move || (0..signers.get()).map(|k| view! { <SignerFields index=k /> }).collect_view()}
                </div>
                <p class="actions">
                    <button type="button" class="secondary" on:click=add_signer>
                        {move || r().memo_add_signer}
                    </button>
                    <button type="button" class="secondary" on:click=reset data-testid="memo-reset">
                        {move || r().memo_reset}
                    </button>
                    <span class="saved-note" role="status">{saved}</span>
                </p>
            </section>
        </Show>
    }
}
