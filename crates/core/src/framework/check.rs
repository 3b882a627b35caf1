//! Validation of a framework file: every rule the scoring tree relies on, reported with the
//! path of the field at fault. Also compiled into `build.rs`, which validates the built-in
//! files at build time: it uses nothing of the crate but what the build script stubs.

use std::collections::BTreeSet;

use crate::foundation::echo::{echo, echo_number};
use crate::foundation::error::{ItaError, Problem};
use crate::foundation::lang::Lang;
use crate::framework::{FrameworkFile, Scale};

/// The error for the field at `path`, described in Thai and in English. User text quoted in
/// the descriptions goes through `echo` (capped).
fn bad(path: impl Into<String>, th: impl Into<String>, en: impl Into<String>) -> ItaError {
    ItaError::BadFramework {
        path: path.into(),
        problem: Problem::text(th, en),
    }
}

/// Two frameworks given for one fiscal year.
pub(crate) fn year_twice(year: u16) -> Problem {
    Problem::text(
        format!("มีกรอบการประเมินของปีงบประมาณ {year} อยู่แล้ว"),
        format!("another framework already covers fiscal year {year}"),
    )
}

fn check_score(path: String, v: f64) -> Result<(), ItaError> {
    if !(0.0..=100.0).contains(&v) {
        return Err(bad(
            path,
            format!("{} อยู่นอกช่วง 0–100", echo_number(v, Lang::Th)),
            format!("{} is outside 0–100", echo_number(v, Lang::En)),
        ));
    }
    Ok(())
}

pub(crate) fn validate(f: &FrameworkFile) -> Result<(), ItaError> {
    if f.id.trim().is_empty() {
        return Err(bad("id", "ต้องไม่ว่าง", "must not be empty"));
    }
    if f.years.is_empty() {
        return Err(bad(
            "years",
            "ต้องระบุปีงบประมาณอย่างน้อยหนึ่งปี",
            "must list at least one fiscal year",
        ));
    }
    for (i, y) in f.years.iter().enumerate() {
        if !(2500..=2700).contains(y) {
            return Err(bad(
                format!("years[{i}]"),
                format!("{y} ไม่ใช่ปี พ.ศ."),
                format!("{y} is not a Buddhist-era year"),
            ));
        }
    }
    check_score("pass_mark".into(), f.pass_mark)?;
    if let Some(item) = &f.documents.measures_oit_item {
        let is_oit_item = f
            .questions
            .iter()
            .any(|q| q.code == *item && q.scale == Scale::Oit);
        if !is_oit_item {
            return Err(bad(
                "documents.measures_oit_item",
                format!("\"{}\" ไม่ใช่ข้อของ OIT ในไฟล์นี้", echo(item)),
                format!("\"{}\" is not an OIT item of this file", echo(item)),
            ));
        }
    }

    let mut codes = BTreeSet::new();
    let mut claim = |path: String, code: &str| -> Result<(), ItaError> {
        if !codes.insert(code.to_string()) {
            return Err(bad(
                path,
                format!("รหัส \"{}\" ใช้ซ้ำสองครั้ง", echo(code)),
                format!("code \"{}\" is used twice", echo(code)),
            ));
        }
        Ok(())
    };

    let tool_codes: Vec<&str> = f.tools.iter().map(|t| t.code.as_str()).collect();
    for want in ["IIT", "EIT", "OIT"] {
        if !tool_codes.contains(&want) {
            return Err(bad(
                "tools",
                format!("ไม่มีเครื่องมือ {want}"),
                format!("tool {want} is missing"),
            ));
        }
    }
    let mut weight_sum = 0.0;
    for (i, t) in f.tools.iter().enumerate() {
        if !["IIT", "EIT", "OIT"].contains(&t.code.as_str()) {
            return Err(bad(
                format!("tools[{i}].code"),
                format!("ไม่รู้จักเครื่องมือ \"{}\" (IIT, EIT, OIT)", echo(&t.code)),
                format!("unknown tool \"{}\" (IIT, EIT, OIT)", echo(&t.code)),
            ));
        }
        claim(format!("tools[{i}].code"), &t.code)?;
        if !(t.weight > 0.0 && t.weight <= 1.0) {
            return Err(bad(
                format!("tools[{i}].weight"),
                format!("{} ต้องมากกว่า 0 และไม่เกิน 1", echo_number(t.weight, Lang::Th)),
                format!("{} must be in (0, 1]", echo_number(t.weight, Lang::En)),
            ));
        }
        weight_sum += t.weight;
        for (k, p) in t.parts.iter().enumerate() {
            claim(format!("tools[{i}].parts[{k}].code"), &p.code)?;
        }
    }
    if (weight_sum - 1.0).abs() > 1e-9 {
        return Err(bad(
            "tools",
            format!("น้ำหนักรวมได้ {} ไม่ใช่ 1", echo_number(weight_sum, Lang::Th)),
            format!(
                "weights sum to {}, not 1",
                echo_number(weight_sum, Lang::En)
            ),
        ));
    }

    for (i, ind) in f.indicators.iter().enumerate() {
        let path = format!("indicators[{i}]");
        if !(1..=99).contains(&ind.number) {
            return Err(bad(
                format!("{path}.number"),
                format!("{} ไม่ใช่เลขตัวชี้วัด (1–99)", ind.number),
                format!("{} is not an indicator number", ind.number),
            ));
        }
        claim(format!("{path}.number"), &ind.number.to_string())?;
        let Some(tool) = f.tools.iter().find(|t| t.code == ind.tool) else {
            return Err(bad(
                format!("{path}.tool"),
                format!("ไม่รู้จักเครื่องมือ \"{}\"", echo(&ind.tool)),
                format!("unknown tool \"{}\"", echo(&ind.tool)),
            ));
        };
        match (&ind.part, tool.parts.is_empty()) {
            (Some(p), _) if !tool.parts.iter().any(|tp| &tp.code == p) => {
                return Err(bad(
                    format!("{path}.part"),
                    format!("เครื่องมือ {} ไม่มีส่วน \"{}\"", tool.code, echo(p)),
                    format!("tool {} has no part \"{}\"", tool.code, echo(p)),
                ));
            }
            (None, false) => {
                return Err(bad(
                    format!("{path}.part"),
                    format!("เครื่องมือ {} แบ่งเป็นส่วน ต้องระบุส่วน", tool.code),
                    format!("tool {} has parts: name one", tool.code),
                ));
            }
            _ => {}
        }
    }
    for t in &f.tools {
        if !f.indicators.iter().any(|i| i.tool == t.code) {
            return Err(bad(
                "indicators",
                format!("เครื่องมือ {} ไม่มีตัวชี้วัด", t.code),
                format!("tool {} has no indicator", t.code),
            ));
        }
        if let Some(first) = t.parts.first() {
            if !f
                .indicators
                .iter()
                .any(|i| i.part.as_deref() == Some(first.code.as_str()))
            {
                return Err(bad(
                    "indicators",
                    format!("ส่วน \"{}\" ไม่มีตัวชี้วัด", echo(&first.code)),
                    format!("part \"{}\" has no indicator", echo(&first.code)),
                ));
            }
        }
    }

    for (i, s) in f.sub_indicators.iter().enumerate() {
        let path = format!("sub_indicators[{i}]");
        claim(format!("{path}.code"), &s.code)?;
        let Some(ind) = f.indicators.iter().find(|x| x.number == s.indicator) else {
            return Err(bad(
                format!("{path}.indicator"),
                format!("ไม่รู้จักตัวชี้วัด {}", s.indicator),
                format!("unknown indicator {}", s.indicator),
            ));
        };
        if ind.tool != "OIT" {
            return Err(bad(
                format!("{path}.indicator"),
                "ตัวชี้วัดย่อยต้องอยู่ใต้ตัวชี้วัดของ OIT",
                "sub-indicators belong to OIT indicators",
            ));
        }
        if !f.questions.iter().any(|q| q.parent == s.code) {
            return Err(bad(
                format!("{path}.code"),
                format!("ตัวชี้วัดย่อย \"{}\" ไม่มีข้อ", echo(&s.code)),
                format!("sub-indicator \"{}\" has no item", echo(&s.code)),
            ));
        }
    }

    for (i, q) in f.questions.iter().enumerate() {
        let path = format!("questions[{i}]");
        let prefix = q.code.chars().next().unwrap_or(' ');
        let rest = &q.code[prefix.len_utf8().min(q.code.len())..];
        if !matches!(prefix, 'i' | 'e' | 'o')
            || rest.is_empty()
            || !rest.chars().all(|c| c.is_ascii_digit())
        {
            return Err(bad(
                format!("{path}.code"),
                format!("\"{}\" ไม่ใช่รหัสแบบ i7, e6 หรือ o38", echo(&q.code)),
                format!("\"{}\" is not a code like i7, e6 or o38", echo(&q.code)),
            ));
        }
        claim(format!("{path}.code"), &q.code)?;
        if q.title_th.trim().is_empty() {
            return Err(bad(
                format!("{path}.title_th"),
                "ต้องไม่ว่าง",
                "must not be empty",
            ));
        }
        let tool_of_parent = if let Some(s) = f.sub_indicators.iter().find(|s| s.code == q.parent) {
            f.indicators
                .iter()
                .find(|x| x.number == s.indicator)
                .map(|x| x.tool.as_str())
        } else {
            f.indicators
                .iter()
                .find(|x| x.number.to_string() == q.parent)
                .map(|x| x.tool.as_str())
        };
        let Some(tool) = tool_of_parent else {
            return Err(bad(
                format!("{path}.parent"),
                format!("ไม่รู้จักตัวชี้วัดแม่ \"{}\"", echo(&q.parent)),
                format!("unknown parent \"{}\"", echo(&q.parent)),
            ));
        };
        let expected_prefix = match tool {
            "IIT" => 'i',
            "EIT" => 'e',
            _ => 'o',
        };
        if prefix != expected_prefix {
            return Err(bad(
                format!("{path}.code"),
                format!("{} อยู่ใต้ตัวชี้วัดของ {tool} รหัสต้องขึ้นต้นด้วย {expected_prefix}", q.code),
                format!("{} sits under a {tool} indicator; its code must start with '{expected_prefix}'", q.code),
            ));
        }
        if tool == "OIT" {
            if q.scale != Scale::Oit {
                return Err(bad(
                    format!("{path}.scale"),
                    "ข้อของ OIT ต้องมี \"scale\" เป็น \"oit\"",
                    "OIT items use scale = \"oit\"",
                ));
            }
            if f.sub_indicators
                .iter()
                .any(|s| s.indicator.to_string() == q.parent)
            {
                return Err(bad(
                    format!("{path}.parent"),
                    "ตัวชี้วัดนี้มีตัวชี้วัดย่อย ต้องระบุตัวชี้วัดย่อย",
                    "this indicator has sub-indicators: name one",
                ));
            }
        } else if q.scale == Scale::Oit {
            return Err(bad(
                format!("{path}.scale"),
                "ข้อคำถามแบบสำรวจต้องใช้ \"four_level\" หรือ \"yes_no\"",
                "survey questions use four_level or yes_no",
            ));
        }
        for (k, n) in q.reverse_sub_items.iter().enumerate() {
            if *n == 0 || *n > q.sub_items.len() {
                return Err(bad(
                    format!("{path}.reverse_sub_items[{k}]"),
                    format!("ไม่มีข้อย่อยที่ {n}"),
                    format!("no sub-item {n}"),
                ));
            }
        }
    }
    for ind in &f.indicators {
        let has_subs = f.sub_indicators.iter().any(|s| s.indicator == ind.number);
        let has_questions = f
            .questions
            .iter()
            .any(|q| q.parent == ind.number.to_string());
        if !has_subs && !has_questions {
            return Err(bad(
                "questions",
                format!("ตัวชี้วัด {} ไม่มีข้อคำถาม", ind.number),
                format!("indicator {} has no question", ind.number),
            ));
        }
    }

    let levels = &f.rating.levels;
    if levels.is_empty() {
        return Err(bad(
            "rating.levels",
            "ต้องมีระดับผลการประเมินอย่างน้อยหนึ่งระดับ",
            "at least one level is needed",
        ));
    }
    for (i, l) in levels.iter().enumerate() {
        let path = format!("rating.levels[{i}]");
        if l.name.trim().is_empty() {
            return Err(bad(format!("{path}.name"), "ต้องไม่ว่าง", "must not be empty"));
        }
        check_score(format!("{path}.min"), l.min)?;
        check_score(format!("{path}.tool_min"), l.tool_min)?;
        if i > 0 && l.min > levels[i - 1].min {
            return Err(bad(
                format!("{path}.min"),
                "ต้องเรียงระดับจากค่า \"min\" สูงสุดลงมา",
                "levels must be listed from the highest min down",
            ));
        }
    }
    if levels.last().map(|l| l.tool_min) != Some(0.0) {
        return Err(bad(
            format!("rating.levels[{}].tool_min", levels.len() - 1),
            "ระดับสุดท้ายต้องไม่มีเกณฑ์ขั้นต่ำรายเครื่องมือ",
            "the last level cannot have a per-tool gate",
        ));
    }
    if levels.last().map(|l| l.min) != Some(0.0) {
        return Err(bad(
            format!("rating.levels[{}].min", levels.len() - 1),
            "ระดับสุดท้ายต้องมี \"min\" เป็น 0",
            "the last level must have min = 0",
        ));
    }
    Ok(())
}
