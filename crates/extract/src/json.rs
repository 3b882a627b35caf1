//! The extraction as JSON, in the shape the CLI prints and the web app's preview reads: only
//! what was found, numbers as numbers, warnings as sentences in the user's language.

use ita_core::input::report_text::Extracted;
use ita_core::Lang;
use serde_json::{json, Map, Value};

pub fn to_json(x: &Extracted, lang: Lang) -> Value {
    let mut out = Map::new();
    if let Some(a) = &x.agency {
        out.insert("agency".into(), json!(a.value));
    }
    if let Some(y) = &x.year {
        out.insert("year".into(), json!(y.value));
    }
    if let Some(o) = &x.overall {
        out.insert("overall".into(), json!(o.value));
    }
    if let Some(l) = &x.level {
        out.insert("level".into(), json!(l.value));
    }
    let section = |pairs: Vec<(String, f64)>| -> Value {
        Value::Object(pairs.into_iter().map(|(k, v)| (k, json!(v))).collect())
    };
    if !x.tools.is_empty() {
        out.insert(
            "tools".into(),
            section(x.tools.iter().map(|(k, v)| (k.clone(), v.value)).collect()),
        );
    }
    if !x.indicators.is_empty() {
        out.insert(
            "indicators".into(),
            section(
                x.indicators
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.value))
                    .collect(),
            ),
        );
    }
    if !x.sub_indicators.is_empty() {
        out.insert(
            "sub_indicators".into(),
            section(
                x.sub_indicators
                    .iter()
                    .map(|(k, v)| (k.clone(), v.value))
                    .collect(),
            ),
        );
    }
    if !x.items.is_empty() {
        out.insert(
            "items".into(),
            section(x.items.iter().map(|(k, v)| (k.clone(), v.value)).collect()),
        );
    }
    if !x.warnings.is_empty() {
        out.insert(
            "warnings".into(),
            json!(x
                .warnings
                .iter()
                .map(|w| w.message(lang))
                .collect::<Vec<_>>()),
        );
    }
    Value::Object(out)
}
