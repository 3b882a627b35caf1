//! The logic behind the JavaScript API, testable on the host: JSON in, JSON out.
//! The wasm exports are in `main.rs`; the rules are all in `ita_core::calculator`.

use ita_core::calculator::{calculate, CalcInput, CalcResult};
use ita_core::Lang;

/// The API's version, returned by `version()`; bump it when the result's shape changes.
pub const API_VERSION: &str = "1";

/// Score one input; the error is a message in the input's language (Thai by default).
pub fn analyze(input: &CalcInput) -> Result<CalcResult, String> {
    calculate(input).map_err(|e| e.message(input.lang))
}

/// What is wrong with an object given to `analyze` or `embedView` (read field by field in
/// `main.rs`, without a generic deserialiser: the wasm stays small).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputProblem {
    /// Not a plain object.
    NotAnObject,
    /// A field that is missing or has the wrong kind of value.
    BadField(&'static str),
    /// A score that is not a number.
    BadScore(String),
}

/// The message for `problem`, in `lang` (Thai by default), naming the fields the object takes.
pub fn input_message(problem: &InputProblem, lang: Lang, fields: &str) -> String {
    // The opening, then the words around each problem.
    let [open, not_object, field, bad_field, score, bad_score] = match lang {
        Lang::Th => [
            "ข้อมูลที่ส่งมาต้องเป็นออบเจกต์ {",
            "ค่าที่ได้รับไม่ใช่ออบเจกต์",
            "ช่อง \"",
            "\" ไม่มีหรือมีค่าไม่ถูกชนิด",
            "คะแนนของ \"",
            "\" ไม่ใช่ตัวเลข",
        ],
        Lang::En => [
            "the input must be an object {",
            "the value given is not an object",
            "the field \"",
            "\" is missing or of the wrong kind",
            "the score of \"",
            "\" is not a number",
        ],
    };
    let mut m = String::from(open);
    m.push_str(fields);
    m.push_str("}: ");
    let (before, name, after) = match problem {
        InputProblem::NotAnObject => (not_object, "", ""),
        InputProblem::BadField(f) => (field, *f, bad_field),
        InputProblem::BadScore(code) => (score, code.as_str(), bad_score),
    };
    m.push_str(before);
    m.push_str(name);
    m.push_str(after);
    m
}

/// A fiscal year given as a JavaScript number: a whole number that fits.
pub fn year_of(v: f64) -> Option<u16> {
    (v.fract() == 0.0 && (0.0..=f64::from(u16::MAX)).contains(&v)).then_some(v as u16)
}

/// A language given as a string: `"th"` or `"en"`.
pub fn lang_of(s: &str) -> Option<Lang> {
    match s {
        "th" => Some(Lang::Th),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// Same as [`analyze`] for a JSON text (the form `analyzeJson` takes).
pub fn analyze_json(input: &str) -> Result<String, String> {
    let input: CalcInput = serde_json::from_str(input)
        .map_err(|e| format!("input is not {{year, scores, lang?}}: {e}"))?;
    let result = analyze(&input)?;
    serde_json::to_string(&result).map_err(|e| e.to_string())
}

/// The fiscal years the calculator knows (Buddhist era).
pub fn years() -> Vec<u16> {
    ita_core::framework::scoring_supported_years()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_004_through_json() {
        let out = analyze_json(
            r#"{"year":2565,"scores":{"1":91.71,"2":82.96,"3":88.12,"4":83.52,"5":83.62,
                "6":89.52,"7":91.79,"8":90.50,"9":88.50,"10":43.75}}"#,
        )
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["overall"], 79.43);
        assert_eq!(v["level"], "B");
        assert_eq!(v["passed"], false);
        assert_eq!(v["indicators"]["10"], 43.75);
    }

    #[test]
    fn input_problems_in_the_users_language() {
        let fields = "year, scores, lang";
        let th = input_message(&InputProblem::BadField("year"), Lang::Th, fields);
        assert!(th.contains("\"year\""), "{th}");
        let english = ita_core::foundation::lang::english_words(&th, &[fields]);
        assert!(english.is_empty(), "{th}: {english:?}");
        let en = input_message(&InputProblem::BadScore("IIT".into()), Lang::En, fields);
        assert!(en.contains("the score of \"IIT\" is not a number"), "{en}");
        assert_eq!(year_of(2565.0), Some(2565));
        assert_eq!(year_of(2565.5), None);
        assert_eq!(year_of(-1.0), None);
        assert_eq!(lang_of("en"), Some(Lang::En));
        assert_eq!(lang_of("EN"), None);
    }

    #[test]
    fn errors_are_messages() {
        let e = analyze_json(r#"{"year":2565,"scores":{"IIT":120}}"#).unwrap_err();
        assert!(!e.is_empty());
        assert!(analyze_json("[]").is_err());
        assert!(years().contains(&2568));
    }
}
