//! The draft measures plan (มาตรการส่งเสริมคุณธรรมและความโปร่งใส) for the fiscal year after
//! the assessed one, generated from the analysis and the recommendation library.
//!
//! Two styles:
//! * [`DraftStyle::ByIndicator`] (seed 004): one measure per urgent weakness, lowest first,
//!   then one per point to develop; each names the indicator and its score in ประเด็น, and its
//!   steps start with the questions or items below the pass mark (each with its score and the
//!   library's guideline), followed by the indicator's standard steps.
//! * [`DraftStyle::SevenIssues`] (seeds 000 and 003, ITA 2568–2569): the seven issues with
//!   their standard measures; the questions and items below the pass mark are added to the
//!   first measure of the issue they belong to.
//!
//! Every field of the result is plain text the user edits afterwards; `indicator`,
//! `related_indicators` and `codes` link each measure to the scores its outcome is measured by.

use serde::{Deserialize, Serialize};

use crate::analysis::ranking::{Analysis, Finding};
use crate::foundation::error::Lang;
use crate::foundation::number::{format_score, with_digits_keeping, Digits};
use crate::foundation::thai_date::{fiscal_year_period, DateFormat, DateStyle, Era};
use crate::framework::{Framework, MeasuresStyle};
use crate::scoring::assess::Assessment;
use crate::workbook::measures::Measure;
use crate::workbook::AgencyKind;
use crate::writing::recommendations::{library, Library, MeasureTemplate, Wording};

/// How the plan is organised.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DraftStyle {
    /// One measure per weak indicator and per point to develop (seed 004, ITA 2562–2567).
    #[default]
    ByIndicator,
    /// The seven issues of the 2568–2569 reports (seeds 000 and 003).
    SevenIssues,
}

impl DraftStyle {
    /// The style the agencies used with `fw`'s generation: seven issues from ITA 2568 on.
    pub fn recommended(fw: &Framework) -> DraftStyle {
        if seven_issues_apply(fw) {
            DraftStyle::SevenIssues
        } else {
            DraftStyle::ByIndicator
        }
    }
}

/// Whether the seven-issue template belongs to `fw`'s generation (ITA 2568 and later: the
/// framework file's `documents.measures_style`). Drafting in that style works for any
/// framework; this only says which one to offer first.
pub fn seven_issues_apply(fw: &Framework) -> bool {
    fw.file.documents.measures_style == MeasuresStyle::SevenIssues
}

/// How much the draft says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DraftDetail {
    /// One measure per weak point (an urgent weakness; in the seven-issue style, an issue with
    /// questions or items below the pass mark) with its key steps: the weak codes' steps and
    /// the first [`CONCISE_STEPS`] standard steps, one monitoring line.
    #[default]
    Concise,
    /// Every guideline: a measure for each point to develop too (or each standard measure of
    /// the seven issues), with all the standard steps.
    Full,
}

impl DraftDetail {
    /// Parse `concise|full`.
    pub fn parse(s: &str) -> Option<DraftDetail> {
        match s {
            "concise" => Some(DraftDetail::Concise),
            "full" => Some(DraftDetail::Full),
            _ => None,
        }
    }
}

/// Standard steps kept per measure in a concise draft.
pub const CONCISE_STEPS: usize = 3;

/// Drafting options.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftOptions {
    pub lang: Lang,
    /// Thai digits by default (official documents).
    pub digits: Digits,
    /// The era of the period's years (Buddhist era by default).
    pub era: Era,
    /// For the names of responsible units and of the agency in the steps.
    pub agency_kind: AgencyKind,
    /// The agency's name for the steps ("เว็บไซต์หลักของ…"); empty = the kind's generic name.
    pub agency_name: String,
    pub style: DraftStyle,
    /// Also draft measures for the points to develop (ByIndicator style).
    pub include_strengths: bool,
    /// The plan's fiscal year (Buddhist era); `None` = the assessed year + 1.
    pub plan_year: Option<u16>,
    /// Concise (the default) or full.
    pub detail: DraftDetail,
}

impl Default for DraftOptions {
    fn default() -> Self {
        DraftOptions {
            lang: Lang::Th,
            digits: Digits::Thai,
            era: Era::Be,
            agency_kind: AgencyKind::default(),
            agency_name: String::new(),
            style: DraftStyle::ByIndicator,
            include_strengths: true,
            plan_year: None,
            detail: DraftDetail::Concise,
        }
    }
}

impl DraftOptions {
    /// The plan's fiscal year for an assessment of `assessed_year`.
    pub fn plan_year_for(&self, assessed_year: u16) -> u16 {
        self.plan_year.unwrap_or(assessed_year + 1)
    }

    fn wording(&self, assessed_year: u16) -> Wording {
        Wording {
            lang: self.lang,
            digits: self.digits,
            kind: self.agency_kind,
            agency: self.agency_name.clone(),
            year: self.plan_year_for(assessed_year),
            prev_year: assessed_year,
        }
    }
}

/// The period of a fiscal year as the plan's ระยะเวลา column writes it, in months as agencies
/// write it in their plans: "ตุลาคม ๒๕๖๕ – กันยายน ๒๕๖๖" (in a narrow column it wraps between
/// month and year, never between a day and its month).
pub fn plan_period(plan_year: u16, lang: Lang, era: Era, digits: Digits) -> String {
    fiscal_year_period(
        plan_year,
        &DateFormat {
            lang,
            style: DateStyle::MonthYear,
            era,
            digits,
            era_label: lang == Lang::En && era == Era::Be,
        },
    )
}

/// Draft the measures plan for the fiscal year after `a.year` from its analysis `an`.
pub fn draft_plan(
    fw: &Framework,
    a: &Assessment,
    an: &Analysis,
    opts: &DraftOptions,
) -> Vec<Measure> {
    let d = Drafter {
        fw,
        an,
        opts,
        lib: library(),
        wording: opts.wording(a.year),
        period: plan_period(opts.plan_year_for(a.year), opts.lang, opts.era, opts.digits),
    };
    match opts.style {
        DraftStyle::ByIndicator => d.by_indicator(),
        DraftStyle::SevenIssues => d.seven_issues(),
    }
}

struct Drafter<'a> {
    fw: &'a Framework,
    an: &'a Analysis,
    opts: &'a DraftOptions,
    lib: &'static Library,
    wording: Wording,
    period: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Weakness,
    Develop,
}

impl Drafter<'_> {
    fn th(&self) -> bool {
        self.opts.lang == Lang::Th
    }

    /// The digit setting on the tool's text; the agency's name in it stays as typed.
    fn d(&self, text: &str) -> String {
        with_digits_keeping(text, self.opts.digits, &[&self.opts.agency_name])
    }

    /// Findings below the pass mark under an indicator, in the framework's order.
    fn weak_codes(&self, n: u8) -> Vec<&Finding> {
        let mut f: Vec<&Finding> = self
            .an
            .findings
            .get(&n)
            .map(|v| v.iter().collect())
            .unwrap_or_default();
        f.sort_by_key(|x| self.fw.node_index(&x.code).unwrap_or(usize::MAX));
        f
    }

    /// Steps for weak codes, codes sharing a guideline grouped in one step:
    /// "แจ้งเวียน… (ข้อ i7 ได้ ๗๓.๗๒ คะแนน)".
    fn code_steps(&self, findings: &[&Finding]) -> Vec<(String, String)> {
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for f in findings {
            let Some(g) = self.lib.guidance(self.fw, &f.code) else {
                continue;
            };
            let action = self.wording.fill(g.action(self.opts.lang));
            let score = format_score(f.value, Digits::Arabic);
            let note = if self.th() {
                format!("ข้อ {} ได้ {score} คะแนน", f.code)
            } else {
                format!("{}: {score}", f.code)
            };
            match groups.iter_mut().find(|(a, _)| *a == action) {
                Some((_, notes)) => notes.push(note),
                None => groups.push((action, vec![note])),
            }
        }
        groups
            .into_iter()
            .map(|(action, notes)| {
                let joined = if self.th() {
                    notes.join(" และ")
                } else {
                    notes.join("; ")
                };
                let line = self.d(&format!("{action} ({joined})"));
                (action, line)
            })
            .collect()
    }

    /// Numbered lines: "๑. …\n๒. …".
    fn numbered(&self, lines: &[String]) -> String {
        lines
            .iter()
            .enumerate()
            .map(|(k, l)| self.d(&format!("{}. {l}", k + 1)))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// A measure drafted from `template`: its wording, its steps (`first`, then the
    /// template's), owners, period and monitoring; the caller says what it is about.
    fn drafted_from(&self, template: &MeasureTemplate, first: Vec<(String, String)>) -> Measure {
        Measure {
            measure: self.wording.fill(template.measure(self.opts.lang)),
            steps: self.steps_text(first, template),
            owner: self.owner_text(template),
            period: self.period.clone(),
            monitoring: self.monitoring_text(template),
            ..Measure::default()
        }
    }

    /// The weak codes' steps (action, line) first, then the template's steps, leaving out a
    /// template step that a code step already says.
    fn steps_text(&self, first: Vec<(String, String)>, template: &MeasureTemplate) -> String {
        let mut lines: Vec<String> = first.iter().map(|(_, l)| l.clone()).collect();
        let keep = match self.opts.detail {
            DraftDetail::Concise => CONCISE_STEPS,
            DraftDetail::Full => usize::MAX,
        };
        for s in template.steps(self.opts.lang).iter().take(keep) {
            let s = self.wording.fill(s);
            if !lines.contains(&s) && !first.iter().any(|(a, _)| *a == s) {
                lines.push(s);
            }
        }
        self.numbered(&lines)
    }

    fn monitoring_text(&self, template: &MeasureTemplate) -> String {
        let lines: Vec<String> = template
            .monitoring(self.opts.lang)
            .unwrap_or_else(|| self.lib.default_monitoring(self.opts.lang))
            .iter()
            .take(match self.opts.detail {
                DraftDetail::Concise => 1,
                DraftDetail::Full => usize::MAX,
            })
            .map(|l| self.wording.fill(l))
            .collect();
        self.numbered(&lines)
    }

    fn owner_text(&self, template: &MeasureTemplate) -> String {
        self.lib
            .owners_text(&template.owners, self.opts.agency_kind, self.opts.lang)
    }

    /// ประเด็น of a by-indicator measure: "เครื่องมือการประเมิน IIT ตัวชี้วัดที่ ๒ การใช้งบประมาณ
    /// (๘๒.๙๖ คะแนน ไม่ผ่านเกณฑ์ ต้องแก้ไขโดยเร่งด่วน)".
    fn indicator_issue(&self, n: u8, role: Role) -> String {
        let ind = self.fw.indicator(n);
        let tool = ind.map(|i| i.tool.as_str()).unwrap_or("");
        let r = self.an.indicator(n);
        let score = r.map(|r| format_score(r.value, Digits::Arabic));
        let text = if self.th() {
            let name = ind
                .map(|i| format!("ตัวชี้วัดที่ {n} {}", i.name_th))
                .unwrap_or_else(|| format!("ตัวชี้วัดที่ {n}"));
            let verdict = match (r.map(|r| r.passed), role) {
                (Some(false), Role::Weakness) => "ไม่ผ่านเกณฑ์ ต้องแก้ไขโดยเร่งด่วน",
                (Some(false), Role::Develop) => "ไม่ผ่านเกณฑ์",
                (_, Role::Develop) => "ผ่านเกณฑ์ ต้องพัฒนาให้ดีขึ้น",
                (_, Role::Weakness) => "ต้องแก้ไขโดยเร่งด่วน",
            };
            match score {
                Some(s) => format!("เครื่องมือการประเมิน {tool} {name} ({s} คะแนน {verdict})"),
                None => format!("เครื่องมือการประเมิน {tool} {name} ({verdict})"),
            }
        } else {
            let name = ind
                .map(|i| format!("Indicator {n} {}", i.name_en))
                .unwrap_or_else(|| format!("Indicator {n}"));
            let verdict = match role {
                Role::Weakness => "below the pass mark: correct urgently",
                Role::Develop => "point to develop",
            };
            match score {
                Some(s) => format!("{tool}: {name} ({s}, {verdict})"),
                None => format!("{tool}: {name} ({verdict})"),
            }
        };
        self.d(&text)
    }

    fn by_indicator(&self) -> Vec<Measure> {
        let mut out = Vec::new();
        let mut list: Vec<(u8, Role)> = self
            .an
            .weaknesses
            .iter()
            .map(|&n| (n, Role::Weakness))
            .collect();
        if self.opts.include_strengths && self.opts.detail == DraftDetail::Full {
            list.extend(self.an.strengths.iter().map(|&n| (n, Role::Develop)));
        }
        for (n, role) in list {
            let Some(guide) = self.lib.indicator(n) else {
                continue;
            };
            let template = guide.primary_measure();
            let weak = self.weak_codes(n);
            out.push(Measure {
                id: match role {
                    Role::Weakness => format!("weak-{n}"),
                    Role::Develop => format!("develop-{n}"),
                },
                issue: self.indicator_issue(n, role),
                indicator: Some(n),
                codes: weak.iter().map(|f| f.code.clone()).collect(),
                ..self.drafted_from(template, self.code_steps(&weak))
            });
        }
        out
    }

    fn seven_issues(&self) -> Vec<Measure> {
        // Every weak question or item, in the framework's order, with its issue.
        let mut weak: Vec<(&Finding, u8, u8)> = Vec::new();
        for i in self.fw.indicators() {
            for f in self.weak_codes(i.number) {
                if let Some(g) = self.lib.guidance(self.fw, &f.code) {
                    weak.push((f, g.issue, g.indicator));
                }
            }
        }
        let mut out = Vec::new();
        for issue in self.lib.issues() {
            let mine: Vec<&Finding> = weak
                .iter()
                .filter(|(_, i, _)| *i == issue.number)
                .map(|(f, _, _)| *f)
                .collect();
            let mut related: Vec<u8> = issue.indicators[1..].to_vec();
            for (_, i, ind) in &weak {
                if *i == issue.number && *ind != issue.indicators[0] && !related.contains(ind) {
                    related.push(*ind);
                }
            }
            let title = self.d(&format!(
                "{}. {}",
                issue.number,
                issue.title(self.opts.lang)
            ));
            let concise = self.opts.detail == DraftDetail::Concise;
            let weak_here =
                !mine.is_empty() || (issue.number == 7 && !self.an.weaknesses.is_empty());
            if concise && !weak_here && !weak.is_empty() {
                continue;
            }
            let keep = if concise { 1 } else { issue.measures.len() };
            for (j, template) in issue.measures.iter().enumerate().take(keep) {
                let mut first = Vec::new();
                if j == 0 {
                    first = self.code_steps(&mine);
                    if issue.number == 7 {
                        first.extend(self.raise_step().map(|l| (l.clone(), l)));
                    }
                }
                out.push(Measure {
                    id: format!("issue-{}-{}", issue.number, j + 1),
                    issue: title.clone(),
                    indicator: Some(issue.indicators[0]),
                    related_indicators: related.clone(),
                    codes: if j == 0 {
                        mine.iter().map(|f| f.code.clone()).collect()
                    } else {
                        Vec::new()
                    },
                    ..self.drafted_from(template, first)
                });
            }
        }
        out
    }

    /// Issue 7's step naming the indicators below the pass mark, if any.
    fn raise_step(&self) -> Option<String> {
        if self.an.weaknesses.is_empty() {
            return None;
        }
        let items: Vec<String> = self
            .an
            .weaknesses
            .iter()
            .filter_map(|&n| {
                let r = self.an.indicator(n)?;
                let i = self.fw.indicator(n)?;
                let s = format_score(r.value, Digits::Arabic);
                Some(if self.th() {
                    format!("ตัวชี้วัดที่ {n} {} ({s} คะแนน)", i.name_th)
                } else {
                    format!("indicator {n} {} ({s})", i.name_en)
                })
            })
            .collect();
        let text = if self.th() {
            let list = crate::writing::narrative::list_th(&items);
            format!("กำกับติดตามการยกระดับคะแนนของตัวชี้วัดที่ต่ำกว่าเกณฑ์ ได้แก่ {list}")
        } else {
            format!(
                "Follow up the indicators below the pass mark: {}",
                items.join(", ")
            )
        };
        Some(self.d(&text))
    }
}
