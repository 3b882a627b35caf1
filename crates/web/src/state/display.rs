//! What the screens show in the user's choices: the texts of the chosen language (the shared
//! table, and the tables of screens loaded on demand) and numbers in the chosen digits.

use ita_core::foundation::number::{format_score, with_digits};
use ita_core::framework::Framework;

use super::{use_store, Store};
use crate::i18n::{texts, ScreenTexts, TextTable, Texts};

impl Store {
    /// The texts in the chosen language (reactive).
    pub fn t(self) -> &'static Texts {
        texts(self.lang())
    }

    /// A table of texts of a screen loaded on demand, in the chosen language (reactive):
    /// `store.tr::<CohortTexts>()`.
    pub fn tr<T: TextTable>(self) -> &'static T {
        T::of(self.lang())
    }

    /// A score for display: two decimals, the chosen digits.
    pub fn score(self, v: f64) -> String {
        format_score(v, self.digits())
    }

    /// Any text with the chosen digits (years, counts).
    pub fn digits_in(self, s: &str) -> String {
        with_digits(s, self.digits())
    }

    /// The name of a framework's item ("ตัวชี้วัดที่ ๖ …", "E๖ …", a tool, a part) in the
    /// chosen language and digits, as the charts and the documents write it.
    pub fn name_of(self, fw: &Framework, code: &str) -> String {
        self.digits_in(&fw.display_name(code, self.lang()))
    }

    /// A year for display, "พ.ศ. 2568".
    pub fn year_text(self, y: u16) -> String {
        (self.t().year_be)(&self.digits_in(&y.to_string()))
    }
}

/// The store and its texts in the user's language (`t()`), what most components start with.
pub fn use_texts() -> (Store, impl Fn() -> &'static Texts + Copy) {
    let store = use_store();
    (store, move || store.t())
}

/// Like [`use_texts`], for the screens loaded on demand: their own texts and, through them,
/// every shared one (`ScreenTexts` derefs to [`Texts`]).
pub fn use_screen_texts() -> (Store, impl Fn() -> &'static ScreenTexts + Copy) {
    let store = use_store();
    (store, move || store.tr::<ScreenTexts>())
}
