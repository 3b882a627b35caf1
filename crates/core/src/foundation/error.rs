//! Errors for everything a user can get wrong, with a message in Thai and in English that names
//! the field at fault. No function of the core panics on user data; they return these.

use std::fmt;

pub use super::lang::Lang;

/// Something wrong with the user's input or files.
#[derive(Clone, Debug, PartialEq)]
pub enum ItaError {
    /// A cell that is not a number.
    NotANumber { field: String, input: String },
    /// A score outside 0–100.
    OutOfRange { field: String, value: f64 },
    /// A code the year's framework does not know.
    UnknownCode { code: String, year: u16 },
    /// A fiscal year with no framework.
    /// `available`: the first and last year the loaded frameworks cover.
    NoFramework { year: u16, available: (u16, u16) },
    /// A year that is not a plausible Buddhist-era fiscal year.
    BadYear { field: String, input: String },
    /// A framework file that does not follow the schema.
    BadFramework { path: String, problem: String },
    /// A scores CSV that cannot be read.
    BadCsv { line: usize, problem: String },
    /// A workbook JSON that cannot be read.
    BadWorkbook { path: String, problem: String },
    /// Raw answer counts that cannot be used.
    BadAnswers { code: String, problem: String },
    /// The same code twice for one year in one file.
    Duplicate {
        code: String,
        year: u16,
        line: usize,
    },
}

impl ItaError {
    /// The message shown to the user.
    pub fn message(&self, lang: Lang) -> String {
        use ItaError::*;
        match (self, lang) {
            (NotANumber { field, input }, Lang::Th) => {
                format!("{field}: \"{input}\" ไม่ใช่ตัวเลข (พิมพ์ได้ เช่น 85.5 หรือ ๘๕.๕)")
            }
            (NotANumber { field, input }, Lang::En) => {
                format!("{field}: \"{input}\" is not a number (e.g. 85.5 or ๘๕.๕)")
            }
            (OutOfRange { field, value }, Lang::Th) => {
                format!("{field}: {value} อยู่นอกช่วง 0–100")
            }
            (OutOfRange { field, value }, Lang::En) => {
                format!("{field}: {value} is outside 0–100")
            }
            (UnknownCode { code, year }, Lang::Th) => {
                format!("ไม่รู้จักรหัส \"{code}\" ในกรอบการประเมินปี {year}")
            }
            (UnknownCode { code, year }, Lang::En) => {
                format!("unknown code \"{code}\" for the {year} framework")
            }
            (
                NoFramework {
                    year,
                    available: (first, last),
                },
                Lang::Th,
            ) => {
                format!("ไม่มีกรอบการประเมิน ITA สำหรับปีงบประมาณ {year} (มีปี {first}–{last})")
            }
            (
                NoFramework {
                    year,
                    available: (first, last),
                },
                Lang::En,
            ) => {
                format!("no ITA framework for fiscal year {year} (available: {first}–{last})")
            }
            (BadYear { field, input }, Lang::Th) => {
                format!("{field}: \"{input}\" ไม่ใช่ปีงบประมาณ พ.ศ. (เช่น 2568)")
            }
            (BadYear { field, input }, Lang::En) => {
                format!("{field}: \"{input}\" is not a Buddhist-era fiscal year (e.g. 2568)")
            }
            (BadFramework { path, problem }, Lang::Th) => {
                format!("ไฟล์กรอบการประเมินไม่ถูกต้องที่ {path}: {problem}")
            }
            (BadFramework { path, problem }, Lang::En) => {
                format!("invalid framework file at {path}: {problem}")
            }
            (BadCsv { line, problem }, Lang::Th) => {
                format!("ไฟล์ CSV บรรทัดที่ {line}: {problem}")
            }
            (BadCsv { line, problem }, Lang::En) => format!("CSV line {line}: {problem}"),
            (BadWorkbook { path, problem }, Lang::Th) => {
                format!("ไฟล์สมุดงาน JSON ไม่ถูกต้องที่ {path}: {problem}")
            }
            (BadWorkbook { path, problem }, Lang::En) => {
                format!("invalid workbook JSON at {path}: {problem}")
            }
            (BadAnswers { code, problem }, Lang::Th) => {
                format!("จำนวนผู้ตอบของข้อ {code} ใช้ไม่ได้: {problem}")
            }
            (BadAnswers { code, problem }, Lang::En) => {
                format!("answer counts for {code} cannot be used: {problem}")
            }
            (Duplicate { code, year, line }, Lang::Th) => {
                format!("บรรทัดที่ {line}: รหัส {code} ของปี {year} ซ้ำกับบรรทัดก่อนหน้า")
            }
            (Duplicate { code, year, line }, Lang::En) => {
                format!("line {line}: code {code} for {year} appears twice")
            }
        }
    }
}

impl fmt::Display for ItaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ItaError {}
