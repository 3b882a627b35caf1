//! The workbook: the app's save format and the JSON file users export and import.
//!
//! ```json
//! {
//!   "format": "ita-workbook",
//!   "version": 1,
//!   "agencies": [{
//!     "id": "a1", "name": "องค์การบริหารส่วนจังหวัดอุบลราชธานี", "kind": "pao",
//!     "district": "เมืองอุบลราชธานี", "province": "อุบลราชธานี",
//!     "years": { "2565": { "scores": { "values": { "ITA": 79.43, "1": 91.71 } },
//!                          "options": { "parts_rule": "auto" },
//!                          "plan": [ { "issue": "…", "measure": "…" } ] } }
//!   }],
//!   "frameworks": [{ "id": "2570-local", "years": [2570], … }]
//! }
//! ```
//! `frameworks` (optional, since the tool's first release that reads it) holds the framework
//! files the user loaded, as JSON in the schema of `crates/core/frameworks/`.
//! The model lives here with it: [`scores`] (one year's scores by code, and the scoring
//! options), [`measures`] (the measures plan and its follow-up), [`memo`] (the cover memo) and
//! [`samples`] (fictional workbooks for workshops); [`limits`] holds the longest names and
//! texts accepted and the checks of free text and plan links; [`salvage`] reads what can be
//! read of a damaged stored workbook.
//!
//! Reading validates the whole file (format, version, every year's framework, every code and
//! value, the measures' indicators and codes, the length of every text; unknown fields and keys
//! written twice are refused) before anything is returned, and errors name the JSON path at
//! fault.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::foundation::error::{ItaError, JsonProblem, Problem};
use crate::foundation::json::read_json;
use crate::framework::{scoring_for_builtin_year, user, Framework, FrameworkFile};
mod edit;
mod frameworks;
pub mod limits;
pub mod measures;
pub mod memo;
pub mod salvage;
pub mod samples;
pub mod scores;

use measures::Measure;
use scores::{AssessOptions, Scores};

pub const FORMAT: &str = "ita-workbook";
pub const VERSION: u32 = 1;

/// The kind of agency (for wording and templates).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgencyKind {
    /// เทศบาล.
    Municipality,
    /// องค์การบริหารส่วนตำบล.
    #[default]
    Sao,
    /// องค์การบริหารส่วนจังหวัด.
    Pao,
    /// ส่วนราชการ (กระทรวง กรม จังหวัด).
    Central,
    /// อื่น ๆ.
    Other,
}

crate::foundation::lang::labels!(AgencyKind {
    Municipality => "เทศบาล", "Municipality";
    Sao => "องค์การบริหารส่วนตำบล", "Subdistrict administrative organisation";
    Pao => "องค์การบริหารส่วนจังหวัด", "Provincial administrative organisation";
    Central => "ส่วนราชการ", "Central government agency";
    Other => "หน่วยงานอื่น", "Other agency";
});

/// One fiscal year of one agency.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearRecord {
    #[serde(default)]
    pub scores: Scores,
    #[serde(default)]
    pub options: AssessOptions,
    /// The measures planned from this year's results (for the next fiscal year), with follow-up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<Measure>,
    /// The cover memo's fields, once the user has edited them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memo: Option<crate::workbook::memo::Memo>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub kind: AgencyKind,
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub province: String,
    #[serde(default)]
    pub years: BTreeMap<u16, YearRecord>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workbook {
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub agencies: Vec<Agency>,
    /// Frameworks the user loaded (the schema of `crates/core/frameworks/`, as JSON), used for
    /// the years they cover instead of the built-in ones ([`crate::framework::user`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frameworks: Vec<FrameworkFile>,
}

impl Agency {
    /// The year compared with `year`: the latest year before it that has scores, with its
    /// record (the year-over-year comparison of every screen and document).
    pub fn previous_scored(&self, year: u16) -> Option<(u16, &YearRecord)> {
        self.years
            .range(..year)
            .rev()
            .find(|(_, r)| !r.scores.is_empty())
            .map(|(&y, r)| (y, r))
    }
}

impl Default for Workbook {
    fn default() -> Self {
        Workbook {
            format: FORMAT.into(),
            version: VERSION,
            agencies: Vec::new(),
            frameworks: Vec::new(),
        }
    }
}

impl Workbook {
    /// Read and fully validate a workbook.
    pub fn from_json(text: &str) -> Result<Workbook, ItaError> {
        let text = crate::foundation::text::strip_boms(text);
        // Check the envelope first so that a foreign JSON file gets a message about what it is.
        let raw: serde_json::Value =
            serde_json::from_str(text).map_err(|e| ItaError::BadWorkbook {
                path: String::new(),
                problem: Problem::Json(JsonProblem::of(&e)),
            })?;
        match raw.get("format").and_then(|f| f.as_str()) {
            Some(FORMAT) => {}
            _ => {
                return Err(ItaError::BadWorkbook {
                    path: "format".into(),
                    problem: Problem::text(
                        format!("ไฟล์นี้ไม่ใช่สมุดงาน ITA (ต้องมี \"format\": \"{FORMAT}\")"),
                        format!("this is not an ITA workbook (expected \"format\": \"{FORMAT}\")"),
                    ),
                })
            }
        }
        match raw.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v >= 1 && v <= VERSION as u64 => {}
            Some(v) => {
                return Err(ItaError::BadWorkbook {
                    path: "version".into(),
                    problem: Problem::text(
                        format!("รุ่น {v} ใหม่กว่าที่เครื่องมือนี้อ่านได้ ({VERSION}) กรุณาอัปเดตเครื่องมือ"),
                        format!("version {v} is newer than this tool understands ({VERSION}); update the tool"),
                    ),
                })
            }
            None => {
                return Err(ItaError::BadWorkbook {
                    path: "version".into(),
                    problem: Problem::text("ไม่มี หรือไม่ใช่ตัวเลข", "missing or not a number"),
                })
            }
        }
        let wb: Workbook = read_json(text).map_err(|e| ItaError::BadWorkbook {
            path: e.path,
            problem: Problem::Json(e.problem),
        })?;
        wb.validate()?;
        Ok(wb)
    }

    /// The workbook as pretty JSON (the export and the saved form).
    pub fn to_json(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Check the user's frameworks, then every agency, year, code and value (a year is
    /// checked against the workbook's own framework for it, else the built-in one).
    pub fn validate(&self) -> Result<(), ItaError> {
        let own = user::compile(&self.frameworks).map_err(|e| ItaError::BadWorkbook {
            path: "frameworks".into(),
            problem: e.into(),
        })?;
        let mut ids = std::collections::BTreeSet::new();
        for (a, agency) in self.agencies.iter().enumerate() {
            let path = format!("agencies[{a}]");
            limits::check_agency_text(&path, agency)?;
            if agency.id.trim().is_empty() || !ids.insert(agency.id.clone()) {
                return Err(ItaError::BadWorkbook {
                    path: format!("{path}.id"),
                    problem: Problem::text("ไม่มีรหัส หรือรหัสซ้ำ", "missing or duplicate id"),
                });
            }
            for (year, rec) in &agency.years {
                let ypath = format!("{path}.years.{year}");
                let fw: &Framework = match own.iter().find(|f| f.covers(*year)) {
                    Some(fw) => fw,
                    None => scoring_for_builtin_year(*year).map_err(|e| ItaError::BadWorkbook {
                        path: ypath.clone(),
                        problem: e.into(),
                    })?,
                };
                rec.scores
                    .validate(fw, *year)
                    .map_err(|e| ItaError::BadWorkbook {
                        path: format!("{ypath}.scores"),
                        problem: e.into(),
                    })?;
                for (i, m) in rec.plan.iter().enumerate() {
                    limits::check_measure(&format!("{ypath}.plan[{i}]"), m, fw, *year)?;
                }
                if let Some(memo) = &rec.memo {
                    limits::check_memo(&format!("{ypath}.memo"), memo)?;
                }
            }
        }
        Ok(())
    }

    /// Put this workbook's frameworks in effect for every computation that follows (see
    /// [`crate::framework::user`]); the workbook has been validated, so this cannot fail on a
    /// workbook read with [`Workbook::from_json`].
    pub fn use_frameworks(&self) -> Result<(), ItaError> {
        user::set_in_effect(&self.frameworks)
    }

    pub fn agency(&self, id: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.id == id)
    }

    pub fn agency_mut(&mut self, id: &str) -> Option<&mut Agency> {
        self.agencies.iter_mut().find(|a| a.id == id)
    }

    /// A fresh id not used by any agency.
    pub fn new_agency_id(&self) -> String {
        (1..)
            .map(|n| format!("a{n}"))
            .find(|id| self.agency(id).is_none())
            .unwrap_or_default()
    }
}
