//! `ita cohort`: many agencies at once — read the cohort file, summarise a year through
//! `ita_core::cohort`, print JSON or text, and optionally write the cohort documents.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{json, Value};

use ita_core::cohort::docs::{agency_sheets, summary_report};
use ita_core::cohort::summary::CohortSummary;
use ita_core::cohort::{read_cohort, score_cohort, summarise, CohortFilter, ScoredCohort};
use ita_core::foundation::number::{format_change, format_score, round2, with_digits};
use ita_core::input::scores_csv::parse_year_number;
use ita_core::Lang;
use ita_document::{docx, xlsx};

use crate::args::Args;
use crate::say::{cannot_build, cannot_create_dir, cannot_write};

/// Ranking lines printed at each end in the text output (the JSON has them all).
const TEXT_RANKS: usize = 10;

fn tr(lang: Lang, th: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Th => th,
        Lang::En => en,
    }
}

pub fn cohort(args: &Args) -> Result<(), String> {
    let lang = args.lang;
    let path = args.file.as_deref().unwrap_or_default();
    let text = crate::input::read_text(path, lang)?;
    let import = read_cohort(&text).map_err(|e| format!("{path}: {}", e.message(lang)))?;
    if !import.preview.bad_rows.is_empty() {
        let lines: Vec<String> = import
            .preview
            .bad_messages(lang)
            .iter()
            .map(|m| format!("{path}: {m}"))
            .collect();
        return Err(lines.join("\nita: "));
    }
    let sc = score_cohort(import.cohort);
    let year = match args.year.as_deref() {
        Some(y) => parse_year_number(y, "--year").map_err(|e| e.message(lang))?,
        None => sc
            .cohort
            .latest_year()
            .ok_or_else(|| format!("{path}: {}", tr(lang, "ไม่มีข้อมูล", "no data")))?,
    };
    let filter = CohortFilter {
        province: args.province.clone(),
        kind: args.kind.clone(),
    };
    let s = summarise(&sc, year, &filter).ok_or_else(|| match lang {
        Lang::Th => format!("{path}: ไม่มีข้อมูลปี {year}"),
        Lang::En => format!("{path}: no data for {year}"),
    })?;
    if let Some(dir) = args.report_dir.as_deref() {
        write_reports(&sc, &s, dir, lang)?;
    }
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&to_json(&sc, &s, lang)).unwrap_or_default()
        );
    } else {
        print_text(&sc, &s, args);
    }
    Ok(())
}

fn write_reports(
    sc: &ScoredCohort,
    s: &CohortSummary,
    dir: &str,
    lang: Lang,
) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| cannot_create_dir(dir, &e, lang))?;
    let docx_failed = |e: docx::DocxError| cannot_build("DOCX", &e.to_string(), lang);
    let summary = summary_report(sc, s);
    let sheets = agency_sheets(sc, s);
    let files = [
        (
            format!("cohort-summary-{}.docx", s.year),
            docx::write(&summary).map_err(docx_failed)?,
        ),
        (
            format!("cohort-summary-{}.xlsx", s.year),
            xlsx::write(&summary).map_err(|e| cannot_build("XLSX", &e.to_string(), lang))?,
        ),
        (
            format!("cohort-sheets-{}.docx", s.year),
            docx::write(&sheets).map_err(docx_failed)?,
        ),
    ];
    for (name, bytes) in files {
        let p = std::path::Path::new(dir).join(&name);
        std::fs::write(&p, bytes).map_err(|e| cannot_write(&p.display().to_string(), &e, lang))?;
    }
    Ok(())
}

/// A JSON value whose objects keep their keys in the order given (serde_json's own map sorts
/// them, which would list the rating levels alphabetically instead of as the framework does).
enum Ordered {
    Value(Value),
    Object(Vec<(String, Ordered)>),
}

impl Serialize for Ordered {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Ordered::Value(v) => v.serialize(s),
            Ordered::Object(fields) => {
                let mut m = s.serialize_map(Some(fields.len()))?;
                for (k, v) in fields {
                    m.serialize_entry(k, v)?;
                }
                m.end()
            }
        }
    }
}

fn num(v: Option<f64>) -> Value {
    v.map(|x| json!(round2(x))).unwrap_or(Value::Null)
}

/// The JSON shape of issue 14 (plus the previous year's rises and falls), keys in the issue's
/// order and the levels as the framework lists them (highest first).
fn to_json(sc: &ScoredCohort, s: &CohortSummary, lang: Lang) -> Ordered {
    let name = |a: u32| sc.cohort.agencies[a as usize].name.clone();
    let levels = s
        .levels
        .iter()
        .map(|l| (l.name.clone(), Ordered::Value(json!(l.count))))
        .collect();
    let ranking: Vec<Value> = s
        .ranking
        .iter()
        .map(|r| {
            json!({"agency": name(r.agency), "overall": round2(r.overall),
                   "level": s.levels[r.level].name, "rank": r.rank,
                   "percentile": round2(r.percentile)})
        })
        .collect();
    let weak: Vec<Value> = s
        .weak_indicators
        .iter()
        .map(|w| json!({"indicator": w.number, "below": w.below, "mean": round2(w.mean)}))
        .collect();
    let held: Vec<Value> = s
        .held_back
        .iter()
        .map(|h| json!({"agency": name(h.agency), "tool": h.tool, "score": round2(h.score)}))
        .collect();
    let change = |c: &ita_core::cohort::summary::Change| {
        json!({"agency": name(c.agency), "from": round2(c.from), "to": round2(c.to),
               "change": round2(c.delta)})
    };
    let fw = sc.year(s.year).map(|y| y.fw);
    let warnings: Vec<String> = s
        .warnings
        .iter()
        .filter_map(|(a, w)| {
            fw.map(|fw| format!("{}: {}", name(*a), w.message(fw, lang, Default::default())))
        })
        .collect();
    let v = |x: Value| Ordered::Value(x);
    let fields = vec![
        ("year", v(json!(s.year))),
        ("agencies", v(json!(s.agencies))),
        ("mean", v(num(s.mean))),
        ("median", v(num(s.median))),
        ("pass_rate", v(num(s.pass_rate))),
        ("levels", Ordered::Object(levels)),
        ("ranking", v(json!(ranking))),
        ("weak_indicators", v(json!(weak))),
        ("held_back_by_one_tool", v(json!(held))),
        ("warnings", v(json!(warnings))),
        ("previous_year", v(json!(s.previous_year))),
        (
            "rises",
            v(json!(s.rises.iter().map(change).collect::<Vec<_>>())),
        ),
        (
            "falls",
            v(json!(s.falls.iter().map(change).collect::<Vec<_>>())),
        ),
    ];
    Ordered::Object(
        fields
            .into_iter()
            .map(|(k, x)| (k.to_string(), x))
            .collect(),
    )
}

fn print_text(sc: &ScoredCohort, s: &CohortSummary, args: &Args) {
    let (lang, d) = (args.lang, args.digits);
    let n = |v: Option<f64>| v.map(|x| format_score(x, d)).unwrap_or_else(|| "–".into());
    let i = |v: usize| with_digits(&v.to_string(), d);
    let name = |a: u32| &sc.cohort.agencies[a as usize].name;
    let p = |line: String| println!("{}", with_digits(&line, d));
    match lang {
        Lang::Th => p(format!(
            "ผลการประเมิน ITA ปีงบประมาณ {} หน่วยงาน {} แห่ง (มีคะแนนภาพรวม {} แห่ง)",
            s.year, s.agencies, s.scored
        )),
        Lang::En => p(format!(
            "ITA fiscal year {}: {} agencies ({} with an overall score)",
            s.year, s.agencies, s.scored
        )),
    }
    println!(
        "{} {}  {} {}  {} ({}) {}%",
        tr(lang, "คะแนนเฉลี่ย", "Mean"),
        n(s.mean),
        tr(lang, "มัธยฐาน", "median"),
        n(s.median),
        tr(lang, "ผ่านเกณฑ์", "pass rate"),
        n(Some(s.pass_mark)),
        n(s.pass_rate)
    );
    println!("{}:", tr(lang, "จำนวนตามระดับ", "Agencies per level"));
    for l in &s.levels {
        println!("  {:<24} {:>6}", l.name, i(l.count));
    }
    println!("{}:", tr(lang, "การกระจายของคะแนน", "Distribution"));
    for b in s.histogram.iter().filter(|b| b.count > 0) {
        println!(
            "  {:>3}–{:<3} {:>6}",
            i(b.from as usize),
            i(b.to as usize),
            i(b.count)
        );
    }
    println!("{}:", tr(lang, "อันดับ", "Ranking"));
    let len = s.ranking.len();
    for (k, r) in s.ranking.iter().enumerate() {
        if k == TEXT_RANKS && len > 2 * TEXT_RANKS {
            println!("  …");
        }
        if k >= TEXT_RANKS && k + TEXT_RANKS < len {
            continue;
        }
        println!(
            "  {:>5} {:>7}  {:<14} {}",
            i(r.rank),
            n(Some(r.overall)),
            s.levels[r.level].name,
            name(r.agency)
        );
    }
    if !s.weak_indicators.is_empty() {
        println!(
            "{}:",
            tr(
                lang,
                "ตัวชี้วัดที่ต่ำกว่าเกณฑ์บ่อยที่สุด",
                "Indicators most often below the pass mark"
            )
        );
        for w in &s.weak_indicators {
            let (number, below, known, mean) = (w.number, w.below, w.known, n(Some(w.mean)));
            p(match lang {
                Lang::Th => {
                    format!("  ตัวชี้วัดที่ {number}: ต่ำกว่าเกณฑ์ {below} จาก {known} แห่ง เฉลี่ย {mean}")
                }
                Lang::En => {
                    format!(
                        "  indicator {number}: below in {below} of {known} agencies, mean {mean}"
                    )
                }
            });
        }
    }
    if !s.held_back.is_empty() {
        println!(
            "{}:",
            tr(lang, "ติดเพียงเครื่องมือเดียว", "Held back by a single tool")
        );
        for h in &s.held_back {
            println!(
                "  {} ({} {}): {} {} {} {}",
                name(h.agency),
                tr(lang, "ภาพรวม", "overall"),
                n(Some(h.overall)),
                h.tool,
                n(Some(h.score)),
                tr(lang, "จึงไม่ถึงระดับ", "keeps it from"),
                h.level
            );
        }
    }
    if let Some(prev) = s.previous_year {
        for (title, list) in [
            (tr(lang, "เพิ่มขึ้นมากที่สุดจากปี", "Largest rises since"), &s.rises),
            (tr(lang, "ลดลงมากที่สุดจากปี", "Largest falls since"), &s.falls),
        ] {
            println!("{title} {}:", i(prev as usize));
            for c in list {
                println!(
                    "  {:>7}  {} → {}  {}",
                    format_change(c.delta, d),
                    n(Some(c.from)),
                    n(Some(c.to)),
                    name(c.agency)
                );
            }
        }
    }
    if let Some(y) = sc.year(s.year) {
        if !s.warnings.is_empty() {
            println!("{}:", tr(lang, "คำเตือน", "Warnings"));
        }
        for (a, w) in &s.warnings {
            println!("  {}: {}", name(*a), w.message(y.fw, lang, d));
        }
    }
}
