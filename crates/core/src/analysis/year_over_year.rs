//! Year over year: how the overall, every tool and indicator and the rating of one agency
//! changed from one fiscal year to the next, each year scored with its own framework, and the
//! sentences the o43/o26 reports write about it ("ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ปี ๒๕๖๘
//! ได้ ๙๘.๑๒ คะแนน เพิ่มขึ้นจากปี ๒๕๖๗ (๙๖.๐๓ คะแนน) ๒.๐๙ คะแนน").
//!
//! A change is the difference of the two figures *as published* (rounded to two decimals), so
//! the sentence's numbers always agree with each other. Across framework generations
//! (e.g. 2565 → 2568) indicators are matched by number, and question codes are not compared:
//! the same code stands for a different question in each generation.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::foundation::error::Lang;
use crate::foundation::number::{format_score, round2, with_digits, Digits};
use crate::framework::{for_year, Framework, NodeKind, OVERALL};
use crate::scoring::assess::{assess, Assessment, Level};
use crate::workbook::Agency;

/// Which way a figure moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
    Same,
}

impl Direction {
    fn of(change: f64) -> Direction {
        let c = round2(change);
        if c > 0.0 {
            Direction::Up
        } else if c < 0.0 {
            Direction::Down
        } else {
            Direction::Same
        }
    }
}

/// The change of one figure between two years.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// `ITA`, a tool, an indicator number, or (same framework only) a finer code.
    pub code: String,
    /// Its name in the later year's framework, in Thai and English.
    pub label_th: String,
    pub label_en: String,
    /// The earlier and the later value (full precision).
    pub from: f64,
    pub to: f64,
    /// The later minus the earlier published (two-decimal) figure.
    pub change: f64,
    pub direction: Direction,
}

impl Change {
    fn new(code: &str, fw: &Framework, from: f64, to: f64) -> Change {
        let change = round2(to) - round2(from);
        Change {
            code: code.to_string(),
            label_th: fw.display_name(code, Lang::Th),
            label_en: fw.display_name(code, Lang::En),
            from,
            to,
            change,
            direction: Direction::of(change),
        }
    }

    /// The report sentence, e.g. "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ปี ๒๕๖๘ ได้ ๙๘.๑๒ คะแนน
    /// เพิ่มขึ้นจากปี ๒๕๖๗ (๙๖.๐๓ คะแนน) ๒.๐๙ คะแนน" or "Indicator 7 Communication
    /// effectiveness: 98.12 in 2568, up 2.09 points from 96.03 in 2567".
    pub fn sentence(&self, from_year: u16, to_year: u16, lang: Lang, digits: Digits) -> String {
        let n = |v: f64| format_score(v, digits);
        let y = |year: u16| with_digits(&year.to_string(), digits);
        let (to, from, by) = (n(self.to), n(self.from), n(self.change.abs()));
        match lang {
            Lang::Th => {
                let label = with_digits(&self.label_th, digits);
                let head = format!("{label} ปี {} ได้ {to} คะแนน", y(to_year));
                match self.direction {
                    Direction::Up => format!(
                        "{head} เพิ่มขึ้นจากปี {} ({from} คะแนน) {by} คะแนน",
                        y(from_year)
                    ),
                    Direction::Down => {
                        format!("{head} ลดลงจากปี {} ({from} คะแนน) {by} คะแนน", y(from_year))
                    }
                    Direction::Same => {
                        format!("{head} เท่าเดิมเมื่อเทียบกับปี {}", y(from_year))
                    }
                }
            }
            Lang::En => {
                let label = with_digits(&self.label_en, digits);
                let head = format!("{label}: {to} in {}", y(to_year));
                match self.direction {
                    Direction::Up => {
                        format!("{head}, up {by} points from {from} in {}", y(from_year))
                    }
                    Direction::Down => {
                        format!("{head}, down {by} points from {from} in {}", y(from_year))
                    }
                    Direction::Same => format!("{head}, unchanged from {}", y(from_year)),
                }
            }
        }
    }
}

/// The change of the rating level.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelChange {
    pub from: Level,
    pub to: Level,
    /// `None` when the two years rate on different scales (e.g. AA–F and ผ่าน…).
    pub direction: Option<Direction>,
}

impl LevelChange {
    /// "ระดับผลการประเมิน ปี ๒๕๖๘ อยู่ในระดับ ผ่านดี สูงขึ้นจากปี ๒๕๖๗ (ผ่าน)" and the like.
    pub fn sentence(&self, from_year: u16, to_year: u16, lang: Lang, digits: Digits) -> String {
        let y = |year: u16| with_digits(&year.to_string(), digits);
        let (from, to) = (&self.from.name, &self.to.name);
        match lang {
            Lang::Th => {
                let head = format!("ระดับผลการประเมิน ปี {} อยู่ในระดับ {to}", y(to_year));
                match self.direction {
                    Some(Direction::Up) => {
                        format!("{head} สูงขึ้นจากปี {} ({from})", y(from_year))
                    }
                    Some(Direction::Down) => {
                        format!("{head} ต่ำลงจากปี {} ({from})", y(from_year))
                    }
                    Some(Direction::Same) => {
                        format!("{head} เท่าเดิมเมื่อเทียบกับปี {}", y(from_year))
                    }
                    None => format!(
                        "{head} ส่วนปี {} อยู่ในระดับ {from} ซึ่งใช้เกณฑ์การจัดระดับคนละชุด จึงเทียบระดับกันโดยตรงไม่ได้ ({})",
                        y(from_year),
                        pass_change_th(self.from.passed, self.to.passed)
                    ),
                }
            }
            Lang::En => {
                let head = format!("Rating in {}: {to}", y(to_year));
                match self.direction {
                    Some(Direction::Up) => format!("{head}, up from {from} in {}", y(from_year)),
                    Some(Direction::Down) => {
                        format!("{head}, down from {from} in {}", y(from_year))
                    }
                    Some(Direction::Same) => {
                        format!("{head}, unchanged from {}", y(from_year))
                    }
                    None => format!(
                        "{head}; {from} in {}, on a different rating scale, so the levels cannot be compared directly ({})",
                        y(from_year),
                        pass_change_en(self.from.passed, self.to.passed)
                    ),
                }
            }
        }
    }
}

fn pass_change_th(from: bool, to: bool) -> &'static str {
    match (from, to) {
        (false, true) => "จากไม่ผ่านเกณฑ์เป็นผ่านเกณฑ์",
        (true, false) => "จากผ่านเกณฑ์เป็นไม่ผ่านเกณฑ์",
        (true, true) => "ผ่านเกณฑ์ทั้งสองปี",
        (false, false) => "ไม่ผ่านเกณฑ์ทั้งสองปี",
    }
}

fn pass_change_en(from: bool, to: bool) -> &'static str {
    match (from, to) {
        (false, true) => "from below the pass mark to passing",
        (true, false) => "from passing to below the pass mark",
        (true, true) => "passing in both years",
        (false, false) => "below the pass mark in both years",
    }
}

/// Which framework scored a year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrameworkRef {
    pub id: String,
    pub title_th: String,
    pub title_en: String,
}

impl FrameworkRef {
    fn of(fw: &Framework) -> FrameworkRef {
        FrameworkRef {
            id: fw.id().to_string(),
            title_th: fw.file.title_th.clone(),
            title_en: fw.file.title_en.clone(),
        }
    }
}

/// Everything that changed between two fiscal years of one agency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct YearChange {
    pub from_year: u16,
    pub to_year: u16,
    pub from_framework: FrameworkRef,
    pub to_framework: FrameworkRef,
    /// Both years were scored with the same framework generation, so question codes match.
    pub same_framework: bool,
    pub overall: Option<Change>,
    pub level: Option<LevelChange>,
    /// IIT, EIT, OIT (and tool parts known in both years), in framework order.
    pub tools: Vec<Change>,
    /// Indicators known in both years, matched by number, in order.
    pub indicators: Vec<Change>,
    /// Same framework only: sub-indicators, questions, items and sub-items known in both years.
    pub details: Vec<Change>,
}

impl YearChange {
    /// When the frameworks differ: the plain statement that only the overall, tools and
    /// indicators are compared and question codes do not correspond.
    pub fn framework_note(&self, lang: Lang, digits: Digits) -> Option<String> {
        if self.same_framework {
            return None;
        }
        let y = |year: u16| with_digits(&year.to_string(), digits);
        Some(match lang {
            Lang::Th => format!(
                "ปี {} และปี {} ใช้กรอบการประเมินคนละชุด ({} และ {}) จึงเทียบได้เฉพาะคะแนนภาพรวม รายเครื่องมือ และรายตัวชี้วัด (จับคู่ตามหมายเลขตัวชี้วัด) ส่วนรหัสข้อคำถาม (i, e, o) ของสองปีไม่ตรงกัน จึงไม่นำมาเทียบกัน",
                y(self.from_year),
                y(self.to_year),
                with_digits(&self.from_framework.title_th, digits),
                with_digits(&self.to_framework.title_th, digits)
            ),
            Lang::En => format!(
                "{} and {} were scored under different frameworks ({} and {}), so only the overall, the tools and the indicators (matched by number) are compared; question codes (i, e, o) do not correspond between the two and are not compared",
                y(self.from_year),
                y(self.to_year),
                self.from_framework.title_en,
                self.to_framework.title_en
            ),
        })
    }

    /// The report's sentences: the framework note if any, the overall, the rating, the tools
    /// and the indicators.
    pub fn sentences(&self, lang: Lang, digits: Digits) -> Vec<String> {
        let (f, t) = (self.from_year, self.to_year);
        let mut out: Vec<String> = self.framework_note(lang, digits).into_iter().collect();
        out.extend(self.overall.iter().map(|c| c.sentence(f, t, lang, digits)));
        out.extend(self.level.iter().map(|l| l.sentence(f, t, lang, digits)));
        for c in self.tools.iter().chain(&self.indicators) {
            out.push(c.sentence(f, t, lang, digits));
        }
        out
    }

    /// The change of one code, if compared.
    pub fn change(&self, code: &str) -> Option<&Change> {
        self.overall
            .iter()
            .chain(&self.tools)
            .chain(&self.indicators)
            .chain(&self.details)
            .find(|c| c.code == code)
    }
}

/// Compare two years of one agency, each with its framework and assessment (`from` earlier).
pub fn compare(from: (&Framework, &Assessment), to: (&Framework, &Assessment)) -> YearChange {
    let (ffw, fa) = from;
    let (tfw, ta) = to;
    let same_framework = ffw.id() == tfw.id();
    let pair = |code: &str| -> Option<Change> {
        Some(Change::new(code, tfw, fa.value(code)?, ta.value(code)?))
    };
    let tools: Vec<Change> = tfw
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Tool | NodeKind::ToolPart))
        .filter(|n| ffw.node(&n.code).is_some_and(|f| f.kind == n.kind))
        .filter_map(|n| pair(&n.code))
        .collect();
    let indicators: Vec<Change> = tfw
        .indicators()
        .iter()
        .filter(|i| ffw.indicator(i.number).is_some())
        .filter_map(|i| pair(&i.number.to_string()))
        .collect();
    let details: Vec<Change> = if same_framework {
        tfw.nodes
            .iter()
            .filter(|n| {
                matches!(
                    n.kind,
                    NodeKind::SubIndicator | NodeKind::Question | NodeKind::SubItem
                )
            })
            .filter_map(|n| pair(&n.code))
            .collect()
    } else {
        Vec::new()
    };
    let level = match (&fa.level, &ta.level) {
        (Some(f), Some(t)) => {
            // Ranks compare only on the same scale; a lower rank is a higher level.
            let direction =
                (ffw.level_names() == tfw.level_names()).then(|| match t.rank.cmp(&f.rank) {
                    std::cmp::Ordering::Less => Direction::Up,
                    std::cmp::Ordering::Greater => Direction::Down,
                    std::cmp::Ordering::Equal => Direction::Same,
                });
            Some(LevelChange {
                from: f.clone(),
                to: t.clone(),
                direction,
            })
        }
        _ => None,
    };
    YearChange {
        from_year: fa.year,
        to_year: ta.year,
        from_framework: FrameworkRef::of(ffw),
        to_framework: FrameworkRef::of(tfw),
        same_framework,
        overall: pair(OVERALL),
        level,
        tools,
        indicators,
        details,
    }
}

/// Every consecutive pair of the given years (in year order, whatever the input order).
pub fn year_over_year(years: &[(&Framework, &Assessment)]) -> Vec<YearChange> {
    let mut sorted: Vec<(&Framework, &Assessment)> = years.to_vec();
    sorted.sort_by_key(|(_, a)| a.year);
    sorted.windows(2).map(|w| compare(w[0], w[1])).collect()
}

/// Every year of an agency that has a built-in framework, scored with its own options.
pub fn assess_agency(agency: &Agency) -> BTreeMap<u16, (&'static Framework, Assessment)> {
    agency
        .years
        .iter()
        .filter_map(|(&year, rec)| {
            let fw = for_year(year).ok()?;
            Some((year, (fw, assess(fw, year, &rec.scores, &rec.options))))
        })
        .collect()
}

/// The year-over-year changes of an agency, consecutive years in the workbook.
pub fn agency_changes(agency: &Agency) -> Vec<YearChange> {
    let scored = assess_agency(agency);
    let pairs: Vec<(&Framework, &Assessment)> = scored.values().map(|(fw, a)| (*fw, a)).collect();
    year_over_year(&pairs)
}

/// The change from the year before `year` in the agency's workbook
/// ([`Agency::previous_scored`]: the latest with scores) to `year`, if both exist (with a
/// built-in framework).
pub fn change_from_previous(agency: &Agency, year: u16) -> Option<YearChange> {
    let fw = for_year(year).ok()?;
    let rec = agency.years.get(&year)?;
    change_to(agency, (fw, &assess(fw, year, &rec.scores, &rec.options)))
}

/// [`change_from_previous`] to a year already assessed (`current`): only the year before it
/// is assessed here (the app has the current year's assessment at hand at every edit).
pub fn change_to(agency: &Agency, current: (&Framework, &Assessment)) -> Option<YearChange> {
    let (py, rec) = agency.previous_scored(current.1.year)?;
    let prev_fw = for_year(py).ok()?;
    let prev = assess(prev_fw, py, &rec.scores, &rec.options);
    Some(compare((prev_fw, &prev), current))
}
