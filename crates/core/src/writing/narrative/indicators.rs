//! The per-indicator paragraphs of the analysis: headings, guidelines, question scores and the
//! OIT items of an indicator.

use super::*;

impl Narrator<'_> {
    /// The numbered heading of an indicator in a section (seed 004): "๑) ตัวชี้วัดที่ ๑๐
    /// การป้องกันการทุจริต ๔๓.๗๕ คะแนน ผลการประเมินไม่ผ่านเกณฑ์".
    pub fn indicator_heading(&self, k: usize, n: u8) -> String {
        let name = self.ind_name(n);
        let text = match (self.an.indicator(n), self.th()) {
            (Some(r), true) => format!(
                "{k}) {name} {} คะแนน ผลการประเมิน{}",
                sc(r.value),
                if r.passed {
                    "ผ่านเกณฑ์"
                } else {
                    "ไม่ผ่านเกณฑ์"
                }
            ),
            (Some(r), false) => format!(
                "{k}) {name}: {} ({})",
                sc(r.value),
                if r.passed {
                    "passed"
                } else {
                    "below the pass mark"
                }
            ),
            (None, true) => format!("{k}) {name} (ยังไม่มีคะแนน)"),
            (None, false) => format!("{k}) {name} (no score yet)"),
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
        match (self.a.value(&n.to_string()), self.th()) {
            (Some(v), true) => format!(
                "{name} มีคะแนนประเมิน {} คะแนน ผลการประเมิน{} ({} คะแนน)",
                sc(v),
                if passes(v, self.an.pass_mark) {
                    "ผ่านเกณฑ์"
                } else {
                    "ไม่ผ่านเกณฑ์"
                },
                self.mark()
            ),
            (Some(v), false) => format!(
                "{name} scored {}, {} the pass mark of {}.",
                sc(v),
                if passes(v, self.an.pass_mark) {
                    "meeting"
                } else {
                    "below"
                },
                self.mark()
            ),
            (None, true) => format!("{name} ยังไม่มีคะแนนประเมินของตัวชี้วัด"),
            (None, false) => format!("{name} has no indicator score yet."),
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
        let title = q
            .filter(|q| with_title && !q.provisional)
            .map(|q| match (self.opts.lang, &q.title_en) {
                (Lang::En, Some(t)) => format!(" {t}"),
                _ => format!(" {}", q.title_th),
            })
            .unwrap_or_default();
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
        if !qs.is_empty() {
            parts.push(if self.th() {
                format!(
                    "ประกอบด้วยข้อคำถาม จำนวน {} ข้อ ได้แก่ {}",
                    qs.len(),
                    codes.join(" ")
                )
            } else {
                format!("It has {} questions: {}.", qs.len(), list_en(&codes))
            });
        }
        // Known scores in the framework's order, and those below the mark.
        let findings = questions_of(self.fw, self.a, n, mark);
        let known: Vec<_> = qs
            .iter()
            .filter_map(|q| findings.iter().find(|f| f.code == q.code))
            .collect();
        let complete = !qs.is_empty() && known.len() == qs.len();
        if !known.is_empty() {
            let items: Vec<String> = known
                .iter()
                .map(|f| self.question_score(&f.code, f.value, false))
                .collect();
            parts.push(match (self.th(), complete) {
                (true, true) => format!("มีผลการประเมินรายข้อ ดังนี้ {}", list_th(&items)),
                (true, false) => format!("ข้อที่มีผลการประเมินรายข้อ ได้แก่ {}", list_th(&items)),
                (false, true) => format!("Question scores: {}.", list_en(&items)),
                (false, false) => {
                    format!("Questions with a score: {}.", list_en(&items))
                }
            });
        }
        let weak: Vec<String> = known
            .iter()
            .filter(|f| !f.passed)
            .map(|f| f.code.clone())
            .collect();
        if !weak.is_empty() {
            parts.push(if self.th() {
                let listed: Vec<String> = weak.iter().map(|c| format!("ข้อ {c}")).collect();
                format!(
                    "ข้อที่ได้คะแนนต่ำกว่าเกณฑ์ ได้แก่ {}{}",
                    list_th(&listed),
                    self.weak_suffix(n)
                )
            } else {
                format!(
                    "Below the pass mark: {}{}",
                    list_en(&weak),
                    self.weak_suffix(n)
                )
            });
        } else if complete {
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
                parts.push(
                    match (self.th(), known.len()) {
                        (true, 1) => "ซึ่งผ่านเกณฑ์",
                        (true, _) => "ข้อที่มีผลการประเมินดังกล่าวผ่านเกณฑ์ทั้งหมด",
                        (false, 1) => "It meets the pass mark.",
                        (false, _) => "Those questions meet the pass mark.",
                    }
                    .to_string(),
                );
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
            let known: Vec<_> = items
                .iter()
                .filter_map(|q| findings.iter().find(|f| f.code == q.code))
                .collect();
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
            if !items.is_empty() {
                p.push(if self.th() {
                    format!(
                        "ประกอบด้วยข้อคำถาม จำนวน {} ข้อ ได้แก่ {}",
                        items.len(),
                        codes.join(" ")
                    )
                } else {
                    format!("It has {} items: {}.", items.len(), list_en(&codes))
                });
            }
            let complete = !items.is_empty() && known.len() == items.len();
            if !known.is_empty() {
                let scores: Vec<String> = known
                    .iter()
                    .map(|f| self.question_score(&f.code, f.value, false))
                    .collect();
                p.push(match (self.th(), complete) {
                    (true, true) => format!("มีผลการประเมินรายข้อ ดังนี้ {}", list_th(&scores)),
                    (true, false) => {
                        format!("ข้อที่มีผลการประเมินรายข้อ ได้แก่ {}", list_th(&scores))
                    }
                    (false, true) => format!("Item scores: {}.", list_en(&scores)),
                    (false, false) => format!("Items with a score: {}.", list_en(&scores)),
                });
            }
            let weak: Vec<String> = known
                .iter()
                .filter(|f| !f.passed)
                .map(|f| {
                    let title = self
                        .fw
                        .question(&f.code)
                        .filter(|q| !q.provisional)
                        .map(|q| match (self.opts.lang, &q.title_en) {
                            (Lang::En, Some(t)) => format!(" {t}"),
                            _ => format!(" {}", q.title_th),
                        })
                        .unwrap_or_default();
                    if self.th() {
                        format!("ข้อ {}{title}", f.code)
                    } else {
                        format!("{}{title}", f.code)
                    }
                })
                .collect();
            let full = |v: f64| round2(v) >= 100.0;
            if !weak.is_empty() {
                p.push(if self.th() {
                    format!(
                        "ข้อที่ยังไม่ได้คะแนนเต็ม ได้แก่ {}{}",
                        list_th(&weak),
                        self.weak_suffix(n)
                    )
                } else {
                    format!(
                        "Items short of full marks: {}{}",
                        list_en(&weak),
                        self.weak_suffix(n)
                    )
                });
            } else if complete || value.is_some_and(full) {
                p.push(
                    if self.th() {
                        "ได้คะแนนเต็มทุกข้อ ควรรักษามาตรฐานไว้ และพัฒนาให้มีประสิทธิภาพมากยิ่งขึ้นอย่างต่อเนื่อง"
                    } else {
                        "Every item scored full marks; the standard should be kept."
                    }
                    .to_string(),
                );
            } else if !known.is_empty() {
                p.push(
                    match (self.th(), known.len()) {
                        (true, 1) => "ซึ่งได้คะแนนเต็ม",
                        (true, _) => "ข้อที่มีผลการประเมินดังกล่าวได้คะแนนเต็มทั้งหมด",
                        (false, 1) => "It scored full marks.",
                        (false, _) => "Those items scored full marks.",
                    }
                    .to_string(),
                );
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
}
