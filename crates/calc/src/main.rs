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
    use std::collections::BTreeMap;

    use ita_calc::{input_message, lang_of, year_of, InputProblem};
    use ita_core::calculator::embed::{EmbedState, Entry};
    use ita_core::calculator::CalcInput;
    use ita_core::Lang;
    use js_sys::{Array, Object, Reflect};
    use serde::Serialize;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// The fields of `analyze`'s input.
    const INPUT_FIELDS: &[&str] = &["year", "scores", "lang"];
    /// The fields of the embedded calculator's state.
    const STATE_FIELDS: &[&str] = &["year", "lang", "entry", "values"];

    /// `analyze(input)`: the overall score, rating, tool and indicator scores (2 decimals).
    #[wasm_bindgen]
    pub fn analyze(input: JsValue) -> Result<JsValue, JsValue> {
        let input = read_input(&input).map_err(|p| problem(&input, &p, INPUT_FIELDS))?;
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
        let read = read_state(&state).map_err(|p| problem(&state, &p, STATE_FIELDS))?;
        to_js(&ita_core::calculator::embed::view(&read))
    }

    /// `version()`: the API version.
    #[wasm_bindgen]
    pub fn version() -> String {
        ita_calc::API_VERSION.to_string()
    }

    /// Plain objects (not Maps), as JSON would give.
    fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
        value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(|e| JsValue::from_str(&e.to_string()))
    }

    // The inputs are read field by field rather than through a generic deserialiser, whose
    // error texts (English only) and their formatting machinery would double this module.

    fn read_input(input: &JsValue) -> Result<CalcInput, InputProblem> {
        plain_object(input)?;
        let mut scores = BTreeMap::new();
        for (code, v) in entries(&get(input, "scores"), "scores")? {
            let v = v
                .as_f64()
                .ok_or_else(|| InputProblem::BadScore(code.clone()))?;
            scores.insert(code, v);
        }
        let lang = match get(input, "lang") {
            v if v.is_undefined() => Lang::Th,
            v => lang_field(&v)?,
        };
        Ok(CalcInput {
            year: year_field(input)?,
            scores,
            lang,
        })
    }

    fn read_state(state: &JsValue) -> Result<EmbedState, InputProblem> {
        plain_object(state)?;
        let entry = match get(state, "entry").as_string().as_deref() {
            Some("tools") => Entry::Tools,
            Some("indicators") => Entry::Indicators,
            _ => return Err(InputProblem::BadField("entry")),
        };
        let mut values = BTreeMap::new();
        for (code, v) in entries(&get(state, "values"), "values")? {
            values.insert(code, v.as_string().ok_or(InputProblem::BadField("values"))?);
        }
        Ok(EmbedState {
            year: year_field(state)?,
            lang: lang_field(&get(state, "lang"))?,
            entry,
            values,
        })
    }

    /// The message for `p` in the language `value` asks for (Thai unless it says `"en"`).
    fn problem(value: &JsValue, p: &InputProblem, fields: &[&str]) -> JsValue {
        let lang = lang_field(&get(value, "lang")).unwrap_or(Lang::Th);
        JsValue::from_str(&input_message(p, lang, &fields.join(", ")))
    }

    fn is_plain_object(value: &JsValue) -> bool {
        value.is_object() && !Array::is_array(value)
    }

    /// Check that `value` is a plain object (other fields than the ones read are ignored, as
    /// they always were).
    fn plain_object(value: &JsValue) -> Result<(), InputProblem> {
        if is_plain_object(value) {
            Ok(())
        } else {
            Err(InputProblem::NotAnObject)
        }
    }

    /// A field of `value` (`undefined` when absent or when `value` is not an object).
    fn get(value: &JsValue, key: &str) -> JsValue {
        Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    /// The entries of the object `value`, a field named `field` (none when `undefined`).
    fn entries(
        value: &JsValue,
        field: &'static str,
    ) -> Result<Vec<(String, JsValue)>, InputProblem> {
        if value.is_undefined() {
            return Ok(Vec::new());
        }
        if !is_plain_object(value) {
            return Err(InputProblem::BadField(field));
        }
        Ok(Object::entries(value.unchecked_ref::<Object>())
            .iter()
            .map(|e| {
                let e: Array = e.unchecked_into();
                (e.get(0).as_string().unwrap_or_default(), e.get(1))
            })
            .collect())
    }

    fn year_field(value: &JsValue) -> Result<u16, InputProblem> {
        get(value, "year")
            .as_f64()
            .and_then(year_of)
            .ok_or(InputProblem::BadField("year"))
    }

    fn lang_field(value: &JsValue) -> Result<Lang, InputProblem> {
        value
            .as_string()
            .as_deref()
            .and_then(lang_of)
            .ok_or(InputProblem::BadField("lang"))
    }
}

fn main() {}
