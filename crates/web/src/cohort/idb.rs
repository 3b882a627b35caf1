//! The little of IndexedDB the cohort needs, through web-sys: one database with one object
//! store of strings by key (`get`, `put`, `delete`), each awaited as a future. A write resolves
//! only when its transaction has committed, so a full disk (`QuotaExceededError`, reported on
//! the transaction) is never mistaken for a success.

use std::rc::Rc;

use js_sys::{Function, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

/// Why a step failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdbError {
    /// The browser refused to store more (`QuotaExceededError`).
    Full,
    /// IndexedDB cannot be used here (disabled, a sandboxed frame, an old browser).
    Unavailable,
    /// Anything else, with the browser's message.
    Other(String),
}

/// The error a request or transaction failed with, classified.
fn classify(error: JsValue) -> IdbError {
    let name = js_sys::Reflect::get(&error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name.contains("Quota") {
        IdbError::Full
    } else if name == "SecurityError" || name == "InvalidStateError" {
        IdbError::Unavailable
    } else {
        IdbError::Other(crate::export_module::js_text(error))
    }
}

/// A promise settled by the first of the given events on `target`: `ok` resolves it, any of
/// `fail` rejects it with `error()` (read when the event fires).
fn settle(
    target: &web_sys::EventTarget,
    ok: &'static str,
    fail: &[&'static str],
    error: impl Fn() -> JsValue + 'static,
) -> Promise {
    let error = Rc::new(error);
    let mut body = |resolve: Function, reject: Function| {
        let done = Closure::<dyn Fn()>::new(move || {
            let _ = resolve.call0(&JsValue::NULL);
        })
        .into_js_value();
        let _ = target.add_event_listener_with_callback(ok, done.unchecked_ref());
        let error = error.clone();
        let failed = Closure::<dyn Fn()>::new(move || {
            let _ = reject.call1(&JsValue::NULL, &(*error)());
        })
        .into_js_value();
        for name in fail {
            let _ = target.add_event_listener_with_callback(name, failed.unchecked_ref());
        }
    };
    Promise::new(&mut body)
}

/// Await a request's result.
async fn request(req: IdbRequest) -> Result<JsValue, IdbError> {
    let r = req.clone();
    let p = settle(&req, "success", &["error"], move || {
        r.error()
            .ok()
            .flatten()
            .map(JsValue::from)
            .unwrap_or(JsValue::NULL)
    });
    JsFuture::from(p).await.map_err(classify)?;
    req.result().map_err(classify)
}

/// Await a transaction's commit.
async fn committed(tx: IdbTransaction) -> Result<(), IdbError> {
    let t = tx.clone();
    let p = settle(&tx, "complete", &["abort", "error"], move || {
        t.error().map(JsValue::from).unwrap_or(JsValue::NULL)
    });
    JsFuture::from(p).await.map(|_| ()).map_err(classify)
}

/// An open database with one object store.
pub struct Db {
    db: IdbDatabase,
    store: &'static str,
}

impl Db {
    /// Open (creating on first use) database `name` with the object store `store`.
    pub async fn open(name: &str, store: &'static str) -> Result<Db, IdbError> {
        let factory = web_sys::window()
            .ok_or(IdbError::Unavailable)?
            .indexed_db()
            .map_err(|_| IdbError::Unavailable)?
            .ok_or(IdbError::Unavailable)?;
        let open = factory
            .open_with_u32(name, 1)
            .map_err(|_| IdbError::Unavailable)?;
        let upgrading = open.clone();
        let upgrade = Closure::once_into_js(move || {
            if let Ok(db) = upgrading.result() {
                let db: IdbDatabase = db.unchecked_into();
                if !db.object_store_names().contains(store) {
                    let _ = db.create_object_store(store);
                }
            }
        });
        open.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
        let db = request(open.unchecked_into()).await?;
        Ok(Db {
            db: db.unchecked_into(),
            store,
        })
    }

    fn object_store(
        &self,
        mode: IdbTransactionMode,
    ) -> Result<(IdbTransaction, IdbObjectStore), IdbError> {
        let tx = self
            .db
            .transaction_with_str_and_mode(self.store, mode)
            .map_err(classify)?;
        let store = tx.object_store(self.store).map_err(classify)?;
        Ok((tx, store))
    }

    /// What is stored under `key` (anything that is not a string comes back as JSON text, for
    /// the caller to judge and keep).
    pub async fn get(&self, key: &str) -> Result<Stored, IdbError> {
        let (_, store) = self.object_store(IdbTransactionMode::Readonly)?;
        let v = request(store.get(&JsValue::from_str(key)).map_err(classify)?).await?;
        Ok(if v.is_undefined() {
            Stored::Missing
        } else if let Some(s) = v.as_string() {
            Stored::Text(s)
        } else {
            Stored::Other(
                js_sys::JSON::stringify(&v)
                    .ok()
                    .and_then(|s| s.as_string())
                    .unwrap_or_else(|| format!("{v:?}")),
            )
        })
    }

    /// Store `value` under `key`; resolves once it is on disk.
    pub async fn put(&self, key: &str, value: &str) -> Result<(), IdbError> {
        let (tx, store) = self.object_store(IdbTransactionMode::Readwrite)?;
        store
            .put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))
            .map_err(classify)?;
        committed(tx).await
    }

    /// Remove `key`.
    pub async fn delete(&self, key: &str) -> Result<(), IdbError> {
        let (tx, store) = self.object_store(IdbTransactionMode::Readwrite)?;
        store.delete(&JsValue::from_str(key)).map_err(classify)?;
        committed(tx).await
    }
}

/// What a key holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    Missing,
    Text(String),
    /// Something that is not a string (another program's data), as JSON text.
    Other(String),
}
