//! The running text of the analysis report, written the way the seed reports write it:
//! the overall ("คะแนนภาพรวมหน่วยงาน … : ๗๙.๔๓ คะแนน ระดับผลการประเมิน B"), each indicator
//! ("ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ มีคะแนนประเมิน ๙๑.๗๑ คะแนน ประกอบด้วยข้อคำถาม จำนวน ๖ ข้อ
//! …", or its sub-indicators for the OIT indicators as seed 000 does), and the introductions of
//! the urgent-weaknesses and points-to-develop sections (seed 004).
//!
//! **Claims follow the data.** A sentence says "ทุกข้อผ่านเกณฑ์" only when every question of
//! the indicator has a score and all pass; with some scores missing it speaks only of the
//! questions that have one; with none it speaks only of the indicator. Every score goes
//! through [`format_score`] (one rounding rule); text is built with Arabic digits and converted
//! once at the end when Thai digits are chosen.

mod indicators;

use serde::{Deserialize, Serialize};

use crate::analysis::ranking::{passes, questions_of, Analysis};
use crate::foundation::error::Lang;
use crate::foundation::number::{
    format_change, format_fixed, format_score, round2, with_digits, with_digits_keeping, Digits,
};
use crate::foundation::thai_date::{fiscal_year_label, year_label, DateFormat, DateStyle, Era};
use crate::framework::Framework;
use crate::scoring::assess::{Assessment, Warning};

/// Language, digits and era of the narrative. The default is the official Thai form: Thai,
/// Thai digits, Buddhist era.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NarrativeOptions {
    pub lang: Lang,
    pub digits: Digits,
    pub era: Era,
}

impl Default for NarrativeOptions {
    fn default() -> Self {
        NarrativeOptions {
            lang: Lang::Th,
            digits: Digits::Thai,
            era: Era::Be,
        }
    }
}

impl NarrativeOptions {
    fn date_format(&self) -> DateFormat {
        DateFormat {
            lang: self.lang,
            style: DateStyle::Full,
            era: self.era,
            digits: Digits::Arabic,
            era_label: true,
        }
    }
}

/// Writes the narrative of one year's analysis.
#[derive(Clone, Debug)]
pub struct Narrator<'a> {
    fw: &'a Framework,
    year: u16,
    a: &'a Assessment,
    an: &'a Analysis,
    opts: NarrativeOptions,
}

/// A score as text, before digit conversion.
fn sc(v: f64) -> String {
    format_score(v, Digits::Arabic)
}

/// A pass mark as text: "85" for a whole number (as the reports write it), else two decimals.
fn mark_text(v: f64) -> String {
    if round2(v).fract() == 0.0 {
        format_fixed(v, 0, Digits::Arabic)
    } else {
        sc(v)
    }
}

/// A Thai enumeration: "ก ข และค" (as the seed reports join items); "และ" is written apart
/// from an item that does not start with a Thai letter ("และ OIT", "และ 10.2").
pub(crate) fn list_th(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let thai = last
                .chars()
                .next()
                .is_some_and(|c| ('\u{0e01}'..='\u{0e4e}').contains(&c) && !c.is_numeric());
            let sep = if thai { "และ" } else { "และ " };
            format!("{} {sep}{last}", init.join(" "))
        }
    }
}

/// An English enumeration: "a, b and c".
fn list_en(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Whether an agency name was really given (the report passes "หน่วยงาน" for none).
fn real_name(agency: &str) -> Option<&str> {
    let a = agency.trim();
    (!a.is_empty() && a != "หน่วยงาน").then_some(a)
}

impl<'a> Narrator<'a> {
    /// A narrator in Thai, Buddhist era, with the chosen digits.
    pub fn new(
        fw: &'a Framework,
        year: u16,
        a: &'a Assessment,
        an: &'a Analysis,
        digits: Digits,
    ) -> Narrator<'a> {
        Narrator {
            fw,
            year,
            a,
            an,
            opts: NarrativeOptions {
                digits,
                ..NarrativeOptions::default()
            },
        }
    }

    /// A narrator with every option.
    pub fn with_options(
        fw: &'a Framework,
        year: u16,
        a: &'a Assessment,
        an: &'a Analysis,
        opts: NarrativeOptions,
    ) -> Narrator<'a> {
        Narrator {
            fw,
            year,
            a,
            an,
            opts,
        }
    }

    /// The same narrator in another language.
    pub fn lang(mut self, lang: Lang) -> Self {
        self.opts.lang = lang;
        self
    }

    /// The same narrator with years in another era.
    pub fn era(mut self, era: Era) -> Self {
        self.opts.era = era;
        self
    }

    pub fn options(&self) -> NarrativeOptions {
        self.opts
    }

    fn th(&self) -> bool {
        self.opts.lang == Lang::Th
    }

    fn d(&self, text: String) -> String {
        with_digits(&text, self.opts.digits)
    }

    /// As `d`, for a sentence that names the agency: the name keeps its digits as typed.
    fn d_naming(&self, text: String, agency: &str) -> String {
        with_digits_keeping(&text, self.opts.digits, &[agency])
    }

    fn mark(&self) -> String {
        mark_text(self.an.pass_mark)
    }

    fn ind_name(&self, n: u8) -> String {
        match self.fw.indicator(n) {
            Some(i) if self.th() => format!("ตัวชี้วัดที่ {n} {}", i.name_th),
            Some(i) => format!("Indicator {n} {}", i.name_en),
            None if self.th() => format!("ตัวชี้วัดที่ {n}"),
            None => format!("Indicator {n}"),
        }
    }

    /// "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕" / "fiscal year B.E. 2565".
    pub fn year_label(&self) -> String {
        let label = fiscal_year_label(self.year, &self.opts.date_format());
        self.d(if self.th() {
            format!("ประจำ{label}")
        } else {
            label
        })
    }

    /// The headline, as seed 004 prints it: "คะแนนภาพรวมหน่วยงาน องค์การบริหารส่วนจังหวัด
    /// อุบลราชธานี : ๗๙.๔๓ คะแนน ระดับผลการประเมิน B". When a rating level could not be
    /// confirmed (tool scores missing), it says which level is confirmed and why.
    pub fn overall(&self, agency: &str) -> String {
        let who = match (real_name(agency), self.th()) {
            (Some(a), true) => format!("คะแนนภาพรวมหน่วยงาน {a}"),
            (None, true) => "คะแนนภาพรวมของหน่วยงาน".to_string(),
            (Some(a), false) => format!("Overall score of {a}"),
            (None, false) => "Overall score".to_string(),
        };
        let Some(v) = self.a.overall else {
            return if self.th() {
                format!("{who} : ยังไม่มีคะแนนภาพรวม")
            } else {
                format!("{who}: not yet known")
            };
        };
        let level = self
            .a
            .level
            .as_ref()
            .map(|l| l.name.clone())
            .unwrap_or_default();
        let unchecked = self.gate_unchecked();
        let text = match (self.th(), unchecked) {
            (true, None) => format!("{who} : {} คะแนน ระดับผลการประเมิน {level}", sc(v)),
            (true, Some((gated, min))) => format!(
                "{who} : {} คะแนน ระดับผลการประเมินไม่ต่ำกว่า {level} (ระดับ {gated} ต้องมีคะแนนทุกเครื่องมือตั้งแต่ {} คะแนนขึ้นไป ซึ่งยังไม่มีคะแนนรายเครื่องมือครบ)",
                sc(v),
                mark_text(min)
            ),
            (false, None) => format!("{who}: {}, level {level}", sc(v)),
            (false, Some((gated, min))) => format!(
                "{who}: {}, level {level} at least ({gated} needs every tool at {} or more, and not all tool scores are known)",
                sc(v),
                mark_text(min)
            ),
        };
        self.d_naming(text, agency)
    }

    fn gate_unchecked(&self) -> Option<(String, f64)> {
        self.a.warnings.iter().find_map(|w| match w {
            Warning::GateUnchecked { level, tool_min } => Some((level.clone(), *tool_min)),
            _ => None,
        })
    }

    /// A sentence on the overall result: "ผลการประเมิน … ประจำปีงบประมาณ พ.ศ. ๒๕๖๕
    /// องค์การบริหารส่วนจังหวัดอุบลราชธานี ได้คะแนนภาพรวม ๗๙.๔๓ คะแนน อยู่ในระดับ B
    /// ซึ่งไม่ผ่านเกณฑ์ (๘๕ คะแนน)". `None` without an overall score.
    pub fn overall_summary(&self, agency: &str) -> Option<String> {
        let v = self.a.overall?;
        let level = self.a.level.as_ref()?;
        let year = fiscal_year_label(self.year, &self.opts.date_format());
        let pick = |th: &'static str, en: &'static str| if self.th() { th } else { en };
        let who = real_name(agency).unwrap_or(pick("หน่วยงาน", "the agency"));
        let verdict = if level.passed {
            pick("ซึ่งผ่านเกณฑ์", "which passes")
        } else {
            pick("ซึ่งไม่ผ่านเกณฑ์", "below")
        };
        let at_least = match self.gate_unchecked() {
            Some(_) => pick("ไม่ต่ำกว่า", " at least"),
            None => "",
        };
        let (score, name, mark) = (sc(v), &level.name, self.mark());
        let text = if self.th() {
            format!(
                "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำ{year} {who} ได้คะแนนภาพรวม {score} คะแนน อยู่ในระดับ{at_least} {name} {verdict} ({mark} คะแนน)"
            )
        } else {
            format!(
                "In the ITA of {year}, {who} scored {score} overall, level {name}{at_least}, {verdict} the pass mark of {mark}"
            )
        };
        Some(self.d_naming(text, agency))
    }

    /// The tool scores that are known: "ผลการประเมินรายเครื่องมือ ได้แก่ IIT ๘๕.๙๙ คะแนน
    /// EIT ๙๐.๖๐ คะแนน และ OIT ๖๖.๑๓ คะแนน". Tool parts (EIT ส่วนที่ ๑/๒) are named when
    /// given. `None` if no tool score is known.
    pub fn tools(&self) -> Option<String> {
        let mut items = Vec::new();
        for t in self.fw.tools() {
            if let Some(v) = self.a.value(&t.code) {
                items.push(if self.th() {
                    format!("{} {} คะแนน", t.code, sc(v))
                } else {
                    format!("{} {}", t.code, sc(v))
                });
            }
            for p in &t.parts {
                if let Some(f) = self.a.figures.get(&p.code).filter(|f| f.given.is_some()) {
                    items.push(if self.th() {
                        format!("{} {} คะแนน", p.name_th, sc(f.value))
                    } else {
                        format!("{} {}", p.name_en, sc(f.value))
                    });
                }
            }
        }
        if items.is_empty() {
            return None;
        }
        Some(self.d(if self.th() {
            format!("ผลการประเมินรายเครื่องมือ ได้แก่ {}", list_th(&items))
        } else {
            format!("Scores by tool: {}", list_en(&items))
        }))
    }

    /// The paragraph that opens the analysis (seed 004).
    pub fn analysis_intro(&self, agency: &str) -> String {
        let year = fiscal_year_label(self.year, &self.opts.date_format());
        let who = real_name(agency).unwrap_or(if self.th() {
            "หน่วยงาน"
        } else {
            "The agency"
        });
        self.d_naming(if self.th() {
            format!(
                "{who} ได้วิเคราะห์ผลการประเมิน ITA {year} โดยจำแนกตามเครื่องมือการประเมิน และระบุประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน ประเด็นที่จะต้องพัฒนาให้ดีขึ้น ที่มีความสอดคล้องกับผลการประเมิน รวมถึงการนำผลการวิเคราะห์ไปสู่การปฏิบัติ โดยมีรายละเอียดดังนี้"
            )
        } else {
            format!(
                "{who} analysed its ITA results of {year} by assessment tool, identified the weaknesses to correct urgently and the points to develop, and set out how the analysis will be put into practice, as follows."
            )
        }, agency)
    }

    fn known_total(&self) -> (usize, usize) {
        (self.an.ranked.len(), self.fw.indicators().len())
    }

    fn partial_note(&self) -> String {
        let (known, total) = self.known_total();
        if known >= total {
            return String::new();
        }
        if self.th() {
            format!(" (พิจารณาจากตัวชี้วัดที่มีคะแนน {known} จาก {total} ตัวชี้วัด)")
        } else {
            format!(" (of the {known} of {total} indicators with a score)")
        }
    }

    /// The introduction of the urgent-weaknesses section (seed 004): "ประเด็นที่เป็นข้อบกพร่อง
    /// หรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน โดยพิจารณาจากตัวชี้วัดที่ได้รับคะแนนน้อยกว่า ๘๕
    /// คะแนน และมีคะแนนน้อยที่สุด ๔ อันดับ ดังนี้". The count and wording follow the data:
    /// "จำนวน … ตัวชี้วัด" when every failing indicator is listed; no "ดังนี้" when none is.
    pub fn weaknesses_intro(&self) -> String {
        let failing = self.an.ranked.iter().filter(|r| !r.passed).count();
        self.side_intro(&WEAKNESSES, self.an.weaknesses.len(), failing)
    }

    /// The sentence for a year with no indicator below the pass mark.
    pub fn no_weaknesses(&self) -> String {
        self.side_none(&WEAKNESSES)
    }

    /// The introduction of the points-to-develop section (seed 004): "ประเด็นที่ต้องพัฒนาให้
    /// ดีขึ้น ที่มีความสอดคล้องกับผลการประเมิน โดยพิจารณาจากตัวชี้วัดที่ได้รับคะแนนตั้งแต่ ๘๕
    /// คะแนนขึ้นไป และมีคะแนนมากที่สุด ๓ อันดับ ดังนี้".
    pub fn strengths_intro(&self) -> String {
        let passing = self.an.ranked.iter().filter(|r| r.passed).count();
        self.side_intro(&STRENGTHS, self.an.strengths.len(), passing)
    }

    /// The sentence for a year with no indicator at or above the pass mark.
    pub fn no_strengths(&self) -> String {
        self.side_none(&STRENGTHS)
    }

    /// The introduction of one side's section: `shown` indicators of the `of` on that side.
    fn side_intro(&self, side: &Side, shown: usize, of: usize) -> String {
        let mark = self.mark();
        let note = self.partial_note();
        let (head, extreme) = (side.th_head, side.th_extreme);
        let criterion = side.th_criterion.replace("{mark}", &mark);
        let (en_head, en_extreme) = (side.en_head, side.en_extreme);
        let scoring = side.en_scoring.replace("{mark}", &mark);
        self.d(match (self.th(), shown) {
            (true, 0) => format!("{head} พิจารณาจาก{criterion}{note}"),
            (true, _) if shown < of => format!(
                "{head} โดยพิจารณาจาก{criterion} และมีคะแนน{extreme} {shown} อันดับ{note} ดังนี้"
            ),
            (true, _) => format!(
                "{head} โดยพิจารณาจาก{criterion} ซึ่งมีจำนวน {shown} ตัวชี้วัด เรียงจากคะแนน{extreme}{note} ดังนี้"
            ),
            (false, 0) => format!("{en_head} are the indicators scoring {scoring}{note}."),
            (false, _) if shown < of => format!(
                "{en_head}: the {shown} {en_extreme} of the {of} indicators scoring {scoring}{note}, as follows."
            ),
            (false, _) => format!(
                "{en_head}: the {shown} indicators scoring {scoring}, {en_extreme} first{note}, as follows."
            ),
        })
    }

    /// The sentence for a year with no indicator on one side of the pass mark.
    fn side_none(&self, side: &Side) -> String {
        let mark = self.mark();
        let note = self.partial_note();
        self.d(if self.th() {
            let criterion = side.th_criterion.replace("{mark}", &mark);
            format!("จากผลการประเมิน ไม่มี{criterion}{note}")
        } else {
            let scoring = side.en_scoring.replace("{mark}", &mark);
            format!("No indicator scored {scoring}{note}.")
        })
    }

    /// The paragraph that opens the measures plan (seed 004): "จากการวิเคราะห์ผลการประเมิน…
    /// ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ นำมาสู่ข้อเสนอแนะในการกำหนดมาตรการ… ประจำปีงบประมาณ
    /// พ.ศ. ๒๕๖๖ ดังนี้".
    pub fn plan_intro(&self, agency: &str, plan_year: u16) -> String {
        let f = self.opts.date_format();
        let (from, to) = (
            fiscal_year_label(self.year, &f),
            fiscal_year_label(plan_year, &f),
        );
        self.d_naming(if self.th() {
            let of = real_name(agency)
                .map(|a| format!("ของ{a}"))
                .unwrap_or_default();
            format!(
                "จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำ{from} นำมาสู่ข้อเสนอแนะในการกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน{of} ประจำ{to} ดังนี้"
            )
        } else {
            let who = real_name(agency).unwrap_or("the agency");
            format!(
                "From the analysis of the ITA results of {from}, {who} sets the following integrity and transparency measures for {to}."
            )
        }, agency)
    }

    /// Sentences comparing this year with an earlier one (`prev`, scored with `prev_fw`):
    /// the overall, the rating, the tools and every indicator known in both years, as
    /// [`crate::analysis::year_over_year`] writes them.
    pub fn year_over_year(&self, prev_fw: &Framework, prev: &Assessment) -> Vec<String> {
        crate::analysis::year_over_year::compare((prev_fw, prev), (self.fw, self.a))
            .sentences(self.opts.lang, self.opts.digits)
    }
}

/// The change of one indicator between two assessments, e.g. "ตัวชี้วัดที่ ๒ การใช้งบประมาณ
/// เพิ่มขึ้นจาก ๘๒.๙๖ เป็น ๘๘.๔๐ คะแนน (+๕.๔๔)", adding when it crosses the pass mark of `fw`
/// ("และผ่านเกณฑ์ (๘๕ คะแนน)"). The change is between the published (two-decimal) figures, so
/// the three numbers agree. `None` unless both years have the indicator's score.
pub fn indicator_change(
    fw: &Framework,
    n: u8,
    prev: &Assessment,
    next: &Assessment,
    opts: &NarrativeOptions,
) -> Option<String> {
    let code = n.to_string();
    let (from, to) = (prev.value(&code)?, next.value(&code)?);
    let name = match (fw.indicator(n), opts.lang) {
        (Some(i), Lang::Th) => format!("ตัวชี้วัดที่ {n} {}", i.name_th),
        (Some(i), Lang::En) => format!("Indicator {n} {}", i.name_en),
        (None, Lang::Th) => format!("ตัวชี้วัดที่ {n}"),
        (None, Lang::En) => format!("Indicator {n}"),
    };
    let mark = fw.pass_mark();
    let crossing = match (passes(from, mark), passes(to, mark), opts.lang) {
        (false, true, Lang::Th) => format!(" และผ่านเกณฑ์ ({} คะแนน)", mark_text(mark)),
        (true, false, Lang::Th) => format!(" และต่ำกว่าเกณฑ์ ({} คะแนน)", mark_text(mark)),
        (false, true, Lang::En) => format!(", now meeting the pass mark of {}", mark_text(mark)),
        (true, false, Lang::En) => format!(", now below the pass mark of {}", mark_text(mark)),
        _ => String::new(),
    };
    Some(with_digits(
        &change_text(&name, from, to, opts.lang, &crossing),
        opts.digits,
    ))
}

/// "{name} เพิ่มขึ้นจาก a เป็น b คะแนน (+c){tail}" and its variants, digits not yet converted.
pub(crate) fn change_text(name: &str, from: f64, to: f64, lang: Lang, tail: &str) -> String {
    let delta = round2(to) - round2(from);
    let c = format_change(delta, Digits::Arabic);
    match (lang, round2(delta).partial_cmp(&0.0)) {
        (Lang::Th, Some(std::cmp::Ordering::Greater)) => {
            format!(
                "{name} เพิ่มขึ้นจาก {} เป็น {} คะแนน ({c}){tail}",
                sc(from),
                sc(to)
            )
        }
        (Lang::Th, Some(std::cmp::Ordering::Less)) => {
            format!(
                "{name} ลดลงจาก {} เป็น {} คะแนน ({c}){tail}",
                sc(from),
                sc(to)
            )
        }
        (Lang::Th, _) => format!("{name} เท่าเดิมที่ {} คะแนน{tail}", sc(to)),
        (Lang::En, Some(std::cmp::Ordering::Greater)) => {
            format!("{name} rose from {} to {} ({c}){tail}", sc(from), sc(to))
        }
        (Lang::En, Some(std::cmp::Ordering::Less)) => {
            format!("{name} fell from {} to {} ({c}){tail}", sc(from), sc(to))
        }
        (Lang::En, _) => format!("{name} stayed at {}{tail}", sc(to)),
    }
}

/// The year label for running text ("ปี พ.ศ. ๒๕๖๖" / "B.E. 2566"), digits not yet converted.
pub(crate) fn year_text(year_be: u16, opts: &NarrativeOptions) -> String {
    let f = DateFormat {
        digits: Digits::Arabic,
        ..opts.date_format()
    };
    match opts.lang {
        Lang::Th => format!("ปี {}", year_label(year_be, &f)),
        Lang::En => year_label(year_be, &f),
    }
}

/// The wording of one side of the pass mark: the weaknesses below it, the strengths at or above.
struct Side {
    th_head: &'static str,
    /// Which indicators, with `{mark}` for the pass mark.
    th_criterion: &'static str,
    th_extreme: &'static str,
    en_head: &'static str,
    /// The scores, with `{mark}` for the pass mark.
    en_scoring: &'static str,
    en_extreme: &'static str,
}

const WEAKNESSES: Side = Side {
    th_head: "ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน",
    th_criterion: "ตัวชี้วัดที่ได้รับคะแนนน้อยกว่า {mark} คะแนน",
    th_extreme: "น้อยที่สุด",
    en_head: "Weaknesses to correct urgently",
    en_scoring: "below {mark}",
    en_extreme: "lowest",
};

const STRENGTHS: Side = Side {
    th_head: "ประเด็นที่ต้องพัฒนาให้ดีขึ้น ที่มีความสอดคล้องกับผลการประเมิน",
    th_criterion: "ตัวชี้วัดที่ได้รับคะแนนตั้งแต่ {mark} คะแนนขึ้นไป",
    th_extreme: "มากที่สุด",
    en_head: "Points to develop",
    en_scoring: "{mark} or more",
    en_extreme: "highest",
};
