//! The schema of a framework file (`frameworks/*.toml`, README there): the types as written,
//! with their serde form. Kept free of the rest of the crate (only `Lang`) so that the build
//! script reads and validates the built-in files with these same types (`build.rs`).

use serde::{Deserialize, Serialize};

use crate::foundation::lang::Lang;

/// How an OIT indicator is built from its sub-indicators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OitIndicatorRule {
    /// Unweighted mean of the sub-indicators (2562–2566).
    MeanOfSubIndicators,
    /// Item-count-weighted mean of the sub-indicators, i.e. the mean of all items (2568–).
    MeanOfItems,
}

/// The answer scale of a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// น้อยที่สุดหรือไม่มีเลย / น้อย / มาก / มากที่สุด = 0 / 33.33 / 66.67 / 100.
    FourLevel,
    /// มี / ไม่มี.
    YesNo,
    /// A published-information item, scored 0–100.
    Oit,
}

impl Scale {
    /// The options as they appear on the form, in that order, with their Thai labels.
    pub fn options_th(self) -> &'static [&'static str] {
        match self {
            Scale::FourLevel => &["น้อยที่สุดหรือไม่มีเลย", "น้อย", "มาก", "มากที่สุด"],
            Scale::YesNo => &["มี", "ไม่มี"],
            Scale::Oit => &[],
        }
    }

    /// The score of each option (in form order) for a normally or reverse-scored question.
    pub fn option_values(self, reverse: bool) -> Vec<f64> {
        let v: Vec<f64> = match self {
            Scale::FourLevel => vec![0.0, 100.0 / 3.0, 200.0 / 3.0, 100.0],
            Scale::YesNo => vec![100.0, 0.0],
            Scale::Oit => vec![],
        };
        if reverse {
            v.into_iter().rev().collect()
        } else {
            v
        }
    }
}

/// One unverified rule, shown to the user beside results that depend on it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provisional {
    pub topic: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<u16>,
    pub note_th: String,
    pub note_en: String,
}

impl Provisional {
    pub fn note(&self, lang: Lang) -> &str {
        match lang {
            Lang::Th => &self.note_th,
            Lang::En => &self.note_en,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ToolPart {
    pub code: String,
    pub name_th: String,
    pub name_en: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tool {
    pub code: String,
    pub name_th: String,
    pub name_en: String,
    pub weight: f64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<ToolPart>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub number: u8,
    pub name_th: String,
    pub name_en: String,
    pub tool: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubIndicator {
    pub code: String,
    pub indicator: u8,
    pub name_th: String,
    pub name_en: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub code: String,
    pub parent: String,
    pub title_th: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    pub scale: Scale,
    #[serde(default, skip_serializing_if = "is_false")]
    pub reverse: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_items: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reverse_sub_items: Vec<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_th: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub provisional: bool,
}

impl Question {
    /// Whether sub-item `n` (1-based) is reverse-scored.
    pub fn sub_item_reverse(&self, n: usize) -> bool {
        self.reverse || self.reverse_sub_items.contains(&n)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingLevel {
    pub name: String,
    pub min: f64,
    #[serde(default)]
    pub tool_min: f64,
    pub passed: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub levels: Vec<RatingLevel>,
}

/// A framework file, as written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkFile {
    pub id: String,
    pub title_th: String,
    pub title_en: String,
    pub years: Vec<u16>,
    pub pass_mark: f64,
    pub oit_indicator_rule: OitIndicatorRule,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provisional: Vec<Provisional>,
    pub tools: Vec<Tool>,
    pub indicators: Vec<Indicator>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_indicators: Vec<SubIndicator>,
    pub questions: Vec<Question>,
    pub rating: Rating,
    /// The rules of this generation for the documents an agency publishes (optional table).
    #[serde(default)]
    pub documents: DocumentRules,
}

/// Year-dependent rules for the published documents, kept here so that whoever adds a year's
/// framework file sets them in one place (schema: `frameworks/README.md`, `[documents]`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentRules {
    /// The OIT item that asks for the analysis of the results and the measures (o42 up to
    /// 2565, o25 from 2569), cited by the cover memo. `None`: the memo names it in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measures_oit_item: Option<String>,
    /// The layout the agencies used for the measures plan in this generation.
    #[serde(default)]
    pub measures_style: MeasuresStyle,
}

/// The layout of the measures plan the agencies of a generation used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeasuresStyle {
    /// One measure per weak indicator (seeds up to 2567).
    #[default]
    ByIndicator,
    /// The NACC's seven-issue template (ITA 2568 on).
    SevenIssues,
}

/// Whether a flag is off (its default, left out of the serialised form).
fn is_false(b: &bool) -> bool {
    !*b
}
