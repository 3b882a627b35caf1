//! The effort file of `ita plan --effort`: a CSV of `code,effort` (the header is optional),
//! one line per code; an effort given for an indicator or a tool applies to every code below it.

use std::collections::BTreeMap;

use ita_core::foundation::echo::echo;
use ita_core::foundation::number::parse_number;
use ita_core::workbook::scores::normalize_code;
use ita_core::Lang;

use crate::say::say;

/// Read an effort file. Errors name the file and line.
pub fn read_efforts(path: &str, lang: Lang) -> Result<BTreeMap<String, f64>, String> {
    let text = crate::input::read_text(path, lang)?;
    parse_efforts(&text, lang).map_err(|(line, problem)| {
        say(
            lang,
            format!("{path} บรรทัดที่ {line}: {problem}"),
            format!("{path} line {line}: {problem}"),
        )
    })
}

/// Parse effort lines; an error is (line number, problem in `lang`).
pub fn parse_efforts(text: &str, lang: Lang) -> Result<BTreeMap<String, f64>, (usize, String)> {
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
            .ok_or_else(|| {
                let expected = say(
                    lang,
                    "ต้องเป็น code,effort (รหัส จุลภาค ความยาก)",
                    "expected code,effort",
                );
                (n, expected)
            })?;
        let fields: Vec<&str> = line
            .split(sep)
            .map(|f| f.trim().trim_matches('"'))
            .collect();
        if fields.len() != 2 {
            let found = fields.len();
            return Err((
                n,
                say(
                    lang,
                    format!("ต้องมี 2 ช่อง (code,effort) แต่พบ {found} ช่อง"),
                    format!("expected 2 fields (code,effort), found {found}"),
                ),
            ));
        }
        if out.is_empty() && fields[0].eq_ignore_ascii_case("code") {
            continue;
        }
        let code = normalize_code(fields[0]);
        let effort = parse_number(fields[1], &code)
            .map_err(|e| (n, e.message(lang)))?
            .filter(|v| v.is_finite() && *v > 0.0)
            .ok_or_else(|| {
                let code = echo(&code);
                let positive = say(
                    lang,
                    format!("ความยากของ \"{code}\" ต้องเป็นจำนวนที่มากกว่า 0"),
                    format!("the effort of \"{code}\" must be a positive number"),
                );
                (n, positive)
            })?;
        if out.insert(code.clone(), effort).is_some() {
            let code = echo(&code);
            let twice = say(
                lang,
                format!("รหัส \"{code}\" ซ้ำกับบรรทัดก่อนหน้า"),
                format!("\"{code}\" appears twice"),
            );
            return Err((n, twice));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_and_efforts() {
        let en = Lang::En;
        let e = parse_efforts("code,effort\nO38, 2\ni๗;๓\n\n10,0.5\n", en).unwrap();
        assert_eq!(e["o38"], 2.0);
        assert_eq!(e["i7"], 3.0);
        assert_eq!(e["10"], 0.5);
        assert_eq!(parse_efforts("o1,0", en).unwrap_err().0, 1);
        assert_eq!(parse_efforts("o1,1\no1,2", en).unwrap_err().0, 2);
        assert!(parse_efforts("o1,abc", en).unwrap_err().1.contains("abc"));
        assert!(parse_efforts("o1", en).is_err());
    }

    #[test]
    fn problems_are_told_in_thai_in_thai_mode() {
        use ita_core::foundation::lang::english_words;
        for bad in ["o1", "o1,2,3", "o1,abc", "o1,0", "o1,1\no1,2"] {
            let (_, problem) = parse_efforts(bad, Lang::Th).unwrap_err();
            let english = english_words(&problem, &["code,effort"]);
            assert!(english.is_empty(), "English {english:?} in: {problem}");
        }
    }
}
