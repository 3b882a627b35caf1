//! The scoring engine: from whatever level of scores the user has, compute every level above
//! it at full precision, decide the rating, and report inconsistencies and gaps.
//!
//! A value the user gave is the published figure: it wins over the one computed from below,
//! and when the two differ by more than rounding can explain, a warning says so.

pub use crate::workbook::scores::{AssessOptions, PartsRule};
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::foundation::error::{ItaError, Lang};
use crate::foundation::number::{format_score, round2, Digits};
use crate::framework::{Framework, NodeKind, OVERALL};
use crate::workbook::scores::{answer_score, normalize_code, Scores};

/// Largest difference between a published figure and the one computed from published
/// (two-decimal) figures below it that rounding alone explains: each side may be off by 0.005.
pub const ROUNDING_TOLERANCE: f64 = 0.01 + 1e-9;

/// A rating level reached.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Level {
    pub name: String,
    pub passed: bool,
    /// Position in the framework's level list (0 = highest).
    pub rank: usize,
}

/// The value of one code, and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// The value used (the given one when there is one).
    pub value: f64,
    /// What the user gave, if anything.
    pub given: Option<f64>,
    /// What the levels below give, if they are complete.
    pub computed: Option<f64>,
}

/// Something the user should know about a result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// A published figure disagrees with the figures below it beyond rounding.
    Inconsistent {
        code: String,
        given: f64,
        computed: f64,
    },
    /// Some but not all of the parts of a code are known, so it cannot be computed.
    Incomplete {
        code: String,
        known: usize,
        total: usize,
    },
    /// The two EIT parts differ and the rule to combine them is unknown.
    PartsDiffer {
        tool: String,
        part1: f64,
        part2: f64,
    },
    /// A rating level with per-tool gates could not be checked because tool scores are missing.
    GateUnchecked { level: String, tool_min: f64 },
    /// The level the agency's report publishes is not the level its overall score gives.
    LevelDiffers { published: String, computed: String },
    /// A code in the scores that the framework does not know (ignored).
    UnknownCode { code: String },
    /// Raw answer counts that could not be used (ignored).
    BadAnswers {
        message_th: String,
        message_en: String,
    },
}

impl Warning {
    pub fn message(&self, fw: &Framework, lang: Lang, digits: Digits) -> String {
        let n = |v: f64| format_score(v, digits);
        let name = |c: &str| fw.display_name(c, lang);
        match (self, lang) {
            (Warning::Inconsistent { code, given, computed }, Lang::Th) => format!(
                "{}: คะแนนที่กรอก {} ไม่ตรงกับคะแนนที่คำนวณจากระดับย่อย {} (ต่างกัน {}) — ใช้คะแนนที่กรอก โปรดตรวจสอบ",
                name(code), n(*given), n(*computed), n((given - computed).abs())
            ),
            (Warning::Inconsistent { code, given, computed }, Lang::En) => format!(
                "{}: the entered {} does not match {} computed from the level below (difference {}); the entered figure is used — please check",
                name(code), n(*given), n(*computed), n((given - computed).abs())
            ),
            (Warning::Incomplete { code, known, total }, Lang::Th) => format!(
                "{}: มีคะแนนองค์ประกอบ {} จาก {} รายการ จึงยังคำนวณไม่ได้",
                name(code), known, total
            ),
            (Warning::Incomplete { code, known, total }, Lang::En) => format!(
                "{}: {} of {} parts are known, so it cannot be computed yet",
                name(code), known, total
            ),
            (Warning::PartsDiffer { tool, part1, part2 }, Lang::Th) => format!(
                "{tool} ส่วนที่ ๑ ({}) และส่วนที่ ๒ ({}) ไม่เท่ากัน และยังไม่ทราบวิธีรวมที่เป็นทางการ — กรุณากรอกคะแนน {tool} ที่ประกาศ หรือเลือกวิธีรวม",
                n(*part1), n(*part2)
            ),
            (Warning::PartsDiffer { tool, part1, part2 }, Lang::En) => format!(
                "{tool} part 1 ({}) and part 2 ({}) differ and the official way to combine them is unknown — enter the published {tool} score or choose a rule",
                n(*part1), n(*part2)
            ),
            (Warning::GateUnchecked { level, tool_min }, Lang::Th) => format!(
                "ระดับ \"{level}\" ต้องมีคะแนนทุกเครื่องมือ (IIT, EIT, OIT) ไม่ต่ำกว่า {} แต่ยังไม่มีคะแนนรายเครื่องมือครบ จึงแสดงระดับที่ยืนยันได้",
                n(*tool_min)
            ),
            (Warning::GateUnchecked { level, tool_min }, Lang::En) => format!(
                "level \"{level}\" needs every tool (IIT, EIT, OIT) at {} or more, but not all tool scores are known; the level shown is the one that can be confirmed",
                n(*tool_min)
            ),
            (Warning::LevelDiffers { published, computed }, Lang::Th) => format!(
                "ระดับผลการประเมินที่รายงานของหน่วยงานพิมพ์ไว้คือ \"{published}\" แต่คะแนนให้ระดับ \"{computed}\" — โปรดตรวจสอบ"
            ),
            (Warning::LevelDiffers { published, computed }, Lang::En) => format!(
                "the agency's report publishes the level \"{published}\" but the score gives \"{computed}\" — please check"
            ),
            (Warning::UnknownCode { code }, Lang::Th) => format!("ไม่รู้จักรหัส \"{code}\" — ไม่ได้นำมาคำนวณ"),
            (Warning::UnknownCode { code }, Lang::En) => format!("unknown code \"{code}\" — ignored"),
            (Warning::BadAnswers { message_th, .. }, Lang::Th) => message_th.clone(),
            (Warning::BadAnswers { message_en, .. }, Lang::En) => message_en.clone(),
        }
    }
}

/// The result of scoring one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub year: u16,
    pub framework_id: String,
    pub options: AssessOptions,
    /// Every code that has a value, by code.
    pub figures: BTreeMap<String, Figure>,
    pub overall: Option<f64>,
    pub level: Option<Level>,
    pub warnings: Vec<Warning>,
}

impl Assessment {
    /// The value of a code, if known.
    pub fn value(&self, code: &str) -> Option<f64> {
        self.figures.get(code).map(|f| f.value)
    }

    /// The three tool scores, when all are known.
    pub fn tool_values(&self, fw: &Framework) -> Option<Vec<f64>> {
        fw.tools().iter().map(|t| self.value(&t.code)).collect()
    }

    /// Whether the overall reaches the pass mark (85).
    pub fn passed(&self) -> Option<bool> {
        self.level.as_ref().map(|l| l.passed)
    }
}

/// Score one year.
pub fn assess(fw: &Framework, year: u16, scores: &Scores, options: &AssessOptions) -> Assessment {
    let n = fw.nodes.len();
    let mut warnings = Vec::new();
    let mut given: Vec<Option<f64>> = vec![None; n];
    for (raw, &v) in &scores.values {
        let code = normalize_code(raw);
        match fw.node_index(&code) {
            Some(i) if v.is_finite() => given[i] = Some(v.clamp(0.0, 100.0)),
            _ => warnings.push(Warning::UnknownCode { code: raw.clone() }),
        }
    }
    let mut from_answers: Vec<Option<f64>> = vec![None; n];
    for (code, counts) in &scores.answers {
        match answer_score(fw, code, counts) {
            Ok(v) => {
                if let Some(i) = fw.node_index(code) {
                    from_answers[i] = Some(v);
                }
            }
            Err(e) => warnings.push(Warning::BadAnswers {
                message_th: e.message(Lang::Th),
                message_en: e.message(Lang::En),
            }),
        }
    }

    let mut computed: Vec<Option<f64>> = from_answers;
    let mut value: Vec<Option<f64>> = vec![None; n];
    // Children always have larger indices than their parent, so a reverse sweep sees every
    // child before its parent.
    for i in (0..n).rev() {
        let node = &fw.nodes[i];
        if !node.children.is_empty() {
            let known: Vec<(usize, f64)> = node
                .children
                .iter()
                .filter_map(|&c| value[c].map(|v| (c, v)))
                .collect();
            if node.kind == NodeKind::Tool
                && node
                    .children
                    .iter()
                    .any(|&c| fw.nodes[c].kind == NodeKind::ToolPart)
            {
                computed[i] = combine_parts(
                    fw,
                    i,
                    &value,
                    options.parts_rule,
                    given[i].is_none(),
                    &mut warnings,
                );
            } else if known.len() == node.children.len() {
                computed[i] = Some(known.iter().map(|&(c, v)| fw.nodes[c].weight * v).sum());
            } else if !known.is_empty() && given[i].is_none() && node.kind != NodeKind::ToolPart {
                warnings.push(Warning::Incomplete {
                    code: node.code.clone(),
                    known: known.len(),
                    total: node.children.len(),
                });
            }
        }
        value[i] = given[i].or(computed[i]);
        if let (Some(g), Some(c)) = (given[i], computed[i]) {
            if (g - c).abs() > ROUNDING_TOLERANCE {
                warnings.push(Warning::Inconsistent {
                    code: node.code.clone(),
                    given: g,
                    computed: c,
                });
            }
        }
    }

    // A gap below a published figure changes nothing: only report the ones that leave a hole.
    let covered = |code: &str| {
        let mut cur = fw.node_index(code).and_then(|i| fw.nodes[i].parent);
        while let Some(p) = cur {
            if given[p].is_some() {
                return true;
            }
            cur = fw.nodes[p].parent;
        }
        false
    };
    warnings.retain(|w| !matches!(w, Warning::Incomplete { code, .. } if covered(code)));
    // Inserted one by one: collecting into the map would sort first (and link a stable sort
    // into the calculator's wasm, docs/SIZE.md); the nodes' codes are unique.
    let mut figures = BTreeMap::new();
    for (i, v) in value.iter().enumerate().take(n) {
        if let Some(v) = *v {
            let figure = Figure {
                value: v,
                given: given[i],
                computed: computed[i],
            };
            figures.insert(fw.nodes[i].code.clone(), figure);
        }
    }
    let overall = value[0];
    let tools: Vec<Option<f64>> = fw
        .tools()
        .iter()
        .map(|t| fw.node_index(&t.code).and_then(|i| value[i]))
        .collect();
    let level = overall.map(|o| rate(fw, o, &tools, &mut warnings));
    if let (Some(published), Some(l)) = (&scores.level, &level) {
        if !same_level(published, &l.name) {
            warnings.push(Warning::LevelDiffers {
                published: published.clone(),
                computed: l.name.clone(),
            });
        }
    }
    // Report the most important first: inconsistencies from the top of the tree down.
    crate::foundation::order::sort_by_key(&mut warnings, |w| match w {
        Warning::PartsDiffer { .. } => 0,
        Warning::Inconsistent { code, .. } => {
            1 + fw.node(code).map(|n| n.kind as usize).unwrap_or(9)
        }
        Warning::GateUnchecked { .. } | Warning::LevelDiffers { .. } => 10,
        Warning::Incomplete { code, .. } => {
            11 + fw.node(code).map(|n| n.kind as usize).unwrap_or(9)
        }
        _ => 30,
    });
    Assessment {
        year,
        framework_id: fw.id().to_string(),
        options: *options,
        figures,
        overall,
        level,
        warnings,
    }
}

/// Whether two level names are the same, ignoring spaces and letter case (`a` = `A`).
fn same_level(a: &str, b: &str) -> bool {
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            // ASCII case only: level names are Latin letters or Thai (which has no case), and
            // Unicode's case tables would add 12 KB to the calculator's wasm (docs/SIZE.md).
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    key(a) == key(b)
}

/// The computed value of a tool measured in parts.
fn combine_parts(
    fw: &Framework,
    tool: usize,
    value: &[Option<f64>],
    rule: PartsRule,
    report: bool,
    warnings: &mut Vec<Warning>,
) -> Option<f64> {
    let parts = &fw.nodes[tool].children;
    let p1 = parts.first().and_then(|&c| value[c]);
    let p2 = parts.get(1).and_then(|&c| value[c]);
    match (rule, p1, p2) {
        (PartsRule::Part1, p1, _) => p1,
        (PartsRule::MeanOfParts, Some(a), Some(b)) => Some((a + b) / 2.0),
        (PartsRule::MeanOfParts, _, _) => None,
        (PartsRule::Auto, Some(a), None) => Some(a),
        (PartsRule::Auto, Some(a), Some(b)) if round2(a) == round2(b) => Some(a),
        (PartsRule::Auto, Some(a), Some(b)) => {
            if report {
                warnings.push(Warning::PartsDiffer {
                    tool: fw.nodes[tool].code.clone(),
                    part1: a,
                    part2: b,
                });
            }
            None
        }
        (PartsRule::Auto, None, _) => None,
    }
}

/// The weight with which a tool's part enters the tool under `rule` (for what-if deltas).
pub(crate) fn part_weight(fw: &Framework, part: usize, rule: PartsRule) -> f64 {
    let Some(tool) = fw.nodes[part].parent else {
        return 0.0;
    };
    let first = fw.nodes[tool].children.first() == Some(&part);
    match rule {
        PartsRule::Auto | PartsRule::Part1 => {
            if first {
                1.0
            } else {
                0.0
            }
        }
        PartsRule::MeanOfParts => 1.0 / fw.nodes[tool].children.len() as f64,
    }
}

/// The rating level. Scores are compared as published, i.e. rounded to two decimals.
fn rate(fw: &Framework, overall: f64, tools: &[Option<f64>], warnings: &mut Vec<Warning>) -> Level {
    let rank = rate_rank(fw, overall, tools, warnings);
    let l = &fw.file.rating.levels[rank];
    Level {
        name: l.name.clone(),
        passed: l.passed,
        rank,
    }
}

/// [`rate`]'s level as its index in the framework's list (no name copied: a cohort rates
/// tens of thousands of rows).
fn rate_rank(
    fw: &Framework,
    overall: f64,
    tools: &[Option<f64>],
    warnings: &mut Vec<Warning>,
) -> usize {
    let levels = &fw.file.rating.levels;
    let o = round2(overall);
    for (rank, l) in levels.iter().enumerate() {
        if o < l.min {
            continue;
        }
        if l.tool_min > 0.0 {
            if tools.iter().any(|t| t.is_none()) {
                if tools.iter().flatten().all(|&t| round2(t) >= l.tool_min) {
                    warnings.push(Warning::GateUnchecked {
                        level: l.name.clone(),
                        tool_min: l.tool_min,
                    });
                }
                continue;
            }
            if tools.iter().flatten().any(|&t| round2(t) < l.tool_min) {
                continue;
            }
        }
        return rank;
    }
    levels.len() - 1
}

/// The rating for an overall score and tool scores (for what-if and the planner).
pub fn rate_scores(fw: &Framework, overall: f64, tools: &[Option<f64>]) -> Level {
    rate(fw, overall, tools, &mut Vec::new())
}

/// [`rate_scores`]'s level as its index in the framework's list of levels.
pub fn rate_scores_rank(fw: &Framework, overall: f64, tools: &[Option<f64>]) -> usize {
    rate_rank(fw, overall, tools, &mut Vec::new())
}

/// Convenience: look a year's framework up and score it.
pub fn assess_year(
    year: u16,
    scores: &Scores,
    options: &AssessOptions,
) -> Result<Assessment, ItaError> {
    let fw = crate::framework::for_year(year)?;
    Ok(assess(fw, year, scores, options))
}

/// The code of the overall score, re-exported for callers that build figures by hand.
pub const OVERALL_CODE: &str = OVERALL;
