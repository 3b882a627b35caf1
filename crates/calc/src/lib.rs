//! The logic behind the JavaScript API, testable on the host: JSON in, JSON out.
//! The wasm exports are in `main.rs`; the rules are all in `ita_core::calculator`.

use ita_core::calculator::{calculate, CalcInput, CalcResult};

/// The API's version, returned by `version()`; bump it when the result's shape changes.
pub const API_VERSION: &str = "1";

/// Score one input; the error is a message in the input's language (Thai by default).
pub fn analyze(input: &CalcInput) -> Result<CalcResult, String> {
    calculate(input).map_err(|e| e.message(input.lang))
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
    fn errors_are_messages() {
        let e = analyze_json(r#"{"year":2565,"scores":{"IIT":120}}"#).unwrap_err();
        assert!(!e.is_empty());
        assert!(analyze_json("[]").is_err());
        assert!(years().contains(&2568));
    }
}
