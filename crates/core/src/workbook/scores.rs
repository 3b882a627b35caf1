//! The scores a user has for one fiscal year, at whatever level they have them, and the
//! normalisation of the codes people type.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::foundation::error::{ItaError, Problem};
use crate::foundation::number::{check_range, thai_to_arabic};
use crate::framework::{Framework, NodeKind, Scale};

/// Scores for one year: published or known values by code, and raw answer counts.
///
/// `values` holds any level: `ITA`, `IIT`/`EIT`/`OIT`, `EIT1`/`EIT2`, indicators `1`–`10`,
/// sub-indicators `9.1`…, questions/items `i7`, `e6`, `o38`, sub-items `i11.1`.
/// `answers` holds, per question or sub-item, how many respondents chose each option in the
/// order the form shows them (four-level: น้อยที่สุดหรือไม่มีเลย, น้อย, มาก, มากที่สุด;
/// yes/no: มี, ไม่มี).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scores {
    #[serde(default)]
    pub values: BTreeMap<String, f64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, Vec<u32>>,
    /// The level as published (`B`, `ผ่านดี`), when it came from the agency's own report:
    /// checked against the level computed (a difference is a warning of the assessment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
}

impl Scores {
    /// Set a value. The code is normalised (`I7` → `i7`, Thai digits → Arabic); the caller is
    /// responsible for range checks (see [`Scores::set_checked`]).
    pub fn insert(&mut self, code: &str, value: f64) {
        self.values.insert(normalize_code(code), value);
    }

    /// Set a value after checking the code against `fw` and the value against 0–100.
    pub fn set_checked(
        &mut self,
        fw: &Framework,
        year: u16,
        code: &str,
        value: f64,
    ) -> Result<(), ItaError> {
        let code = check_code(fw, year, code)?;
        check_range(value, &code)?;
        self.values.insert(code, value);
        Ok(())
    }

    /// Remove a value (the field becomes missing).
    pub fn remove(&mut self, code: &str) {
        self.values.remove(&normalize_code(code));
    }

    pub fn get(&self, code: &str) -> Option<f64> {
        self.values.get(&normalize_code(code)).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.answers.is_empty()
    }

    /// Set raw answer counts for a question or sub-item, checked against its scale.
    pub fn set_answers(
        &mut self,
        fw: &Framework,
        year: u16,
        code: &str,
        counts: Vec<u32>,
    ) -> Result<(), ItaError> {
        let code = check_code(fw, year, code)?;
        answer_score(fw, &code, &counts)?;
        self.answers.insert(code, counts);
        Ok(())
    }

    /// Check every code and value against the framework: the validation an import runs
    /// before it replaces anything.
    pub fn validate(&self, fw: &Framework, year: u16) -> Result<(), ItaError> {
        for (code, v) in &self.values {
            let c = check_code(fw, year, code)?;
            if &c != code {
                return Err(ItaError::UnknownCode {
                    code: code.clone(),
                    year,
                });
            }
            check_range(*v, code)?;
        }
        for (code, counts) in &self.answers {
            check_code(fw, year, code)?;
            answer_score(fw, code, counts)?;
        }
        Ok(())
    }
}

/// The score of a question or sub-item from raw answer counts.
pub fn answer_score(fw: &Framework, code: &str, counts: &[u32]) -> Result<f64, ItaError> {
    let bad = |th: String, en: String| ItaError::BadAnswers {
        code: code.to_string(),
        problem: Problem::text(th, en),
    };
    let (question, reverse) = match fw.node(code).map(|n| n.kind) {
        Some(NodeKind::Question) => {
            let q = fw
                .question(code)
                .ok_or_else(|| bad("ไม่รู้จักข้อคำถามนี้".into(), "unknown question".into()))?;
            if !q.sub_items.is_empty() {
                let n = q.sub_items.len();
                return Err(bad(
                    format!("ข้อนี้มี {n} ข้อย่อย ให้ใส่จำนวนผู้ตอบของแต่ละข้อย่อย ({code}.1 …)"),
                    format!(
                        "the question has {n} sub-items: give counts per sub-item ({code}.1 …)"
                    ),
                ));
            }
            (q, q.reverse)
        }
        Some(NodeKind::SubItem) => {
            let (qcode, n) = code
                .rsplit_once('.')
                .ok_or_else(|| bad("ข้อย่อยไม่ถูกต้อง".into(), "bad sub-item".into()))?;
            let q = fw
                .question(qcode)
                .ok_or_else(|| bad("ไม่รู้จักข้อคำถามนี้".into(), "unknown question".into()))?;
            let n: usize = n
                .parse()
                .map_err(|_| bad("ข้อย่อยไม่ถูกต้อง".into(), "bad sub-item".into()))?;
            (q, q.sub_item_reverse(n))
        }
        _ => {
            return Err(bad(
                "จำนวนผู้ตอบมีเฉพาะข้อคำถามของแบบสำรวจ".into(),
                "answer counts exist only for survey questions".into(),
            ))
        }
    };
    if question.scale == Scale::Oit {
        return Err(bad(
            "ข้อ OIT ไม่มีผู้ตอบ".into(),
            "OIT items have no respondents".into(),
        ));
    }
    let values = question.scale.option_values(reverse);
    if counts.len() != values.len() {
        let (given, options) = (counts.len(), values.len());
        return Err(bad(
            format!("ใส่จำนวนมา {given} ค่า แต่ข้อนี้มี {options} ตัวเลือก"),
            format!("{given} counts given, the scale has {options} options"),
        ));
    }
    let total: u64 = counts.iter().map(|&c| c as u64).sum();
    if total == 0 {
        return Err(bad("ไม่มีผู้ตอบ".into(), "no respondents".into()));
    }
    let sum: f64 = counts.iter().zip(&values).map(|(&c, v)| c as f64 * v).sum();
    Ok(sum / total as f64)
}

/// Normalise a code as typed: trims, Thai digits → Arabic, `ita`/`iit`… upper-case,
/// `I7`/`E6`/`O38` lower-case, leading zeros of numbers dropped (`01` → `1`, `o038` → `o38`).
pub fn normalize_code(raw: &str) -> String {
    let s = thai_to_arabic(raw.trim());
    let upper = s.to_ascii_uppercase();
    if ["ITA", "IIT", "EIT", "OIT", "EIT1", "EIT2"].contains(&upper.as_str()) {
        return upper;
    }
    let mut chars = s.chars();
    let (prefix, rest) = match chars.next() {
        Some(c @ ('i' | 'e' | 'o' | 'I' | 'E' | 'O')) => {
            (Some(c.to_ascii_lowercase()), chars.as_str())
        }
        _ => (None, s.as_str()),
    };
    let parts: Vec<String> = rest
        .split('.')
        .map(|p| {
            if !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()) {
                let t = p.trim_start_matches('0');
                if t.is_empty() {
                    "0".to_string()
                } else {
                    t.to_string()
                }
            } else {
                p.to_string()
            }
        })
        .collect();
    let joined = parts.join(".");
    match prefix {
        Some(p) => format!("{p}{joined}"),
        None => joined,
    }
}

/// Normalise `raw` and check that the framework knows it.
pub fn check_code(fw: &Framework, year: u16, raw: &str) -> Result<String, ItaError> {
    let code = normalize_code(raw);
    if fw.node_index(&code).is_some() {
        Ok(code)
    } else {
        Err(ItaError::UnknownCode {
            code: raw.trim().to_string(),
            year,
        })
    }
}

/// How a tool measured in two parts (EIT 2568–) combines them. The official rule is not
/// known (see the framework's provisional notes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartsRule {
    /// Part 1 when part 2 is absent or equal to it; otherwise the published tool score is needed.
    #[default]
    Auto,
    /// The tool score is part 1.
    Part1,
    /// The tool score is the mean of the parts.
    MeanOfParts,
}

/// The choices a user makes for one year's scoring, stored with the year's scores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessOptions {
    #[serde(default)]
    pub parts_rule: PartsRule,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_codes() {
        let cases = [
            (" I7 ", "i7"),
            ("O038", "o38"),
            ("o๓๘", "o38"),
            ("eit1", "EIT1"),
            ("๙.๑", "9.1"),
            ("01", "1"),
            ("i11.1", "i11.1"),
            ("ita", "ITA"),
        ];
        for (code, normal) in cases {
            assert_eq!(normalize_code(code), normal, "{code:?}");
        }
    }
}
