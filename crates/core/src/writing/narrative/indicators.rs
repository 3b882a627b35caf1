//! The per-indicator paragraphs of the analysis: headings, guidelines, question scores and the
//! OIT items of an indicator.

use super::*;
use crate::analysis::ranking::Finding;

impl Narrator<'_> {
    /// The numbered heading of an indicator in a section (seed 004): "๑) ตัวชี้วัดที่ ๑๐
    /// การป้องกันการทุจริต ๔๓.๗๕ คะแนน ผลการประเมินไม่ผ่านเกณฑ์".
    pub fn indicator_heading(&self, k: usize, n: u8) -> String {
        let name = self.ind_name(n);
        let th = self.th();
        let text = match self.an.indicator(n) {
            Some(r) => {
                let verdict = match (r.passed, th) {
                    (true, true) => "ผ่านเกณฑ์",
                    (false, true) => "ไม่ผ่านเกณฑ์",
                    (true, false) => "passed",
                    (false, false) => "below the pass mark",
                };
                if th {
                    format!("{k}) {name} {} คะแนน ผลการประเมิน{verdict}", sc(r.value))
                } else {
                    format!("{k}) {name}: {} ({verdict})", sc(r.value))
                }
            }
            None if th => format!("{k}) {name} (ยังไม่มีคะแนน)"),
            None => format!("{k}) {name} (no score yet)"),
        };
        self.d(text)
    }

    /// The development guideline of a question or item, as the report's column writes it
    /// ("หน่วยงานแจ้งเวียน…"); empty for a code the framework does not know.
    pub fn guideline(&self, code: &str) -> String {
        crate::writing::recommendations::library()
            .guidance(self.fw, code)
            .map(|g| self.d(g.sentence(self.opts.lang)))
            .unwrap_or_default()
    }

    /// The paragraphs about one indicator: its score against the pass mark, its questions
    /// (IIT/EIT) or sub-indicators and items (OIT), the scores known, the ones below the pass
    /// mark, and a conclusion that claims no more than the data shows.
    pub fn indicator_paragraphs(&self, n: u8) -> Vec<String> {
        if self.fw.indicator(n).is_none() {
            return Vec::new();
        }
        let subs: Vec<_> = self
            .fw
            .file
            .sub_indicators
            .iter()
            .filter(|s| s.indicator == n)
            .collect();
        let paragraphs = if subs.is_empty() {
            vec![self.question_paragraph(n)]
        } else {
            self.oit_paragraphs(n, &subs)
        };
        paragraphs.into_iter().map(|p| self.d(p)).collect()
    }

    /// "ตัวชี้วัดที่ ๒ การใช้งบประมาณ มีคะแนนประเมิน ๘๒.๙๖ คะแนน ผลการประเมินไม่ผ่านเกณฑ์
    /// (๘๕ คะแนน)".
    fn head(&self, n: u8) -> String {
        let name = self.ind_name(n);
        let Some(v) = self.a.value(&n.to_string()) else {
            return if self.th() {
                format!("{name} ยังไม่มีคะแนนประเมินของตัวชี้วัด")
            } else {
                format!("{name} has no indicator score yet.")
            };
        };
        let (score, mark, passed) = (sc(v), self.mark(), passes(v, self.an.pass_mark));
        if self.th() {
            let verdict = if passed {
                "ผ่านเกณฑ์"
            } else {
                "ไม่ผ่านเกณฑ์"
            };
            format!("{name} มีคะแนนประเมิน {score} คะแนน ผลการประเมิน{verdict} ({mark} คะแนน)")
        } else {
            let verdict = if passed { "meeting" } else { "below" };
            format!("{name} scored {score}, {verdict} the pass mark of {mark}.")
        }
    }

    /// How the indicator stands, for conclusions: Some(true) passed, Some(false) failed.
    fn ind_passed(&self, n: u8) -> Option<bool> {
        self.a
            .value(&n.to_string())
            .map(|v| passes(v, self.an.pass_mark))
    }

    fn urgent(&self, n: u8) -> bool {
        self.an.weaknesses.contains(&n)
    }

    /// What a list of weak questions or items calls for, by the indicator's standing.
    fn weak_suffix(&self, n: u8) -> &'static str {
        match (self.ind_passed(n), self.urgent(n), self.th()) {
            (Some(false), true, true) => " ซึ่งเป็นประเด็นที่ต้องแก้ไขโดยเร่งด่วน",
            (Some(false), false, true) => " ซึ่งเป็นประเด็นที่ต้องปรับปรุงแก้ไข",
            (_, _, true) => " ซึ่งควรพัฒนาให้ดีขึ้น",
            (Some(false), true, false) => ", to be corrected urgently.",
            (Some(false), false, false) => ", to be corrected.",
            (_, _, false) => ", to be improved.",
        }
    }

    /// The conclusion from the indicator score alone.
    fn indicator_conclusion(&self, n: u8) -> Option<&'static str> {
        match (self.ind_passed(n)?, self.urgent(n), self.th()) {
            (true, _, true) => Some("ควรรักษามาตรฐานไว้ และพัฒนาให้มีประสิทธิภาพมากยิ่งขึ้นอย่างต่อเนื่อง"),
            (false, true, true) => Some("ตัวชี้วัดนี้จึงเป็นประเด็นที่ต้องแก้ไขโดยเร่งด่วน"),
            (false, false, true) => Some("ตัวชี้วัดนี้จึงต้องปรับปรุงแก้ไข"),
            (true, _, false) => Some("The standard should be kept and improved further."),
            (false, true, false) => Some("The indicator needs urgent correction."),
            (false, false, false) => Some("The indicator needs correction."),
        }
    }

    /// "ข้อ i11 ได้ ๘๔.๖๘ คะแนน (โปร่งใส ตรวจสอบได้ ๘๗.๖๖ คะแนน เอื้อประโยชน์… ๘๑.๗๑ คะแนน)".
    fn question_score(&self, code: &str, v: f64, with_title: bool) -> String {
        let q = self.fw.question(code);
        let title = self.title_of(code, with_title);
        let subs: Vec<String> = q
            .map(|q| {
                q.sub_items
                    .iter()
                    .enumerate()
                    .filter_map(|(k, label)| {
                        let sv = self.a.value(&format!("{}.{}", q.code, k + 1))?;
                        Some(if self.th() {
                            format!("{label} {} คะแนน", sc(sv))
                        } else {
                            format!("{label} {}", sc(sv))
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let subs = if subs.is_empty() {
            String::new()
        } else if self.th() {
            format!(" ({})", subs.join(" "))
        } else {
            format!(" ({})", subs.join("; "))
        };
        if self.th() {
            format!("ข้อ {code}{title} ได้ {} คะแนน{subs}", sc(v))
        } else {
            format!("{code}{title} {}{subs}", sc(v))
        }
    }

    fn question_paragraph(&self, n: u8) -> String {
        let mark = self.an.pass_mark;
        let qs = self.fw.questions_of_indicator(n);
        let codes: Vec<String> = qs.iter().map(|q| q.code.clone()).collect();
        let mut parts = vec![self.head(n)];
        // Known scores in the framework's order, and those below the mark.
        let findings = questions_of(self.fw, self.a, n, mark);
        let known = in_order(&qs, &findings);
        let Some(complete) = self.say_parts(&mut parts, n, &codes, &known, Parts::Questions) else {
            return parts.join(" ");
        };
        if complete {
            let full = known.iter().all(|f| round2(f.value) >= 100.0);
            let all = match (self.th(), full) {
                (true, true) => "ได้คะแนนเต็มทุกข้อ",
                (true, false) => "ทุกข้อผ่านเกณฑ์",
                (false, true) => "Every question scored full marks.",
                (false, false) => "Every question meets the pass mark.",
            };
            parts.push(all.to_string());
            if self.ind_passed(n) == Some(true) {
                parts.extend(self.indicator_conclusion(n).map(str::to_string));
            }
        } else {
            if !known.is_empty() {
                parts.push(self.known_fine(known.len(), Parts::Questions));
            }
            parts.extend(self.indicator_conclusion(n).map(str::to_string));
        }
        parts.join(" ")
    }

    fn oit_paragraphs(&self, n: u8, subs: &[&crate::framework::SubIndicator]) -> Vec<String> {
        let mark = self.an.pass_mark;
        let names: Vec<String> = subs
            .iter()
            .map(|s| {
                if self.th() {
                    format!("{} {}", s.code, s.name_th)
                } else {
                    format!("{} {}", s.code, s.name_en)
                }
            })
            .collect();
        let mut first = vec![self.head(n)];
        first.push(if self.th() {
            format!(
                "ประกอบด้วยตัวชี้วัดย่อย {} ตัวชี้วัด ได้แก่ {}",
                subs.len(),
                list_th(&names)
            )
        } else {
            format!("It has {} sub-indicators: {}.", subs.len(), list_en(&names))
        });
        let findings = questions_of(self.fw, self.a, n, mark);
        let mut out = Vec::new();
        let mut any_sub = false;
        for s in subs {
            let items: Vec<&crate::framework::Question> = self
                .fw
                .questions()
                .iter()
                .filter(|q| q.parent == s.code)
                .collect();
            let known = in_order(&items, &findings);
            let value = self.a.value(&s.code);
            if value.is_none() && known.is_empty() {
                continue;
            }
            any_sub = true;
            let codes: Vec<String> = items.iter().map(|q| q.code.clone()).collect();
            let mut p = Vec::new();
            p.push(match (value, self.th()) {
                (Some(v), true) => format!(
                    "ตัวชี้วัดย่อยที่ {} {} มีคะแนนประเมิน {} คะแนน",
                    s.code,
                    s.name_th,
                    sc(v)
                ),
                (None, true) => format!("ตัวชี้วัดย่อยที่ {} {}", s.code, s.name_th),
                (Some(v), false) => {
                    format!("Sub-indicator {} {} scored {}.", s.code, s.name_en, sc(v))
                }
                (None, false) => format!("Sub-indicator {} {}.", s.code, s.name_en),
            });
            let full = |v: f64| round2(v) >= 100.0;
            let said = self.say_parts(&mut p, n, &codes, &known, Parts::Items);
            if said.is_none() {
                // The items short of full marks are listed with what they call for.
            } else if said == Some(true) || value.is_some_and(full) {
                p.push(
                    if self.th() {
                        "ได้คะแนนเต็มทุกข้อ ควรรักษามาตรฐานไว้ และพัฒนาให้มีประสิทธิภาพมากยิ่งขึ้นอย่างต่อเนื่อง"
                    } else {
                        "Every item scored full marks; the standard should be kept."
                    }
                    .to_string(),
                );
            } else if !known.is_empty() {
                p.push(self.known_fine(known.len(), Parts::Items));
            } else if value.is_some() {
                p.push(
                    if self.th() {
                        "ยังไม่ได้คะแนนเต็ม ควรตรวจสอบและปรับปรุงข้อมูลที่เปิดเผยให้ครบถ้วนตามเกณฑ์"
                    } else {
                        "It is short of full marks; the published information should be checked and completed."
                    }
                    .to_string(),
                );
            }
            out.push(p.join(" "));
        }
        if !any_sub {
            first.extend(self.indicator_conclusion(n).map(str::to_string));
        }
        let mut all = vec![first.join(" ")];
        all.extend(out);
        all
    }

    /// The sentences on an indicator's parts (`codes`, of which `known` have a score): what it
    /// is made of, the known scores, and the weak parts with what they call for. Returns
    /// whether every part has a score, or `None` when some are weak.
    fn say_parts(
        &self,
        out: &mut Vec<String>,
        n: u8,
        codes: &[String],
        known: &[&Finding],
        parts: Parts,
    ) -> Option<bool> {
        let th = self.th();
        let (what_en, all_en, some_en) = match parts {
            Parts::Questions => ("questions", "Question scores", "Questions with a score"),
            Parts::Items => ("items", "Item scores", "Items with a score"),
        };
        if !codes.is_empty() {
            out.push(if th {
                format!(
                    "ประกอบด้วยข้อคำถาม จำนวน {} ข้อ ได้แก่ {}",
                    codes.len(),
                    codes.join(" ")
                )
            } else {
                format!("It has {} {}: {}.", codes.len(), what_en, list_en(codes))
            });
        }
        let complete = !codes.is_empty() && known.len() == codes.len();
        if !known.is_empty() {
            let scores: Vec<String> = known
                .iter()
                .map(|f| self.question_score(&f.code, f.value, false))
                .collect();
            out.push(match (th, complete) {
                (true, true) => format!("มีผลการประเมินรายข้อ ดังนี้ {}", list_th(&scores)),
                (true, false) => format!("ข้อที่มีผลการประเมินรายข้อ ได้แก่ {}", list_th(&scores)),
                (false, true) => format!("{}: {}.", all_en, list_en(&scores)),
                (false, false) => format!("{}: {}.", some_en, list_en(&scores)),
            });
        }
        let weak: Vec<String> = known
            .iter()
            .filter(|f| !f.passed)
            .map(|f| {
                let title = self.title_of(&f.code, parts == Parts::Items);
                if th {
                    format!("ข้อ {}{title}", f.code)
                } else {
                    format!("{}{title}", f.code)
                }
            })
            .collect();
        if weak.is_empty() {
            return Some(complete);
        }
        let (lead_th, lead_en) = match parts {
            Parts::Questions => ("ข้อที่ได้คะแนนต่ำกว่าเกณฑ์", "Below the pass mark"),
            Parts::Items => ("ข้อที่ยังไม่ได้คะแนนเต็ม", "Items short of full marks"),
        };
        out.push(if th {
            format!("{lead_th} ได้แก่ {}{}", list_th(&weak), self.weak_suffix(n))
        } else {
            format!("{lead_en}: {}{}", list_en(&weak), self.weak_suffix(n))
        });
        None
    }

    /// That the `known` parts (none weak) are all fine, though not every part is known.
    fn known_fine(&self, known: usize, parts: Parts) -> String {
        let (th, en) = match (parts, known > 1) {
            (Parts::Questions, false) => ("ซึ่งผ่านเกณฑ์", "It meets the pass mark."),
            (Parts::Questions, true) => (
                "ข้อที่มีผลการประเมินดังกล่าวผ่านเกณฑ์ทั้งหมด",
                "Those questions meet the pass mark.",
            ),
            (Parts::Items, false) => ("ซึ่งได้คะแนนเต็ม", "It scored full marks."),
            (Parts::Items, true) => (
                "ข้อที่มีผลการประเมินดังกล่าวได้คะแนนเต็มทั้งหมด",
                "Those items scored full marks.",
            ),
        };
        if self.th() { th } else { en }.to_string()
    }

    /// " <title>" of a question or item in the language (the Thai one when there is no English
    /// one), or nothing for a provisional title, an unknown code or `with_title` false.
    fn title_of(&self, code: &str, with_title: bool) -> String {
        self.fw
            .question(code)
            .filter(|q| with_title && !q.provisional)
            .map(|q| match (self.opts.lang, &q.title_en) {
                (Lang::En, Some(t)) => format!(" {t}"),
                _ => format!(" {}", q.title_th),
            })
            .unwrap_or_default()
    }
}

/// The parts of an indicator the sentences name: its questions (IIT, EIT) or items (OIT).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Parts {
    Questions,
    Items,
}

/// The findings of `questions` that have a score, in the questions' order.
fn in_order<'f>(
    questions: &[&crate::framework::Question],
    findings: &'f [Finding],
) -> Vec<&'f Finding> {
    questions
        .iter()
        .filter_map(|q| findings.iter().find(|f| f.code == q.code))
        .collect()
}
