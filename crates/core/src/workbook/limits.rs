//! The longest names and texts the tool accepts, and the checks of a workbook's free text and
//! plan links that every import runs (file, saved data) and that the web app's fields enforce
//! as the user types (their `maxlength` comes from here).
//!
//! Official names and one-line fields stay far below [`NAME_MAX`]; a paragraph of a memo or a
//! measure far below [`TEXT_MAX`]. Without a limit, a 1 MB name in a link or a file makes every
//! screen and document that shows it slow to the point of hanging the tab.

use crate::foundation::error::{ItaError, Problem};
use crate::foundation::lang::Lang;
use crate::framework::Framework;
use crate::workbook::measures::Measure;
use crate::workbook::memo::Memo;
use crate::workbook::scores::check_code;
use crate::workbook::Agency;

/// The longest name or one-line field (an agency's name, a measure's owner, a signer's name …).
pub const NAME_MAX: usize = 500;
/// The longest paragraph (a measure's steps, the memo's facts …).
pub const TEXT_MAX: usize = 10_000;

/// The limit of a measure's text field, by its name in the file (`owner`, `steps` …): the
/// one-line fields take a name, the others a paragraph.
pub fn measure_field_max(name: &str) -> usize {
    if ["id", "owner", "period"].contains(&name) {
        NAME_MAX
    } else {
        TEXT_MAX
    }
}

/// The note a text field shows once it holds `max` characters (it takes no more).
pub fn limit_note(max: usize, lang: Lang) -> String {
    match lang {
        Lang::Th => format!("ครบ {max} ตัวอักษรแล้ว (ยาวได้ไม่เกิน {max} ตัวอักษร)"),
        Lang::En => format!("{max} characters reached (the most this field takes)"),
    }
}

/// `value` is at most `max` characters, else [`ItaError::TooLong`] naming `field`.
pub fn check_len(field: &str, value: &str, max: usize) -> Result<(), ItaError> {
    // No more bytes than `max` means no more characters (the usual case, without counting).
    if value.len() > max && value.chars().nth(max).is_some() {
        return Err(ItaError::TooLong {
            field: field.to_string(),
            max,
        });
    }
    Ok(())
}

/// An agency's one-line fields; `path` is where the agency sits (`agencies[0]`).
pub fn check_agency_text(path: &str, a: &Agency) -> Result<(), ItaError> {
    for (name, value) in [
        ("id", &a.id),
        ("name", &a.name),
        ("district", &a.district),
        ("province", &a.province),
    ] {
        check_len(&format!("{path}.{name}"), value, NAME_MAX)?;
    }
    Ok(())
}

/// A measure's texts, and its links to the year's framework: `indicator` and
/// `related_indicators` must be indicators of `fw`, `codes` its codes (a measure linked to
/// indicator 11 or to code x9 would reach the reports as a row about nothing).
pub fn check_measure(path: &str, m: &Measure, fw: &Framework, year: u16) -> Result<(), ItaError> {
    for (name, value) in m.texts() {
        check_len(&format!("{path}.{name}"), value, measure_field_max(name))?;
    }
    let indicators = m
        .indicator
        .iter()
        .map(|n| (format!("{path}.indicator"), *n))
        .chain(
            m.related_indicators
                .iter()
                .enumerate()
                .map(|(i, n)| (format!("{path}.related_indicators[{i}]"), *n)),
        );
    for (field, n) in indicators {
        if fw.indicator(n).is_none() {
            let last = fw.indicators().iter().map(|i| i.number).max().unwrap_or(0);
            return Err(ItaError::BadWorkbook {
                path: field,
                problem: Problem::text(
                    format!("ไม่มีตัวชี้วัดที่ {n} ในกรอบการประเมินปี {year} (มีตัวชี้วัดที่ 1–{last})"),
                    format!("the {year} framework has no indicator {n} (it has 1–{last})"),
                ),
            });
        }
    }
    for (i, code) in m.codes.iter().enumerate() {
        check_code(fw, year, code).map_err(|e| ItaError::BadWorkbook {
            path: format!("{path}.codes[{i}]"),
            problem: e.into(),
        })?;
    }
    Ok(())
}

/// The memo's texts.
pub fn check_memo(path: &str, m: &Memo) -> Result<(), ItaError> {
    for (name, value, max) in [
        ("department", &m.department, NAME_MAX),
        ("reference", &m.reference, NAME_MAX),
        ("date", &m.date, NAME_MAX),
        ("to", &m.to, NAME_MAX),
        ("subject", &m.subject, TEXT_MAX),
        ("background", &m.background, TEXT_MAX),
        ("facts", &m.facts, TEXT_MAX),
        ("considerations", &m.considerations, TEXT_MAX),
    ] {
        check_len(&format!("{path}.{name}"), value, max)?;
    }
    for (i, s) in m.signers.iter().enumerate() {
        for (name, value) in [
            ("opinion", &s.opinion),
            ("name", &s.name),
            ("position", &s.position),
        ] {
            check_len(&format!("{path}.signers[{i}].{name}"), value, NAME_MAX)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_of_exactly_the_limit_passes_one_more_character_does_not() {
        assert!(check_len("name", &"ก".repeat(NAME_MAX), NAME_MAX).is_ok());
        let e = check_len("name", &"ก".repeat(NAME_MAX + 1), NAME_MAX).unwrap_err();
        assert_eq!(
            e.message(crate::Lang::Th),
            "name: ยาวเกิน 500 ตัวอักษร กรุณาย่อให้สั้นลง"
        );
    }
}
