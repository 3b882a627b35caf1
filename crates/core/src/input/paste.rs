//! Reading a block of scores pasted from a spreadsheet or copied from a results page: one
//! `code score` pair per line, separated by tabs, spaces, `,` or `;`, Thai or Arabic digits.
//! Text between the code and the score (an indicator's name, as results pages print it) is
//! ignored, and a leading `ตัวชี้วัดที่` is dropped. Every line is checked on its own, so a
//! preview can show what will be applied and what is wrong, line by line.

use std::collections::BTreeSet;

use crate::foundation::error::ItaError;
use crate::foundation::number::parse_score;
use crate::framework::Framework;
use crate::workbook::scores::check_code;

/// One non-empty pasted line and what it means.
#[derive(Clone, Debug, PartialEq)]
pub struct PastedLine {
    /// 1-based line number in the pasted text.
    pub line: usize,
    /// The line as pasted (trimmed).
    pub text: String,
    /// The normalised code and the score, or why the line cannot be used.
    pub result: Result<(String, f64), ItaError>,
}

/// Read every non-empty line of `text` against the framework of `year`. A code given twice is
/// an error on its second line.
pub fn parse_pasted(fw: &Framework, year: u16, text: &str) -> Vec<PastedLine> {
    let mut seen = BTreeSet::new();
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let result = parse_line(fw, year, l).and_then(|(code, v)| {
                if seen.insert(code.clone()) {
                    Ok((code, v))
                } else {
                    Err(ItaError::Duplicate {
                        code,
                        year,
                        line: i + 1,
                    })
                }
            });
            PastedLine {
                line: i + 1,
                text: l.trim().to_string(),
                result,
            }
        })
        .collect()
}

fn parse_line(fw: &Framework, year: u16, line: &str) -> Result<(String, f64), ItaError> {
    let line = line.trim();
    let line = line
        .strip_prefix("ตัวชี้วัดที่")
        .map(str::trim_start)
        .unwrap_or(line);
    let tokens: Vec<&str> = if line.contains('\t') {
        line.split('\t')
    } else if line.contains(';') {
        line.split(';')
    } else if line.contains(',') {
        line.split(',')
    } else {
        line.split(' ')
    }
    .map(str::trim)
    .filter(|t| !t.is_empty())
    .collect();
    let (first, last) = match tokens.as_slice() {
        [first, .., last] => (*first, *last),
        [only] => {
            let code = check_code(fw, year, only)?;
            return Err(ItaError::NotANumber {
                field: code,
                input: String::new(),
            });
        }
        // Only separators (",", ";" or a bare "ตัวชี้วัดที่"): no code to read. Found by fuzzing.
        [] => {
            return Err(ItaError::UnknownCode {
                code: line.to_string(),
                year,
            })
        }
    };
    // A tab-separated cell may still hold "code name"; the code is its first word.
    let first = first.split_whitespace().next().unwrap_or(first);
    let code = check_code(fw, year, first)?;
    let last = last.split_whitespace().last().unwrap_or(last);
    match parse_score(last, &code)? {
        Some(v) => Ok((code, v)),
        None => Err(ItaError::NotANumber {
            field: code,
            input: last.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::for_year;

    #[test]
    fn reads_tabs_spaces_names_and_thai_digits() {
        let fw = for_year(2565).unwrap();
        let text = "1\t91.71\n\n๒ ๘๒.๙๖\nตัวชี้วัดที่ 3 การใช้อำนาจ 88.12\ni7\t73.72\nITA;79.43\n";
        let lines = parse_pasted(fw, 2565, text);
        let ok: Vec<(String, f64)> = lines.iter().map(|l| l.result.clone().unwrap()).collect();
        assert_eq!(
            ok,
            vec![
                ("1".into(), 91.71),
                ("2".into(), 82.96),
                ("3".into(), 88.12),
                ("i7".into(), 73.72),
                ("ITA".into(), 79.43),
            ]
        );
        assert_eq!(lines[1].line, 3);
    }

    #[test]
    fn reports_each_bad_line() {
        let fw = for_year(2565).unwrap();
        let lines = parse_pasted(fw, 2565, "x9 50\n1 abc\n2 101\n3\n4 80\n4 81");
        assert!(matches!(lines[0].result, Err(ItaError::UnknownCode { .. })));
        assert!(matches!(lines[1].result, Err(ItaError::NotANumber { .. })));
        assert!(matches!(lines[2].result, Err(ItaError::OutOfRange { .. })));
        assert!(matches!(lines[3].result, Err(ItaError::NotANumber { .. })));
        assert!(lines[4].result.is_ok());
        assert!(matches!(
            lines[5].result,
            Err(ItaError::Duplicate { line: 6, .. })
        ));
    }
}
