//! The extraction as JSON, in the shape the CLI prints and the web app's preview reads: only
//! what was found, numbers as numbers, warnings as sentences in the user's language.

use std::collections::BTreeMap;

use ita_core::input::report_text::{Extracted, Sourced};
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
    section(&mut out, "tools", &x.tools);
    section(&mut out, "indicators", &x.indicators);
    section(&mut out, "sub_indicators", &x.sub_indicators);
    section(&mut out, "items", &x.items);
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

/// Add the scores found under `name` as a JSON object of code → number; nothing when none was
/// found.
fn section<K: ToString>(
    out: &mut Map<String, Value>,
    name: &str,
    found: &BTreeMap<K, Sourced<f64>>,
) {
    if !found.is_empty() {
        let scores = found.iter().map(|(k, v)| (k.to_string(), json!(v.value)));
        out.insert(name.into(), Value::Object(scores.collect()));
    }
}
