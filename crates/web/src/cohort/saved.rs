//! Keeping the cohort between visits, in IndexedDB (a 10,000-agency file is megabytes; the
//! workbook's `localStorage` holds about 5 MB for everything). The schema is in
//! `crates/web/STORAGE.md`; the rules are the workbook's:
//!
//! * what is stored is the file the user imported, as text, in a small JSON envelope
//!   ([`SavedCohort`]); reading it again gives the same cohort (the core reads it);
//! * stored data that cannot be read is copied to a free `….corrupt` key before anything is
//!   written, offered for download, and never written over; if even the copy fails, nothing is
//!   saved in this visit;
//! * a full store (`QuotaExceededError`) is reported and the cohort stays on the page.

use ita_core::cohort::{read_cohort, CohortImport};
use ita_core::Lang;
use serde::{Deserialize, Serialize};

use super::idb::{Db, IdbError, Stored};

/// The database (one per origin) and its object store.
pub const DB_NAME: &str = "ita-cohort";
pub const STORE: &str = "cohort";
/// The key of the cohort in use.
pub const CURRENT: &str = "ita.v1.cohort";
/// The envelope's format name and version.
pub const FORMAT: &str = "ita-cohort";
pub const VERSION: u32 = 1;

/// What is stored under [`CURRENT`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedCohort {
    pub format: String,
    pub version: u32,
    /// The file's name as the user chose it.
    pub name: String,
    /// The file's text, exactly as imported.
    pub text: String,
}

impl SavedCohort {
    pub fn new(name: &str, text: &str) -> SavedCohort {
        SavedCohort {
            format: FORMAT.into(),
            version: VERSION,
            name: name.into(),
            text: text.into(),
        }
    }

    pub fn to_json(&self) -> String {
        Self::json_of(&self.name, &self.text)
    }

    /// The stored JSON of the file `name` with `text`, written from borrowed text (the text is
    /// megabytes: no copy of it is made to save it).
    pub fn json_of(name: &str, text: &str) -> String {
        #[derive(Serialize)]
        struct Envelope<'a> {
            format: &'a str,
            version: u32,
            name: &'a str,
            text: &'a str,
        }
        let envelope = Envelope {
            format: FORMAT,
            version: VERSION,
            name,
            text,
        };
        serde_json::to_string(&envelope).unwrap_or_default()
    }

    /// Read the envelope and the file in it (the core reads it once, here). The error is the
    /// reason in Thai and in English.
    pub fn from_json(raw: &str) -> Result<(SavedCohort, CohortImport), [String; 2]> {
        let foreign = || {
            [
                "ไม่ใช่ข้อมูลหลายหน่วยงานที่แอปนี้บันทึกไว้".to_string(),
                "not cohort data saved by this app".to_string(),
            ]
        };
        let s: SavedCohort = serde_json::from_str(raw).map_err(|_| foreign())?;
        if s.format != FORMAT || s.version != VERSION {
            return Err(foreign());
        }
        let import =
            read_cohort(&s.text).map_err(|e| [e.message(Lang::Th), e.message(Lang::En)])?;
        Ok((s, import))
    }
}

/// The `n`th backup key (1 = `….corrupt`, then `….corrupt.2`, …).
pub fn backup_key(n: usize) -> String {
    if n <= 1 {
        format!("{CURRENT}.corrupt")
    } else {
        format!("{CURRENT}.corrupt.{n}")
    }
}

/// Stored data that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    /// Why, in Thai and in English.
    pub why: [String; 2],
    pub raw: String,
    /// Where the copy was kept (`None`: no copy, so nothing may be saved).
    pub backup: Option<String>,
}

/// What the cohort store gave at start.
pub enum Loaded {
    Nothing,
    Cohort(SavedCohort, CohortImport),
    Unreadable(Unreadable),
    Unavailable,
}

/// Open the database (`None` when IndexedDB cannot be used).
pub async fn open() -> Option<Db> {
    Db::open(DB_NAME, STORE).await.ok()
}

/// Read the stored cohort.
pub async fn load(db: &Db) -> Loaded {
    let raw = match db.get(CURRENT).await {
        Ok(Stored::Missing) => return Loaded::Nothing,
        Ok(Stored::Text(t)) => t,
        Ok(Stored::Other(t)) => t,
        Err(_) => return Loaded::Unavailable,
    };
    match SavedCohort::from_json(&raw) {
        Ok((s, import)) => Loaded::Cohort(s, import),
        Err(why) => {
            let backup = back_up(db, &raw).await;
            Loaded::Unreadable(Unreadable { why, raw, backup })
        }
    }
}

/// Copy unreadable data to the first free backup key (an identical copy counts).
async fn back_up(db: &Db, raw: &str) -> Option<String> {
    for n in 1..=20 {
        let key = backup_key(n);
        match db.get(&key).await {
            Ok(Stored::Text(t)) if t == raw => return Some(key),
            Ok(Stored::Missing) => return db.put(&key, raw).await.ok().map(|()| key),
            Ok(_) => continue,
            Err(_) => return None,
        }
    }
    None
}

/// Save the cohort in use: the file `name` with `text`.
pub async fn save(db: &Db, name: &str, text: &str) -> Result<(), IdbError> {
    db.put(CURRENT, &SavedCohort::json_of(name, text)).await
}

/// Forget the cohort in use (backups stay).
pub async fn remove(db: &Db) -> Result<(), IdbError> {
    db.delete(CURRENT).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_envelope_round_trips_and_is_checked() {
        let s = SavedCohort::new("a.csv", "agency,type,province,year,IIT\nA,,,2568,90\n");
        let (back, import) = SavedCohort::from_json(&s.to_json()).unwrap();
        assert_eq!(back, s);
        assert_eq!(import.preview.good_rows, 1);
        assert!(SavedCohort::from_json("{not json").is_err());
        let newer = s.to_json().replace("\"version\":1", "\"version\":2");
        assert!(SavedCohort::from_json(&newer).is_err());
        let other = SavedCohort::new("a.csv", "who,what\n1,2\n");
        assert!(
            SavedCohort::from_json(&other.to_json()).is_err(),
            "the core reads the file"
        );
    }

    #[test]
    fn backup_keys_are_numbered() {
        assert_eq!(backup_key(1), "ita.v1.cohort.corrupt");
        assert_eq!(backup_key(2), "ita.v1.cohort.corrupt.2");
    }
}
