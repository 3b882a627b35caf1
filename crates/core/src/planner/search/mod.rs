//! Exact minimum-cost selection of changes by branch and bound.
//!
//! The problem: pick a subset of items (each = one code raised to 100) with the least total
//! cost such that the overall, and every gated tool, reaches its floor *as published*, i.e.
//! rounded to two decimals. Each item adds a fixed gain to the overall and to its own tool
//! (what-if propagation is linear), so the floors are covering constraints:
//!
//! ```text
//! minimise Σ cost_j·x_j   subject to   round2(base_O + Σ gain_j·x_j) ≥ min_O
//!                                       round2(base_t + Σ_{j∈t} toolgain_j·x_j) ≥ min_t
//!                                       Σ_{j capped} cost_j·x_j ≤ cap   (optional)
//! ```
//!
//! **Classes.** An item's overall gain is its tool's weight times its tool gain (the overall is
//! the weighted sum of the tools), so among items of one tool and one cost, the `t` with the
//! largest gains meet every floor at least as well as any other `t` of them, at the same cost.
//! The search therefore decides only *how many* of each class (tool, cost) to take, always
//! the top ones. Without effort weights there are three or four classes, and the search is
//! small whatever the number of items. (Should gains ever not be proportional, only identical
//! items share a class and the search is over items.)
//!
//! **Bound.** The depth-first search tries the most useful classes and the largest counts
//! first, and cuts a node when its cost plus a lower bound on what is still needed cannot beat
//! the best plan found. The bound is the linear-programming relaxation (fractional items),
//! rounded up when costs are whole numbers, and, under a cap, the capped items' known minimum
//! spend plus the uncapped items' relaxation given the most the capped items could still add.
//! It never exceeds the true remaining cost, so a search that finishes within its node budget
//! has proved its plan optimal.

mod bounds;

use crate::foundation::number::round2;

/// A floor on the rounded value is met once the unrounded value is within half a hundredth of
/// it; the extra 1e-7 keeps the relaxation safe against binary noise.
const ROUNDING_SLACK: f64 = 0.005 + 1e-7;

/// A need this small is met: a fractional take leaves binary noise behind (the slack above is
/// far larger, so this keeps the bound valid).
const NEED_MET: f64 = 1e-9;

/// One candidate change.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Item {
    /// Positive.
    pub cost: f64,
    /// Points of overall gained.
    pub overall: f64,
    /// Index of the item's tool, if it has one.
    pub tool: Option<usize>,
    /// Points of its own tool gained.
    pub tool_gain: f64,
    /// Counts against [`Problem::cap`].
    pub capped: bool,
}

/// "The value, rounded to two decimals, is at least `min`".
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Floor {
    pub base: f64,
    /// `min` raised to the next hundredth, so that comparing with a rounded value is exact.
    min: f64,
}

impl Floor {
    pub fn new(base: f64, min: f64) -> Floor {
        // The smallest multiple of 0.01 at or above `min`, computed exactly as `round2` builds
        // its result (units / 100), so that `>=` between the two is exact.
        let units = (min * 100.0 - 1e-6).ceil();
        Floor {
            base,
            min: units / 100.0,
        }
    }

    /// Whether the floor is met after gaining `gained`.
    pub fn met(&self, gained: f64) -> bool {
        let x = self.base + gained;
        if x < self.min - ROUNDING_SLACK {
            false
        } else if x >= self.min - 0.005 + 1e-7 {
            true
        } else {
            round2(x) >= self.min
        }
    }

    /// The gain still needed, relaxed so that it never exceeds the true need (for bounds).
    fn deficit(&self, gained: f64) -> f64 {
        self.min - ROUNDING_SLACK - self.base - gained
    }
}

/// A limit on the cost of the capped items.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Cap {
    /// The capped items of a selection may cost at most this.
    pub limit: f64,
    /// Every selection that meets the floors spends at least this on capped items (a fact the
    /// caller has established; 0 when unknown). Used only to bound.
    pub at_least: f64,
}

/// What the search must reach.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Problem {
    pub items: Vec<Item>,
    pub overall: Floor,
    /// (tool index, floor) for every gated tool.
    pub gates: Vec<(usize, Floor)>,
    pub cap: Option<Cap>,
}

/// The best selection found.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Solution {
    /// Indices into `Problem::items`, ascending.
    pub chosen: Vec<usize>,
    pub cost: f64,
    /// False when the node budget ran out before the search could prove optimality.
    pub proven: bool,
    pub nodes: u64,
}

/// Items of one tool and one cost, best first; the search takes a prefix of them.
#[derive(Clone, Debug)]
struct Class {
    /// Item indices, largest gain first.
    members: Vec<usize>,
    cost: f64,
    capped: bool,
    /// Position of the class's tool among the gates.
    gate: Option<usize>,
    /// Gains of the first `t` members: `prefix_overall[t]`, `prefix_tool[t]`.
    prefix_overall: Vec<f64>,
    prefix_tool: Vec<f64>,
}

impl Class {
    fn count(&self) -> usize {
        self.members.len()
    }
}

/// One item as the bound sees it.
#[derive(Clone, Copy, Debug)]
struct BoundItem {
    class: usize,
    cost: f64,
    overall: f64,
    tool_gain: f64,
    capped: bool,
}

/// Which items a partial bound may use.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Use {
    All,
    Uncapped,
}

impl Use {
    fn admits(self, it: &BoundItem) -> bool {
        match self {
            Use::All => true,
            Use::Uncapped => !it.capped,
        }
    }
}

impl Problem {
    fn met(&self, overall: f64, tools: &[f64]) -> bool {
        self.overall.met(overall) && self.gates.iter().zip(tools).all(|((_, f), &g)| f.met(g))
    }

    fn cap_limit(&self) -> f64 {
        self.cap.map(|c| c.limit).unwrap_or(f64::INFINITY)
    }

    /// Whether every item's overall gain is one factor per tool times its tool gain.
    fn proportional(&self) -> bool {
        let mut ratio: Vec<(Option<usize>, f64)> = Vec::new();
        self.items.iter().all(|it| {
            if it.tool_gain <= 0.0 {
                return it.overall <= 0.0 || it.tool.is_none();
            }
            let r = it.overall / it.tool_gain;
            match ratio.iter().find(|(t, _)| *t == it.tool) {
                Some(&(_, p)) => (r - p).abs() <= 1e-9 * p.abs().max(1e-12),
                None => {
                    ratio.push((it.tool, r));
                    true
                }
            }
        })
    }
}

/// Find the cheapest selection that meets every floor (and the cap). `hint` is a selection
/// known to do so, if any: it seeds the search. `None` when no selection does. Never more than
/// `node_budget` search nodes (then `proven` is false).
pub(crate) fn solve(problem: &Problem, node_budget: u64, hint: &[usize]) -> Option<Solution> {
    let gates = problem.gates.len();
    if problem.met(0.0, &vec![0.0; gates]) {
        return Some(Solution {
            chosen: Vec::new(),
            cost: 0.0,
            proven: true,
            nodes: 0,
        });
    }
    let mut search = Search::new(problem, node_budget);
    let all = search.classes.iter().map(Class::count).collect::<Vec<_>>();
    let (all_overall, all_tools) = search.sums(&all);
    if !problem.met(all_overall, &all_tools) {
        return None;
    }
    search.start_from_greedy();
    search.start_from_hint(hint);
    let mut tools = vec![0.0; gates];
    let mut taken = vec![0usize; search.classes.len()];
    search.dfs(0, 0.0, &mut tools, 0.0, 0.0, &mut taken);
    if !search.best.is_finite() {
        return None;
    }
    let mut chosen: Vec<usize> = search
        .best_taken
        .iter()
        .zip(&search.classes)
        .flat_map(|(&t, c)| c.members[..t].iter().copied())
        .collect();
    chosen.sort_unstable();
    Some(Solution {
        chosen,
        cost: search.best,
        proven: !search.aborted,
        nodes: search.nodes,
    })
}

struct Search<'a> {
    problem: &'a Problem,
    /// In search order: most useful first.
    classes: Vec<Class>,
    /// Every item, for the bound.
    items: Vec<BoundItem>,
    /// Per gate: the items of that gate's tool by cost per point of tool, cheapest first.
    by_tool_ratio: Vec<Vec<usize>>,
    /// All items by cost per point of overall, cheapest first.
    by_overall_ratio: Vec<usize>,
    /// See [`Problem::proportional`]: makes the combined bound exact for the relaxation.
    proportional: bool,
    integral_costs: bool,
    node_budget: u64,
    nodes: u64,
    aborted: bool,
    best: f64,
    best_taken: Vec<usize>,
    /// Scratch for the combined bound: the fraction of each item used.
    used: Vec<f64>,
}

impl<'a> Search<'a> {
    fn new(problem: &'a Problem, node_budget: u64) -> Search<'a> {
        let gate_of = |tool: Option<usize>| {
            tool.and_then(|t| problem.gates.iter().position(|&(gt, _)| gt == t))
        };
        let proportional = problem.proportional();
        // Classes: same tool, cost and cap (without proportionality, identical items only).
        let mut classes: Vec<Class> = Vec::new();
        let mut keys: Vec<(Option<usize>, u64, bool, u64, u64)> = Vec::new();
        for (j, it) in problem.items.iter().enumerate() {
            let (o, t) = if proportional {
                (0, 0)
            } else {
                (it.overall.to_bits(), it.tool_gain.to_bits())
            };
            let key = (it.tool, it.cost.to_bits(), it.capped, o, t);
            match keys.iter().position(|k| *k == key) {
                Some(c) => classes[c].members.push(j),
                None => {
                    keys.push(key);
                    classes.push(Class {
                        members: vec![j],
                        cost: it.cost,
                        capped: it.capped,
                        gate: gate_of(it.tool),
                        prefix_overall: Vec::new(),
                        prefix_tool: Vec::new(),
                    });
                }
            }
        }
        for c in &mut classes {
            let items = &problem.items;
            c.members.sort_by(|&a, &b| {
                items[b]
                    .overall
                    .total_cmp(&items[a].overall)
                    .then(items[b].tool_gain.total_cmp(&items[a].tool_gain))
                    .then(a.cmp(&b))
            });
            let (mut o, mut t) = (0.0, 0.0);
            c.prefix_overall.push(0.0);
            c.prefix_tool.push(0.0);
            for &m in &c.members {
                o += items[m].overall;
                t += items[m].tool_gain;
                c.prefix_overall.push(o);
                c.prefix_tool.push(t);
            }
        }
        // Usefulness of a class: the share of each need its best item covers, per unit of cost.
        let need_overall = problem.overall.deficit(0.0).max(1e-6);
        let need_gate: Vec<f64> = problem.gates.iter().map(|(_, f)| f.deficit(0.0)).collect();
        let usefulness = |c: &Class| {
            let best = &problem.items[c.members[0]];
            let mut u = best.overall / need_overall;
            if let Some(k) = c.gate {
                if need_gate[k] > 0.0 {
                    u += best.tool_gain / need_gate[k];
                }
            }
            u / c.cost
        };
        classes.sort_by(|a, b| {
            usefulness(b)
                .total_cmp(&usefulness(a))
                .then(a.members[0].cmp(&b.members[0]))
        });

        let mut items: Vec<BoundItem> = Vec::new();
        for (ci, c) in classes.iter().enumerate() {
            for &m in &c.members {
                let it = &problem.items[m];
                items.push(BoundItem {
                    class: ci,
                    cost: it.cost,
                    overall: it.overall,
                    tool_gain: it.tool_gain,
                    capped: it.capped,
                });
            }
        }
        let ratio = |cost: f64, gain: f64| {
            if gain > 0.0 {
                cost / gain
            } else {
                f64::INFINITY
            }
        };
        let mut by_overall_ratio: Vec<usize> = (0..items.len())
            .filter(|&i| items[i].overall > 0.0)
            .collect();
        by_overall_ratio.sort_by(|&a, &b| {
            ratio(items[a].cost, items[a].overall)
                .total_cmp(&ratio(items[b].cost, items[b].overall))
        });
        let by_tool_ratio: Vec<Vec<usize>> = (0..problem.gates.len())
            .map(|k| {
                let mut v: Vec<usize> = (0..items.len())
                    .filter(|&i| {
                        classes[items[i].class].gate == Some(k) && items[i].tool_gain > 0.0
                    })
                    .collect();
                v.sort_by(|&a, &b| {
                    ratio(items[a].cost, items[a].tool_gain)
                        .total_cmp(&ratio(items[b].cost, items[b].tool_gain))
                });
                v
            })
            .collect();
        let integral_costs = classes.iter().all(|c| c.cost.fract() == 0.0);
        let (n_classes, n_items) = (classes.len(), items.len());
        Search {
            problem,
            classes,
            items,
            by_tool_ratio,
            by_overall_ratio,
            proportional,
            integral_costs,
            node_budget,
            nodes: 0,
            aborted: false,
            best: f64::INFINITY,
            best_taken: vec![0; n_classes],
            used: vec![0.0; n_items],
        }
    }

    /// The gains of the first `t` members of class `c`, added to running sums.
    fn add(&self, c: usize, t: usize, overall: f64, tools: &mut [f64]) -> f64 {
        let class = &self.classes[c];
        if let Some(g) = class.gate {
            tools[g] += class.prefix_tool[t];
        }
        overall + class.prefix_overall[t]
    }

    /// Gains of a selection given as counts per class.
    fn sums(&self, taken: &[usize]) -> (f64, Vec<f64>) {
        let mut tools = vec![0.0; self.problem.gates.len()];
        let mut overall = 0.0;
        for (c, &t) in taken.iter().enumerate() {
            overall = self.add(c, t, overall, &mut tools);
        }
        (overall, tools)
    }

    /// (total cost, capped cost) of a selection given as counts per class.
    fn costs(&self, taken: &[usize]) -> (f64, f64) {
        let mut total = 0.0;
        let mut capped = 0.0;
        for (c, &t) in taken.iter().enumerate() {
            let cost = t as f64 * self.classes[c].cost;
            total += cost;
            if self.classes[c].capped {
                capped += cost;
            }
        }
        (total, capped)
    }

    /// Keep `taken` as the best plan if it is valid and cheaper, after giving back what it does
    /// not need (the last, smallest members of a class first).
    fn offer(&mut self, mut taken: Vec<usize>) {
        let (o, t) = self.sums(&taken);
        if !self.problem.met(o, &t) || self.costs(&taken).1 > self.problem.cap_limit() {
            return;
        }
        for c in (0..taken.len()).rev() {
            while taken[c] > 0 {
                taken[c] -= 1;
                let (o, t) = self.sums(&taken);
                if !self.problem.met(o, &t) {
                    taken[c] += 1;
                    break;
                }
            }
        }
        let cost = self.costs(&taken).0;
        if cost < self.best {
            self.best = cost;
            self.best_taken = taken;
        }
    }

    /// A first plan: take items in search order (within the cap) until every floor is met.
    fn start_from_greedy(&mut self) {
        let mut taken = vec![0usize; self.classes.len()];
        let mut capped = 0.0;
        'fill: for c in 0..self.classes.len() {
            for _ in 0..self.classes[c].count() {
                let (o, t) = self.sums(&taken);
                if self.problem.met(o, &t) {
                    break 'fill;
                }
                let class = &self.classes[c];
                if class.capped && capped + class.cost > self.problem.cap_limit() {
                    break;
                }
                if class.capped {
                    capped += class.cost;
                }
                taken[c] += 1;
            }
        }
        self.offer(taken);
    }

    /// The caller's plan, as counts per class (the top members of a class do at least as well
    /// as any others).
    fn start_from_hint(&mut self, hint: &[usize]) {
        if hint.is_empty() {
            return;
        }
        let mut taken = vec![0usize; self.classes.len()];
        for (c, class) in self.classes.iter().enumerate() {
            taken[c] = class.members.iter().filter(|m| hint.contains(m)).count();
        }
        self.offer(taken);
    }

    fn tolerance(&self) -> f64 {
        1e-9 * self.best.abs().max(1.0)
    }

    fn dfs(
        &mut self,
        k: usize,
        overall: f64,
        tools: &mut [f64],
        cost: f64,
        capped: f64,
        taken: &mut [usize],
    ) {
        if self.aborted {
            return;
        }
        self.nodes += 1;
        if self.nodes > self.node_budget {
            self.aborted = true;
            return;
        }
        if self.problem.met(overall, tools) {
            // Costs are positive: adding anything more can only cost more.
            if cost < self.best - self.tolerance() {
                self.best = cost;
                self.best_taken = taken.to_vec();
            }
            return;
        }
        if k == self.classes.len() {
            return;
        }
        let lb = self.bound(k, overall, tools, capped);
        if !lb.is_finite() || cost + lb >= self.best - self.tolerance() {
            return;
        }
        let count = self.classes[k].count();
        let unit = self.classes[k].cost;
        let is_capped = self.classes[k].capped;
        // Taking more of a class than the first count that meets every floor never helps.
        let mut most = count;
        for t in 1..=count {
            let mut tt = tools.to_vec();
            let o = self.add(k, t, overall, &mut tt);
            if self.problem.met(o, &tt) {
                most = t;
                break;
            }
        }
        let before = tools.to_vec();
        for t in (0..=most).rev() {
            let add = t as f64 * unit;
            // Nothing from here on can pay for more of this class than the best plan allows.
            if cost + add >= self.best - self.tolerance() {
                continue;
            }
            let new_capped = if is_capped { capped + add } else { capped };
            if new_capped > self.problem.cap_limit() {
                continue;
            }
            taken[k] = t;
            tools.copy_from_slice(&before);
            let o = self.add(k, t, overall, tools);
            self.dfs(k + 1, o, tools, cost + add, new_capped, taken);
            if self.aborted {
                break;
            }
        }
        tools.copy_from_slice(&before);
        taken[k] = 0;
    }
}

#[cfg(test)]
mod tests;
