//! What-if: how the overall, the tools and the rating move when some scores change.
//!
//! Every aggregation is linear, so a change at any code moves each ancestor by the change
//! times the product of the weights on the way up. Applying changes this way keeps every
//! published figure that is not affected exactly as published.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::foundation::error::ItaError;
use crate::foundation::number::check_range;
use crate::framework::{Framework, NodeKind};
use crate::scoring::assess::{part_weight, rate_scores, Assessment, Figure, Level};
use crate::workbook::scores::normalize_code;

/// How much one point at a code moves its tool and the overall.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Influence {
    /// Points of overall per point at the code.
    pub overall: f64,
    /// Points of its tool per point at the code.
    pub tool: f64,
    /// Index of the tool in `fw.tools()`.
    pub tool_index: Option<usize>,
}

/// The influence of a node on every ancestor, as (ancestor index, factor), nearest first.
pub(crate) fn ancestors(fw: &Framework, a: &Assessment, node: usize) -> Vec<(usize, f64)> {
    let mut out = Vec::new();
    let mut factor = 1.0;
    let mut cur = node;
    while let Some(p) = fw.nodes[cur].parent {
        let w = if fw.nodes[cur].kind == NodeKind::ToolPart {
            part_weight(fw, cur, a.options.parts_rule)
        } else {
            fw.nodes[cur].weight
        };
        factor *= w;
        out.push((p, factor));
        cur = p;
    }
    out
}

/// How much one point at `code` moves its tool and the overall.
pub fn influence(fw: &Framework, a: &Assessment, code: &str) -> Option<Influence> {
    let i = fw.node_index(&normalize_code(code))?;
    let chain = ancestors(fw, a, i);
    let overall = chain.last().map(|&(_, f)| f).unwrap_or(1.0);
    let tool_idx = fw.nodes[i].tool;
    let tool = match tool_idx {
        Some(t) if t == i => 1.0,
        Some(t) => chain
            .iter()
            .find(|&&(p, _)| p == t)
            .map(|&(_, f)| f)
            .unwrap_or(0.0),
        None => 0.0,
    };
    let tool_index =
        tool_idx.and_then(|t| fw.tools().iter().position(|x| x.code == fw.nodes[t].code));
    Some(Influence {
        overall,
        tool,
        tool_index,
    })
}

/// The gain in the overall score if `code` were raised to 100 (0 when unknown or at 100).
pub fn gain_to_full(fw: &Framework, a: &Assessment, code: &str) -> f64 {
    match (a.value(code), influence(fw, a, code)) {
        (Some(v), Some(inf)) => (100.0 - v).max(0.0) * inf.overall,
        _ => 0.0,
    }
}

/// The codes a what-if can raise one at a time without counting anything twice: every code
/// with a value none of whose descendants has a value. These are the questions and OIT items
/// (or their sub-items) where they are known, and the finest level known above them elsewhere.
/// Parts of a score that are not known individually (e.g. the questions not entered under an
/// entered indicator) cannot be moved on their own and are left as they are.
/// Indices into `fw.nodes`, in framework order.
pub fn leaves(fw: &Framework, a: &Assessment) -> Vec<usize> {
    let n = fw.nodes.len();
    let known: Vec<bool> = fw
        .nodes
        .iter()
        .map(|node| a.figures.contains_key(&node.code))
        .collect();
    // Children have larger indices than their parent, so one reverse sweep finds, for every
    // node, whether anything below it is known.
    let mut known_below = vec![false; n];
    for i in (0..n).rev() {
        known_below[i] = fw.nodes[i]
            .children
            .iter()
            .any(|&c| known[c] || known_below[c]);
    }
    (0..n).filter(|&i| known[i] && !known_below[i]).collect()
}

/// What raising one code to 100 is worth.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Gain {
    pub code: String,
    /// Its value now.
    pub value: f64,
    /// Points of overall gained if it were raised to 100 (under that year's aggregation rules).
    pub gain: f64,
    /// Its tool (IIT/EIT/OIT); `None` for the overall itself.
    pub tool: Option<String>,
}

/// For every code of [`leaves`], the overall gained by raising it to 100; largest gain first
/// (ties in framework order).
pub fn gains(fw: &Framework, a: &Assessment) -> Vec<Gain> {
    let mut out: Vec<(usize, Gain)> = leaves(fw, a)
        .into_iter()
        .map(|i| {
            let node = &fw.nodes[i];
            let gain = Gain {
                code: node.code.clone(),
                value: a.value(&node.code).unwrap_or(0.0),
                gain: gain_to_full(fw, a, &node.code),
                tool: node.tool.map(|t| fw.nodes[t].code.clone()),
            };
            (i, gain)
        })
        .collect();
    out.sort_by(|(i, x), (j, y)| y.gain.total_cmp(&x.gain).then(i.cmp(j)));
    out.into_iter().map(|(_, g)| g).collect()
}

/// The assessment after setting some codes to new values. Each changed code must have a
/// value already (a what-if moves a known score); ancestors without a value stay unknown.
pub fn apply_changes(
    fw: &Framework,
    a: &Assessment,
    changes: &BTreeMap<String, f64>,
) -> Result<Assessment, ItaError> {
    let mut deltas: BTreeMap<usize, f64> = BTreeMap::new();
    let mut set: BTreeMap<usize, f64> = BTreeMap::new();
    for (raw, &new) in changes {
        let code = normalize_code(raw);
        let i = fw.node_index(&code).ok_or(ItaError::UnknownCode {
            code: raw.clone(),
            year: a.year,
        })?;
        check_range(new, &code)?;
        let Some(old) = a.value(&code) else { continue };
        set.insert(i, new);
        for (p, f) in ancestors(fw, a, i) {
            *deltas.entry(p).or_default() += f * (new - old);
        }
    }
    let mut out = a.clone();
    for (i, v) in set {
        if let Some(fig) = out.figures.get_mut(&fw.nodes[i].code) {
            fig.value = v;
        }
    }
    for (i, d) in deltas {
        if let Some(fig) = out.figures.get_mut(&fw.nodes[i].code) {
            // A node that was itself changed keeps the value the user set.
            if !changes
                .keys()
                .any(|k| normalize_code(k) == fw.nodes[i].code)
            {
                fig.value = (fig.value + d).clamp(0.0, 100.0);
            }
        }
    }
    out.overall = out.value(crate::framework::OVERALL);
    out.level = out.overall.map(|o| {
        let tools: Vec<Option<f64>> = fw.tools().iter().map(|t| out.value(&t.code)).collect();
        rate_scores(fw, o, &tools)
    });
    Ok(out)
}

/// The figure of a code after changes, for callers that show a single number.
pub fn figure(a: &Assessment, code: &str) -> Option<Figure> {
    a.figures.get(&normalize_code(code)).copied()
}

/// The level after changes (helper for screens that only need the level).
pub fn level_after(
    fw: &Framework,
    a: &Assessment,
    changes: &BTreeMap<String, f64>,
) -> Result<Option<Level>, ItaError> {
    Ok(apply_changes(fw, a, changes)?.level)
}
