//! An agency's ITA result read from plain text: an analysis report (the o42/o25 kind), a memo,
//! a results announcement copied from a web page, or the text of a DOCX/PDF (the containers are
//! read by the `ita-extract` crate; this module sees only lines of text, table rows as
//! tab-separated cells).
//!
//! Every value keeps the line it came from, so the user can check it before anything changes.
//! The printed overall score and level are kept as published figures; the caller compares them
//! with its own computation. Nothing is guessed: a code printed twice with two different values
//! is dropped with a warning, and a score whose code cannot be read for sure is listed as not
//! understood.

mod facts;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::foundation::error::Lang;
use crate::foundation::number::{format_score, Digits};
use crate::input::labels::{find_labels, find_numbers, is_score, value_of, Label, ToolContext};

/// A value and where it was printed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sourced<T> {
    pub value: T,
    /// 1-based line number in the text.
    pub line: usize,
    /// The words that state it (from the label to the number).
    pub source: String,
}

/// Something the reader could not use, for the user to look at.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// A score stands next to something that is not a readable code (`๒ …  97.26`, or a
    /// garbled code under a tool it cannot belong to).
    NotUnderstood {
        line: usize,
        text: String,
        value: f64,
    },
    /// The same code printed with two different values: neither is taken.
    Conflict {
        code: String,
        lines: (usize, usize),
        values: (f64, f64),
    },
}

impl Warning {
    pub fn message(&self, lang: Lang) -> String {
        let f = |v: f64| format_score(v, Digits::Arabic);
        match (self, lang) {
            (Warning::NotUnderstood { line, text, value }, Lang::Th) => {
                format!("บรรทัดที่ {line}: อ่านไม่ได้ว่าคะแนน {} เป็นของข้อใด («{text}»)", f(*value))
            }
            (Warning::NotUnderstood { line, text, value }, Lang::En) => {
                format!("line {line}: cannot tell which code the score {} belongs to («{text}»)", f(*value))
            }
            (Warning::Conflict { code, lines, values }, Lang::Th) => format!(
                "{code} พิมพ์ไว้สองค่าไม่ตรงกัน ({} ในบรรทัดที่ {}, {} ในบรรทัดที่ {}) จึงไม่นำมาใช้",
                f(values.0),
                lines.0,
                f(values.1),
                lines.1
            ),
            (Warning::Conflict { code, lines, values }, Lang::En) => format!(
                "{code} is printed with two different values ({} on line {}, {} on line {}); neither is used",
                f(values.0),
                lines.0,
                f(values.1),
                lines.1
            ),
        }
    }
}

/// What a text says about an agency's ITA result. Only what was found is set.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Extracted {
    pub agency: Option<Sourced<String>>,
    /// The fiscal year (Buddhist era) the result is for.
    pub year: Option<Sourced<u16>>,
    /// The overall score as published.
    pub overall: Option<Sourced<f64>>,
    /// The level as published (`B`, `ผ่านดี`).
    pub level: Option<Sourced<String>>,
    /// `IIT`, `EIT`, `EIT1`, `EIT2`, `OIT`.
    pub tools: BTreeMap<String, Sourced<f64>>,
    /// `1`–`10` (sorted numerically).
    pub indicators: BTreeMap<u8, Sourced<f64>>,
    /// `9.1`, `10.2`.
    pub sub_indicators: BTreeMap<String, Sourced<f64>>,
    /// `i1`, `e6`, `o38`, sub-items `i11.1`.
    pub items: BTreeMap<String, Sourced<f64>>,
    pub warnings: Vec<Warning>,
}

impl Extracted {
    /// Whether the text states any score (an overall, tool, indicator or item score).
    pub fn has_scores(&self) -> bool {
        self.overall.is_some()
            || !self.tools.is_empty()
            || !self.indicators.is_empty()
            || !self.sub_indicators.is_empty()
            || !self.items.is_empty()
    }

    /// The year's scores this text gives: every score by workbook code, and the published
    /// level (kept to be checked against the computed one).
    pub fn scores(&self) -> crate::Scores {
        crate::Scores {
            values: self.values(),
            level: self.level.as_ref().map(|l| l.value.clone()),
            ..Default::default()
        }
    }

    /// Every score by workbook code (`ITA`, `IIT`, `9`, `9.1`, `o38`), for a year's scores.
    pub fn values(&self) -> BTreeMap<String, f64> {
        let mut out = BTreeMap::new();
        if let Some(o) = &self.overall {
            out.insert("ITA".to_string(), o.value);
        }
        out.extend(self.tools.iter().map(|(k, v)| (k.clone(), v.value)));
        out.extend(
            self.indicators
                .iter()
                .map(|(k, v)| (k.to_string(), v.value)),
        );
        out.extend(
            self.sub_indicators
                .iter()
                .map(|(k, v)| (k.clone(), v.value)),
        );
        out.extend(self.items.iter().map(|(k, v)| (k.clone(), v.value)));
        out
    }
}

/// Remove markup that converters leave in text (`<b>`, `<p>`, `<input …/>`, `**`).
fn clean(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_tag = false;
    let chars: Vec<char> = line.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '<' if chars
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == '/') =>
            {
                in_tag = true
            }
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            '*' | '\\' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Read an agency's ITA result from `text`.
pub fn extract(text: &str) -> Extracted {
    let mut found: Vec<(String, Sourced<f64>)> = Vec::new();
    let mut warnings = Vec::new();
    let mut score_lines = Vec::new();
    let mut ctx: ToolContext = None;
    let lines: Vec<String> = text.lines().map(clean).collect();
    for (i, line) in lines.iter().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let (labels, next_ctx) = find_labels(&chars, ctx);
        ctx = next_ctx;
        let numbers = find_numbers(&chars, &labels);
        let mut taken = Vec::new();
        for (k, label) in labels.iter().enumerate() {
            let next = labels.get(k + 1).map_or(chars.len(), |l| l.start);
            let Some(n) = value_of(&chars, label, next, &numbers) else {
                continue;
            };
            taken.push(n.start);
            let source: String = chars[label.start..n.end].iter().collect();
            let source = source.split_whitespace().collect::<Vec<_>>().join(" ");
            let code = match &label.label {
                Label::Unreadable(raw) => {
                    warnings.push(Warning::NotUnderstood {
                        line: i + 1,
                        text: raw.clone(),
                        value: n.value,
                    });
                    continue;
                }
                other => other.code().unwrap_or_default(),
            };
            // Sub-item scores printed after a question's score in the same cell.
            if matches!(label.label, Label::Item(_)) {
                let mut last = n.end;
                let mut sub = 0;
                for m in numbers
                    .iter()
                    .filter(|m| m.start >= n.end && m.start < next && m.decimal)
                {
                    let gap: String = chars[last..m.start].iter().collect();
                    if !gap.trim().is_empty() || gap.contains('\t') {
                        break;
                    }
                    sub += 1;
                    last = m.end;
                    taken.push(m.start);
                    let source = format!(
                        "{source} … {}",
                        chars[m.start..m.end].iter().collect::<String>()
                    );
                    found.push((
                        format!("{code}.{sub}"),
                        Sourced {
                            value: m.value,
                            line: i + 1,
                            source,
                        },
                    ));
                }
            }
            found.push((
                code,
                Sourced {
                    value: n.value,
                    line: i + 1,
                    source,
                },
            ));
        }
        if !taken.is_empty() {
            score_lines.push(i);
        } else if let Some(n) = numbers.iter().find(|n| n.decimal && is_score(&chars, n)) {
            // A score with nothing readable before it.
            let cell_start = chars[..n.start]
                .iter()
                .rposition(|c| *c == '\t')
                .map_or(0, |p| p + 1);
            let row_start: String = chars[..n.start].iter().collect();
            let text: String = row_start.trim().chars().take(60).collect();
            if cell_start > 0
                || labels
                    .iter()
                    .any(|l| matches!(l.label, Label::Unreadable(_)))
            {
                warnings.push(Warning::NotUnderstood {
                    line: i + 1,
                    text,
                    value: n.value,
                });
            }
        }
    }
    let mut out = Extracted {
        warnings,
        ..Extracted::default()
    };
    place(&mut out, found);
    out.agency = facts::agency(&lines);
    out.year = facts::year(&lines, &score_lines);
    out.level = facts::level(&lines);
    out
}

/// File each value under its kind; a code seen twice with different values is dropped.
fn place(out: &mut Extracted, found: Vec<(String, Sourced<f64>)>) {
    let mut by_code: BTreeMap<String, Sourced<f64>> = BTreeMap::new();
    let mut conflicts: BTreeMap<String, ()> = BTreeMap::new();
    for (code, v) in found {
        match by_code.get(&code) {
            Some(first) if first.value != v.value => {
                out.warnings.push(Warning::Conflict {
                    code: code.clone(),
                    lines: (first.line, v.line),
                    values: (first.value, v.value),
                });
                conflicts.insert(code, ());
            }
            Some(_) => {}
            None => {
                by_code.insert(code, v);
            }
        }
    }
    for (code, v) in by_code {
        if conflicts.contains_key(&code) {
            continue;
        }
        if code == "ITA" {
            out.overall = Some(v);
        } else if code.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
            out.tools.insert(code, v);
        } else if let Ok(n) = code.parse::<u8>() {
            out.indicators.insert(n, v);
        } else if code.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            out.sub_indicators.insert(code, v);
        } else {
            out.items.insert(code, v);
        }
    }
}

#[cfg(test)]
mod tests;
