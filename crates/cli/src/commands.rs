//! The commands: each reads its input through `input`, calls the core, prints.

use serde_json::{json, Map, Value};

use ita_core::analysis::ranking::{analyze as rank_indicators, AnalysisSettings};
use ita_core::analysis::year_over_year::{change_from_previous, Change, YearChange};
use ita_core::foundation::number::{format_change, format_score, round2, with_digits};
use ita_core::planner::{plan as shortest_path, PlanOptions, Target};
use ita_core::scoring::whatif::gains;
use ita_core::workbook::Agency;
use ita_core::{assess, Assessment, Framework, Lang};

use crate::args::Args;
use crate::effort::read_efforts;
use crate::input::{framework_for, pick_year, read_agency, read_framework};

/// At most this many gains in the text output (the JSON has them all).
const TEXT_GAINS: usize = 5;

/// The agency, year, framework and assessment the command works on.
type Loaded = (Agency, u16, &'static Framework, Assessment);

fn load(args: &Args) -> Result<Loaded, String> {
    let file = args.file.as_deref().unwrap_or_default();
    let custom = match args.framework.as_deref() {
        Some(path) => Some(read_framework(path, args.lang)?),
        None => None,
    };
    let agency = read_agency(file, args.agency.as_deref(), args.lang, custom)?;
    let year = pick_year(&agency, args.year.as_deref(), args.lang)?;
    let fw = framework_for(year, custom).map_err(|e| e.message(args.lang))?;
    let rec = &agency.years[&year];
    let a = assess(fw, year, &rec.scores, &rec.options);
    Ok((agency, year, fw, a))
}

fn num(v: Option<f64>) -> Value {
    v.map(|x| json!(round2(x))).unwrap_or(Value::Null)
}

fn tr(lang: Lang, th: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Th => th,
        Lang::En => en,
    }
}

pub fn analyze(args: &Args) -> Result<(), String> {
    let (agency, year, fw, a) = load(args)?;
    let warnings: Vec<String> = a
        .warnings
        .iter()
        .map(|w| w.message(fw, args.lang, args.digits))
        .collect();
    let provisional: Vec<String> = fw
        .provisional_for(year)
        .iter()
        .map(|p| p.note(args.lang).to_string())
        .collect();
    let analysis = rank_indicators(fw, &a, &AnalysisSettings::default());
    // Findings under every indicator below the pass mark (the weak ones).
    let findings: Vec<(u8, Vec<String>)> = analysis
        .findings
        .iter()
        .filter(|(n, _)| analysis.indicator(**n).is_some_and(|r| !r.passed))
        .map(|(n, f)| (*n, f.iter().map(|f| f.code.clone()).collect()))
        .collect();
    let gains = gains(fw, &a);
    let changes = change_from_previous(&agency, year);

    if args.json {
        let tools: Map<String, Value> = fw
            .tools()
            .iter()
            .map(|t| (t.code.clone(), num(a.value(&t.code))))
            .collect();
        let indicators: Map<String, Value> = fw
            .indicators()
            .iter()
            .map(|i| (i.number.to_string(), num(a.value(&i.number.to_string()))))
            .collect();
        let findings: Map<String, Value> = findings
            .iter()
            .map(|(n, codes)| (n.to_string(), json!(codes)))
            .collect();
        let gains: Map<String, Value> = gains
            .iter()
            .map(|g| (g.code.clone(), json!(round2(g.gain))))
            .collect();
        let out = json!({
            "year": year,
            "framework": fw.id(),
            "overall": num(a.overall),
            "level": a.level.as_ref().map(|l| l.name.clone()),
            "passed": a.passed(),
            "tools": tools,
            "indicators": indicators,
            "weaknesses": analysis.weaknesses,
            "strengths": analysis.strengths,
            "findings": findings,
            "gains": gains,
            "changes": changes.as_ref().map(|c| changes_json(c, args)),
            "warnings": warnings,
            "provisional": provisional,
        });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
        return Ok(());
    }

    let (lang, d) = (args.lang, args.digits);
    let n = |v: Option<f64>| v.map(|x| format_score(x, d)).unwrap_or_else(|| "–".into());
    if !agency.name.is_empty() {
        println!("{}", agency.name);
    }
    println!(
        "{} {year} ({})",
        tr(lang, "ITA ปีงบประมาณ", "ITA fiscal year"),
        fw.file.title_en
    );
    println!(
        "{}: {}  {}: {}",
        tr(lang, "คะแนนภาพรวม", "Overall"),
        n(a.overall),
        tr(lang, "ระดับ", "Level"),
        a.level.as_ref().map(|l| l.name.as_str()).unwrap_or("–")
    );
    for t in fw.tools() {
        println!("  {:<4} {:>7}", t.code, n(a.value(&t.code)));
    }
    for i in fw.indicators() {
        let code = i.number.to_string();
        let name = if lang == Lang::Th {
            &i.name_th
        } else {
            &i.name_en
        };
        let mark = match analysis.indicator(i.number) {
            Some(r) if r.passed => tr(lang, "ผ่าน", "pass"),
            Some(_) => tr(lang, "ไม่ผ่าน", "fail"),
            None => "",
        };
        println!(
            "  {:>2} {:<6} {:>7}  {mark}  {name}",
            code,
            i.tool,
            n(a.value(&code))
        );
    }
    let list = |v: &[u8]| {
        if v.is_empty() {
            "–".to_string()
        } else {
            let s = v.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
            with_digits(&s, d)
        }
    };
    println!(
        "{}: {}",
        tr(lang, "จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน", "Urgent weaknesses"),
        list(&analysis.weaknesses)
    );
    println!(
        "{}: {}",
        tr(lang, "ประเด็นที่ต้องพัฒนาให้ดีขึ้น", "Points to develop"),
        list(&analysis.strengths)
    );
    for (number, codes) in &findings {
        let line = format!(
            "  {} {number}: {}",
            tr(lang, "ต่ำกว่าเกณฑ์ใต้ตัวชี้วัด", "below the mark under indicator"),
            codes.join(", ")
        );
        println!("{}", with_digits(&line, d));
    }
    let top: Vec<String> = gains
        .iter()
        .filter(|g| round2(g.gain) > 0.0)
        .take(TEXT_GAINS)
        .map(|g| format!("{} {}", with_digits(&g.code, d), format_change(g.gain, d)))
        .collect();
    if !top.is_empty() {
        println!(
            "{}: {}",
            with_digits(
                tr(
                    lang,
                    "คะแนนภาพรวมที่เพิ่มได้หากยกระดับเป็น 100",
                    "Overall gained by raising to 100"
                ),
                d
            ),
            top.join(", ")
        );
    }
    if let Some(c) = &changes {
        for s in c.sentences(lang, d) {
            println!("Δ {s}");
        }
    }
    for w in &warnings {
        println!("! {w}");
    }
    for p in &provisional {
        println!("~ {p}");
    }
    Ok(())
}

/// One figure's change, rounded for JSON.
fn change_json(c: &Change) -> Value {
    json!({
        "from": round2(c.from),
        "to": round2(c.to),
        "change": round2(c.change),
        "direction": c.direction,
    })
}

fn changes_json(c: &YearChange, args: &Args) -> Value {
    let by_code = |v: &[Change]| -> Map<String, Value> {
        v.iter().map(|c| (c.code.clone(), change_json(c))).collect()
    };
    json!({
        "from_year": c.from_year,
        "to_year": c.to_year,
        "same_framework": c.same_framework,
        "framework_note": c.framework_note(args.lang, args.digits),
        "overall": c.overall.as_ref().map(change_json),
        "level": c.level.as_ref().map(|l| json!({
            "from": l.from.name,
            "to": l.to.name,
            "direction": l.direction,
        })),
        "tools": by_code(&c.tools),
        "indicators": by_code(&c.indicators),
        "sentences": c.sentences(args.lang, args.digits),
    })
}

pub fn plan(args: &Args) -> Result<(), String> {
    let (agency, year, fw, a) = load(args)?;
    let lang = args.lang;
    let draft = crate::draft::drafted(args, &agency, fw, &a)?;
    let target =
        Target::parse(args.target.as_deref().unwrap_or_default()).map_err(|e| e.message(lang))?;
    let efforts = match &args.effort {
        Some(path) => read_efforts(path, lang)?,
        None => Default::default(),
    };
    let options = PlanOptions {
        efforts,
        ..PlanOptions::default()
    };
    let p = shortest_path(fw, &a, &target, &options).map_err(|e| e.message(lang))?;

    if args.json {
        let steps: Vec<Value> = p
            .steps
            .iter()
            .map(|s| {
                json!({
                    "code": s.code,
                    "title": fw.display_name(&s.code, lang),
                    "tool": s.tool,
                    "from": round2(s.value),
                    "gain": round2(s.gain),
                    "effort": s.effort,
                })
            })
            .collect();
        let out = json!({
            "year": year,
            "framework": fw.id(),
            "target": p.target,
            "goal": p.goal,
            "status": p.status,
            "steps": steps,
            "oit_alone_enough": p.oit_alone_enough,
            "still_needed_after_all_oit": p.after_all_oit.as_ref().map(|s| json!({
                "overall": s.overall,
                "tools": s.tools,
            })),
            "survey_changes": p.survey_changes,
            "total_effort": p.total_effort,
            "overall_before": num(p.before.overall),
            "level_before": p.before.level.as_ref().map(|l| l.name.clone()),
            "overall_after": num(p.after.overall),
            "level_after": p.after.level.as_ref().map(|l| l.name.clone()),
            "proven_optimal": p.proven_optimal,
            "draft": draft,
        });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
        return Ok(());
    }
    for line in p.lines(fw, lang, args.digits) {
        println!("{line}");
    }
    if let Some(plan) = &draft {
        for line in crate::draft::lines(plan, lang) {
            println!("{line}");
        }
    }
    Ok(())
}
