//! Loading and saving the workbook and the preferences through a [`KeyValueStore`], with the
//! rules that keep data safe:
//!
//! * stored data that cannot be read (corrupt, foreign, or from a newer version) is never
//!   overwritten: it is first copied to a backup key, and if even that fails, the app does not
//!   save at all until the user has downloaded it;
//! * a failed write (full store) leaves the data in memory and is reported, never panics.

use ita_core::foundation::number::Digits;
use ita_core::writing::draft_measures::DraftDetail;
use ita_core::{Lang, Workbook};
use serde::{Deserialize, Serialize};

use crate::storage::{KeyValueStore, Keys, StoreError};

/// What the user chose, kept between visits.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub lang: Lang,
    pub digits: Digits,
    /// The agency being worked on (its id in the workbook).
    pub agency: Option<String>,
    /// The fiscal year being worked on (Buddhist era).
    pub year: Option<u16>,
    /// How much a drafted measures plan says (concise by default): the measures screen's
    /// draft and the documents' plan when none is saved yet.
    pub draft: DraftDetail,
}

impl Prefs {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Preferences are small and replaceable: unreadable ones give the defaults.
    pub fn from_json(text: &str) -> Prefs {
        serde_json::from_str(text).unwrap_or_default()
    }
}

/// Something wrong with what was stored.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredProblem {
    /// Why it could not be read (the core's message, in both languages).
    pub message_th: String,
    pub message_en: String,
    /// The raw text, kept so that the user can download it.
    pub raw: String,
    /// The key it was copied to, if the copy succeeded.
    pub backup_key: Option<String>,
}

/// The result of loading.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub workbook: Workbook,
    pub prefs: Prefs,
    pub problem: Option<StoredProblem>,
    /// False when saving would overwrite data that could not be backed up, or storage is
    /// unavailable: the app then keeps everything in memory only.
    pub can_save: bool,
    /// Storage could not be used at all.
    pub unavailable: bool,
}

/// Read the workbook and preferences.
pub fn load(store: &dyn KeyValueStore, keys: &Keys) -> Loaded {
    let prefs = match store.get(&keys.prefs()) {
        Ok(Some(text)) => Prefs::from_json(&text),
        _ => Prefs::default(),
    };
    let raw = match store.get(&keys.workbook()) {
        Ok(raw) => raw,
        Err(_) => {
            return Loaded {
                workbook: Workbook::default(),
                prefs,
                problem: None,
                can_save: false,
                unavailable: true,
            }
        }
    };
    let Some(raw) = raw else {
        return Loaded {
            workbook: Workbook::default(),
            prefs,
            problem: None,
            can_save: true,
            unavailable: false,
        };
    };
    match Workbook::from_json(&raw) {
        Ok(workbook) => Loaded {
            workbook,
            prefs,
            problem: None,
            can_save: true,
            unavailable: false,
        },
        Err(e) => {
            let backup_key = back_up(store, keys, &raw);
            Loaded {
                workbook: Workbook::default(),
                prefs: Prefs {
                    agency: None,
                    year: None,
                    ..prefs
                },
                can_save: backup_key.is_some(),
                problem: Some(StoredProblem {
                    message_th: e.message(Lang::Th),
                    message_en: e.message(Lang::En),
                    raw,
                    backup_key,
                }),
                unavailable: false,
            }
        }
    }
}

/// Copy unreadable data to a free backup key (`….corrupt`, `….corrupt.2`, …); an identical
/// earlier copy counts. Returns the key, or `None` when nothing could be written.
pub fn back_up(store: &dyn KeyValueStore, keys: &Keys, raw: &str) -> Option<String> {
    let base = keys.workbook_backup();
    for n in 1..=20 {
        let key = if n == 1 {
            base.clone()
        } else {
            format!("{base}.{n}")
        };
        match store.get(&key) {
            Ok(Some(existing)) if existing == raw => return Some(key),
            Ok(Some(_)) => continue,
            Ok(None) => {
                return store.set(&key, raw).ok().map(|_| key);
            }
            Err(_) => return None,
        }
    }
    None
}

/// Save the workbook.
pub fn save_workbook(
    store: &dyn KeyValueStore,
    keys: &Keys,
    workbook: &Workbook,
) -> Result<(), StoreError> {
    store.set(&keys.workbook(), &workbook.to_json())
}

/// Save the preferences.
pub fn save_prefs(store: &dyn KeyValueStore, keys: &Keys, prefs: &Prefs) -> Result<(), StoreError> {
    store.set(&keys.prefs(), &prefs.to_json())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;
    use ita_core::workbook::Agency;

    fn sample() -> Workbook {
        let mut wb = Workbook::default();
        let mut a = Agency {
            id: "a1".into(),
            name: "อบจ.ทดสอบ".into(),
            ..Default::default()
        };
        let mut rec = ita_core::workbook::YearRecord::default();
        rec.scores.insert("1", 91.71);
        a.years.insert(2565, rec);
        wb.agencies.push(a);
        wb
    }

    #[test]
    fn saves_and_loads_exactly() {
        let s = MemoryStore::default();
        let k = Keys::default();
        let prefs = Prefs {
            lang: Lang::En,
            digits: Digits::Thai,
            agency: Some("a1".into()),
            year: Some(2565),
            draft: DraftDetail::Full,
        };
        save_workbook(&s, &k, &sample()).unwrap();
        save_prefs(&s, &k, &prefs).unwrap();
        let l = load(&s, &k);
        assert_eq!(l.workbook, sample());
        assert_eq!(l.prefs, prefs);
        assert!(l.problem.is_none() && l.can_save);
    }

    #[test]
    fn prefs_saved_before_the_draft_choice_draft_concise() {
        let p = Prefs::from_json(r#"{"lang":"en","digits":"thai","agency":null,"year":2565}"#);
        assert_eq!(p.draft, DraftDetail::Concise);
        assert_eq!(p.lang, Lang::En);
    }

    #[test]
    fn corrupt_data_is_backed_up_before_anything_is_written() {
        let s = MemoryStore::default();
        let k = Keys::default();
        s.set(&k.workbook(), "{not json").unwrap();
        let l = load(&s, &k);
        let p = l.problem.expect("problem reported");
        assert_eq!(p.raw, "{not json");
        assert_eq!(p.backup_key.as_deref(), Some("ita.v1.workbook.corrupt"));
        assert_eq!(
            s.get("ita.v1.workbook.corrupt").unwrap().as_deref(),
            Some("{not json")
        );
        assert!(l.can_save);
        // Loading again keeps the same single backup; a different corrupt text gets a new key.
        s.set(&k.workbook(), "{other").unwrap();
        let l2 = load(&s, &k);
        assert_eq!(
            l2.problem.unwrap().backup_key.as_deref(),
            Some("ita.v1.workbook.corrupt.2")
        );
    }

    #[test]
    fn no_saving_when_the_backup_cannot_be_written() {
        let s = MemoryStore::default();
        let k = Keys::default();
        s.set(&k.workbook(), "[1,2,3]").unwrap();
        s.full.set(true);
        let l = load(&s, &k);
        assert!(!l.can_save);
        assert!(l.problem.unwrap().backup_key.is_none());
    }

    #[test]
    fn foreign_json_is_a_problem_not_a_crash() {
        let s = MemoryStore::default();
        let k = Keys::default();
        s.set(&k.workbook(), r#"{"format":"other","version":1}"#)
            .unwrap();
        s.set(&k.prefs(), "garbage").unwrap();
        let l = load(&s, &k);
        assert!(l.problem.is_some());
        assert_eq!(l.prefs, Prefs::default());
    }
}
