//! Trunk builds this binary into the lazily loaded export module (a bin, so that the exported
//! functions are kept by the linker); the logic is in lib.rs and ita-core.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// `exportDocument(requestJson) → Uint8Array`; throws a string naming the problem.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(js_name = exportDocument)]
pub fn export_document(request_json: &str) -> Result<Vec<u8>, JsValue> {
    ita_export::export(request_json).map_err(|e| JsValue::from_str(&e))
}

/// `exportCohort(requestJson) → Uint8Array`: a cohort document; throws a string naming the problem.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen(js_name = exportCohort)]
pub fn export_cohort(request_json: &str) -> Result<Vec<u8>, JsValue> {
    ita_export::export_cohort(request_json).map_err(|e| JsValue::from_str(&e))
}

fn main() {}
