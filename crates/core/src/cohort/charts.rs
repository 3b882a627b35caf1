//! The cohort's charts, as [`ChartSpec`]s that the cohort screen draws on its canvas and the
//! coordinator's summary report prints (`ita_document::chart`): the agencies per rating level
//! and the distribution of the overall scores. One spec for both, so the screen and the
//! document never disagree.

use ita_document::chart::{Bar, BarStyle, ChartSpec, Row};

use crate::foundation::number::{format_fixed, with_digits, Digits};

use super::summary::CohortSummary;

/// A share of the scored agencies, in percent (0 when none is scored).
pub fn share(count: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        100.0 * count as f64 / of as f64
    }
}

/// One rating level as a row: its name, the count and the share (both as text in the chosen
/// digits, the share with one decimal), and whether the level passes.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelRow {
    pub name: String,
    pub count: String,
    pub share: String,
    pub passed: bool,
}

/// The levels as rows, in the framework's order.
pub fn level_rows(s: &CohortSummary, digits: Digits) -> Vec<LevelRow> {
    s.levels
        .iter()
        .map(|l| LevelRow {
            name: l.name.clone(),
            count: with_digits(&l.count.to_string(), digits),
            share: format_fixed(share(l.count, s.scored), 1, digits),
            passed: l.passed,
        })
        .collect()
}

/// Bars of the agencies per level (the share of the scored agencies; the text gives the count
/// and the share).
pub fn level_chart(s: &CohortSummary, digits: Digits) -> ChartSpec {
    ChartSpec {
        rows: level_rows(s, digits)
            .into_iter()
            .zip(&s.levels)
            .map(|(row, l)| Row {
                bars: vec![Bar {
                    value: Some(share(l.count, s.scored)),
                    style: BarStyle::of_verdict(Some(row.passed)),
                    text: format!("{} ({}%)", row.count, row.share),
                }],
                label: row.name,
            })
            .collect(),
        pass_line: None,
        thai_digits: digits == Digits::Thai,
    }
}

/// One bin of the distribution: its label, the count and its share of the scored agencies.
#[derive(Clone, Debug, PartialEq)]
pub struct BinRow {
    pub label: String,
    pub count: usize,
    pub share: f64,
}

/// The distribution's bins from the lowest non-empty one to the top, highest first; `label`
/// words a bin from its bounds (already in the chosen digits).
pub fn histogram_rows(
    s: &CohortSummary,
    digits: Digits,
    label: fn(&str, &str) -> String,
) -> Vec<BinRow> {
    let first = s.histogram.iter().position(|b| b.count > 0).unwrap_or(0);
    let bound = |v: f64| with_digits(&format!("{v:.0}"), digits);
    s.histogram[first..]
        .iter()
        .rev()
        .map(|b| BinRow {
            label: label(&bound(b.from), &bound(b.to)),
            count: b.count,
            share: share(b.count, s.scored),
        })
        .collect()
}

/// The distribution as bars (the share; the text gives the count), highest scores first.
pub fn histogram_chart(rows: &[BinRow], digits: Digits) -> ChartSpec {
    ChartSpec {
        rows: rows
            .iter()
            .map(|r| Row {
                label: r.label.clone(),
                bars: vec![Bar {
                    value: Some(r.share),
                    style: BarStyle::Neutral,
                    text: with_digits(&r.count.to_string(), digits),
                }],
            })
            .collect(),
        pass_line: None,
        thai_digits: digits == Digits::Thai,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohort::{read_cohort_csv, score_cohort, summarise, CohortFilter};

    const FILE: &str = crate::cohort::sample::TINY_CSV;

    #[test]
    fn charts_show_shares_with_counts_in_words() {
        let scored = score_cohort(read_cohort_csv(FILE).unwrap().cohort);
        let s = summarise(&scored, 2568, &CohortFilter::default()).unwrap();
        let levels = level_chart(&s, Digits::Arabic);
        assert_eq!(levels.rows.len(), s.levels.len());
        // Both agencies at 90 on every tool are ผ่านดี (total and every tool ≥ 85).
        let passing = levels.rows.iter().find(|r| r.label == "ผ่านดี").unwrap();
        assert_eq!(passing.bars[0].value, Some(50.0));
        assert_eq!(passing.bars[0].text, "2 (50.0%)");
        let rows = histogram_rows(&s, Digits::Thai, |a, b| format!("{a}–{b}"));
        // From the 50–55 bin up to 95–100, highest first.
        assert_eq!(rows.first().unwrap().label, "๙๕–๑๐๐");
        assert_eq!(
            rows.last().unwrap(),
            &BinRow {
                label: "๕๐–๕๕".to_string(),
                count: 1,
                share: 25.0
            }
        );
        assert_eq!(rows.iter().map(|r| r.count).sum::<usize>(), 4);
        assert_eq!(
            histogram_chart(&rows, Digits::Arabic).rows.len(),
            rows.len()
        );
    }
}
