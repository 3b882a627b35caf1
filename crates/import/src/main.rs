//! Trunk builds this binary into the lazily loaded import module (a bin, so that the exported
//! functions are kept by the linker); the logic is in lib.rs, ita-extract and ita-core.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// `extractReport(bytes, lang) → JSON string` (see `ita_import::extract_report`); throws a
/// string naming the problem in `lang` ("th" or "en").
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(js_name = extractReport)]
pub fn extract_report(bytes: &[u8], lang: &str) -> Result<String, JsValue> {
    ita_import::extract_report(bytes, ita_import::lang(lang)).map_err(|e| JsValue::from_str(&e))
}

/// `readFramework(bytes, lang) → JSON string` (see `ita_import::read_framework`); throws a
/// string naming the problem (and the field at fault) in `lang`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(js_name = readFramework)]
pub fn read_framework(bytes: &[u8], lang: &str) -> Result<String, JsValue> {
    ita_import::read_framework(bytes, ita_import::lang(lang)).map_err(|e| JsValue::from_str(&e))
}

fn main() {}
