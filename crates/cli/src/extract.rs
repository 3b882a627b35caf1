//! `ita extract`: an agency's published ITA result read from a DOCX, a PDF or a text file.

use ita_core::foundation::number::format_score;
use ita_core::Lang;
use ita_extract::{Extracted, Sourced};

use crate::args::Args;

pub fn extract(args: &Args) -> Result<(), String> {
    let file = args.file.as_deref().unwrap_or_default();
    let lang = args.lang;
    let bytes = std::fs::read(file).map_err(|e| match lang {
        Lang::Th => format!("อ่านไฟล์ {file} ไม่ได้ ({e})"),
        Lang::En => format!("cannot read {file} ({e})"),
    })?;
    let found = ita_extract::extract(&bytes).map_err(|e| format!("{file}: {}", e.message(lang)))?;
    if args.json {
        let json = ita_extract::to_json(&found, lang);
        println!(
            "{}",
            serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?
        );
    } else {
        print!("{}", text(&found, args));
    }
    Ok(())
}

/// Every value found, one per line, with the line of the file it came from.
fn text(x: &Extracted, args: &Args) -> String {
    let th = args.lang == Lang::Th;
    let digits = args.digits;
    let from = |s: &Sourced<f64>| {
        if th {
            format!("บรรทัดที่ {}: {}", s.line, s.source)
        } else {
            format!("line {}: {}", s.line, s.source)
        }
    };
    let mut out = String::new();
    let tr = |th_text: &'static str, en_text: &'static str| if th { th_text } else { en_text };
    if let Some(a) = &x.agency {
        out += &format!("{}: {}\n", tr("หน่วยงาน", "Agency"), a.value);
    }
    if let Some(y) = &x.year {
        out += &format!("{}: {}\n", tr("ปีงบประมาณ", "Fiscal year"), y.value);
    }
    if let Some(o) = &x.overall {
        let label = tr("คะแนนภาพรวม (ตามที่เผยแพร่)", "Overall (as published)");
        out += &format!(
            "{label}: {}    [{}]\n",
            format_score(o.value, digits),
            from(o)
        );
    }
    if let Some(l) = &x.level {
        let label = tr("ระดับ (ตามที่เผยแพร่)", "Level (as published)");
        out += &format!("{label}: {}\n", l.value);
    }
    let rows = x
        .tools
        .iter()
        .map(|(k, v)| (k.clone(), v))
        .chain(x.indicators.iter().map(|(k, v)| (k.to_string(), v)))
        .chain(x.sub_indicators.iter().map(|(k, v)| (k.clone(), v)))
        .chain(x.items.iter().map(|(k, v)| (k.clone(), v)));
    for (code, v) in rows {
        out += &format!(
            "{code:<6} {:>7}    [{}]\n",
            format_score(v.value, digits),
            from(v)
        );
    }
    for w in &x.warnings {
        out += &format!("{}: {}\n", tr("คำเตือน", "warning"), w.message(args.lang));
    }
    out
}
