//! What can be wrong with a cohort file (many agencies, one or more years), as one
//! [`ItaError`](super::ItaError) variant, `ItaError::Cohort`, with a message in each language.
//! Kept apart from `error.rs` so that the cohort's problems grow without touching it.

use super::echo::echo;
use super::error::ItaError;
use super::lang::Lang;

/// A problem in a cohort file. Row problems carry the line number (1-based, as an editor
/// shows it) and, where a cell is at fault, the error of that cell.
#[derive(Clone, Debug, PartialEq)]
pub enum CohortProblem {
    /// The file has no header line.
    Empty,
    /// The header is neither the long nor the wide format.
    UnknownHeader { found: String },
    /// A row has fewer or more fields than the header.
    FieldCount {
        line: usize,
        expected: usize,
        found: usize,
    },
    /// A row without an agency name.
    NoAgency { line: usize },
    /// A cell that cannot be used (a year, a code or a score).
    Cell { line: usize, error: Box<ItaError> },
    /// The same agency, year (and code, in the long format) as an earlier line.
    Duplicate {
        line: usize,
        agency: String,
        year: u16,
        first_line: usize,
    },
    /// A row with no score at all.
    NoScores { line: usize },
    /// A quoted field that is not closed.
    Unclosed { line: usize },
}

impl CohortProblem {
    /// The line at fault, if the problem is in a row.
    pub fn line(&self) -> Option<usize> {
        use CohortProblem::*;
        match self {
            Empty | UnknownHeader { .. } => None,
            FieldCount { line, .. }
            | NoAgency { line }
            | Cell { line, .. }
            | Duplicate { line, .. }
            | NoScores { line }
            | Unclosed { line } => Some(*line),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        use CohortProblem::*;
        let th = lang == Lang::Th;
        match self {
            Empty if th => "ไฟล์ว่าง (ต้องมีบรรทัดหัวตาราง agency,type,province,year,…)".into(),
            Empty => "the file is empty (expected a header agency,type,province,year,…)".into(),
            UnknownHeader { found } if th => format!(
                "บรรทัดที่ 1: หัวตารางต้องเป็น agency,type,province,year,code,score หรือ agency,type,province,year ตามด้วยรหัสคะแนน (ITA, IIT, EIT, OIT, 1–10 …) แต่พบ \"{}\"", echo(found)
            ),
            UnknownHeader { found } => format!(
                "line 1: the header must be agency,type,province,year,code,score or agency,type,province,year followed by score codes (ITA, IIT, EIT, OIT, 1–10 …); found \"{}\"", echo(found)
            ),
            FieldCount { line, expected, found } if th => {
                format!("บรรทัดที่ {line}: ต้องมี {expected} ช่อง แต่มี {found} ช่อง")
            }
            FieldCount { line, expected, found } => {
                format!("line {line}: expected {expected} fields, found {found}")
            }
            NoAgency { line } if th => format!("บรรทัดที่ {line}: ไม่มีชื่อหน่วยงาน"),
            NoAgency { line } => format!("line {line}: no agency name"),
            Cell { line, error } if th => format!("บรรทัดที่ {line}: {}", error.message(lang)),
            Cell { line, error } => format!("line {line}: {}", error.message(lang)),
            Duplicate { line, agency, year, first_line } if th => format!(
                "บรรทัดที่ {line}: {} ปี {year} ซ้ำกับบรรทัดที่ {first_line}", echo(agency)
            ),
            Duplicate { line, agency, year, first_line } => format!(
                "line {line}: {}, {year} repeats line {first_line}", echo(agency)
            ),
            NoScores { line } if th => format!("บรรทัดที่ {line}: ไม่มีคะแนนเลย"),
            NoScores { line } => format!("line {line}: no score at all"),
            Unclosed { line } if th => format!("บรรทัดที่ {line}: เครื่องหมายคำพูด \" ไม่ได้ปิด"),
            Unclosed { line } => format!("line {line}: a quoted field is not closed"),
        }
    }
}
