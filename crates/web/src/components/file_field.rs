//! The one markup of every file input (`<div>` with its label and the input) and of the line
//! that tells how an import went. The input hands the chosen file on and clears itself, so that
//! choosing the same file again (after fixing it) is read again.
//!
//! The browser's own button reads "Choose File" in the browser's language whatever the page's
//! is, so the input is visually hidden (it keeps the focus and the keyboard) and a second label
//! drawn as a button, in the user's language, opens the same file picker; it is hidden from
//! assistive technology, which names the input by its first label.

use leptos::prelude::*;

use crate::files;
use crate::i18n::ScreenTexts;
use crate::state::use_store;

/// What distinguishes one file input: its `id` (unique on the page), the class of the `<div>`
/// around it, the file types it `accept`s and its `data-testid` (testing contract).
pub struct FileField {
    pub id: String,
    pub class: &'static str,
    pub accept: &'static str,
    pub testid: &'static str,
}

/// A labelled file input that calls `on_file` with the file the user chose.
pub fn file_field(
    field: FileField,
    label: impl IntoView + 'static,
    on_file: impl Fn(web_sys::File) + 'static,
) -> impl IntoView {
    let FileField {
        id,
        class,
        accept,
        testid,
    } = field;
    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = files::chosen_file(&ev) else {
            return;
        };
        files::reset_input(&ev);
        on_file(file);
    };
    let store = use_store();
    view! {
        <div class=class>
            <label for=id.clone()>{label}</label>
            <input
                id=id.clone()
                class="file-input"
                type="file"
                accept=accept
                data-testid=testid
                on:change=on_change
            />
            <label for=id class="file-button" aria-hidden="true">
                {move || store.tr::<ScreenTexts>().choose_file}
            </label>
        </div>
    }
}

/// How an import went, read out politely: the message of `Ok`, or the reason of `Err` after
/// "import failed, nothing changed"; nothing while `None`. `testid` marks it when given.
pub fn import_outcome(
    outcome: RwSignal<Option<Result<String, String>>>,
    testid: Option<&'static str>,
) -> impl IntoView {
    let store = use_store();
    view! {
        <p class="import-outcome" role="status" aria-live="polite" data-testid=testid>
            {move || match outcome.get() {
                Some(Ok(m)) => view! { <span class="ok">{m}</span> }.into_any(),
                Some(Err(m)) => {
                    view! {
                        <span class="error-text">{format!("{} {m}", store.tr::<ScreenTexts>().import_failed)}</span>
                    }
                        .into_any()
                }
                None => ().into_any(),
            }}
        </p>
    }
}
