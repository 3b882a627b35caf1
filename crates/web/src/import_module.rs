//! The readers of what users import that the main wasm does not carry — an agency's published
//! report (DOCX, PDF, text) and a framework file (TOML) — live in a third wasm module,
//! `crates/import`, loaded like the exporter (see `export_module.rs`: Trunk builds it as
//! `ita-import.js` and `ita-import_bg.wasm`, fetched with `?v=<build id>` on the first import
//! and kept for the visit; the service worker precaches both for offline use).
//!
//! What comes back is plain data of the core's own types: the report's values with their
//! sources ([`Extracted`]) and a validated framework file ([`FrameworkFile`]).

use std::cell::RefCell;

use ita_core::framework::FrameworkFile;
use ita_core::input::report_text::Extracted;
use ita_core::Lang;
use js_sys::{Function, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::export_module::{js_text, load_module, ExportError as ModuleError};

/// The importer's JavaScript module and its wasm, relative to the page.
pub const MODULE_JS: &str = "ita-import.js";
pub const MODULE_WASM: &str = "ita-import_bg.wasm";

thread_local! {
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// Call the module's function `name` with a file's bytes and the language; its JSON answer.
async fn call(name: &str, bytes: &[u8], lang: Lang) -> Result<String, ModuleError> {
    let module = load_module(&MODULE, MODULE_JS, MODULE_WASM)
        .await
        .map_err(ModuleError::Load)?;
    let f: Function = Reflect::get(&module, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| ModuleError::Load(format!("{name} is missing")))?;
    let code = match lang {
        Lang::Th => "th",
        Lang::En => "en",
    };
    let out = f
        .call2(
            &JsValue::NULL,
            &Uint8Array::from(bytes),
            &JsValue::from_str(code),
        )
        .map_err(|e| ModuleError::Build(js_text(e)))?;
    out.as_string()
        .ok_or_else(|| ModuleError::Build(format!("{name} returned no text")))
}

/// Read an agency's published ITA result from a report file's bytes.
pub async fn extract_report(bytes: &[u8], lang: Lang) -> Result<Extracted, ModuleError> {
    let json = call("extractReport", bytes, lang).await?;
    serde_json::from_str(&json).map_err(|e| ModuleError::Build(e.to_string()))
}

/// Read and validate a framework file (TOML) from its bytes.
pub async fn read_framework(bytes: &[u8], lang: Lang) -> Result<FrameworkFile, ModuleError> {
    let json = call("readFramework", bytes, lang).await?;
    serde_json::from_str(&json).map_err(|e| ModuleError::Build(e.to_string()))
}
