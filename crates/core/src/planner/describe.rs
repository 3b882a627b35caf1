//! The goal and the plan in words (CLI and plain-text exports).

use super::*;

impl Goal {
    /// The goal in words, e.g. "ระดับ ผ่านดี: คะแนนภาพรวมไม่ต่ำกว่า 85.00 และทุกเครื่องมือไม่ต่ำกว่า 85.00".
    pub fn describe(&self, lang: Lang, digits: Digits) -> String {
        let n = |v: f64| format_score(v, digits);
        let floors = match (lang, self.tool_min) {
            (Lang::Th, None) => format!("คะแนนภาพรวมไม่ต่ำกว่า {}", n(self.overall_min)),
            (Lang::Th, Some(t)) => format!(
                "คะแนนภาพรวมไม่ต่ำกว่า {} และทุกเครื่องมือ (IIT, EIT, OIT) ไม่ต่ำกว่า {}",
                n(self.overall_min),
                n(t)
            ),
            (Lang::En, None) => format!("overall at least {}", n(self.overall_min)),
            (Lang::En, Some(t)) => format!(
                "overall at least {} and every tool (IIT, EIT, OIT) at least {}",
                n(self.overall_min),
                n(t)
            ),
        };
        match (&self.level, lang) {
            (Some(l), Lang::Th) => format!("ระดับ {l}: {floors}"),
            (Some(l), Lang::En) => format!("level {l}: {floors}"),
            (None, _) => floors,
        }
    }
}

impl Plan {
    /// The plan as short lines of text (for the CLI and plain-text exports), every digit in
    /// `digits`.
    pub fn lines(&self, fw: &Framework, lang: Lang, digits: Digits) -> Vec<String> {
        let th = lang == Lang::Th;
        let n = |v: f64| format_score(v, digits);
        let state = |o: &Outcome| {
            let score = o.overall.map(n).unwrap_or_else(|| "–".into());
            let level = o.level.as_ref().map(|l| l.name.as_str()).unwrap_or("–");
            if th {
                format!("{score} ระดับ {level}")
            } else {
                format!("{score}, level {level}")
            }
        };
        let mut out = vec![
            format!(
                "{} {}",
                if th {
                    "เป้าหมาย:"
                } else {
                    "Target:"
                },
                self.goal.describe(lang, digits)
            ),
            format!(
                "{} {}",
                if th {
                    "ปัจจุบัน:"
                } else {
                    "Now:"
                },
                state(&self.before)
            ),
        ];
        match self.status {
            PlanStatus::AlreadyReached => out.push(
                if th {
                    "บรรลุเป้าหมายแล้ว ไม่ต้องยกระดับข้อใด"
                } else {
                    "Already reached: nothing to change"
                }
                .to_string(),
            ),
            PlanStatus::Unreachable => out.push(if th {
                format!(
                    "ไม่สามารถบรรลุเป้าหมายได้ แม้ทุกข้อที่ทราบคะแนนจะได้ 100 (ได้สูงสุด {})",
                    state(&self.after)
                )
            } else {
                format!(
                    "Unreachable even with every known code at 100 (at most {})",
                    state(&self.after)
                )
            }),
            PlanStatus::Reachable => {
                out.push(if th {
                    format!(
                        "ยกระดับ {} ข้อต่อไปนี้เป็น 100 คะแนน (OIT {} ข้อ, IIT/EIT {} ข้อ):",
                        self.steps.len(),
                        self.steps.len() - self.survey_changes,
                        self.survey_changes
                    )
                } else {
                    format!(
                        "Raise these {} codes to 100 ({} OIT, {} IIT/EIT):",
                        self.steps.len(),
                        self.steps.len() - self.survey_changes,
                        self.survey_changes
                    )
                });
                for s in &self.steps {
                    out.push(format!(
                        "  {}  {} → 100  (+{})",
                        fw.display_name(&s.code, lang),
                        n(s.value),
                        n(s.gain)
                    ));
                }
                out.push(format!(
                    "{} {}",
                    if th {
                        "ผลที่ได้:"
                    } else {
                        "Result:"
                    },
                    state(&self.after)
                ));
            }
        }
        if let Some(sf) = &self.after_all_oit {
            let tools: Vec<String> = sf
                .tools
                .iter()
                .map(|(t, v)| {
                    if th {
                        format!("{t} ยังขาด {} คะแนน", n(*v))
                    } else {
                        format!("{t} needs {} more points", n(*v))
                    }
                })
                .collect();
            let tools = if tools.is_empty() {
                String::new()
            } else {
                format!("; {}", tools.join(", "))
            };
            out.push(if th {
                format!(
                    "ข้อ OIT อย่างเดียวไม่พอ: หลังยกระดับ OIT ทุกข้อแล้ว คะแนนภาพรวมยังขาด {} คะแนน{tools} ซึ่งต้องมาจาก IIT/EIT",
                    n(sf.overall)
                )
            } else {
                format!(
                    "OIT items alone are not enough: with every OIT item at 100 the overall still needs {} points{tools}, which must come from IIT/EIT",
                    n(sf.overall)
                )
            });
        }
        if !self.proven_optimal {
            out.push(
                if th {
                    "หมายเหตุ: เป็นแผนที่ดีที่สุดที่พบภายในขอบเขตการค้นหา ยังไม่ได้พิสูจน์ว่าสั้นที่สุด"
                } else {
                    "Note: the best plan found within the search budget; not proven the shortest"
                }
                .to_string(),
            );
        }
        // Everything in the chosen digits: counts, codes and names too, as the reports write.
        out.into_iter().map(|l| with_digits(&l, digits)).collect()
    }
}
