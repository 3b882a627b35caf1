//! The document exporters (DOCX, XLSX) live in a second wasm module, `crates/export`, so that
//! the app's first load stays small. Trunk builds it next to `index.html` as `ita-export.js`
//! and `ita-export_bg.wasm` (index.html: `data-type="worker" data-bindgen-target="web"`, which
//! gives an ES module with unhashed file names). The app imports it with a dynamic `import()`
//! on the first export and keeps it for the rest of the visit.
//!
//! * URLs are resolved against `document.baseURI`, so the app works under any sub-path.
//! * Trunk does not hash these two files, so both URLs carry `?v=<build id>` (a hash of the
//!   exporter's and the core's sources, computed by `build.rs`): a new release is never mixed
//!   with an exporter from the browser's cache.
//! * Files are offered with a `Blob` and an object URL: nothing goes to a server.

use std::cell::RefCell;

use js_sys::{Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Identifies the build of the lazily loaded modules (the exporter and the importer, see
/// `build.rs`); used as the cache-busting query.
pub const BUILD_ID: &str = env!("ITA_EXPORT_BUILD_ID");

/// The exporter's JavaScript module and its wasm, relative to the page.
pub const MODULE_JS: &str = "ita-export.js";
pub const MODULE_WASM: &str = "ita-export_bg.wasm";

#[wasm_bindgen(inline_js = "export function import_module(url) { return import(url); }")]
extern "C" {
    /// `import(url)`: a dynamic import (no `eval`, so a strict CSP without 'unsafe-eval' is fine).
    #[wasm_bindgen(catch)]
    fn import_module(url: &str) -> Result<Promise, JsValue>;
}

thread_local! {
    /// The loaded module (its namespace object), once imported and initialised.
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// A module loaded once per visit: where it is cached once started.
pub type ModuleSlot = std::thread::LocalKey<RefCell<Option<JsValue>>>;

/// Why an export failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportError {
    /// The module could not be fetched or started (offline before it was ever loaded, …).
    Load(String),
    /// The module ran but could not make the file (its message, in Thai from the core).
    Build(String),
}

/// `file` resolved against the page's base URL, with the cache-busting query.
pub fn module_url(file: &str) -> Result<String, String> {
    let doc = leptos::prelude::document();
    let base = match doc.base_uri() {
        Ok(Some(b)) => b,
        _ => leptos::prelude::window()
            .location()
            .href()
            .map_err(js_text)?,
    };
    let url =
        web_sys::Url::new_with_base(&format!("{file}?v={BUILD_ID}"), &base).map_err(js_text)?;
    Ok(url.href())
}

/// Import and initialise the export module (once per visit).
async fn load() -> Result<JsValue, String> {
    load_module(&MODULE, MODULE_JS, MODULE_WASM).await
}

/// Import and initialise a lazily loaded module built by Trunk as `js` and `wasm` (names
/// relative to the page), once per visit: kept in `slot` for the rest of it.
pub async fn load_module(
    slot: &'static ModuleSlot,
    js: &str,
    wasm: &str,
) -> Result<JsValue, String> {
    if let Some(m) = slot.with(|m| m.borrow().clone()) {
        return Ok(m);
    }
    let js = module_url(js)?;
    let wasm = module_url(wasm)?;
    let module = JsFuture::from(import_module(&js).map_err(js_text)?)
        .await
        .map_err(js_text)?;
    let init: Function = Reflect::get(&module, &JsValue::from_str("default"))
        .map_err(js_text)?
        .dyn_into()
        .map_err(|_| "the module has no init function".to_string())?;
    let options = Object::new();
    Reflect::set(
        &options,
        &JsValue::from_str("module_or_path"),
        &JsValue::from_str(&wasm),
    )
    .map_err(js_text)?;
    let started: Promise = init
        .call1(&JsValue::NULL, &options)
        .map_err(js_text)?
        .dyn_into()
        .map_err(|_| "the module did not start".to_string())?;
    JsFuture::from(started).await.map_err(js_text)?;
    slot.with(|m| *m.borrow_mut() = Some(module.clone()));
    Ok(module)
}

/// Build a file with the exporter: `request_json` as documented in `crates/export/src/lib.rs`.
pub async fn export_document(request_json: &str) -> Result<Vec<u8>, ExportError> {
    call("exportDocument", request_json).await
}

/// Build a cohort document with the exporter (`export_cohort` in `crates/export/src/lib.rs`).
pub async fn export_cohort(request_json: &str) -> Result<Vec<u8>, ExportError> {
    call("exportCohort", request_json).await
}

/// Call the exporter's function `name` with a JSON request; it returns the file's bytes.
async fn call(name: &str, request_json: &str) -> Result<Vec<u8>, ExportError> {
    let module = load().await.map_err(ExportError::Load)?;
    let f: Function = Reflect::get(&module, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| ExportError::Load(format!("{name} is missing")))?;
    let out = f
        .call1(&JsValue::NULL, &JsValue::from_str(request_json))
        .map_err(|e| ExportError::Build(js_text(e)))?;
    let bytes: Uint8Array = out
        .dyn_into()
        .map_err(|_| ExportError::Build("the exporter returned no bytes".into()))?;
    Ok(bytes.to_vec())
}

/// Offer `bytes` as a file named `name` of type `mime` (a `Blob` and an object URL).
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(js_text)?;
    crate::files::offer_blob(name, &blob, js_text)
}

/// A JavaScript error (or thrown string) as text.
pub fn js_text(e: JsValue) -> String {
    if let Some(s) = e.as_string() {
        return s;
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    format!("{e:?}")
}
