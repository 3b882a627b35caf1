//! The figures of one cohort year under a filter: the one computation behind the web screen,
//! the CLI and the cohort documents.
//!
//! Definitions (scores are compared *as published*, i.e. rounded to two decimals):
//! * **mean, median**: of the overall at full precision, over agencies with an overall.
//! * **pass rate**: the percentage of those agencies whose overall reaches the framework's
//!   pass mark.
//! * **rank**: competition ranking by published overall, highest first; equal published scores
//!   share a rank and the next rank skips (1, 2, 2, 4).
//! * **percentile**: the percentage of the *other* ranked agencies whose published overall is
//!   strictly lower: 100 for the sole top agency, 0 for the bottom; a cohort of one gets 100.
//! * **distribution**: 20 bins of 5 points over the published overall, `[0,5) … [90,95)`,
//!   the last `[95,100]`.
//! * **weak indicators**: per indicator, how many agencies are below the pass mark, and the
//!   mean over the agencies that have it; listed when at least one is below, most often first.
//! * **held back by one tool**: an agency whose overall reaches a level with a per-tool gate
//!   (the framework's `tool_min`) above the level it got, and exactly one tool is below that
//!   gate; the highest such level is reported.
//! * **rises, falls**: against the cohort's previous year (the latest year before), the ten
//!   largest changes of the overall each way.

use crate::foundation::number::round2;
use crate::scoring::assess::Warning;

use super::score::{ScoredCohort, ScoredYear, NO_LEVEL};

/// How many rises and falls are listed.
pub const CHANGES_LISTED: usize = 10;
/// The width of a distribution bin, in points.
pub const BIN_WIDTH: f64 = 5.0;

/// Which agencies to include. Empty strings count as no filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CohortFilter {
    pub province: Option<String>,
    pub kind: Option<String>,
}

impl CohortFilter {
    fn wants(v: Option<&str>, actual: &str) -> bool {
        match v.map(str::trim) {
            None | Some("") => true,
            Some(want) => want == actual.trim(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct LevelCount {
    pub name: String,
    pub passed: bool,
    pub count: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    /// Index into the cohort's agencies.
    pub agency: u32,
    pub overall: f64,
    /// Index into [`CohortSummary::levels`].
    pub level: usize,
    pub rank: usize,
    pub percentile: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bin {
    pub from: f64,
    pub to: f64,
    pub count: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WeakIndicator {
    pub number: u8,
    /// Agencies below the pass mark on it.
    pub below: usize,
    /// Agencies that have it.
    pub known: usize,
    pub mean: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HeldBack {
    pub agency: u32,
    pub overall: f64,
    /// The level the overall reaches but the tool keeps the agency from.
    pub level: String,
    pub tool: String,
    pub score: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub agency: u32,
    pub from: f64,
    pub to: f64,
    pub delta: f64,
}

/// The figures of one year of a cohort under a filter.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortSummary {
    pub year: u16,
    pub framework_id: String,
    pub pass_mark: f64,
    /// Agencies of the year that match the filter.
    pub agencies: usize,
    /// Those with an overall (ranked).
    pub scored: usize,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    /// Percentage of scored agencies at or above the pass mark.
    pub pass_rate: Option<f64>,
    /// Every level of the framework, highest first.
    pub levels: Vec<LevelCount>,
    pub ranking: Vec<Ranked>,
    pub histogram: Vec<Bin>,
    pub weak_indicators: Vec<WeakIndicator>,
    /// The mean of every indicator (framework order) over the agencies that have it.
    pub indicator_means: Vec<Option<f64>>,
    pub held_back: Vec<HeldBack>,
    pub previous_year: Option<u16>,
    pub rises: Vec<Change>,
    pub falls: Vec<Change>,
    /// The engine's warnings for the included agencies.
    pub warnings: Vec<(u32, Warning)>,
}

/// `v` as published (two decimals) is at least `mark`. Exact: a plain comparison decides
/// unless `v` is within 1e-6 of the rounding edge, where the display rule decides.
pub fn published_at_least(v: f64, mark: f64) -> bool {
    let edge = mark - 0.005;
    if (v - edge).abs() > 1e-6 {
        v > edge
    } else {
        round2(v) >= mark
    }
}

/// The figures of `year` for the agencies matching `filter`; `None` if the cohort lacks it.
pub fn summarise(sc: &ScoredCohort, year: u16, filter: &CohortFilter) -> Option<CohortSummary> {
    let y = sc.year(year)?;
    let fw = y.fw;
    let pass_mark = fw.pass_mark();
    let agencies = &sc.cohort.agencies;
    let (province, kind) = (filter.province.as_deref(), filter.kind.as_deref());
    let wanted: Vec<bool> = agencies
        .iter()
        .map(|a| CohortFilter::wants(province, &a.province) && CohortFilter::wants(kind, &a.kind))
        .collect();
    let rows: Vec<usize> = (0..y.rows.len())
        .filter(|&r| wanted[y.rows[r].agency as usize])
        .collect();
    let scored: Vec<usize> = rows
        .iter()
        .copied()
        .filter(|&r| !y.overall[r].is_nan())
        .collect();
    // Highest first, equal scores in table order: a total order, so the quicker unstable sort
    // gives what a stable sort gives. Sorted as (key, row) pairs, whose comparison needs no
    // lookups: `descending_key` orders as `total_cmp` does, reversed.
    let mut keyed: Vec<(u64, usize)> = scored
        .iter()
        .map(|&r| (descending_key(y.overall[r]), r))
        .collect();
    keyed.sort_unstable();
    let scored: Vec<usize> = keyed.into_iter().map(|(_, r)| r).collect();
    let n = scored.len();
    let mean = (n > 0).then(|| scored.iter().map(|&r| y.overall[r]).sum::<f64>() / n as f64);
    let median = (n > 0).then(|| {
        let (a, b) = (scored[(n - 1) / 2], scored[n / 2]);
        (y.overall[a] + y.overall[b]) / 2.0
    });
    let passing = scored
        .iter()
        .filter(|&&r| published_at_least(y.overall[r], pass_mark))
        .count();
    let pass_rate = (n > 0).then(|| 100.0 * passing as f64 / n as f64);

    let mut levels: Vec<LevelCount> = fw
        .file
        .rating
        .levels
        .iter()
        .map(|l| LevelCount {
            name: l.name.clone(),
            passed: l.passed,
            count: 0,
        })
        .collect();
    let mut histogram: Vec<Bin> = (0..20)
        .map(|k| Bin {
            from: k as f64 * BIN_WIDTH,
            to: (k + 1) as f64 * BIN_WIDTH,
            count: 0,
        })
        .collect();
    let mut ranking = Vec::with_capacity(n);
    // The end of the run of equal published scores that row `i` is in.
    let mut tied_end = 0;
    for (i, &r) in scored.iter().enumerate() {
        let shown = y.shown[r];
        if i >= tied_end {
            tied_end = i + 1;
            while tied_end < n && y.shown[scored[tied_end]] == shown {
                tied_end += 1;
            }
        }
        // Equal published scores share the rank of the first of them.
        let rank = match ranking.last() {
            Some(prev) if y.shown[scored[i - 1]] == shown => {
                let p: &Ranked = prev;
                p.rank
            }
            _ => i + 1,
        };
        // Agencies strictly below = those after the last one sharing this score.
        let below = n - tied_end;
        let percentile = if n > 1 {
            100.0 * below as f64 / (n - 1) as f64
        } else {
            100.0
        };
        let level = y.level[r] as usize;
        if y.level[r] != NO_LEVEL {
            levels[level].count += 1;
        }
        let bin = ((shown / BIN_WIDTH).floor().max(0.0) as usize).min(histogram.len() - 1);
        histogram[bin].count += 1;
        ranking.push(Ranked {
            agency: y.rows[r].agency,
            overall: y.overall[r],
            level,
            rank,
            percentile,
        });
    }

    let (weak_indicators, indicator_means) = indicator_figures(y, &rows, pass_mark);
    let (rises, falls) = changes(sc, y, &scored);
    Some(CohortSummary {
        year,
        framework_id: fw.id().to_string(),
        pass_mark,
        agencies: rows.len(),
        scored: n,
        mean,
        median,
        pass_rate,
        levels,
        ranking,
        histogram,
        weak_indicators,
        indicator_means,
        held_back: held_back(y, &scored),
        previous_year: previous(sc, year).map(|p| p.year),
        rises,
        falls,
        warnings: y
            .warnings
            .iter()
            .filter(|(r, _)| wanted[y.rows[*r as usize].agency as usize])
            .map(|(r, w)| (y.rows[*r as usize].agency, w.clone()))
            .collect(),
    })
}

/// A key whose ascending order is the descending order of `f64::total_cmp`.
fn descending_key(v: f64) -> u64 {
    let bits = v.to_bits();
    // `total_cmp`'s order as unsigned integers: negative values have every bit flipped,
    // the others only the sign bit.
    let ascending = if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    };
    !ascending
}

/// The weak indicators (most often below first) and every indicator's mean.
fn indicator_figures(
    y: &ScoredYear,
    rows: &[usize],
    pass_mark: f64,
) -> (Vec<WeakIndicator>, Vec<Option<f64>>) {
    let ni = y.indicator_count();
    let mut sum = vec![0.0; ni];
    let mut known = vec![0usize; ni];
    let mut below = vec![0usize; ni];
    for &r in rows {
        for (k, &v) in y.indicators_of(r).iter().enumerate() {
            if !v.is_nan() {
                sum[k] += v;
                known[k] += 1;
                if !published_at_least(v, pass_mark) {
                    below[k] += 1;
                }
            }
        }
    }
    let mut out: Vec<WeakIndicator> =
        y.fw.indicators()
            .iter()
            .enumerate()
            .filter(|&(k, _)| below[k] > 0)
            .map(|(k, ind)| WeakIndicator {
                number: ind.number,
                below: below[k],
                known: known[k],
                mean: sum[k] / known[k] as f64,
            })
            .collect();
    out.sort_by(|a, b| b.below.cmp(&a.below).then(a.mean.total_cmp(&b.mean)));
    let means = (0..ni)
        .map(|k| (known[k] > 0).then(|| sum[k] / known[k] as f64))
        .collect();
    (out, means)
}

fn held_back(y: &ScoredYear, scored: &[usize]) -> Vec<HeldBack> {
    let levels = &y.fw.file.rating.levels;
    let mut out = Vec::new();
    for &r in scored {
        let got = y.level[r] as usize;
        let tools = y.tools_of(r);
        if tools.iter().any(|t| t.is_nan()) {
            continue;
        }
        for l in levels.iter().take(got) {
            if l.tool_min <= 0.0 || !published_at_least(y.overall[r], l.min) {
                continue;
            }
            let mut short = tools
                .iter()
                .enumerate()
                .filter(|&(_, &t)| !published_at_least(t, l.tool_min));
            if let (Some((k, &score)), None) = (short.next(), short.next()) {
                out.push(HeldBack {
                    agency: y.rows[r].agency,
                    overall: y.overall[r],
                    level: l.name.clone(),
                    tool: y.fw.tools()[k].code.clone(),
                    score,
                });
                break;
            }
        }
    }
    out
}

fn previous(sc: &ScoredCohort, year: u16) -> Option<&ScoredYear> {
    sc.years
        .iter()
        .filter(|p| p.year < year)
        .max_by_key(|p| p.year)
}

/// The largest rises and falls against the previous year: each list by size of the change,
/// equal changes in ranking order.
fn changes(sc: &ScoredCohort, y: &ScoredYear, scored: &[usize]) -> (Vec<Change>, Vec<Change>) {
    let Some(p) = previous(sc, y.year) else {
        return (Vec::new(), Vec::new());
    };
    let mut before = vec![f64::NAN; sc.cohort.agencies.len()];
    for (r, row) in p.rows.iter().enumerate() {
        before[row.agency as usize] = p.overall[r];
    }
    let (mut rises, mut falls) = (Vec::new(), Vec::new());
    for &r in scored {
        let agency = y.rows[r].agency;
        let from = before[agency as usize];
        let delta = y.overall[r] - from;
        let change = Change {
            agency,
            from,
            to: y.overall[r],
            delta,
        };
        if delta > 0.0 {
            rises.push(change);
        } else if delta < 0.0 {
            falls.push(change);
        }
    }
    (
        largest(rises, |a, b| b.delta.total_cmp(&a.delta)),
        largest(falls, |a, b| a.delta.total_cmp(&b.delta)),
    )
}

/// The first [`CHANGES_LISTED`] of `v` in the stable order of `cmp`, without sorting all of
/// it: a selection, then a sort of the few, both on (`cmp`, position) — a total order that
/// gives what a stable sort gives.
fn largest(v: Vec<Change>, cmp: impl Fn(&Change, &Change) -> std::cmp::Ordering) -> Vec<Change> {
    let mut v: Vec<(usize, Change)> = v.into_iter().enumerate().collect();
    let order = |a: &(usize, Change), b: &(usize, Change)| cmp(&a.1, &b.1).then(a.0.cmp(&b.0));
    if v.len() > CHANGES_LISTED {
        v.select_nth_unstable_by(CHANGES_LISTED - 1, order);
        v.truncate(CHANGES_LISTED);
    }
    v.sort_unstable_by(order);
    v.into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::descending_key;

    #[test]
    fn the_sort_key_orders_as_total_cmp_reversed() {
        let values = [
            100.0,
            91.666_666_7,
            91.67,
            85.0,
            0.0,
            -0.0,
            -1.5,
            f64::MIN_POSITIVE,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for a in values {
            for b in values {
                assert_eq!(
                    descending_key(a).cmp(&descending_key(b)),
                    b.total_cmp(&a),
                    "{a} {b}"
                );
            }
        }
    }
}
