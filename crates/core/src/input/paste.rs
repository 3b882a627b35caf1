//! Reading a block of scores pasted from a spreadsheet, a results page or an agency's document:
//! one score per line, labelled as people print them (`IIT`, `EIT ส่วนที่ ๑`, `EIT part 2`,
//! `ตัวชี้วัดที่ ๙`, `ตัวชี้วัดย่อยที่ 9.1`, `ข้อ o12`, `o๑๒`, `I7`, `e 6`, a bare `1` or `ITA`, an
//! indicator's name in a table cell), with Thai, Arabic or mixed digits and a trailing `คะแนน`
//! or `%`. The labels are read by [`super::labels`], as in report extraction.
//!
//! Every line is classified on its own, so a preview can show it: a value, a skipped line (no
//! code and no score: a header, a title, a blank line) or an error; notes say what was read with
//! a choice (a score followed by weighted points: the score is taken). A code given twice with
//! the same value is noted; with two different values both lines are errors — nothing is guessed.

use crate::foundation::error::{ItaError, Lang};
use crate::foundation::number::{format_score, parse_number, Digits};
use crate::framework::Framework;
use crate::input::labels::{find_labels, find_numbers, Found, Label, Number, ToolContext};
use crate::workbook::scores::check_code;

/// One non-empty pasted line and what it means (the shape the data screen shows).
#[derive(Clone, Debug, PartialEq)]
pub struct PastedLine {
    /// 1-based line number in the pasted text.
    pub line: usize,
    /// The line as pasted (trimmed).
    pub text: String,
    /// The normalised code and the score, or why the line cannot be used.
    pub result: Result<(String, f64), ItaError>,
}

/// A value read from one line.
#[derive(Clone, Debug, PartialEq)]
pub struct PastedValue {
    pub line: usize,
    pub code: String,
    pub value: f64,
    /// The line as pasted (trimmed).
    pub text: String,
}

/// Something read with a choice, said to the user.
#[derive(Clone, Debug, PartialEq)]
pub enum NoteKind {
    /// More than one number followed the label: the first is the score, the rest (weighted
    /// points, as results pages print them) are ignored.
    OtherNumbersIgnored {
        code: String,
        kept: f64,
        ignored: Vec<f64>,
    },
    /// The code was already given with the same value on `first_line`.
    SameValueAgain { code: String, first_line: usize },
}

#[derive(Clone, Debug, PartialEq)]
pub struct PasteNote {
    pub line: usize,
    pub kind: NoteKind,
}

impl PasteNote {
    /// The note in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let line = self.line;
        match (&self.kind, lang) {
            (NoteKind::OtherNumbersIgnored { code, kept, ignored }, Lang::Th) => format!(
                "บรรทัดที่ {line}: ใช้ {} เป็นคะแนนของ {code} ไม่ใช้ตัวเลขที่ตามมา ({}) ซึ่งน่าจะเป็นคะแนนถ่วงน้ำหนัก",
                format_score(*kept, Digits::Arabic),
                list(ignored)
            ),
            (NoteKind::OtherNumbersIgnored { code, kept, ignored }, Lang::En) => format!(
                "line {line}: took {} as the score of {code}; the numbers after it ({}) look like weighted points and were ignored",
                format_score(*kept, Digits::Arabic),
                list(ignored)
            ),
            (NoteKind::SameValueAgain { code, first_line }, Lang::Th) => {
                format!("บรรทัดที่ {line}: {code} ซ้ำกับบรรทัดที่ {first_line} ด้วยค่าเดียวกัน")
            }
            (NoteKind::SameValueAgain { code, first_line }, Lang::En) => {
                format!("line {line}: {code} repeats line {first_line} with the same value")
            }
        }
    }
}

fn list(values: &[f64]) -> String {
    values
        .iter()
        .map(|v| format_score(*v, Digits::Arabic))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Everything a paste gave, each entry with its line number.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PasteReport {
    pub values: Vec<PastedValue>,
    pub notes: Vec<PasteNote>,
    /// Lines with no code and no score (line number, text).
    pub skipped: Vec<(usize, String)>,
    /// Lines that cannot be used (line number, text, why).
    pub errors: Vec<(usize, String, ItaError)>,
}

/// Read `text` against the framework of `year`.
pub fn read_paste(fw: &Framework, year: u16, text: &str) -> PasteReport {
    let mut report = PasteReport::default();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let trimmed = raw.trim();
        // Each pasted line stands alone: no tool carried from the line above.
        let outcome = read_line(fw, year, trimmed, None);
        match outcome {
            Outcome::Skip => report.skipped.push((line, trimmed.to_string())),
            Outcome::Error(e) => report.errors.push((line, trimmed.to_string(), e)),
            Outcome::Value(code, value, ignored) => {
                if !ignored.is_empty() {
                    let kind = NoteKind::OtherNumbersIgnored {
                        code: code.clone(),
                        kept: value,
                        ignored,
                    };
                    report.notes.push(PasteNote { line, kind });
                }
                add_value(&mut report, year, line, trimmed, code, value);
            }
        }
    }
    report.errors.sort_by_key(|(l, _, _)| *l);
    report
}

/// Add a value, unless its code is already there: the same value is a note, another value
/// makes both lines errors.
fn add_value(
    report: &mut PasteReport,
    year: u16,
    line: usize,
    text: &str,
    code: String,
    value: f64,
) {
    let earlier = report.values.iter().position(|v| v.code == code);
    let dup = |line| ItaError::Duplicate {
        code: code.clone(),
        year,
        line,
    };
    match earlier {
        None if report
            .errors
            .iter()
            .any(|(_, _, e)| matches!(e, ItaError::Duplicate { code: c, .. } if *c == code)) =>
        {
            report.errors.push((line, text.to_string(), dup(line)));
        }
        None => report.values.push(PastedValue {
            line,
            code,
            value,
            text: text.to_string(),
        }),
        Some(k) if report.values[k].value == value => {
            let first_line = report.values[k].line;
            report.notes.push(PasteNote {
                line,
                kind: NoteKind::SameValueAgain { code, first_line },
            });
        }
        Some(k) => {
            let first = report.values.remove(k);
            report.errors.push((first.line, first.text, dup(line)));
            report.errors.push((line, text.to_string(), dup(line)));
        }
    }
}

enum Outcome {
    Skip,
    Value(String, f64, Vec<f64>),
    Error(ItaError),
}

fn read_line(fw: &Framework, year: u16, line: &str, ctx: ToolContext) -> Outcome {
    let chars: Vec<char> = line.chars().collect();
    let (labels, _) = find_labels(&chars, ctx);
    let numbers: Vec<Number> = find_numbers(&chars, &labels)
        .into_iter()
        .filter(|n| !is_year(&chars, n))
        .collect();
    let readable: Vec<&Found> = labels
        .iter()
        .filter(|l| !matches!(l.label, Label::Unreadable(_)))
        .collect();
    match readable.first() {
        Some(first) => {
            let after: Vec<&Number> = numbers.iter().filter(|n| n.start >= first.end).collect();
            match after.first() {
                Some(score) => {
                    // The label nearest before the score names it (a rank or a tool column may
                    // come first in a table row).
                    let label = readable
                        .iter()
                        .rev()
                        .find(|l| l.end <= score.start)
                        .unwrap_or(first);
                    let code = label.label.code().unwrap_or_default();
                    value_line(fw, year, &chars, &code, &after)
                }
                None if first.start == 0 => {
                    match check_code(fw, year, &first.label.code().unwrap_or_default()) {
                        Ok(code) => Outcome::Error(ItaError::NotANumber {
                            field: code,
                            input: rest_text(&chars, first.end),
                        }),
                        Err(e) => Outcome::Error(e),
                    }
                }
                None => Outcome::Skip,
            }
        }
        None => bare_line(fw, year, &chars, &labels, &numbers),
    }
}

/// A line without a recognised label: `code score` with a bare code (`1 91.71`, `ITA;79.43`).
fn bare_line(
    fw: &Framework,
    year: u16,
    chars: &[char],
    labels: &[Found],
    numbers: &[Number],
) -> Outcome {
    let text: String = chars.iter().collect();
    let first = text
        .split(['\t', ';', ',', ' '])
        .map(str::trim)
        .find(|t| !t.is_empty());
    let Some(first) = first else {
        return Outcome::Skip;
    };
    let first_len = text
        .find(first)
        .map_or(0, |p| text[..p].chars().count() + first.chars().count());
    let after: Vec<&Number> = numbers.iter().filter(|n| n.start >= first_len).collect();
    if let Some(Found {
        label: Label::Unreadable(raw),
        ..
    }) = labels.first()
    {
        return Outcome::Error(ItaError::UnknownCode {
            code: raw.clone(),
            year,
        });
    }
    match check_code(fw, year, first) {
        Ok(code) if after.is_empty() => Outcome::Error(ItaError::NotANumber {
            field: code,
            input: rest_text(chars, first_len),
        }),
        Ok(code) => value_line(fw, year, chars, &code, &after),
        // A first word that is no code: an error only when the line carries a number.
        Err(e) if !numbers.is_empty() => Outcome::Error(e),
        Err(_) => Outcome::Skip,
    }
}

fn value_line(fw: &Framework, year: u16, chars: &[char], code: &str, after: &[&Number]) -> Outcome {
    let code = match check_code(fw, year, code) {
        Ok(c) => c,
        Err(e) => return Outcome::Error(e),
    };
    let score = after[0];
    let token: String = chars[score.start..score.end].iter().collect();
    match parse_number(&token, &code).and_then(|v| {
        let v = v.unwrap_or(score.value);
        crate::foundation::number::check_range(v, &code).map(|_| v)
    }) {
        Ok(v) => Outcome::Value(code, v, after[1..].iter().map(|n| n.value).collect()),
        Err(e) => Outcome::Error(e),
    }
}

/// The last word after `from` (what stood where the score should be), or nothing.
fn rest_text(chars: &[char], from: usize) -> String {
    let rest: String = chars[from.min(chars.len())..].iter().collect();
    rest.split(['\t', ';', ',', ' '])
        .map(str::trim)
        .rfind(|t| !t.is_empty())
        .unwrap_or("")
        .to_string()
}

/// A Buddhist-era year or a number after `ปี`/`พ.ศ.`: never a score.
fn is_year(chars: &[char], n: &Number) -> bool {
    let before: String = chars[..n.start].iter().collect();
    let before = before.trim_end();
    (n.value >= 1000.0 && !n.decimal)
        || before.ends_with("ปี")
        || before.ends_with("พ.ศ.")
        || before.ends_with("พ.ศ")
}

/// Read every line of `text` against the framework of `year`, in the shape the data screen
/// shows: value and error lines in order (skipped lines are left out; notes are in
/// [`read_paste`]).
pub fn parse_pasted(fw: &Framework, year: u16, text: &str) -> Vec<PastedLine> {
    let report = read_paste(fw, year, text);
    let mut out: Vec<PastedLine> = report
        .values
        .iter()
        .map(|v| PastedLine {
            line: v.line,
            text: v.text.clone(),
            result: Ok((v.code.clone(), v.value)),
        })
        .chain(report.errors.iter().map(|(line, text, e)| PastedLine {
            line: *line,
            text: text.clone(),
            result: Err(e.clone()),
        }))
        .collect();
    out.sort_by_key(|l| l.line);
    out
}

#[cfg(test)]
mod tests;
