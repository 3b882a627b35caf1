//! Errors for everything a user can get wrong, with a message in Thai and in English that names
//! the field at fault. No function of the core panics on user data; they return these.

use std::fmt;

use super::echo::{echo, echo_number, echo_path};
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
    /// A framework file that does not follow the schema; `path` empty = the file as a whole.
    BadFramework { path: String, problem: Problem },
    /// A name or text longer than the tool accepts (`max` characters).
    TooLong { field: String, max: usize },
    /// A framework file that is not valid TOML for the schema (`line` where the reader
    /// stopped, when it says).
    BadFrameworkText {
        line: Option<usize>,
        problem: Problem,
    },
    /// A scores CSV that cannot be read.
    BadCsv { line: usize, problem: Problem },
    /// A workbook JSON that cannot be read; `path` empty = the file as a whole.
    BadWorkbook { path: String, problem: Problem },
    /// A change to the workbook refused because it would leave the workbook invalid (the
    /// problem says why; nothing was changed).
    Refused { problem: Problem },
    /// A shared link that cannot be opened.
    BadLink { problem: Problem },
    /// Raw answer counts that cannot be used.
    BadAnswers { code: String, problem: Problem },
    /// The same code twice for one year in one file.
    Duplicate {
        code: String,
        year: u16,
        line: usize,
    },
    /// A cohort file (many agencies) that cannot be read, or one of its rows.
    Cohort(super::cohort_problem::CohortProblem),
}

/// "`invalid` (Thai, English) at field `path`: `problem`", without the field when `path` is
/// empty (the file as a whole).
fn invalid_at(
    lang: Lang,
    (invalid_th, invalid_en): (&str, &str),
    path: &str,
    problem: &Problem,
) -> String {
    let problem = problem.message(lang);
    match (lang, path.is_empty()) {
        (Lang::Th, true) => format!("{invalid_th}: {problem}"),
        (Lang::Th, false) => format!("{invalid_th}ที่ช่อง \"{}\": {problem}", echo_path(path)),
        (Lang::En, true) => format!("{invalid_en}: {problem}"),
        (Lang::En, false) => format!("{invalid_en} at {}: {problem}", echo_path(path)),
    }
}

impl ItaError {
    /// The message shown to the user.
    pub fn message(&self, lang: Lang) -> String {
        use ItaError::*;
        // Whatever the user typed is quoted capped (a 1 MB cell never gives a 1 MB message).
        let (field, input, code) = match self {
            NotANumber { field, input } | BadYear { field, input } => {
                (echo(field), echo(input), String::new())
            }
            OutOfRange { field, .. } => (echo(field), String::new(), String::new()),
            TooLong { field, .. } => (echo_path(field), String::new(), String::new()),
            UnknownCode { code, .. } | BadAnswers { code, .. } | Duplicate { code, .. } => {
                (String::new(), String::new(), echo(code))
            }
            _ => Default::default(),
        };
        match (self, lang) {
            (Cohort(p), lang) => p.message(lang),
            (NotANumber { .. }, Lang::Th) => {
                format!("{field}: \"{input}\" ไม่ใช่ตัวเลข (พิมพ์ได้ เช่น 85.5 หรือ ๘๕.๕)")
            }
            (NotANumber { .. }, Lang::En) => {
                format!("{field}: \"{input}\" is not a number (e.g. 85.5 or ๘๕.๕)")
            }
            (OutOfRange { value, .. }, Lang::Th) => {
                format!("{field}: {} อยู่นอกช่วง 0–100", echo_number(*value, lang))
            }
            (OutOfRange { value, .. }, Lang::En) => {
                format!("{field}: {} is outside 0–100", echo_number(*value, lang))
            }
            (TooLong { max, .. }, Lang::Th) => {
                format!("{field}: ยาวเกิน {max} ตัวอักษร กรุณาย่อให้สั้นลง")
            }
            (TooLong { max, .. }, Lang::En) => {
                format!("{field}: longer than {max} characters; please shorten it")
            }
            (UnknownCode { year, .. }, Lang::Th) => {
                format!("ไม่รู้จักรหัส \"{code}\" ในกรอบการประเมินปี {year}")
            }
            (UnknownCode { year, .. }, Lang::En) => {
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
            (BadYear { .. }, Lang::Th) => {
                format!("{field}: \"{input}\" ไม่ใช่ปีงบประมาณ พ.ศ. (เช่น 2568)")
            }
            (BadYear { .. }, Lang::En) => {
                format!("{field}: \"{input}\" is not a Buddhist-era fiscal year (e.g. 2568)")
            }
            (BadFramework { path, problem }, _) => {
                let invalid = ("ไฟล์กรอบการประเมินไม่ถูกต้อง", "invalid framework file");
                invalid_at(lang, invalid, path, problem)
            }
            (BadFrameworkText { line, problem }, Lang::Th) => match line {
                Some(line) => format!(
                    "ไฟล์กรอบการประเมินไม่ถูกต้องที่บรรทัดที่ {line}: {}",
                    problem.message(lang)
                ),
                None => format!("ไฟล์กรอบการประเมินไม่ถูกต้อง: {}", problem.message(lang)),
            },
            (BadFrameworkText { line, problem }, Lang::En) => match line {
                Some(line) => format!(
                    "invalid framework file at line {line}: {}",
                    problem.message(lang)
                ),
                None => format!("invalid framework file: {}", problem.message(lang)),
            },
            (BadCsv { line, problem }, Lang::Th) => {
                format!("ไฟล์ CSV บรรทัดที่ {line}: {}", problem.message(lang))
            }
            (BadCsv { line, problem }, Lang::En) => {
                format!("CSV line {line}: {}", problem.message(lang))
            }
            (BadWorkbook { path, problem }, _) => {
                let invalid = ("ไฟล์สมุดงาน JSON ไม่ถูกต้อง", "invalid workbook JSON");
                invalid_at(lang, invalid, path, problem)
            }
            (Refused { problem }, _) => problem.message(lang),
            (BadLink { problem }, Lang::Th) => {
                format!("เปิดลิงก์ที่แชร์มาไม่ได้: {}", problem.message(lang))
            }
            (BadLink { problem }, Lang::En) => {
                format!(
                    "the shared link cannot be opened: {}",
                    problem.message(lang)
                )
            }
            (BadAnswers { problem, .. }, Lang::Th) => {
                format!("จำนวนผู้ตอบของข้อ {code} ใช้ไม่ได้: {}", problem.message(lang))
            }
            (BadAnswers { problem, .. }, Lang::En) => {
                format!(
                    "answer counts for {code} cannot be used: {}",
                    problem.message(lang)
                )
            }
            (Duplicate { year, line, .. }, Lang::Th) => {
                format!("บรรทัดที่ {line}: รหัส {code} ของปี {year} ซ้ำกับบรรทัดก่อนหน้า")
            }
            (Duplicate { year, line, .. }, Lang::En) => {
                format!("line {line}: code {code} for {year} appears twice")
            }
        }
    }
}

/// What is wrong inside a file, a line or a link: kept as structure, not as flattened text, so
/// that it is rendered in the language the whole message is asked in.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A nested error (a bad value on a CSV line, an unknown year in a workbook …).
    Cause(Box<ItaError>),
    /// A problem described in both languages.
    Text { th: String, en: String },
    /// What a JSON parser found, by class and position (its own English text is never shown).
    Json(JsonProblem),
}

impl Problem {
    pub fn text(th: impl Into<String>, en: impl Into<String>) -> Problem {
        Problem::Text {
            th: th.into(),
            en: en.into(),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Problem::Cause(e), _) => e.message(lang),
            (Problem::Text { th, .. }, Lang::Th) => th.clone(),
            (Problem::Text { en, .. }, Lang::En) => en.clone(),
            (Problem::Json(j), _) => j.message(lang),
        }
    }
}

impl From<ItaError> for Problem {
    fn from(e: ItaError) -> Problem {
        Problem::Cause(Box::new(e))
    }
}

/// The class of a JSON parser's error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonProblemKind {
    /// Not JSON at that point (a missing comma, an unquoted word …).
    Syntax,
    /// The text ends in the middle of a value.
    Truncated,
    /// A value of the wrong type (text where a number belongs …); the value, when known.
    WrongType(String),
    /// A field that must be there is not (its name).
    MissingField(String),
    /// A field the format does not have (its name).
    UnknownField(String),
    /// A value the field does not accept (an unknown kind …); the value, when known.
    BadValue(String),
    /// A key written twice in one object (its name).
    DuplicateKey(String),
}

impl JsonProblemKind {
    /// The class of a serde data error (a typed reading of JSON or TOML) from its text, which
    /// is read only for the field's name or the value.
    pub fn of_data_error(text: &str) -> JsonProblemKind {
        // serde's messages quote a field's name in backticks: "missing field `id`".
        let quoted = || text.split('`').nth(1).unwrap_or_default().to_string();
        if text.starts_with("missing field") {
            JsonProblemKind::MissingField(quoted())
        } else if text.starts_with("unknown field") {
            JsonProblemKind::UnknownField(quoted())
        } else if text.starts_with("duplicate field") || text.starts_with("duplicate key") {
            JsonProblemKind::DuplicateKey(quoted())
        } else if text.starts_with("invalid type") {
            JsonProblemKind::WrongType(quoted())
        } else {
            JsonProblemKind::BadValue(quoted())
        }
    }
}

/// A JSON parser's error without its English text: the class and where it happened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonProblem {
    pub kind: JsonProblemKind,
    /// 1-based; 0 when the parser gives no position (a value already parsed).
    pub line: usize,
    pub column: usize,
}

impl JsonProblem {
    /// Classify a serde_json error (its text is read only for the field's name).
    pub fn of(e: &serde_json::Error) -> JsonProblem {
        use serde_json::error::Category;
        let kind = match e.classify() {
            Category::Syntax | Category::Io => JsonProblemKind::Syntax,
            Category::Eof => JsonProblemKind::Truncated,
            Category::Data => JsonProblemKind::of_data_error(&e.to_string()),
        };
        JsonProblem {
            kind,
            line: e.line(),
            column: e.column(),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        use JsonProblemKind::*;
        let value = |v: &str| {
            if v.is_empty() {
                String::new()
            } else {
                format!(" \"{}\"", echo(v))
            }
        };
        let what = match (&self.kind, lang) {
            (Syntax, Lang::Th) => "รูปแบบ JSON ผิด".to_string(),
            (Syntax, Lang::En) => "not valid JSON".to_string(),
            (Truncated, Lang::Th) => "ไฟล์จบก่อนข้อมูลครบ".to_string(),
            (Truncated, Lang::En) => "the file ends before the data does".to_string(),
            (WrongType(v), Lang::Th) => {
                format!("ค่า{} ผิดชนิด (เช่น เป็นข้อความในช่องที่ต้องเป็นตัวเลข)", value(v))
            }
            (WrongType(v), Lang::En) => format!(
                "the value{} has the wrong type (e.g. text where a number belongs)",
                value(v)
            ),
            (MissingField(f), Lang::Th) => format!("ขาดช่อง \"{}\" ที่ต้องมี", echo(f)),
            (MissingField(f), Lang::En) => {
                format!("the required field \"{}\" is missing", echo(f))
            }
            (UnknownField(f), Lang::Th) => format!("มีช่อง \"{}\" ที่รูปแบบนี้ไม่มี", echo(f)),
            (UnknownField(f), Lang::En) => {
                format!("the field \"{}\" is not part of the format", echo(f))
            }
            (DuplicateKey(k), Lang::Th) => {
                format!("มีช่อง \"{}\" ซ้ำกันสองครั้ง ให้เหลือไว้ช่องเดียว", echo(k))
            }
            (DuplicateKey(k), Lang::En) => {
                format!("the field \"{}\" appears twice; keep only one", echo(k))
            }
            (BadValue(v), Lang::Th) => format!("มีค่า{} ที่ช่องนั้นรับไม่ได้", value(v)),
            (BadValue(v), Lang::En) => format!("a value{} the field does not accept", value(v)),
        };
        match (self.line, lang) {
            (0, _) => what,
            (line, Lang::Th) => format!("{what} (บรรทัดที่ {line} ตำแหน่งที่ {})", self.column),
            (line, Lang::En) => format!("{what} (line {line}, column {})", self.column),
        }
    }
}

impl fmt::Display for ItaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ItaError {}
