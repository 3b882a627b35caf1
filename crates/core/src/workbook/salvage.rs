//! Reading as much of a damaged workbook as can be trusted, for data the app itself stored:
//! one bad record (an agency whose id is missing, a year with an out-of-range score) must not
//! make every other agency disappear.
//!
//! [`Workbook::from_json_salvaging`] reads the file the way [`Workbook::from_json`] does; when
//! that fails, it reads each agency, and each of its years, on its own, with the same rules
//! (every part goes through `from_json`, so nothing is accepted that a whole-file read would
//! refuse). What cannot be read is returned as [`UnreadablePart`]s with its raw JSON and why, so
//! the caller can keep it and show it. A file whose envelope is wrong (not JSON, not a
//! workbook, a newer version) is refused as a whole: there is nothing to salvage.
//!
//! Importing a file the user chose still uses [`Workbook::from_json`] (all or nothing).

use serde_json::{json, Map, Value};

use super::Workbook;
use crate::foundation::error::{ItaError, Problem};

/// Part of a workbook that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct UnreadablePart {
    /// Where it was in the file: `agencies[2]` (a whole agency) or `agencies[2].years.2568`.
    pub path: String,
    /// The agency's name, when it could be read.
    pub agency: Option<String>,
    /// The part's JSON as it was stored.
    pub raw: String,
    /// Why it could not be read.
    pub error: ItaError,
}

/// A workbook read part by part.
#[derive(Clone, Debug, PartialEq)]
pub struct Salvaged {
    /// Everything that could be read.
    pub workbook: Workbook,
    /// Everything that could not (empty when the whole file was fine).
    pub unreadable: Vec<UnreadablePart>,
}

/// The error of a part read alone at `agencies[0]`, with its real place in the file.
fn at_index(e: ItaError, index: usize) -> ItaError {
    match e {
        ItaError::BadWorkbook { path, problem } => ItaError::BadWorkbook {
            path: match path.strip_prefix("agencies[0]") {
                Some(rest) => format!("agencies[{index}]{rest}"),
                None => path,
            },
            problem,
        },
        other => other,
    }
}

impl Workbook {
    /// Read a workbook, keeping every agency and year that can be read (see the module doc).
    pub fn from_json_salvaging(text: &str) -> Result<Salvaged, ItaError> {
        let whole = match Workbook::from_json(text) {
            Ok(workbook) => {
                return Ok(Salvaged {
                    workbook,
                    unreadable: Vec::new(),
                })
            }
            Err(e) => e,
        };
        let text = crate::foundation::text::strip_boms(text);
        let Ok(Value::Object(mut envelope)) = serde_json::from_str::<Value>(text) else {
            return Err(whole);
        };
        let agencies = match envelope.insert("agencies".into(), json!([])) {
            Some(Value::Array(a)) => a,
            None => Vec::new(),
            Some(_) => return Err(whole),
        };
        // The envelope alone (format, version, no unknown field) must be right.
        let empty = Workbook::from_json(&Value::Object(envelope.clone()).to_string())?;
        let read_one = |agency: Value| -> Result<Workbook, ItaError> {
            let mut file = envelope.clone();
            file.insert("agencies".into(), Value::Array(vec![agency]));
            Workbook::from_json(&Value::Object(file).to_string())
        };
        let mut salvaged = Salvaged {
            workbook: empty,
            unreadable: Vec::new(),
        };
        for (i, mut agency) in agencies.into_iter().enumerate() {
            let raw = serde_json::to_string_pretty(&agency).unwrap_or_default();
            let years = match agency.get_mut("years") {
                Some(Value::Object(years)) => std::mem::take(years),
                _ => Map::new(),
            };
            let mut read = match read_one(agency.clone()) {
                Ok(wb) => wb.agencies.into_iter().next().unwrap_or_default(),
                Err(e) => {
                    salvaged.unreadable.push(UnreadablePart {
                        path: format!("agencies[{i}]"),
                        agency: agency.get("name").and_then(Value::as_str).map(String::from),
                        raw,
                        error: at_index(e, i),
                    });
                    continue;
                }
            };
            if salvaged.workbook.agency(&read.id).is_some() {
                salvaged.unreadable.push(UnreadablePart {
                    path: format!("agencies[{i}]"),
                    agency: Some(read.name.clone()),
                    raw,
                    error: ItaError::BadWorkbook {
                        path: format!("agencies[{i}].id"),
                        problem: Problem::text(
                            format!("รหัส \"{}\" ซ้ำกับหน่วยงานก่อนหน้า", read.id),
                            format!("the id \"{}\" is used by an earlier agency", read.id),
                        ),
                    },
                });
                continue;
            }
            for (year, record) in years {
                let mut alone = agency.clone();
                let mut one = Map::new();
                one.insert(year.clone(), record.clone());
                alone["years"] = Value::Object(one);
                match read_one(alone) {
                    Ok(wb) => {
                        let years = wb.agencies.into_iter().next().unwrap_or_default().years;
                        read.years.extend(years);
                    }
                    Err(e) => salvaged.unreadable.push(UnreadablePart {
                        path: format!("agencies[{i}].years.{year}"),
                        agency: Some(read.name.clone()),
                        raw: serde_json::to_string_pretty(&record).unwrap_or_default(),
                        error: at_index(e, i),
                    }),
                }
            }
            salvaged.workbook.agencies.push(read);
        }
        if salvaged.unreadable.is_empty() {
            // Every part reads alone, yet the whole does not: trust neither.
            return Err(whole);
        }
        Ok(salvaged)
    }
}
