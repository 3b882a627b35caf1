//! Follow-up of a measures plan: the implementation report (o43 up to 2566, o26 from 2569).
//!
//! Each [`Measure`] carries its status, what was done, the outcome and suggestions. Once the
//! next year's scores exist, [`fill`] writes each measure's outcome from the change of
//! the indicators it is linked to ("ตัวชี้วัดที่ ๒ การใช้งบประมาณ เพิ่มขึ้นจาก ๘๒.๙๖ เป็น ๘๘.๔๐
//! คะแนน (+๕.๔๔)"), and proposes what to do next. Both only fill fields the
//! user left empty: text a person wrote is never replaced.

use serde::{Deserialize, Serialize};

use crate::analysis::ranking::passes;
use crate::foundation::error::Lang;
use crate::foundation::number::{round2, with_digits, with_digits_keeping, Digits};
use crate::foundation::thai_date::{fiscal_year_label, DateFormat, DateStyle, Era};
use crate::framework::Framework;
use crate::scoring::assess::Assessment;
use crate::workbook::measures::{Measure, Status};
use crate::writing::narrative::{
    change_text, indicator_change, list_th, year_text, NarrativeOptions,
};

/// Language, digits and era of the follow-up texts (default: Thai, Thai digits, Buddhist era).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FollowUpOptions {
    pub lang: Lang,
    pub digits: Digits,
    pub era: Era,
    /// Also report the change of the measure's questions and items, when both years use the
    /// same framework (codes of different generations do not correspond).
    pub include_codes: bool,
}

impl Default for FollowUpOptions {
    fn default() -> Self {
        FollowUpOptions {
            lang: Lang::Th,
            digits: Digits::Thai,
            era: Era::Be,
            include_codes: true,
        }
    }
}

impl FollowUpOptions {
    fn narrative(&self) -> NarrativeOptions {
        NarrativeOptions {
            lang: self.lang,
            digits: Digits::Arabic,
            era: self.era,
        }
    }
}

/// The indicators a measure is measured by: `indicator` then `related_indicators`, once each.
pub fn linked_indicators(m: &Measure) -> Vec<u8> {
    let mut out: Vec<u8> = m.indicator.into_iter().collect();
    for &n in &m.related_indicators {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// The outcome of a measure from the change of its linked indicators between `prev` (the
/// assessed year the plan was made from) and `next` (a later year), named as in `fw` (the later
/// year's framework). `None` when the measure has no linked indicator with a score in both
/// years, or when `next` is not later than `prev`.
pub fn outcome_text(years: &FollowUp, m: &Measure) -> Option<String> {
    let FollowUp {
        fw,
        prev,
        next,
        opts,
    } = *years;
    if next.year <= prev.year {
        return None;
    }
    let nopts = opts.narrative();
    let same_framework = prev.framework_id == next.framework_id;
    let mut lines = Vec::new();
    for n in linked_indicators(m) {
        let Some(mut line) = indicator_change(fw, n, prev, next, &nopts) else {
            continue;
        };
        if opts.include_codes && same_framework {
            let details: Vec<String> = m
                .codes
                .iter()
                .filter(|c| crate::writing::recommendations::indicator_of(fw, c) == Some(n))
                .filter_map(|c| {
                    let (from, to) = (prev.value(c)?, next.value(c)?);
                    let name = match opts.lang {
                        Lang::Th => format!("ข้อ {c}"),
                        Lang::En => c.clone(),
                    };
                    Some(change_text(&name, from, to, opts.lang, ""))
                })
                .collect();
            if !details.is_empty() {
                line = match opts.lang {
                    Lang::Th => format!("{line} โดย{}", list_th(&details)),
                    Lang::En => format!("{line}; {}", details.join("; ")),
                };
            }
        }
        lines.push(line);
    }
    if lines.is_empty() {
        return None;
    }
    let context = match opts.lang {
        Lang::Th => format!(
            "ผลการประเมิน ITA {} เทียบกับ{}",
            year_text(next.year, &nopts),
            year_text(prev.year, &nopts)
        ),
        Lang::En => format!(
            "ITA {} compared with {}:",
            year_text(next.year, &nopts),
            year_text(prev.year, &nopts)
        ),
    };
    let text = match lines.as_slice() {
        [one] => format!("{context} {one}"),
        many => format!(
            "{context}\n{}",
            many.iter()
                .map(|l| format!("- {l}"))
                .collect::<Vec<_>>()
                .join("\n")
        ),
    };
    Some(with_digits(&text, opts.digits))
}

/// What the follow-up texts are written from: the assessed year the plan was made from
/// (`prev`), a later year (`next`), the later year's framework and the options.
#[derive(Clone, Copy, Debug)]
pub struct FollowUp<'a> {
    pub fw: &'a Framework,
    pub prev: &'a Assessment,
    pub next: &'a Assessment,
    pub opts: &'a FollowUpOptions,
}

impl<'a> FollowUp<'a> {
    pub fn new(
        fw: &'a Framework,
        prev: &'a Assessment,
        next: &'a Assessment,
        opts: &'a FollowUpOptions,
    ) -> FollowUp<'a> {
        FollowUp {
            fw,
            prev,
            next,
            opts,
        }
    }
}

/// A follow-up field of a measure that [`fill`] can write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FollowUpField {
    /// The outcome, from the change between `prev` and `next` (see [`outcome_text`]).
    Outcome,
    /// The suggestion of what to do next (see [`suggestion_text`]).
    Suggestions,
}

/// Fill `field` of every measure where it is empty (or only spaces); measures with text are
/// left exactly as they are. Returns how many were filled.
pub fn fill(field: FollowUpField, plan: &mut [Measure], years: &FollowUp) -> usize {
    let mut filled = 0;
    for m in plan.iter_mut() {
        let current = match field {
            FollowUpField::Outcome => &m.outcome,
            FollowUpField::Suggestions => &m.suggestions,
        };
        if !current.trim().is_empty() {
            continue;
        }
        let text = match field {
            FollowUpField::Outcome => outcome_text(years, m),
            FollowUpField::Suggestions => suggestion_text(years, m),
        };
        if let Some(text) = text {
            match field {
                FollowUpField::Outcome => m.outcome = text,
                FollowUpField::Suggestions => m.suggestions = text,
            }
            filled += 1;
        }
    }
    filled
}

/// A suggestion (ข้อเสนอแนะ) for a measure from where its linked indicators stand in `next`:
/// to review the measure when one is still below the pass mark, to look for the cause when one
/// fell, otherwise to keep the work going (seed 001's "ควรดำเนินการอย่างสม่ำเสมอตลอด
/// ปีงบประมาณ"). `None` when no linked indicator has a score in both years.
pub fn suggestion_text(years: &FollowUp, m: &Measure) -> Option<String> {
    let FollowUp {
        fw,
        next,
        opts,
        prev,
    } = *years;
    if prev.year >= next.year {
        return None;
    }
    let mark = fw.pass_mark();
    let mut below = Vec::new();
    let mut fell = Vec::new();
    let mut any = false;
    for n in linked_indicators(m) {
        let code = n.to_string();
        let (Some(from), Some(to)) = (prev.value(&code), next.value(&code)) else {
            continue;
        };
        any = true;
        if !passes(to, mark) {
            below.push(n);
        } else if round2(to) < round2(from) {
            fell.push(n);
        }
    }
    if !any {
        return None;
    }
    let names = |ns: &[u8]| -> String {
        let items: Vec<String> = ns
            .iter()
            .map(|&n| match (fw.indicator(n), opts.lang) {
                (Some(i), Lang::Th) => format!("ตัวชี้วัดที่ {n} {}", i.name_th),
                (Some(i), Lang::En) => format!("indicator {n} {}", i.name_en),
                (None, Lang::Th) => format!("ตัวชี้วัดที่ {n}"),
                (None, Lang::En) => format!("indicator {n}"),
            })
            .collect();
        match (items.as_slice(), opts.lang) {
            ([init @ .., last], Lang::En) if !init.is_empty() => {
                format!("{} and {last}", init.join(", "))
            }
            (_, Lang::En) => items.join(""),
            (_, Lang::Th) => list_th(&items),
        }
    };
    let following = fiscal_year_label(
        next.year + 1,
        &DateFormat {
            lang: opts.lang,
            style: DateStyle::Full,
            era: opts.era,
            digits: Digits::Arabic,
            era_label: true,
        },
    );
    let mark_text = crate::foundation::number::format_fixed(mark, 0, Digits::Arabic);
    let text = match (opts.lang, below.is_empty(), fell.is_empty()) {
        (Lang::Th, false, _) => format!(
            "{} ยังได้คะแนนต่ำกว่าเกณฑ์ ({mark_text} คะแนน) ควรทบทวนมาตรการและดำเนินการอย่างต่อเนื่องใน{following}",
            names(&below)
        ),
        (Lang::Th, true, false) => format!(
            "{} ได้คะแนนลดลง ควรวิเคราะห์สาเหตุและดำเนินการตามมาตรการอย่างต่อเนื่องใน{following}",
            names(&fell)
        ),
        (Lang::Th, true, true) => {
            "ควรดำเนินการอย่างสม่ำเสมอและต่อเนื่องตลอดปีงบประมาณ เพื่อรักษามาตรฐานไว้".to_string()
        }
        (Lang::En, false, _) => format!(
            "{} is still below the pass mark of {mark_text}; review the measure and continue it in {following}.",
            names(&below)
        ),
        (Lang::En, true, false) => format!(
            "{} fell; find out why and continue the measure in {following}.",
            names(&fell)
        ),
        (Lang::En, true, true) => {
            "Keep the work going regularly throughout the fiscal year to hold the standard.".to_string()
        }
    };
    Some(with_digits(&text, opts.digits))
}

/// How far a plan has got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub total: usize,
    pub not_started: usize,
    pub in_progress: usize,
    pub done: usize,
    pub cancelled: usize,
    /// Measures whose outcome is written.
    pub with_outcome: usize,
}

/// Count the measures by status.
pub fn progress(plan: &[Measure]) -> Progress {
    let mut p = Progress {
        total: plan.len(),
        ..Progress::default()
    };
    for m in plan {
        match m.status {
            Status::NotStarted => p.not_started += 1,
            Status::InProgress => p.in_progress += 1,
            Status::Done => p.done += 1,
            Status::Cancelled => p.cancelled += 1,
        }
        if !m.outcome.trim().is_empty() {
            p.with_outcome += 1;
        }
    }
    p
}

/// The paragraph that opens the implementation report (seed 001): "ตามที่ … ได้วิเคราะห์
/// ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๔ และได้กำหนดมาตรการ … ประจำปีงบประมาณ พ.ศ. ๒๕๖๕
/// จำนวน ๑๐ มาตรการ …", with the counts by status taken from the plan.
pub fn report_intro(
    agency: &str,
    assessed_year: u16,
    plan: &[Measure],
    opts: &FollowUpOptions,
) -> String {
    let f = DateFormat {
        lang: opts.lang,
        style: DateStyle::Full,
        era: opts.era,
        digits: Digits::Arabic,
        era_label: true,
    };
    let (from, to) = (
        fiscal_year_label(assessed_year, &f),
        fiscal_year_label(assessed_year + 1, &f),
    );
    let p = progress(plan);
    let agency = agency.trim();
    let text = match opts.lang {
        Lang::Th => {
            let who = if agency.is_empty() || agency == "หน่วยงาน" {
                "หน่วยงาน".to_string()
            } else {
                agency.to_string()
            };
            let mut counts = Vec::new();
            for (n, label) in [
                (p.done, "ดำเนินการแล้ว"),
                (p.in_progress, "อยู่ระหว่างดำเนินการ"),
                (p.not_started, "ยังไม่ได้เริ่มดำเนินการ"),
                (p.cancelled, "ยกเลิก"),
            ] {
                if n > 0 {
                    counts.push(format!("{label} {n} มาตรการ"));
                }
            }
            let status = if counts.is_empty() {
                String::new()
            } else {
                format!(" ปัจจุบัน{}", counts.join(" "))
            };
            // Say the measures were carried out only when the statuses show it.
            let claim = if p.done + p.in_progress > 0 {
                format!(" {who}ได้ขับเคลื่อนมาตรการดังกล่าวไปสู่การปฏิบัติ")
            } else {
                String::new()
            };
            format!(
                "ตามที่{who}ได้วิเคราะห์ผลการประเมิน ITA ประจำ{from} และได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำ{to} จำนวน {} มาตรการ นั้น{claim}{status} โดยมีรายละเอียดผลการดำเนินการ ดังนี้",
                p.total
            )
        }
        Lang::En => {
            let who = if agency.is_empty() {
                "The agency"
            } else {
                agency
            };
            format!(
                "{who} analysed its ITA results of {from} and set {} integrity and transparency measures for {to}: {} done, {} in progress, {} not started, {} cancelled. The results are as follows.",
                p.total, p.done, p.in_progress, p.not_started, p.cancelled
            )
        }
    };
    with_digits_keeping(&text, opts.digits, &[agency])
}
