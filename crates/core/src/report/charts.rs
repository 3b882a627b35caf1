//! The charts of the results, as [`ChartSpec`]s: the indicator chart (one bar per indicator,
//! pass green, fail striped, the pass line at the framework's pass mark) and the tool chart
//! (each tool's score with its weight and weighted points). The app's screens, the presenter
//! view and the documents all draw these same specs (`ita_document::chart`).

use crate::analysis::ranking::Analysis;
use crate::foundation::number::{format_score, with_digits, Digits};
use crate::foundation::Lang;
use crate::framework::Framework;
use crate::scoring::assess::Assessment;
use ita_document::chart::{Bar, BarStyle, Chart, ChartSpec, Row};

/// The words of the charts.
struct Words {
    passed: &'static str,
    not_passed: &'static str,
    pass_line: &'static str,
    indicators: &'static str,
    tools: &'static str,
}

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Th => &Words {
            passed: "ผ่านเกณฑ์",
            not_passed: "ไม่ผ่านเกณฑ์",
            pass_line: "เกณฑ์",
            indicators: "กราฟคะแนนรายตัวชี้วัด",
            tools: "กราฟคะแนนรายเครื่องมือ",
        },
        Lang::En => &Words {
            passed: "Passed",
            not_passed: "Not passed",
            pass_line: "pass",
            indicators: "Indicator scores chart",
            tools: "Tool scores chart",
        },
    }
}

/// What a missing value shows.
pub const NO_VALUE: &str = "–";

/// A tool's weight (a fraction) as a whole percentage, "30%", in the chosen digits.
pub fn weight_percent(weight: f64, digits: Digits) -> String {
    with_digits(&format!("{:.0}%", weight * 100.0), digits)
}

/// The label of a tool's row in a chart: "IIT (30%)".
pub fn tool_label(code: &str, weight: f64, digits: Digits) -> String {
    format!("{code} ({})", weight_percent(weight, digits))
}

/// A score followed by its verdict ("91.71 ผ่านเกณฑ์").
pub fn score_and_verdict(value: f64, passed: bool, lang: Lang, digits: Digits) -> String {
    let w = words(lang);
    let verdict = if passed { w.passed } else { w.not_passed };
    format!("{} {verdict}", format_score(value, digits))
}

/// The pass line of a chart at `pass_mark`, labelled with it ("เกณฑ์ 85.00").
pub fn pass_line(pass_mark: f64, lang: Lang, digits: Digits) -> (f64, String) {
    let label = format!(
        "{} {}",
        words(lang).pass_line,
        format_score(pass_mark, digits)
    );
    (pass_mark, label)
}

/// The indicator chart: one bar per indicator of the framework (pass green, fail striped,
/// missing without a bar) and the pass line at the framework's pass mark.
pub fn indicator_chart(fw: &Framework, an: &Analysis, lang: Lang, digits: Digits) -> ChartSpec {
    let rows = fw
        .indicators()
        .iter()
        .map(|i| {
            let bar = match an.indicator(i.number) {
                Some(r) => Bar {
                    value: Some(r.value),
                    style: if r.passed {
                        BarStyle::Pass
                    } else {
                        BarStyle::Fail
                    },
                    text: score_and_verdict(r.value, r.passed, lang, digits),
                },
                None => Bar {
                    value: None,
                    style: BarStyle::Neutral,
                    text: NO_VALUE.to_string(),
                },
            };
            Row {
                label: with_digits(&fw.display_name(&i.number.to_string(), lang), digits),
                bars: vec![bar],
            }
        })
        .collect();
    ChartSpec {
        rows,
        pass_line: Some(pass_line(fw.pass_mark(), lang, digits)),
        thai_digits: digits == Digits::Thai,
    }
}

/// The tool chart: each tool's score, and its weighted points in words
/// ("99.56 × 30% = 29.87"); no pass line (the tools have no pass mark of their own).
pub fn tool_chart(fw: &Framework, a: &Assessment, digits: Digits) -> ChartSpec {
    let rows = fw
        .tools()
        .iter()
        .map(|tool| {
            let v = a.value(&tool.code);
            Row {
                label: tool_label(&tool.code, tool.weight, digits),
                bars: vec![Bar {
                    value: v,
                    style: BarStyle::Neutral,
                    text: v.map_or(NO_VALUE.to_string(), |v| {
                        format!(
                            "{} × {} = {}",
                            format_score(v, digits),
                            weight_percent(tool.weight, digits),
                            format_score(v * tool.weight, digits)
                        )
                    }),
                }],
            }
        })
        .collect();
    ChartSpec {
        rows,
        pass_line: None,
        thai_digits: digits == Digits::Thai,
    }
}

/// The indicator chart with its title, for a document: only the indicators with a score (a
/// printed chart of empty rows says nothing; the app shows them all), `None` without any.
pub fn indicator_figure(
    fw: &Framework,
    an: &Analysis,
    lang: Lang,
    digits: Digits,
) -> Option<Chart> {
    let mut spec = indicator_chart(fw, an, lang, digits);
    spec.rows
        .retain(|r| r.bars.iter().any(|b| b.value.is_some()));
    (!spec.rows.is_empty()).then(|| Chart {
        spec,
        alt: words(lang).indicators.to_string(),
    })
}

/// The tool chart with its title, for a document; `None` when no tool has a score.
pub fn tool_figure(fw: &Framework, a: &Assessment, lang: Lang, digits: Digits) -> Option<Chart> {
    let spec = tool_chart(fw, a, digits);
    let any = spec
        .rows
        .iter()
        .any(|r| r.bars.iter().any(|b| b.value.is_some()));
    any.then(|| Chart {
        spec,
        alt: words(lang).tools.to_string(),
    })
}
