//! The effort file of `ita plan --effort`: a CSV of `code,effort` (the header is optional),
//! one line per code; an effort given for an indicator or a tool applies to every code below it.

use std::collections::BTreeMap;

use ita_core::foundation::number::parse_number;
use ita_core::workbook::scores::normalize_code;
use ita_core::Lang;

/// Read an effort file. Errors name the file and line.
pub fn read_efforts(path: &str, lang: Lang) -> Result<BTreeMap<String, f64>, String> {
    let text = crate::input::read_text(path, lang)?;
    parse_efforts(&text).map_err(|(line, problem)| format!("{path} line {line}: {problem}"))
}

/// Parse effort lines; an error is (line number, problem).
pub fn parse_efforts(text: &str) -> Result<BTreeMap<String, f64>, (usize, String)> {
    let text = ita_core::foundation::text::strip_boms(text);
    let mut out = BTreeMap::new();
    for (idx, line) in text.lines().enumerate() {
        let n = idx + 1;
        if line.trim().is_empty() {
            continue;
        }
        let sep = [',', ';', '\t']
            .into_iter()
            .find(|&s| line.contains(s))
            .ok_or((n, "expected code,effort".to_string()))?;
        let fields: Vec<&str> = line
            .split(sep)
            .map(|f| f.trim().trim_matches('"'))
            .collect();
        if fields.len() != 2 {
            return Err((
                n,
                format!("expected 2 fields (code,effort), found {}", fields.len()),
            ));
        }
        if out.is_empty() && fields[0].eq_ignore_ascii_case("code") {
            continue;
        }
        let code = normalize_code(fields[0]);
        let effort = parse_number(fields[1], &code)
            .map_err(|e| (n, e.message(ita_core::Lang::En)))?
            .filter(|v| v.is_finite() && *v > 0.0)
            .ok_or((n, format!("the effort of {code} must be a positive number")))?;
        if out.insert(code.clone(), effort).is_some() {
            return Err((n, format!("{code} appears twice")));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_and_efforts() {
        let e = parse_efforts("code,effort\nO38, 2\ni๗;๓\n\n10,0.5\n").unwrap();
        assert_eq!(e["o38"], 2.0);
        assert_eq!(e["i7"], 3.0);
        assert_eq!(e["10"], 0.5);
        assert_eq!(parse_efforts("o1,0").unwrap_err().0, 1);
        assert_eq!(parse_efforts("o1,1\no1,2").unwrap_err().0, 2);
        assert!(parse_efforts("o1,abc").unwrap_err().1.contains("abc"));
        assert!(parse_efforts("o1").is_err());
    }
}
