//! Display logic in one place, with no Leptos: how a verdict, a missing value, a tool's weight,
//! the indicator chart and the "gains worth showing" read on screen and in the documents.
//! Screens and components call these; the host tests below pin them down
//! (`cargo test -p ita-web`).

use ita_core::analysis::ranking::Analysis;
use ita_core::foundation::number::{format_score, Digits};
use ita_core::framework::Framework;
use ita_core::scoring::whatif::{gains, Gain};
use ita_core::{Assessment, Lang};

use crate::charts::ChartSpec;
use crate::i18n::Texts;

/// "ผ่าน" / "ไม่ผ่าน" (passed / not passed).
pub fn verdict(t: &Texts, passed: bool) -> &'static str {
    if passed {
        t.passed
    } else {
        t.not_passed
    }
}

/// The verdict, or the "no value" dash when there is none.
pub fn verdict_or_dash(t: &Texts, passed: Option<bool>) -> &'static str {
    passed.map_or(t.no_value, |p| verdict(t, p))
}

/// A text, or the "no value" dash when there is none.
pub fn or_dash(t: &Texts, text: Option<String>) -> String {
    text.unwrap_or_else(|| t.no_value.to_string())
}

/// A score with two decimals in the chosen digits, or the dash.
pub fn score_or_dash(t: &Texts, value: Option<f64>, digits: Digits) -> String {
    or_dash(t, value.map(|v| format_score(v, digits)))
}

/// A score followed by its verdict ("91.71 ผ่าน").
pub fn score_and_verdict(t: &Texts, value: f64, passed: bool, digits: Digits) -> String {
    format!("{} {}", format_score(value, digits), verdict(t, passed))
}

pub use ita_core::report::charts::{tool_label, weight_percent};

/// The pass line of a chart: at the framework's pass mark, labelled with it.
pub fn pass_line(lang: Lang, pass_mark: f64, digits: Digits) -> (f64, String) {
    ita_core::report::charts::pass_line(pass_mark, lang, digits)
}

/// The indicator chart (the core's spec, `ita_core::report::charts`): the analysis screen,
/// the presenter view and the documents all draw this one spec.
pub fn indicator_chart(fw: &Framework, an: &Analysis, lang: Lang, digits: Digits) -> ChartSpec {
    ita_core::report::charts::indicator_chart(fw, an, lang, digits)
}

/// One cell of a results table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Plain text.
    Text(String),
    /// The row's header (`<th scope="row">`): what the row is about.
    Head(String),
    /// A number (right-aligned).
    Num(String),
    /// A pass/fail tag: the verdict in words, coloured.
    Verdict { text: &'static str, passed: bool },
}

/// A column of a results table: its header and whether it holds numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub label: String,
    pub num: bool,
}

impl Column {
    pub fn text(label: &str) -> Column {
        Column {
            label: label.to_string(),
            num: false,
        }
    }

    pub fn num(label: &str) -> Column {
        Column {
            label: label.to_string(),
            num: true,
        }
    }
}

/// The verdict cell of a row.
pub fn verdict_cell(t: &Texts, passed: bool) -> Cell {
    Cell::Verdict {
        text: verdict(t, passed),
        passed,
    }
}

/// The gains worth showing, largest first: raising a code to 100 must add at least 0.005 to
/// the overall. Anything smaller shows as "+0.00" at two decimals, which tells the user
/// nothing, so the stricter of the two cut-offs once used (`> 0` and `> 0.005`) is the one kept.
pub fn gains_worth_showing(fw: &Framework, a: &Assessment) -> impl Iterator<Item = Gain> {
    gains(fw, a).into_iter().filter(|g| g.gain >= 0.005)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::BarStyle;
    use crate::i18n::texts;
    use ita_core::analysis::ranking::{analyze, AnalysisSettings};
    use ita_core::framework::for_year;
    use ita_core::{assess, AssessOptions, Scores};

    fn seed_like() -> (&'static Framework, Assessment) {
        let fw = for_year(2567).unwrap();
        let mut s = Scores::default();
        for (code, v) in [
            ("1", 91.71),
            ("2", 70.0),
            ("3", 88.0),
            ("4", 60.5),
            ("5", 75.0),
            ("6", 95.0),
            ("7", 90.0),
            ("8", 86.0),
            ("9", 100.0),
            ("10", 64.0),
        ] {
            s.insert(code, v);
        }
        let a = assess(fw, 2567, &s, &AssessOptions::default());
        (fw, a)
    }

    #[test]
    fn verdicts_and_dashes() {
        let th = texts(Lang::Th);
        let en = texts(Lang::En);
        assert_eq!(verdict(th, true), th.passed);
        assert_eq!(verdict(en, false), en.not_passed);
        assert_ne!(verdict(th, true), verdict(th, false));
        assert_eq!(verdict_or_dash(en, None), en.no_value);
        assert_eq!(verdict_or_dash(en, Some(true)), en.passed);
        assert_eq!(or_dash(th, None), th.no_value);
        assert_eq!(score_or_dash(en, Some(79.425), Digits::Arabic), "79.43");
        assert_eq!(score_or_dash(en, None, Digits::Thai), en.no_value);
        assert_eq!(
            score_and_verdict(en, 85.0, true, Digits::Arabic),
            format!("85.00 {}", en.passed)
        );
    }

    #[test]
    fn verdict_cells_say_the_result_in_words() {
        let th = texts(Lang::Th);
        assert_eq!(
            verdict_cell(th, false),
            Cell::Verdict {
                text: th.not_passed,
                passed: false
            }
        );
        assert!(Column::num("x").num);
        assert!(!Column::text("x").num);
    }

    #[test]
    fn weights_honour_the_digit_setting() {
        assert_eq!(weight_percent(0.3, Digits::Arabic), "30%");
        assert_eq!(weight_percent(0.3, Digits::Thai), "๓๐%");
        assert_eq!(weight_percent(0.05, Digits::Arabic), "5%");
        assert_eq!(tool_label("EIT", 0.3, Digits::Thai), "EIT (๓๐%)");
    }

    #[test]
    fn the_indicator_chart_uses_the_framework_pass_mark_and_every_indicator() {
        let (fw, a) = seed_like();
        let an = analyze(fw, &a, &AnalysisSettings::default());
        let en = texts(Lang::En);
        let spec = indicator_chart(fw, &an, Lang::En, Digits::Arabic);
        assert_eq!(spec.rows.len(), fw.indicators().len());
        let (mark, label) = spec.pass_line.clone().unwrap();
        assert_eq!(mark, fw.pass_mark());
        assert!(label.contains(&format_score(fw.pass_mark(), Digits::Arabic)));
        let first = &spec.rows[0].bars[0];
        assert_eq!(first.style, BarStyle::Pass);
        assert_eq!(first.text, format!("91.71 {}", en.passed));
        assert_eq!(spec.rows[1].bars[0].style, BarStyle::Fail);
        let th = indicator_chart(fw, &an, Lang::Th, Digits::Thai);
        assert_eq!(
            th.rows[1].bars[0].text,
            format!("๗๐.๐๐ {}", texts(Lang::Th).not_passed)
        );
        assert_eq!(th.pass_line.unwrap().1, "เกณฑ์ ๘๕.๐๐");
        assert!(th.rows[0].bars[0].text.starts_with("๙๑.๗๑"));
        assert!(!th.rows[9].label.chars().any(|c| c.is_ascii_digit()));
    }

    #[test]
    fn gains_below_a_display_unit_are_left_out() {
        let (fw, a) = seed_like();
        let shown: Vec<Gain> = gains_worth_showing(fw, &a).collect();
        assert!(!shown.is_empty());
        assert!(shown.iter().all(|g| g.gain >= 0.005));
        assert!(shown.windows(2).all(|w| w[0].gain >= w[1].gain));
        // Indicator 9 is at 100 already: nothing to gain there.
        assert!(shown.iter().all(|g| g.code != "9"));
    }
}
