//! The scores CSV: a header `year,code,score`, then one line per figure.
//!
//! `code` is `ITA`, a tool (`IIT`, `EIT`, `OIT`, `EIT1`/`EIT2`), an indicator (`1`–`10`), a
//! sub-indicator (`9.1`…), a question or item (`i7`, `e6`, `o38`) or a sub-item (`i11.1`).
//! Years are Buddhist-era fiscal years; Thai digits are accepted; an empty score is skipped
//! (missing, never zero). Reading validates everything before returning anything.
//!
//! The reader takes text: a file's bytes go through [`crate::foundation::text::decode`] first
//! (UTF-8, UTF-16, Windows-874 / TIS-620 from Thai Excel), which also says which one it found.

use std::collections::BTreeMap;

use crate::foundation::echo::echo;
use crate::foundation::error::{ItaError, Problem};
use crate::foundation::number::{parse_score, thai_to_arabic};
use crate::foundation::text::strip_boms;
use crate::framework::{for_year, Framework};
use crate::workbook::scores::{check_code, Scores};

/// Split one CSV line into fields (RFC 4180 quotes, `,` or `;` or tab as the separator).
pub(crate) fn split_line(line: &str, sep: char, line_no: usize) -> Result<Vec<String>, ItaError> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut chars = line.chars().peekable();
    let mut in_quotes = false;
    while let Some(c) = chars.next() {
        match (c, in_quotes) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', true) => in_quotes = false,
            ('"', false) if cur.trim().is_empty() => {
                cur.clear();
                in_quotes = true;
            }
            (c, false) if c == sep => fields.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    if in_quotes {
        return Err(ItaError::BadCsv {
            line: line_no,
            problem: Problem::text(
                "มีช่องที่เปิดเครื่องหมายคำพูดแล้วไม่ได้ปิด",
                "a quoted field is not closed",
            ),
        });
    }
    fields.push(cur);
    Ok(fields)
}

/// Parse a year as typed (Thai digits allowed) and check it has a built-in framework.
pub fn parse_year(input: &str, field: &str) -> Result<u16, ItaError> {
    let y = parse_year_number(input, field)?;
    for_year(y)?;
    Ok(y)
}

/// Parse a plausible Buddhist-era year as typed (Thai digits allowed), without looking for a
/// framework (for user-loaded frameworks of years the tool does not ship).
pub fn parse_year_number(input: &str, field: &str) -> Result<u16, ItaError> {
    let t = thai_to_arabic(input.trim());
    let bad = || ItaError::BadYear {
        field: field.to_string(),
        input: input.trim().to_string(),
    };
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    let y: u16 = t.parse().map_err(|_| bad())?;
    if !(2500..=2700).contains(&y) {
        return Err(bad());
    }
    Ok(y)
}

/// Read a scores CSV into scores per fiscal year. Nothing is returned unless every line is valid.
pub fn read_scores_csv(text: &str) -> Result<BTreeMap<u16, Scores>, ItaError> {
    read_scores_csv_with(text, for_year)
}

/// As [`read_scores_csv`], with a custom framework lookup (user-loaded frameworks).
pub fn read_scores_csv_with<'a>(
    text: &str,
    lookup: impl Fn(u16) -> Result<&'a Framework, ItaError>,
) -> Result<BTreeMap<u16, Scores>, ItaError> {
    let text = strip_boms(text);
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((_, header)) = lines.next() else {
        return Err(ItaError::BadCsv {
            line: 1,
            problem: Problem::text(
                "ไฟล์ว่าง (บรรทัดแรกต้องเป็นหัวตาราง year,code,score)",
                "the file is empty (expected the header year,code,score)",
            ),
        });
    };
    let sep = [',', ';', '\t']
        .into_iter()
        .find(|&s| header.contains(s))
        .unwrap_or(',');
    let head: Vec<String> = split_line(header, sep, 1)?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    if head != ["year", "code", "score"] {
        return Err(ItaError::BadCsv {
            line: 1,
            problem: Problem::text(
                format!(
                    "หัวตารางต้องเป็น year,code,score (พบ \"{}\")",
                    echo(header.trim())
                ),
                format!(
                    "the header must be year,code,score (found \"{}\")",
                    echo(header.trim())
                ),
            ),
        });
    }
    let mut out: BTreeMap<u16, Scores> = BTreeMap::new();
    let mut seen: BTreeMap<(u16, String), usize> = BTreeMap::new();
    for (idx, line) in lines {
        let line_no = idx + 1;
        let f = split_line(line, sep, line_no)?;
        if f.len() != 3 {
            return Err(ItaError::BadCsv {
                line: line_no,
                problem: Problem::text(
                    format!("ต้องมี 3 ช่อง (year,code,score) แต่พบ {}", f.len()),
                    format!("expected 3 fields (year,code,score), found {}", f.len()),
                ),
            });
        }
        let wrap = |e: ItaError| ItaError::BadCsv {
            line: line_no,
            problem: e.into(),
        };
        let year = parse_year_number(&f[0], "year").map_err(wrap)?;
        let fw = lookup(year).map_err(wrap)?;
        let code = check_code(fw, year, &f[1]).map_err(wrap)?;
        let Some(score) = parse_score(&f[2], &code).map_err(wrap)? else {
            continue;
        };
        if seen.insert((year, code.clone()), line_no).is_some() {
            return Err(ItaError::Duplicate {
                code,
                year,
                line: line_no,
            });
        }
        out.entry(year).or_default().values.insert(code, score);
    }
    Ok(out)
}

/// Write scores as CSV. Values are written at full precision so that reading gives them back
/// exactly. Codes are in framework order (overall, tools, indicators, … items).
pub fn write_scores_csv(years: &BTreeMap<u16, Scores>) -> String {
    let mut out = String::from("year,code,score\n");
    for (year, scores) in years {
        let order = |code: &str| {
            for_year(*year)
                .ok()
                .and_then(|fw| fw.node_index(code))
                .unwrap_or(usize::MAX)
        };
        let mut codes: Vec<(&String, &f64)> = scores.values.iter().collect();
        codes.sort_by_key(|(c, _)| (order(c), (*c).clone()));
        for (code, v) in codes {
            out.push_str(&format!("{year},{code},{v}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_quoted_fields() {
        assert_eq!(
            split_line("a,\"b,c\",\"d\"\"e\"", ',', 1).unwrap(),
            vec!["a", "b,c", "d\"e"]
        );
        assert!(split_line("a,\"b", ',', 4).is_err());
    }
}
