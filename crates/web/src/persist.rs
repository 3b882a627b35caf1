//! Loading and saving the workbook and the preferences through a [`KeyValueStore`], with the
//! rules that keep data safe:
//!
//! * stored data that cannot be read (corrupt, foreign, or from a newer version) is never
//!   overwritten: it is first copied to a backup key, and if even that fails, the app does not
//!   save at all until the user has downloaded it;
//! * one bad record (an agency, a year) costs only that record: the rest is loaded
//!   (`Workbook::from_json_salvaging`), the whole original is backed up, and the parts set
//!   aside are listed;
//! * backups stay offered ([`backups`]) on every visit until the user discards them;
//! * a failed write (full store) leaves the data in memory and is reported, never panics.

use ita_core::foundation::error::ItaError;
use ita_core::foundation::number::Digits;
use ita_core::workbook::salvage::UnreadablePart;
use ita_core::writing::draft_measures::DraftDetail;
use ita_core::{Lang, Workbook};
use serde::Serialize;

use std::rc::Rc;

use leptos::prelude::lazy;

use crate::storage::{KeyValueStore, Keys, StoreError};

/// What the user chose, kept between visits.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
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

    /// Preferences are small and replaceable: what cannot be read gives the default, field by
    /// field. Read from a JSON value, not with serde's typed reading, whose error messages
    /// format numbers with tables the first screen need not carry (issue #12); each choice is
    /// known by the name its `Serialize` writes.
    pub fn from_json(text: &str) -> Prefs {
        use serde_json::Value;
        let Ok(Value::Object(v)) = serde_json::from_str::<Value>(text) else {
            return Prefs::default();
        };
        fn choice<T: Serialize + Copy + Default>(v: Option<&Value>, all: &[T]) -> T {
            let name = v.and_then(Value::as_str);
            let named = |c: &&T| {
                serde_json::to_value(c)
                    .ok()
                    .as_ref()
                    .and_then(Value::as_str)
                    == name
            };
            all.iter().find(named).copied().unwrap_or_default()
        }
        Prefs {
            lang: choice(v.get("lang"), &[Lang::Th, Lang::En]),
            digits: choice(v.get("digits"), &[Digits::Arabic, Digits::Thai]),
            agency: v.get("agency").and_then(Value::as_str).map(str::to_owned),
            year: v
                .get("year")
                .and_then(Value::as_u64)
                .and_then(|y| u16::try_from(y).ok()),
            draft: choice(v.get("draft"), &[DraftDetail::Concise, DraftDetail::Full]),
        }
    }
}

/// How much of the stored workbook could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum Damage {
    /// Nothing could be read, and why.
    Whole(Said),
    /// These parts were set aside; everything else was loaded.
    Parts(Vec<SetAside>),
}

/// A part of the stored workbook set aside, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    pub part: UnreadablePart,
    pub why: Said,
}

/// The core's message for an error, in both languages, written where the error is (the
/// reader's chunk), so that the first screen does not carry the core's messages (issue #12).
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    th: String,
    en: String,
}

impl Said {
    pub fn of(e: &ItaError) -> Said {
        Said {
            th: e.message(Lang::Th),
            en: e.message(Lang::En),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Th => &self.th,
            Lang::En => &self.en,
        }
    }
}

/// What reading a stored workbook gave: the workbook and the parts set aside, or why nothing
/// could be read.
pub type Read = Result<(Workbook, Vec<SetAside>), Said>;

fn read(text: &str) -> Read {
    match Workbook::from_json_salvaging(text) {
        Ok(s) => {
            let aside = s.unreadable.into_iter();
            let aside = aside.map(|part| SetAside {
                why: Said::of(&part.error),
                part,
            });
            Ok((s.workbook, aside.collect()))
        }
        Err(e) => Err(Said::of(&e)),
    }
}

/// Something wrong with what was stored.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredProblem {
    pub damage: Damage,
    /// The raw text, kept so that the user can download it.
    pub raw: String,
    /// The key it was copied to, if the copy succeeded.
    pub backup_key: Option<String>,
}

/// A copy of unreadable data kept under a backup key.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    pub key: String,
    pub raw: String,
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
    /// The stored workbook text as read (what a save checks is still there: `state/tabs.rs`).
    pub base: Option<String>,
    /// Every backup of unreadable data in the store, this visit's and earlier ones.
    pub backups: Vec<Backup>,
}

/// A stored workbook whose text is still to be read: the first half of loading
/// ([`open`]) found one; the app reads it with [`read_workbook`].
#[derive(Debug)]
pub struct Unread {
    prefs: Prefs,
    raw: String,
}

impl Unread {
    /// The preferences (read already).
    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// The stored text, to read.
    pub fn text(&self) -> &str {
        &self.raw
    }

    /// The second half of loading: the stored text read in the reader's chunk
    /// ([`read_workbook`]), then [`Unread::finish`].
    pub async fn read_and_finish(self, store: &dyn KeyValueStore, keys: &Keys) -> Loaded {
        let read = read_workbook(self.raw.clone()).await;
        self.finish(store, keys, read)
    }

    /// The second half of loading, with what reading [`Unread::text`] gave: unreadable data is
    /// backed up before anything can overwrite it.
    pub fn finish(self, store: &dyn KeyValueStore, keys: &Keys, read: Read) -> Loaded {
        let Unread { prefs, raw } = self;
        let (workbook, prefs, damage) = match read {
            Ok((workbook, aside)) if aside.is_empty() => (workbook, prefs, None),
            Ok((workbook, aside)) => (workbook, prefs, Some(Damage::Parts(aside))),
            Err(e) => {
                let prefs = Prefs {
                    agency: None,
                    year: None,
                    ..prefs
                };
                (Workbook::default(), prefs, Some(Damage::Whole(e)))
            }
        };
        let problem = damage.map(|damage| StoredProblem {
            damage,
            backup_key: back_up(store, keys, &raw),
            raw: raw.clone(),
        });
        Loaded {
            workbook,
            prefs,
            can_save: problem.as_ref().is_none_or(|p| p.backup_key.is_some()),
            problem,
            unavailable: false,
            base: Some(raw),
            backups: backups(store, keys),
        }
    }
}

/// The first half of loading: the preferences, and everything when no workbook is stored (or
/// storage cannot be used); a stored workbook comes back [`Unread`].
pub fn open(store: &dyn KeyValueStore, keys: &Keys) -> Result<Loaded, Unread> {
    let prefs = match store.get(&keys.prefs()) {
        Ok(Some(text)) => Prefs::from_json(&text),
        _ => Prefs::default(),
    };
    let fresh = |can_save: bool, unavailable: bool, prefs: Prefs| Loaded {
        workbook: Workbook::default(),
        prefs,
        problem: None,
        can_save,
        unavailable,
        base: None,
        backups: Vec::new(),
    };
    match store.get(&keys.workbook()) {
        Err(_) => Ok(fresh(false, true, prefs)),
        Ok(None) => Ok(Loaded {
            backups: backups(store, keys),
            ..fresh(true, false, prefs)
        }),
        Ok(Some(raw)) => Err(Unread { prefs, raw }),
    }
}

/// Load the workbook and preferences kept in `backend` under `keys`, reading a stored workbook
/// in the reader's chunk ([`read_workbook`]).
pub async fn load(backend: Rc<dyn KeyValueStore>, keys: Keys) -> Loaded {
    match open(backend.as_ref(), &keys) {
        Ok(loaded) => loaded,
        Err(unread) => unread.read_and_finish(backend.as_ref(), &keys).await,
    }
}

/// The core's reading of a stored workbook (`Workbook::from_json_salvaging`: its JSON
/// reader, salvaging and checks), in a wasm chunk of its own (Leptos `#[lazy]`, split out by
/// the build like the screens: `on_demand`), so that a first visit, with nothing stored, never
/// fetches it (issue #12).
#[lazy]
pub fn read_workbook(text: String) -> Read {
    read(&text)
}

/// Read the workbook and preferences at once, in place (tests and tools; the app uses
/// [`load`]).
pub fn load_now(store: &dyn KeyValueStore, keys: &Keys) -> Loaded {
    open(store, keys).unwrap_or_else(|unread| {
        let read = read(unread.text());
        unread.finish(store, keys, read)
    })
}

/// The backup keys, in order: `….corrupt`, `….corrupt.2`, … `….corrupt.20`.
fn backup_keys(keys: &Keys) -> impl Iterator<Item = String> {
    let base = keys.workbook_backup();
    (1..=MAX_BACKUPS).map(move |n| {
        if n == 1 {
            base.clone()
        } else {
            format!("{base}.{n}")
        }
    })
}

/// How many backups can be kept.
const MAX_BACKUPS: usize = 20;

/// Every backup of unreadable data in the store.
pub fn backups(store: &dyn KeyValueStore, keys: &Keys) -> Vec<Backup> {
    backup_keys(keys)
        .filter_map(|key| match store.get(&key) {
            Ok(Some(raw)) => Some(Backup { key, raw }),
            _ => None,
        })
        .collect()
}

/// Copy unreadable data to a free backup key (`….corrupt`, `….corrupt.2`, …); an identical
/// earlier copy counts. Returns the key, or `None` when nothing could be written.
pub fn back_up(store: &dyn KeyValueStore, keys: &Keys, raw: &str) -> Option<String> {
    for key in backup_keys(keys) {
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
        let l = load_now(&s, &k);
        assert_eq!(l.workbook, sample());
        assert_eq!(l.prefs, prefs);
        assert!(l.problem.is_none() && l.can_save);
    }

    #[test]
    fn every_choice_reads_back_and_what_cannot_be_read_is_the_default() {
        for lang in [Lang::Th, Lang::En] {
            for digits in [Digits::Arabic, Digits::Thai] {
                for draft in [DraftDetail::Concise, DraftDetail::Full] {
                    for (agency, year) in [(None, None), (Some("a1".to_string()), Some(2568))] {
                        let p = Prefs {
                            lang,
                            digits,
                            agency,
                            year,
                            draft,
                        };
                        assert_eq!(Prefs::from_json(&p.to_json()), p);
                    }
                }
            }
        }
        let p = Prefs::from_json(r#"{"lang":"fr","digits":"thai","year":70000,"agency":3}"#);
        assert_eq!(
            p,
            Prefs {
                digits: Digits::Thai,
                ..Prefs::default()
            }
        );
        assert_eq!(Prefs::from_json("[1]"), Prefs::default());
        assert_eq!(Prefs::from_json("{oops"), Prefs::default());
    }

    #[test]
    fn prefs_saved_before_the_draft_choice_draft_concise() {
        let p = Prefs::from_json(r#"{"lang":"en","digits":"thai","agency":null,"year":2565}"#);
        assert_eq!(p.draft, DraftDetail::Concise);
        assert_eq!(p.lang, Lang::En);
    }

    /// A store whose workbook key holds `text`, and its keys.
    fn storing(text: &str) -> (MemoryStore, Keys) {
        let s = MemoryStore::default();
        let k = Keys::default();
        s.set(&k.workbook(), text).unwrap();
        (s, k)
    }

    #[test]
    fn corrupt_data_is_backed_up_before_anything_is_written() {
        let (s, k) = storing("{not json");
        let l = load_now(&s, &k);
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
        let l2 = load_now(&s, &k);
        assert_eq!(
            l2.problem.unwrap().backup_key.as_deref(),
            Some("ita.v1.workbook.corrupt.2")
        );
    }

    #[test]
    fn no_saving_when_the_backup_cannot_be_written() {
        let (s, k) = storing("[1,2,3]");
        s.full.set(true);
        let l = load_now(&s, &k);
        assert!(!l.can_save);
        assert!(l.problem.unwrap().backup_key.is_none());
    }

    /// Issue #15: after the app has saved over the main key, the next visits still offer the
    /// backup.
    #[test]
    fn backups_are_offered_on_every_later_visit() {
        let (s, k) = storing("{not json");
        let first = load_now(&s, &k);
        assert!(matches!(
            first.problem.as_ref().unwrap().damage,
            Damage::Whole(_)
        ));
        assert_eq!(first.base.as_deref(), Some("{not json"));
        save_workbook(&s, &k, &first.workbook).unwrap();
        for _ in 0..2 {
            let again = load_now(&s, &k);
            assert!(again.problem.is_none(), "the main key is readable now");
            assert_eq!(
                again.backups,
                vec![Backup {
                    key: "ita.v1.workbook.corrupt".into(),
                    raw: "{not json".into()
                }]
            );
        }
    }

    /// One out-of-range score: the other agencies load, the bad year is listed and the whole
    /// original is backed up.
    #[test]
    fn a_bad_record_costs_only_that_record() {
        let s = MemoryStore::default();
        let k = Keys::default();
        let mut wb = sample();
        wb.agencies.push(Agency {
            id: "a2".into(),
            name: "อบต.สอง".into(),
            ..Default::default()
        });
        let raw = wb.to_json().replace("91.71", "191.71");
        s.set(&k.workbook(), &raw).unwrap();
        let l = load_now(&s, &k);
        assert_eq!(l.workbook.agencies.len(), 2);
        assert!(l.workbook.agencies[0].years.is_empty());
        let p = l.problem.unwrap();
        let Damage::Parts(parts) = &p.damage else {
            panic!("expected parts, got {:?}", p.damage)
        };
        assert_eq!(parts[0].part.path, "agencies[0].years.2565");
        assert_eq!(p.backup_key.as_deref(), Some("ita.v1.workbook.corrupt"));
        assert_eq!(s.get("ita.v1.workbook.corrupt").unwrap(), Some(raw));
        assert!(l.can_save);
        assert_eq!(l.backups.len(), 1);
    }

    #[test]
    fn foreign_json_is_a_problem_not_a_crash() {
        let (s, k) = storing(r#"{"format":"other","version":1}"#);
        s.set(&k.prefs(), "garbage").unwrap();
        let l = load_now(&s, &k);
        assert!(l.problem.is_some());
        assert_eq!(l.prefs, Prefs::default());
    }
}
