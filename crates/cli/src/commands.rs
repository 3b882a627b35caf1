//! The commands: each reads its input through `input`, calls the core, prints.

use serde_json::{json, Map, Value};

use ita_core::framework::for_year;
use ita_core::number::{format_score, round2};
use ita_core::{assess, Lang};

use crate::args::Args;
use crate::input::{pick_year, read_agency};

pub fn analyze(args: &Args) -> Result<(), String> {
    let file = args.file.as_deref().unwrap_or_default();
    let agency = read_agency(file, args.agency.as_deref(), args.lang)?;
    let year = pick_year(&agency, args.year.as_deref(), args.lang)?;
    let fw = for_year(year).map_err(|e| e.message(args.lang))?;
    let rec = &agency.years[&year];
    let a = assess(fw, year, &rec.scores, &rec.options);
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

    if args.json {
        let num = |v: Option<f64>| v.map(|x| json!(round2(x))).unwrap_or(Value::Null);
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
        let out = json!({
            "year": year,
            "framework": fw.id(),
            "overall": num(a.overall),
            "level": a.level.as_ref().map(|l| l.name.clone()),
            "passed": a.passed(),
            "tools": tools,
            "indicators": indicators,
            "warnings": warnings,
            "provisional": provisional,
        });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
        return Ok(());
    }

    let d = args.digits;
    let n = |v: Option<f64>| v.map(|x| format_score(x, d)).unwrap_or_else(|| "–".into());
    let th = args.lang == Lang::Th;
    if !agency.name.is_empty() {
        println!("{}", agency.name);
    }
    println!(
        "{} {year} ({})",
        if th {
            "ITA ปีงบประมาณ"
        } else {
            "ITA fiscal year"
        },
        fw.file.title_en
    );
    println!(
        "{}: {}  {}: {}",
        if th {
            "คะแนนภาพรวม"
        } else {
            "Overall"
        },
        n(a.overall),
        if th { "ระดับ" } else { "Level" },
        a.level.as_ref().map(|l| l.name.as_str()).unwrap_or("–")
    );
    for t in fw.tools() {
        println!("  {:<4} {:>7}", t.code, n(a.value(&t.code)));
    }
    for i in fw.indicators() {
        let code = i.number.to_string();
        let name = if th { &i.name_th } else { &i.name_en };
        let mark = match a.value(&code) {
            Some(v) if round2(v) >= fw.pass_mark() => {
                if th {
                    "ผ่าน"
                } else {
                    "pass"
                }
            }
            Some(_) => {
                if th {
                    "ไม่ผ่าน"
                } else {
                    "fail"
                }
            }
            None => "",
        };
        println!(
            "  {:>2} {:<6} {:>7}  {mark}  {name}",
            code,
            i.tool,
            n(a.value(&code))
        );
    }
    for w in &warnings {
        println!("! {w}");
    }
    for p in &provisional {
        println!("~ {p}");
    }
    Ok(())
}
