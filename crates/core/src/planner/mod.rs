//! The shortest path to a target: the fewest codes to raise to 100 (or the least effort) for
//! the overall to reach a score, the pass mark, the next rating level or a named level with
//! its per-tool gates.
//!
//! A change raises one code of [`crate::scoring::whatif::leaves`] (a question or OIT item at the finest level
//! known) to 100, moving the overall and its tool as [`crate::scoring::whatif::apply_changes`] does.
//! OIT items come first, because publishing a document is within the agency's control while
//! IIT/EIT scores are other people's perceptions: the plan minimises the IIT/EIT changes first
//! and the total second, so when OIT items alone can reach the target the plan is OIT-only.
//! With effort weights the same holds with "effort" in place of "number of changes".
//!
//! The search is exact: a branch and bound over how many of each class of equivalent changes
//! to take (see `search`), run twice when OIT comes first — once for the least IIT/EIT effort
//! (with every OIT item raised), once for the least total within that IIT/EIT effort. Its
//! optimality is tested against exhaustive search. Should its node budget ever run out, the
//! plan is the best found and [`Plan::proven_optimal`] is false.

mod describe;
mod search;
mod target;

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::foundation::error::Lang;
use crate::foundation::number::{format_score, round2, with_digits, Digits};
use crate::framework::Framework;
use crate::scoring::assess::{Assessment, Level};
use crate::scoring::whatif::{apply_changes, influence, leaves};
use crate::workbook::scores::normalize_code;

use search::{Cap, Floor, Item, Problem};
pub use target::{Goal, Target};

/// The tool whose items an agency controls directly (it publishes them).
const OIT: &str = "OIT";

/// The largest effort accepted (far beyond any sensible scale; keeps sums finite).
pub const MAX_EFFORT: f64 = 1e6;

/// A search this large is far beyond any real framework (≤ 120 leaves finish in well under
/// this); it only guards against pathological input.
pub const DEFAULT_NODE_BUDGET: u64 = 1_000_000;

/// How to plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanOptions {
    /// Effort of raising a code, by code (> 0, at most [`MAX_EFFORT`]). An effort given for a higher code (an
    /// indicator, a sub-indicator, a tool) applies to every code below it; the default is 1,
    /// which makes the plan the one with the fewest changes.
    pub efforts: BTreeMap<String, f64>,
    /// Minimise IIT/EIT changes (or their effort) before the total (default). When false, the
    /// plan minimises the total alone.
    pub oit_first: bool,
    /// Search nodes per alternative before giving up on proving optimality.
    pub node_budget: u64,
}

impl Default for PlanOptions {
    fn default() -> Self {
        PlanOptions {
            efforts: BTreeMap::new(),
            oit_first: true,
            node_budget: DEFAULT_NODE_BUDGET,
        }
    }
}

/// Something that prevents planning.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PlanError {
    /// The target is not a score in 0–100, `pass`, `next` or a level name.
    BadTarget { input: String },
    /// A level name the year's framework does not have.
    UnknownLevel { name: String, levels: Vec<String> },
    /// The year has no overall score, so there is nothing to plan from.
    OverallUnknown { year: u16 },
    /// A gated level needs every tool score, and some are missing.
    ToolsUnknown { level: String, missing: Vec<String> },
    /// An effort for a code the framework does not know.
    UnknownEffortCode { code: String },
    /// An effort that is not a number in (0, [`MAX_EFFORT`]].
    BadEffort { code: String, value: f64 },
}

impl PlanError {
    /// The message shown to the user.
    pub fn message(&self, lang: Lang) -> String {
        use PlanError::*;
        match (self, lang) {
            (BadTarget { input }, Lang::Th) => format!(
                "เป้าหมาย \"{input}\" ใช้ไม่ได้ (ใส่คะแนน 0–100 เช่น 85, หรือ pass, next หรือชื่อระดับ)"
            ),
            (BadTarget { input }, Lang::En) => format!(
                "target \"{input}\" is not usable (give a score 0–100 such as 85, or pass, next or a level name)"
            ),
            (UnknownLevel { name, levels }, Lang::Th) => format!(
                "ไม่มีระดับ \"{name}\" ในกรอบการประเมินปีนี้ (มี {})",
                levels.join(", ")
            ),
            (UnknownLevel { name, levels }, Lang::En) => format!(
                "no level \"{name}\" in this year's framework (levels: {})",
                levels.join(", ")
            ),
            (OverallUnknown { year }, Lang::Th) => {
                format!("ปี {year} ยังคำนวณคะแนนภาพรวมไม่ได้ จึงวางแผนไม่ได้")
            }
            (OverallUnknown { year }, Lang::En) => {
                format!("the {year} overall score cannot be computed, so there is nothing to plan from")
            }
            (ToolsUnknown { level, missing }, Lang::Th) => format!(
                "ระดับ \"{level}\" ต้องทราบคะแนนทุกเครื่องมือ แต่ยังไม่มีคะแนน {}",
                missing.join(", ")
            ),
            (ToolsUnknown { level, missing }, Lang::En) => format!(
                "level \"{level}\" needs every tool score, and {} is missing",
                missing.join(", ")
            ),
            (UnknownEffortCode { code }, Lang::Th) => {
                format!("ไฟล์ความยากง่าย: ไม่รู้จักรหัส \"{code}\"")
            }
            (UnknownEffortCode { code }, Lang::En) => {
                format!("efforts: unknown code \"{code}\"")
            }
            (BadEffort { code, value }, Lang::Th) => {
                format!("ไฟล์ความยากง่าย: ค่าของ {code} ({value}) ต้องเป็นจำนวนบวกไม่เกิน 1000000")
            }
            (BadEffort { code, value }, Lang::En) => {
                format!("efforts: {code} has {value}, which is not a positive number up to 1000000")
            }
        }
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for PlanError {}

/// Whether the target can be reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanStatus {
    /// Nothing to change.
    AlreadyReached,
    /// The steps reach it.
    Reachable,
    /// Not even with every known code at 100.
    Unreachable,
}

/// One change of the plan: raise `code` from `value` to 100.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub code: String,
    /// IIT/EIT/OIT (`None` for the overall itself, when nothing finer is known).
    pub tool: Option<String>,
    pub value: f64,
    /// Points of overall gained.
    pub gain: f64,
    /// Points of its tool gained.
    pub tool_gain: f64,
    pub effort: f64,
}

impl Step {
    /// Whether this is an OIT item (a document to publish), as opposed to a survey question.
    pub fn is_oit(&self) -> bool {
        self.tool.as_deref() == Some(OIT)
    }
}

/// Scores at one point of the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub overall: Option<f64>,
    pub level: Option<Level>,
    /// Tool scores by code (those known).
    pub tools: BTreeMap<String, f64>,
}

impl Outcome {
    fn of(fw: &Framework, a: &Assessment) -> Outcome {
        Outcome {
            overall: a.overall,
            level: a.level.clone(),
            tools: fw
                .tools()
                .iter()
                .filter_map(|t| a.value(&t.code).map(|v| (t.code.clone(), v)))
                .collect(),
        }
    }
}

/// What is still missing once every OIT item is at 100: the IIT/EIT work left.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shortfall {
    /// Points of overall still needed (as published, two decimals).
    pub overall: f64,
    /// For a gated level: points still needed per tool that is below its floor.
    pub tools: BTreeMap<String, f64>,
}

/// The shortest path to a target.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub year: u16,
    pub target: Target,
    /// The floors the target stands for.
    pub goal: Goal,
    pub status: PlanStatus,
    /// The codes to raise to 100: OIT items first, then by gain, largest first.
    pub steps: Vec<Step>,
    /// Whether OIT items alone can reach the target (true when already reached).
    pub oit_alone_enough: bool,
    /// When OIT items alone are not enough: what is still missing after raising all of them.
    pub after_all_oit: Option<Shortfall>,
    /// IIT/EIT (non-OIT) changes in the plan.
    pub survey_changes: usize,
    /// The sum of the steps' efforts (the number of steps without effort weights).
    pub total_effort: f64,
    pub before: Outcome,
    /// With the plan applied; when unreachable, with every known code at 100.
    pub after: Outcome,
    /// False only if the search budget ran out: the plan is then the best found.
    pub proven_optimal: bool,
    /// Search nodes visited (for diagnostics).
    pub nodes: u64,
}

/// A code that can be raised, with what it is worth.
struct Candidate {
    code: String,
    tool: Option<String>,
    tool_index: Option<usize>,
    value: f64,
    gain: f64,
    tool_gain: f64,
    effort: f64,
    oit: bool,
}

/// A search's result with its efforts.
struct Searched {
    chosen: Vec<usize>,
    survey_effort: f64,
    total_effort: f64,
    proven: bool,
    nodes: u64,
}

impl Searched {
    fn new(s: search::Solution, candidates: &[Candidate], more_nodes: u64) -> Searched {
        let effort = |survey: bool| -> f64 {
            s.chosen
                .iter()
                .map(|&j| &candidates[j])
                .filter(|c| !survey || !c.oit)
                .map(|c| c.effort)
                .sum()
        };
        Searched {
            survey_effort: effort(true),
            total_effort: effort(false),
            proven: s.proven,
            nodes: s.nodes + more_nodes,
            chosen: s.chosen,
        }
    }
}

/// Plan the shortest path from assessment `a` to `target`.
pub fn plan(
    fw: &Framework,
    a: &Assessment,
    target: &Target,
    options: &PlanOptions,
) -> Result<Plan, PlanError> {
    let overall = a
        .overall
        .ok_or(PlanError::OverallUnknown { year: a.year })?;
    let (goal, alternatives) = target::resolve(fw, a, target)?;
    let efforts = check_efforts(fw, &options.efforts)?;
    let candidates = candidates(fw, a, &efforts);
    let tool_values: Vec<f64> = fw
        .tools()
        .iter()
        .map(|t| a.value(&t.code).unwrap_or(0.0))
        .collect();

    let items: Vec<Item> = candidates
        .iter()
        .map(|c| Item {
            cost: c.effort,
            overall: c.gain,
            tool: c.tool_index,
            tool_gain: c.tool_gain,
            capped: !c.oit,
        })
        .collect();
    // Floors for a goal, with `shift` already gained (overall, per tool).
    let problem_for = |g: &Goal, items: Vec<Item>, shift: (f64, &[f64])| Problem {
        items,
        overall: Floor::new(overall + shift.0, g.overall_min),
        gates: match g.tool_min {
            Some(min) => tool_values
                .iter()
                .enumerate()
                .map(|(t, &v)| (t, Floor::new(v + shift.1[t], min)))
                .collect(),
            None => Vec::new(),
        },
        cap: None,
    };
    let no_shift = vec![0.0; tool_values.len()];

    // OIT first, as two exact searches: the least IIT/EIT effort with every OIT item raised
    // (they cost nothing there), then the least total effort among the plans with no more
    // IIT/EIT effort than that.
    let (survey, oit): (Vec<usize>, Vec<usize>) =
        (0..candidates.len()).partition(|&j| !candidates[j].oit);
    let mut oit_shift = vec![0.0; tool_values.len()];
    let mut oit_overall = 0.0;
    for &j in &oit {
        oit_overall += items[j].overall;
        if let Some(t) = items[j].tool {
            oit_shift[t] += items[j].tool_gain;
        }
    }
    let budget = options.node_budget;
    let solve_goal = |g: &Goal| -> Option<Searched> {
        let full = problem_for(g, items.clone(), (0.0, &no_shift));
        if !options.oit_first {
            let s = search::solve(&full, budget, &[])?;
            return Some(Searched::new(s, &candidates, 0));
        }
        let survey_items: Vec<Item> = survey.iter().map(|&j| items[j].clone()).collect();
        let phase1 = problem_for(g, survey_items, (oit_overall, &oit_shift));
        let least = search::solve(&phase1, budget, &[])?;
        let tolerance = 1e-9 * least.cost.max(1.0);
        let cap = Cap {
            limit: least.cost + tolerance,
            // Only a proven minimum may bound the second search.
            at_least: if least.proven {
                least.cost - tolerance
            } else {
                0.0
            },
        };
        let hint: Vec<usize> = least
            .chosen
            .iter()
            .map(|&i| survey[i])
            .chain(oit.iter().copied())
            .collect();
        let s = search::solve(
            &Problem {
                cap: Some(cap),
                ..full
            },
            budget,
            &hint,
        )?;
        let mut searched = Searched::new(s, &candidates, least.nodes);
        searched.proven &= least.proven;
        Some(searched)
    };

    // The best plan over the alternatives (a level, or any level above it).
    let mut best: Option<Searched> = None;
    let mut proven = true;
    let mut nodes = 0;
    for g in &alternatives {
        if let Some(s) = solve_goal(g) {
            proven &= s.proven;
            nodes += s.nodes;
            let key = |s: &Searched| {
                if options.oit_first {
                    (s.survey_effort, s.total_effort)
                } else {
                    (0.0, s.total_effort)
                }
            };
            let better = best.as_ref().is_none_or(|b| {
                let (x, y) = (key(&s), key(b));
                let tol = 1e-9 * y.1.max(1.0);
                x.0 < y.0 - tol || (x.0 - y.0).abs() <= tol && x.1 < y.1 - tol
            });
            if better {
                best = Some(s);
            }
        }
    }

    let oit_items: Vec<Item> = oit.iter().map(|&j| items[j].clone()).collect();
    let oit_alone_enough = alternatives.iter().any(|g| {
        let p = problem_for(g, oit_items.clone(), (0.0, &no_shift));
        let overall_gain: f64 = p.items.iter().map(|i| i.overall).sum();
        p.overall.met(overall_gain)
            && p.gates.iter().all(|(t, f)| {
                f.met(
                    p.items
                        .iter()
                        .filter(|i| i.tool == Some(*t))
                        .map(|i| i.tool_gain)
                        .sum(),
                )
            })
    });
    let after_all_oit = (!oit_alone_enough).then(|| {
        let oit_codes: Vec<&str> = candidates
            .iter()
            .filter(|c| c.oit)
            .map(|c| c.code.as_str())
            .collect();
        shortfall(fw, &goal, &raised(fw, a, &oit_codes))
    });

    let before = Outcome::of(fw, a);
    let Some(solution) = best else {
        let all: Vec<&str> = candidates.iter().map(|c| c.code.as_str()).collect();
        return Ok(Plan {
            year: a.year,
            target: target.clone(),
            goal,
            status: PlanStatus::Unreachable,
            steps: Vec::new(),
            oit_alone_enough,
            after_all_oit,
            survey_changes: 0,
            total_effort: 0.0,
            before,
            after: Outcome::of(fw, &raised(fw, a, &all)),
            proven_optimal: true,
            nodes,
        });
    };
    let mut steps: Vec<Step> = solution
        .chosen
        .iter()
        .map(|&j| {
            let c = &candidates[j];
            Step {
                code: c.code.clone(),
                tool: c.tool.clone(),
                value: c.value,
                gain: c.gain,
                tool_gain: c.tool_gain,
                effort: c.effort,
            }
        })
        .collect();
    steps.sort_by(|x, y| {
        y.is_oit()
            .cmp(&x.is_oit())
            .then(y.gain.total_cmp(&x.gain))
            .then_with(|| order(fw, &x.code).cmp(&order(fw, &y.code)))
    });
    let codes: Vec<&str> = steps.iter().map(|s| s.code.as_str()).collect();
    Ok(Plan {
        year: a.year,
        target: target.clone(),
        goal,
        status: if steps.is_empty() {
            PlanStatus::AlreadyReached
        } else {
            PlanStatus::Reachable
        },
        survey_changes: steps.iter().filter(|s| !s.is_oit()).count(),
        total_effort: steps.iter().map(|s| s.effort).sum(),
        after: Outcome::of(fw, &raised(fw, a, &codes)),
        steps,
        oit_alone_enough,
        after_all_oit,
        before,
        proven_optimal: proven,
        nodes,
    })
}

fn order(fw: &Framework, code: &str) -> usize {
    fw.node_index(code).unwrap_or(usize::MAX)
}

/// Efforts by node index, checked.
fn check_efforts(
    fw: &Framework,
    efforts: &BTreeMap<String, f64>,
) -> Result<BTreeMap<usize, f64>, PlanError> {
    efforts
        .iter()
        .map(|(raw, &e)| {
            let i = fw
                .node_index(&normalize_code(raw))
                .ok_or_else(|| PlanError::UnknownEffortCode { code: raw.clone() })?;
            if !(e > 0.0 && e <= MAX_EFFORT) {
                return Err(PlanError::BadEffort {
                    code: raw.clone(),
                    value: e,
                });
            }
            Ok((i, e))
        })
        .collect()
}

/// Every code that can be raised and would gain something, with its effort.
fn candidates(fw: &Framework, a: &Assessment, efforts: &BTreeMap<usize, f64>) -> Vec<Candidate> {
    leaves(fw, a)
        .into_iter()
        .filter_map(|i| {
            let node = &fw.nodes[i];
            let value = a.value(&node.code)?;
            let inf = influence(fw, a, &node.code)?;
            let gain = (100.0 - value).max(0.0) * inf.overall;
            let tool_gain = (100.0 - value).max(0.0) * inf.tool;
            if gain <= 0.0 && tool_gain <= 0.0 {
                return None;
            }
            // The effort given for the code itself or its nearest ancestor.
            let mut effort = 1.0;
            let mut cur = Some(i);
            while let Some(c) = cur {
                if let Some(&e) = efforts.get(&c) {
                    effort = e;
                    break;
                }
                cur = fw.nodes[c].parent;
            }
            let tool = node.tool.map(|t| fw.nodes[t].code.clone());
            Some(Candidate {
                code: node.code.clone(),
                oit: tool.as_deref() == Some(OIT),
                tool,
                tool_index: inf.tool_index,
                value,
                gain,
                tool_gain,
                effort,
            })
        })
        .collect()
}

/// The assessment with `codes` raised to 100.
fn raised(fw: &Framework, a: &Assessment, codes: &[&str]) -> Assessment {
    let changes: BTreeMap<String, f64> = codes.iter().map(|c| (c.to_string(), 100.0)).collect();
    // The codes come from the framework and 100 is in range, so this cannot fail; keeping the
    // assessment unchanged is the safe answer if it ever did.
    apply_changes(fw, a, &changes).unwrap_or_else(|_| a.clone())
}

/// How far an assessment is from a goal, in published (two-decimal) points.
fn shortfall(fw: &Framework, goal: &Goal, a: &Assessment) -> Shortfall {
    let missing = |value: Option<f64>, min: f64| {
        let v = round2(value.unwrap_or(0.0));
        round2((min - v).max(0.0))
    };
    Shortfall {
        overall: missing(a.overall, goal.overall_min),
        tools: match goal.tool_min {
            Some(min) => fw
                .tools()
                .iter()
                .map(|t| (t.code.clone(), missing(a.value(&t.code), min)))
                .filter(|(_, m)| *m > 0.0)
                .collect(),
            None => BTreeMap::new(),
        },
    }
}
