//! Reading the input file: a scores CSV or a workbook JSON, into one agency's years.

use std::collections::BTreeMap;

use ita_core::foundation::text::decode_owned;
use ita_core::framework::for_year;
use ita_core::input::scores_csv::{parse_year_number, read_scores_csv_with};
use ita_core::workbook::{Agency, YearRecord};
use ita_core::{Framework, ItaError, Lang, Workbook};

use crate::say::{cannot_read, say};

/// Read a text file in whatever encoding it comes in (UTF-8, UTF-16, Windows-874 / TIS-620 from
/// Thai Excel): the core decodes it; a note on stderr says when it was not UTF-8.
pub fn read_text(path: &str, lang: Lang) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| cannot_read(path, &e, lang))?;
    let decoded = decode_owned(bytes).map_err(|e| format!("{path}: {}", e.message(lang)))?;
    if let Some(note) = decoded.encoding.note(lang) {
        eprintln!("{path}: {note}");
    }
    Ok(decoded.text)
}

/// Read a user's framework file (`--framework`): a future year or a corrected rule, no rebuild.
/// It lives for the whole run, so it is leaked to get the `'static` the built-ins have.
pub fn read_framework(path: &str, lang: Lang) -> Result<&'static Framework, String> {
    let text = read_text(path, lang)?;
    let fw = Framework::from_toml(&text).map_err(|e| format!("{path}: {}", e.message(lang)))?;
    Ok(Box::leak(Box::new(fw)))
}

/// The framework for `year`: the user's when it covers the year, else the built-in one.
pub fn framework_for(
    year: u16,
    custom: Option<&'static Framework>,
) -> Result<&'static Framework, ItaError> {
    match custom {
        Some(fw) if fw.covers(year) => Ok(fw),
        _ => for_year(year),
    }
}

/// Read FILE (CSV or workbook JSON) into the agency to analyse.
pub fn read_agency(
    path: &str,
    agency: Option<&str>,
    lang: Lang,
    custom: Option<&'static Framework>,
) -> Result<Agency, String> {
    let text = read_text(path, lang)?;
    let looks_json = text.trim_start().starts_with('{');
    if looks_json {
        let wb = Workbook::from_json(&text).map_err(|e| format!("{path}: {}", e.message(lang)))?;
        // Frameworks the user loaded in the app score the years they cover here too.
        wb.use_frameworks()
            .map_err(|e| format!("{path}: {}", e.message(lang)))?;
        let found = match agency {
            Some(id) => wb.agencies.iter().find(|a| a.id == id || a.name == id),
            None => wb.agencies.first(),
        };
        return found.cloned().ok_or_else(|| match agency {
            Some(id) => {
                let id = ita_core::foundation::echo::echo(id);
                say(
                    lang,
                    format!("{path}: ไม่พบหน่วยงาน \"{id}\""),
                    format!("{path}: no agency \"{id}\""),
                )
            }
            None => say(
                lang,
                format!("{path}: สมุดงานไม่มีหน่วยงาน"),
                format!("{path}: the workbook has no agency"),
            ),
        });
    }
    let years = read_scores_csv_with(&text, |y| framework_for(y, custom))
        .map_err(|e| format!("{path}: {}", e.message(lang)))?;
    let years: BTreeMap<u16, YearRecord> = years
        .into_iter()
        .map(|(y, scores)| {
            (
                y,
                YearRecord {
                    scores,
                    ..Default::default()
                },
            )
        })
        .collect();
    Ok(Agency {
        id: "csv".into(),
        name: String::new(),
        years,
        ..Default::default()
    })
}

/// The year to analyse: the one asked for, or the latest in the file.
pub fn pick_year(agency: &Agency, year: Option<&str>, lang: Lang) -> Result<u16, String> {
    match year {
        Some(y) => {
            let y = parse_year_number(y, "--year").map_err(|e| e.message(lang))?;
            if agency.years.contains_key(&y) {
                Ok(y)
            } else {
                Err(say(
                    lang,
                    format!("ไฟล์ไม่มีคะแนนของปี {y}"),
                    format!("the file has no scores for {y}"),
                ))
            }
        }
        None => agency
            .years
            .keys()
            .next_back()
            .copied()
            .ok_or_else(|| say(lang, "ไฟล์ไม่มีคะแนน", "the file has no scores")),
    }
}
