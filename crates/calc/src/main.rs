//! Trunk builds this binary into `ita-calc.js` + `ita-calc_bg.wasm` (a bin, so that the
//! exported functions are kept by the linker). JavaScript API, documented in docs/EMBED.md:
//!
//! * `analyze({ year, scores: { code: value }, lang? })` → result object; throws a message;
//! * `years()` → the fiscal years it knows;
//! * `version()` → the API version;
//! * `embedStart(search)`, `embedView(state)`: the embeddable calculator's model, for
//!   `embed.html` (`assets/embed.js`).

#[cfg(target_arch = "wasm32")]
mod exports {
    use serde::Serialize;
    use wasm_bindgen::prelude::*;

    /// `analyze(input)`: the overall score, rating, tool and indicator scores (2 decimals).
    #[wasm_bindgen]
    pub fn analyze(input: JsValue) -> Result<JsValue, JsValue> {
        let input: ita_core::calculator::CalcInput = serde_wasm_bindgen::from_value(input)
            .map_err(|e| {
                JsValue::from_str(&format!("input is not {{year, scores, lang?}}: {e}"))
            })?;
        let result = ita_calc::analyze(&input).map_err(|e| JsValue::from_str(&e))?;
        to_js(&result)
    }

    /// `years()`: the fiscal years (Buddhist era) the calculator knows.
    #[wasm_bindgen]
    pub fn years() -> Vec<u16> {
        ita_calc::years()
    }

    /// `embedStart(search)`: the embeddable calculator's state, texts and year list for the
    /// address query `search` (embed.html; see ita_core::calculator::embed).
    #[wasm_bindgen(js_name = embedStart)]
    pub fn embed_start(search: &str) -> Result<JsValue, JsValue> {
        to_js(&ita_core::calculator::embed::start(search))
    }

    /// `embedView(state)`: what the embeddable calculator shows and posts for `state`.
    #[wasm_bindgen(js_name = embedView)]
    pub fn embed_view(state: JsValue) -> Result<JsValue, JsValue> {
        let state: ita_core::calculator::embed::EmbedState =
            serde_wasm_bindgen::from_value(state).map_err(|e| JsValue::from_str(&e.to_string()))?;
        to_js(&ita_core::calculator::embed::view(&state))
    }

    /// Plain objects (not Maps), as JSON would give.
    fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
        value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| JsValue::from_str(&e.to_string()))
    }

    /// `version()`: the API version.
    #[wasm_bindgen]
    pub fn version() -> String {
        ita_calc::API_VERSION.to_string()
    }
}

fn main() {}
