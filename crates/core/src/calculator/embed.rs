//! The embeddable calculator's model (`embed.html?…`, docs/EMBED.md): what the address asks
//! for, the fields of a mode, and everything the page shows and posts to its host for one
//! state, as plain data. The page itself (`assets/embed.js`) only draws this and sends the
//! messages; it reaches these functions through ita-calc (`embedStart`, `embedView`), so the
//! embedded calculator does not load the app.

use std::collections::BTreeMap;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

use super::{calculate_scores, CalcResult};
use crate::foundation::error::Lang;
use crate::foundation::number::{format_score, parse_score, thai_to_arabic, Digits};
use crate::framework::{scoring_for_year, scoring_supported_years, Framework};
use crate::workbook::scores::{normalize_code, Scores};

/// `source` of every message.
pub const SOURCE: &str = "ita-calculator";
/// Version of the message schema (in the `ready` message).
pub const SCHEMA_VERSION: u32 = 1;

/// Query parameters that are not scores.
const RESERVED: [&str; 5] = ["embed", "year", "lang", "origin", "mode"];

/// How scores are entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Entry {
    Tools,
    Indicators,
}

/// The calculator's state: what the address asked for, then what the visitor changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmbedState {
    pub year: u16,
    pub lang: Lang,
    pub entry: Entry,
    /// Field texts by code (`IIT`, `1`, …), as typed.
    pub values: BTreeMap<String, String>,
}

/// What the page needs to start: the state from the address, where messages go, the years
/// to offer (latest first) and the page's fixed texts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EmbedStart {
    pub state: EmbedState,
    /// Where messages go (`*` unless the host named its origin).
    pub target_origin: String,
    pub years: Vec<YearOption>,
    pub texts: EmbedTexts,
    /// The `ready` message.
    pub ready: ReadyMessage,
}

/// The `ready` message: `{source, type: "ready", version}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReadyMessage {
    pub source: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub version: u32,
}

/// A fiscal year of the year list.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct YearOption {
    pub year: u16,
    pub label: String,
}

/// The calculator's fixed texts in one language.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EmbedTexts {
    pub html_lang: &'static str,
    pub title: &'static str,
    pub fiscal_year: &'static str,
    pub mode: &'static str,
    pub by_tools: &'static str,
    pub by_indicators: &'static str,
    pub overall: &'static str,
    pub level: &'static str,
    pub verdict: &'static str,
    pub incomplete: &'static str,
    pub chart_title: &'static str,
    pub tool: &'static str,
    pub score: &'static str,
    pub footer: &'static str,
}

/// The texts of `lang`.
pub fn texts(lang: Lang) -> EmbedTexts {
    match lang {
        Lang::Th => EmbedTexts {
            html_lang: "th",
            title: "คำนวณคะแนน ITA",
            fiscal_year: "ปีงบประมาณ",
            mode: "กรอกคะแนน",
            by_tools: "รายเครื่องมือ",
            by_indicators: "รายตัวชี้วัด",
            overall: "คะแนนรวม",
            level: "ระดับผลการประเมิน",
            verdict: "ผลเทียบเกณฑ์",
            incomplete: "กรอกคะแนนให้ครบเพื่อดูคะแนนรวม",
            chart_title: "กราฟคะแนนรายเครื่องมือ",
            tool: "เครื่องมือ",
            score: "คะแนน",
            footer: "คำนวณในเบราว์เซอร์ ไม่ส่งข้อมูลออก",
        },
        Lang::En => EmbedTexts {
            html_lang: "en",
            title: "ITA score calculator",
            fiscal_year: "Fiscal year",
            mode: "Enter scores",
            by_tools: "By tool",
            by_indicators: "By indicator",
            overall: "Overall score",
            level: "Rating level",
            verdict: "Against the pass mark",
            incomplete: "Enter every score to see the overall score",
            chart_title: "Tool scores chart",
            tool: "Tool",
            score: "Score",
            footer: "Computed in your browser; nothing is sent anywhere",
        },
    }
}

/// Decode `%XX` and `+` of a query component.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The (key, value) pairs of a query string such as `?embed=calculator&year=2565`.
pub fn parse_query(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// Whether an address query asks for the calculator (`embed=calculator`).
pub fn requested(search: &str) -> bool {
    parse_query(search)
        .iter()
        .any(|(k, v)| k == "embed" && v == "calculator")
}

/// Read the address; unknown years fall back to the latest, unknown codes are ignored.
pub fn start(search: &str) -> EmbedStart {
    let pairs = parse_query(search);
    let years = scoring_supported_years();
    let latest = years.last().copied().unwrap_or(2568);
    let get = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.clone())
    };
    let year = get("year")
        .and_then(|y| thai_to_arabic(y.trim()).parse::<u16>().ok())
        .filter(|y| years.contains(y))
        .unwrap_or(latest);
    let lang = match get("lang").as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Th,
    };
    let target_origin = get("origin")
        .filter(|o| o.starts_with("http://") || o.starts_with("https://"))
        .unwrap_or_else(|| "*".to_string());
    let fw = scoring_for_year(year).ok();
    let mut values = BTreeMap::new();
    for (k, v) in &pairs {
        if RESERVED.iter().any(|r| k.eq_ignore_ascii_case(r)) {
            continue;
        }
        let code = normalize_code(k);
        let known = fw.is_some_and(|fw| {
            entry_codes(fw, Entry::Tools).contains(&code)
                || entry_codes(fw, Entry::Indicators).contains(&code)
        });
        if known {
            values.insert(code, v.trim().to_string());
        }
    }
    let entry = match get("mode").as_deref() {
        Some("tools") => Entry::Tools,
        Some("indicators") => Entry::Indicators,
        _ => {
            let tools = ["IIT", "EIT", "OIT"];
            if !values.is_empty() && values.keys().all(|k| tools.contains(&k.as_str())) {
                Entry::Tools
            } else {
                Entry::Indicators
            }
        }
    };
    let year_label = |y: u16| match lang {
        Lang::Th => format!("พ.ศ. {y}"),
        Lang::En => format!("B.E. {y}"),
    };
    EmbedStart {
        state: EmbedState {
            year,
            lang,
            entry,
            values,
        },
        target_origin,
        years: years
            .iter()
            .rev()
            .map(|&y| YearOption {
                year: y,
                label: year_label(y),
            })
            .collect(),
        texts: texts(lang),
        ready: ReadyMessage {
            source: SOURCE,
            kind: "ready",
            version: SCHEMA_VERSION,
        },
    }
}

/// The codes entered in a mode: the three tools, or the indicators.
pub fn entry_codes(fw: &Framework, entry: Entry) -> Vec<String> {
    match entry {
        Entry::Tools => fw.tools().iter().map(|t| t.code.clone()).collect(),
        Entry::Indicators => fw
            .indicators()
            .iter()
            .map(|i| i.number.to_string())
            .collect(),
    }
}

/// The scores of the fields of `entry`, and the codes whose text is not a score.
pub fn read_fields(
    year: u16,
    entry: Entry,
    values: &BTreeMap<String, String>,
) -> (Scores, Vec<String>) {
    let mut scores = Scores::default();
    let mut bad = Vec::new();
    let Ok(fw) = scoring_for_year(year) else {
        return (scores, bad);
    };
    for code in entry_codes(fw, entry) {
        let text = values.get(&code).map(String::as_str).unwrap_or("");
        match parse_score(text, &code) {
            Ok(Some(v)) => {
                if scores.set_checked(fw, year, &code, v).is_err() {
                    bad.push(code);
                }
            }
            Ok(None) => {}
            Err(_) => bad.push(code),
        }
    }
    (scores, bad)
}

/// The `result` message of a result: the documented fields of [`CalcResult`] (in the order of
/// docs/EMBED.md) after `source` and `type`.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultMessage(pub CalcResult);

impl Serialize for ResultMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let r = &self.0;
        let mut m = serializer.serialize_struct("ResultMessage", 8)?;
        m.serialize_field("source", SOURCE)?;
        m.serialize_field("type", "result")?;
        m.serialize_field("year", &r.year)?;
        m.serialize_field("overall", &r.overall)?;
        m.serialize_field("level", &r.level)?;
        m.serialize_field("passed", &r.passed)?;
        m.serialize_field("tools", &r.tools)?;
        m.serialize_field("indicators", &r.indicators)?;
        m.end()
    }
}

/// One entry field.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Field {
    pub code: String,
    pub label: String,
    pub value: String,
    /// The text is not a score (or not one this code accepts).
    pub invalid: bool,
}

/// One tool's bar of the chart, with its value in words (pass/fail is never colour alone).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ToolBar {
    pub code: String,
    /// "IIT (30%)".
    pub label: String,
    /// 0–100, `None` when not known.
    pub value: Option<f64>,
    pub passed: Option<bool>,
    /// "91.71 ผ่านเกณฑ์", or the dash.
    pub text: String,
}

/// Everything the page shows for one state, and the message it posts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EmbedView {
    pub fields: Vec<Field>,
    pub overall: String,
    pub level: String,
    pub verdict: String,
    /// The overall score cannot be computed yet.
    pub incomplete: bool,
    pub bars: Vec<ToolBar>,
    pub pass_mark: f64,
    /// "เกณฑ์ 85.00".
    pub pass_line: String,
    pub message: ResultMessage,
}

/// The "no value" dash.
const DASH: &str = "–";

/// The view of `state`.
pub fn view(state: &EmbedState) -> EmbedView {
    let lang = state.lang;
    let digits = Digits::Arabic;
    let (scores, bad) = read_fields(state.year, state.entry, &state.values);
    let r = calculate_scores(state.year, &scores, lang);
    let verdict = |passed: bool| match (lang, passed) {
        (Lang::Th, true) => "ผ่านเกณฑ์",
        (Lang::Th, false) => "ไม่ผ่านเกณฑ์",
        (Lang::En, true) => "Passed",
        (Lang::En, false) => "Not passed",
    };
    let fw = scoring_for_year(state.year).ok();
    let fields = fw
        .map(|fw| {
            entry_codes(fw, state.entry)
                .into_iter()
                .map(|code| Field {
                    label: match state.entry {
                        Entry::Tools => format!("{code} {}", fw.display_name(&code, lang)),
                        Entry::Indicators => fw.display_name(&code, lang),
                    },
                    value: state.values.get(&code).cloned().unwrap_or_default(),
                    invalid: bad.contains(&code),
                    code,
                })
                .collect()
        })
        .unwrap_or_default();
    let bars = fw
        .map(|fw| {
            fw.tools()
                .iter()
                .map(|tool| {
                    let value = r.tools.get(&tool.code).copied();
                    let passed = value.map(|v| v >= r.pass_mark);
                    ToolBar {
                        code: tool.code.clone(),
                        // A whole percentage (weights are in (0, 1]), written without float formatting.
                        label: format!("{} ({}%)", tool.code, (tool.weight * 100.0).round() as i64),
                        value,
                        passed,
                        text: match (value, passed) {
                            (Some(v), Some(p)) => {
                                format!("{} {}", format_score(v, digits), verdict(p))
                            }
                            _ => DASH.to_string(),
                        },
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let pass_mark = format_score(r.pass_mark, digits);
    EmbedView {
        fields,
        overall: r
            .overall
            .map_or_else(|| DASH.to_string(), |v| format_score(v, digits)),
        level: r.level.clone().unwrap_or_else(|| DASH.to_string()),
        verdict: r.passed.map_or(DASH, verdict).to_string(),
        incomplete: r.overall.is_none(),
        bars,
        pass_mark: r.pass_mark,
        pass_line: match lang {
            Lang::Th => format!("เกณฑ์ {pass_mark}"),
            Lang::En => format!("pass {pass_mark}"),
        },
        message: ResultMessage(r),
    }
}
