//! Where the app keeps its data between visits: a small key–value trait, the browser's
//! `localStorage` behind it (through `gloo-storage`), an in-memory store for tests, and the
//! versioned key names. The schema is documented in `crates/web/STORAGE.md`.
//!
//! Embedding sites can pick another key prefix ([`Keys::new`]) or another store (anything that
//! implements [`KeyValueStore`]), the way ruffle's web storage backend is swappable.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Version of the storage schema, part of every key (`ita.v1.…`).
pub const SCHEMA_VERSION: u32 = 1;

/// The default key prefix.
pub const DEFAULT_PREFIX: &str = "ita";

/// Why a read or write failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The store is full (`QuotaExceededError`).
    Full,
    /// The store cannot be used at all (disabled, private mode, sandboxed frame).
    Unavailable,
}

/// A place to keep strings by key.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
}

/// The key names of schema version 1 under a prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keys {
    prefix: String,
}

impl Default for Keys {
    fn default() -> Self {
        Keys::new(DEFAULT_PREFIX)
    }
}

impl Keys {
    pub fn new(prefix: &str) -> Keys {
        Keys {
            prefix: prefix.to_string(),
        }
    }

    /// The whole workbook (agencies, years, scores, plans) as workbook JSON.
    pub fn workbook(&self) -> String {
        format!("{}.v{SCHEMA_VERSION}.workbook", self.prefix)
    }

    /// Preferences: language, digits, the agency and year being worked on.
    pub fn prefs(&self) -> String {
        format!("{}.v{SCHEMA_VERSION}.prefs", self.prefix)
    }

    /// A copy of stored workbook data that could not be read, kept before anything is written.
    pub fn workbook_backup(&self) -> String {
        format!("{}.corrupt", self.workbook())
    }
}

/// The browser's `localStorage`.
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserStore;

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let raw = raw_storage()?;
        raw.get_item(key).map_err(|_| StoreError::Unavailable)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let raw = raw_storage()?;
        raw.set_item(key, value).map_err(|e| {
            // Chromium and Firefox name the error QuotaExceededError (Firefox: NS_ERROR_DOM_QUOTA_REACHED).
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            if name.contains("Quota") || name.contains("QUOTA") {
                StoreError::Full
            } else {
                StoreError::Unavailable
            }
        })
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        raw_storage()?
            .remove_item(key)
            .map_err(|_| StoreError::Unavailable)
    }
}

fn raw_storage() -> Result<web_sys::Storage, StoreError> {
    use gloo_storage::{LocalStorage, Storage};
    // `LocalStorage::raw` panics when storage is unavailable: check first.
    let available = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some();
    if available {
        Ok(LocalStorage::raw())
    } else {
        Err(StoreError::Unavailable)
    }
}

/// A store in memory (tests, and a fallback when the browser has no storage).
#[derive(Debug, Default)]
pub struct MemoryStore {
    items: RefCell<BTreeMap<String, String>>,
    /// When set, every write fails with [`StoreError::Full`] (to test the quota path).
    pub full: std::cell::Cell<bool>,
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.items.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.full.get() {
            return Err(StoreError::Full);
        }
        self.items
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.items.borrow_mut().remove(key);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_versioned_and_prefixed() {
        let k = Keys::default();
        assert_eq!(k.workbook(), "ita.v1.workbook");
        assert_eq!(k.prefs(), "ita.v1.prefs");
        assert_eq!(k.workbook_backup(), "ita.v1.workbook.corrupt");
        assert_eq!(Keys::new("embed").workbook(), "embed.v1.workbook");
    }

    #[test]
    fn memory_store_reports_a_full_store() {
        let s = MemoryStore::default();
        s.set("a", "1").unwrap();
        s.full.set(true);
        assert_eq!(s.set("a", "2"), Err(StoreError::Full));
        assert_eq!(s.get("a").unwrap().as_deref(), Some("1"));
    }
}
