//! Lower bounds on the cost still needed: the relaxations that let the branch and bound prune.

use super::*;

impl Search<'_> {
    fn round(&self, lb: f64) -> f64 {
        if self.integral_costs && lb.is_finite() {
            (lb - 1e-9).ceil().max(0.0)
        } else {
            lb
        }
    }

    /// A lower bound on the cost still needed, using only classes `k..`; infinite when they
    /// cannot meet some floor even all together.
    pub(super) fn bound(&mut self, k: usize, overall: f64, tools: &[f64], capped: f64) -> f64 {
        let deficits: Vec<f64> = tools
            .iter()
            .enumerate()
            .map(|(g, &gained)| self.problem.gates[g].1.deficit(gained))
            .collect();
        let plain = self.relaxation(
            k,
            self.problem.overall.deficit(overall),
            &deficits,
            Use::All,
        );
        let Some(cap) = self.problem.cap else {
            return plain;
        };
        if !plain.is_finite() {
            return plain;
        }
        // Under the cap: the capped items still to be paid for, plus the uncapped items needed
        // beyond the most the capped ones could add with what is left of the cap.
        let left = cap.limit - capped;
        let capped_min = self.round((cap.at_least - capped).max(0.0));
        let most_overall = self.most_capped_gain(k, left, None);
        let reduced: Vec<f64> = deficits
            .iter()
            .enumerate()
            .map(|(g, &d)| d - self.most_capped_gain(k, left, Some(g)))
            .collect();
        let rest = self.relaxation(
            k,
            self.problem.overall.deficit(overall) - most_overall,
            &reduced,
            Use::Uncapped,
        );
        plain.max(capped_min + rest)
    }

    /// The relaxation of covering the deficits with the admitted items of classes `k..`,
    /// rounded up for whole-number costs.
    fn relaxation(&mut self, k: usize, overall_need: f64, gate_needs: &[f64], using: Use) -> f64 {
        let combined = if self.proportional {
            self.combined_bound(k, overall_need, gate_needs, using)
        } else {
            0.0
        };
        if !combined.is_finite() {
            return combined;
        }
        // Always valid: the overall alone, and the gates (disjoint item sets) summed, each
        // gate's cost rounded on its own.
        let alone = self.cover_overall(k, overall_need, false, using);
        let mut gates_sum = 0.0;
        for (gate, &need) in gate_needs.iter().enumerate() {
            let cost = self.cover_gate(k, gate, need, false, using).0;
            gates_sum += self.round(cost);
        }
        self.round(combined).max(self.round(alone)).max(gates_sum)
    }

    /// The relaxation solved exactly when overall gains are proportional to tool gains: cover
    /// each gate with its cheapest items (fractionally), then the rest of the overall with the
    /// cheapest of what is left.
    fn combined_bound(
        &mut self,
        k: usize,
        overall_need: f64,
        gate_needs: &[f64],
        using: Use,
    ) -> f64 {
        self.used.iter_mut().for_each(|u| *u = 0.0);
        let mut cost = 0.0;
        let mut overall_gained = 0.0;
        for (gate, &need) in gate_needs.iter().enumerate() {
            let (c, o) = self.cover_gate(k, gate, need, true, using);
            if !c.is_finite() {
                return f64::INFINITY;
            }
            cost += c;
            overall_gained += o;
        }
        cost + self.cover_overall(k, overall_need - overall_gained, true, using)
    }

    /// Cheapest fractional cover of `need` points of a gate's tool from classes `k..`; returns
    /// (cost, overall gained on the way). With `track`, records and respects `used`.
    fn cover_gate(
        &mut self,
        k: usize,
        gate: usize,
        mut need: f64,
        track: bool,
        using: Use,
    ) -> (f64, f64) {
        if need <= NEED_MET {
            return (0.0, 0.0);
        }
        let mut cost = 0.0;
        let mut overall = 0.0;
        for idx in 0..self.by_tool_ratio[gate].len() {
            let i = self.by_tool_ratio[gate][idx];
            let it = self.items[i];
            let take = self.share(i, k, need / it.tool_gain, track, using);
            if take <= 0.0 {
                continue;
            }
            if track {
                self.used[i] += take;
            }
            cost += take * it.cost;
            overall += take * it.overall;
            need -= take * it.tool_gain;
            if need <= NEED_MET {
                return (cost, overall);
            }
        }
        (f64::INFINITY, overall)
    }

    /// How much of item `i` a cover takes when `wanted` of it would meet the need: none when
    /// its class is below `k` or `using` excludes it; with `track`, at most what is left unused.
    fn share(&self, i: usize, k: usize, wanted: f64, track: bool, using: Use) -> f64 {
        let it = self.items[i];
        if it.class < k || !using.admits(&it) {
            return 0.0;
        }
        let avail = if track { 1.0 - self.used[i] } else { 1.0 };
        avail.min(wanted)
    }

    /// Cheapest fractional cover of `need` points of overall from classes `k..`.
    fn cover_overall(&self, k: usize, mut need: f64, track: bool, using: Use) -> f64 {
        if need <= NEED_MET {
            return 0.0;
        }
        let mut cost = 0.0;
        for &i in &self.by_overall_ratio {
            let it = self.items[i];
            let take = self.share(i, k, need / it.overall, track, using);
            if take <= 0.0 {
                continue;
            }
            cost += take * it.cost;
            need -= take * it.overall;
            if need <= NEED_MET {
                return cost;
            }
        }
        f64::INFINITY
    }

    /// The most the capped items of classes `k..` can add, spending at most `budget`: to the
    /// overall (`gate` = `None`) or to a gate's tool (fractional knapsack, an upper bound).
    fn most_capped_gain(&self, k: usize, mut budget: f64, gate: Option<usize>) -> f64 {
        let order = match gate {
            None => &self.by_overall_ratio,
            Some(g) => &self.by_tool_ratio[g],
        };
        let mut gained = 0.0;
        // Cheapest per point first = most points per unit of cost first.
        for &i in order {
            if budget <= 0.0 {
                break;
            }
            let it = self.items[i];
            if it.class < k || !it.capped {
                continue;
            }
            let gain = match gate {
                None => it.overall,
                Some(_) => it.tool_gain,
            };
            let take = (budget / it.cost).min(1.0);
            gained += take * gain;
            budget -= take * it.cost;
        }
        gained
    }
}
