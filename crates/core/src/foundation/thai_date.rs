//! Thai dates: Buddhist-era years, Thai month names and the Thai government fiscal year.
//!
//! * **Era.** A Buddhist-era (พ.ศ.) year is the Common-Era (ค.ศ.) year plus 543, with the year
//!   starting on 1 January (the rule in force since พ.ศ. ๒๔๘๔). [`Date`] stores the CE year and
//!   offers constructors and accessors for both eras, so which era a number is in is always
//!   explicit in the code that handles it.
//! * **Fiscal year.** The Thai government fiscal year (ปีงบประมาณ) runs from 1 October to
//!   30 September and is named after the Buddhist-era year in which it ends: fiscal year 2569 is
//!   1 October 2025 – 30 September 2026 CE = ๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙.
//! * **Calendar.** Dates are in the proleptic Gregorian calendar; CE years 1–9999 are accepted.
//!
//! Formatting follows official Thai writing: "๒๘ เมษายน ๒๕๖๙" (full month name, no "พ.ศ." unless
//! asked for, as in a table), "๒๘ เม.ย. ๒๕๖๙" (abbreviated), "เมษายน ๒๕๖๙" (month and year).
//! Digits are chosen with [`Digits`]; English text uses English month names.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::foundation::error::Lang;
use crate::foundation::number::{thai_to_arabic, with_digits, Digits};

/// The difference between a Buddhist-era year and a Common-Era year.
pub const BE_OFFSET: i32 = 543;

/// Thai month names, January first.
pub const THAI_MONTHS: [&str; 12] = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
];

/// Abbreviated Thai month names (as in official documents), January first.
pub const THAI_MONTHS_ABBR: [&str; 12] = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
];

/// English month names, January first.
pub const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Abbreviated English month names, January first.
pub const ENGLISH_MONTHS_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The month in which a fiscal year starts (October).
pub const FISCAL_YEAR_START_MONTH: u8 = 10;

/// A date that cannot exist or cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// A year outside CE 1–9999 (given in the era named).
    YearOutOfRange { year: i32, era: Era },
    /// A month outside 1–12.
    BadMonth { month: u8 },
    /// A day that the month does not have (e.g. 30 February, 29 February in a common year).
    BadDay { year_ce: i32, month: u8, day: u8 },
    /// Text that is not a date in a supported form.
    Unreadable { input: String },
}

impl DateError {
    /// The message shown to the user.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (DateError::YearOutOfRange { year, era }, Lang::Th) => {
                format!("ปี {} {year} อยู่นอกช่วงที่รองรับ", era.label(Lang::Th))
            }
            (DateError::YearOutOfRange { year, era }, Lang::En) => {
                format!(
                    "year {year} ({}) is out of the supported range",
                    era.label(Lang::En)
                )
            }
            (DateError::BadMonth { month }, Lang::Th) => {
                format!("เดือน {month} ไม่ถูกต้อง (ต้องเป็น ๑–๑๒)")
            }
            (DateError::BadMonth { month }, Lang::En) => {
                format!("month {month} is not valid (1–12)")
            }
            (
                DateError::BadDay {
                    year_ce,
                    month,
                    day,
                },
                Lang::Th,
            ) => format!(
                "ไม่มีวันที่ {day} ในเดือน{} พ.ศ. {}",
                THAI_MONTHS[(*month as usize).clamp(1, 12) - 1],
                year_ce + BE_OFFSET
            ),
            (
                DateError::BadDay {
                    year_ce,
                    month,
                    day,
                },
                Lang::En,
            ) => format!(
                "{} {year_ce} has no day {day}",
                ENGLISH_MONTHS[(*month as usize).clamp(1, 12) - 1]
            ),
            (DateError::Unreadable { input }, Lang::Th) => format!(
                "\"{input}\" ไม่ใช่วันที่ที่อ่านได้ (พิมพ์ได้ เช่น ๒๘ เมษายน ๒๕๖๙, 28/4/2569 หรือ 2026-04-28)"
            ),
            (DateError::Unreadable { input }, Lang::En) => {
                format!("\"{input}\" is not a date (e.g. 28 เมษายน 2569, 28/4/2569 or 2026-04-28)")
            }
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DateError {}

/// Which era a year is counted in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Era {
    /// พุทธศักราช (พ.ศ.), CE + 543: the official Thai era.
    #[default]
    Be,
    /// คริสต์ศักราช (ค.ศ.).
    Ce,
}

impl Era {
    /// "พ.ศ." / "ค.ศ." in Thai, "B.E." / "C.E." in English.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Era::Be, Lang::Th) => "พ.ศ.",
            (Era::Ce, Lang::Th) => "ค.ศ.",
            (Era::Be, Lang::En) => "B.E.",
            (Era::Ce, Lang::En) => "C.E.",
        }
    }

    /// A CE year counted in this era.
    pub fn year_from_ce(self, year_ce: i32) -> i32 {
        match self {
            Era::Be => year_ce + BE_OFFSET,
            Era::Ce => year_ce,
        }
    }
}

/// Whether a CE year is a leap year (Gregorian rule).
pub fn is_leap_year_ce(year_ce: i32) -> bool {
    (year_ce % 4 == 0 && year_ce % 100 != 0) || year_ce % 400 == 0
}

/// The number of days in a month (1–12) of a CE year; 0 for a month outside 1–12.
pub fn days_in_month(year_ce: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year_ce(year_ce) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A valid calendar date. The year is stored in the Common Era; use [`Date::from_be`] and
/// [`Date::year_be`] for Buddhist-era years. Dates order chronologically.
///
/// Serialised as an ISO 8601 string in the Common Era (`"2026-04-28"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year_ce: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// A date from a Common-Era year, a month (1–12) and a day, checked.
    pub fn from_ce(year_ce: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=9999).contains(&year_ce) {
            return Err(DateError::YearOutOfRange {
                year: year_ce,
                era: Era::Ce,
            });
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::BadMonth { month });
        }
        if day == 0 || day > days_in_month(year_ce, month) {
            return Err(DateError::BadDay {
                year_ce,
                month,
                day,
            });
        }
        Ok(Date {
            year_ce,
            month,
            day,
        })
    }

    /// A date from a Buddhist-era year (พ.ศ.), a month (1–12) and a day, checked.
    pub fn from_be(year_be: i32, month: u8, day: u8) -> Result<Date, DateError> {
        Date::from_ce(year_be - BE_OFFSET, month, day).map_err(|e| match e {
            DateError::YearOutOfRange { .. } => DateError::YearOutOfRange {
                year: year_be,
                era: Era::Be,
            },
            other => other,
        })
    }

    /// A date from a year in the given era.
    pub fn new(era: Era, year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        match era {
            Era::Be => Date::from_be(year, month, day),
            Era::Ce => Date::from_ce(year, month, day),
        }
    }

    /// The Common-Era year (ค.ศ.).
    pub fn year_ce(self) -> i32 {
        self.year_ce
    }

    /// The Buddhist-era year (พ.ศ.) = CE + 543.
    pub fn year_be(self) -> i32 {
        self.year_ce + BE_OFFSET
    }

    /// The year in the given era.
    pub fn year(self, era: Era) -> i32 {
        era.year_from_ce(self.year_ce)
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The Buddhist-era fiscal year (ปีงบประมาณ) this date falls in (see [`fiscal_year_of`]).
    pub fn fiscal_year(self) -> u16 {
        fiscal_year_of(self)
    }

    /// The date as ISO 8601 in the Common Era, e.g. `2026-04-28`.
    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year_ce, self.month, self.day)
    }

    /// Read an ISO 8601 date in the Common Era (`2026-04-28`).
    pub fn parse_iso(input: &str) -> Result<Date, DateError> {
        let unreadable = || DateError::Unreadable {
            input: input.trim().to_string(),
        };
        let s = thai_to_arabic(input.trim());
        let mut parts = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(unreadable());
        };
        if y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
            return Err(unreadable());
        }
        let y: i32 = parse_digits(y).ok_or_else(unreadable)?;
        let m: u8 = parse_digits(m).ok_or_else(unreadable)?;
        let d: u8 = parse_digits(d).ok_or_else(unreadable)?;
        Date::from_ce(y, m, d)
    }

    /// Read a date the way Thai users write it; the year is **Buddhist era**:
    /// `28 เมษายน 2569`, `๒๘ เม.ย. ๒๕๖๙`, `28 เม.ย. 69` (two-digit years are 25xx),
    /// `28/4/2569`, and the same with "พ.ศ." before the year. An ISO date (`2026-04-28`) is
    /// read as Common Era.
    pub fn parse_thai(input: &str) -> Result<Date, DateError> {
        let unreadable = || DateError::Unreadable {
            input: input.trim().to_string(),
        };
        let trimmed = input.trim();
        let ascii = thai_to_arabic(trimmed);
        if ascii.len() == 10 && ascii.as_bytes().get(4) == Some(&b'-') {
            return Date::parse_iso(&ascii);
        }
        let be_year = |s: &str| -> Option<i32> {
            let y: i32 = parse_digits(s)?;
            match s.len() {
                2 => Some(2500 + y),
                4 => Some(y),
                _ => None,
            }
        };
        if ascii.contains('/') {
            let parts: Vec<&str> = ascii.split('/').map(str::trim).collect();
            let [d, m, y] = parts.as_slice() else {
                return Err(unreadable());
            };
            let d: u8 = parse_digits(d).ok_or_else(unreadable)?;
            let m: u8 = parse_digits(m).ok_or_else(unreadable)?;
            let y = be_year(y).ok_or_else(unreadable)?;
            return Date::from_be(y, m, d);
        }
        // "28 เมษายน 2569", "28 เม.ย.69", "28 เม.ย. พ.ศ. 2569".
        let rest = ascii.trim_start();
        let day_len = rest.chars().take_while(|c| c.is_ascii_digit()).count();
        if day_len == 0 || day_len > 2 {
            return Err(unreadable());
        }
        let d: u8 = parse_digits(&rest[..day_len]).ok_or_else(unreadable)?;
        let rest = rest[day_len..].trim_start();
        let year_start = rest
            .char_indices()
            .find(|(_, c)| c.is_ascii_digit())
            .map(|(i, _)| i)
            .ok_or_else(unreadable)?;
        let month_text = rest[..year_start]
            .trim()
            .trim_end_matches("พ.ศ.")
            .trim()
            .replace(' ', "");
        let m = month_from_thai(&month_text).ok_or_else(unreadable)?;
        let y = be_year(rest[year_start..].trim()).ok_or_else(unreadable)?;
        Date::from_be(y, m, d)
    }
}

fn parse_digits<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// The month number (1–12) of a Thai month name, full or abbreviated (with or without dots).
pub fn month_from_thai(name: &str) -> Option<u8> {
    let name = name.trim();
    let undotted = |s: &str| s.replace('.', "");
    THAI_MONTHS
        .iter()
        .position(|m| *m == name)
        .or_else(|| {
            THAI_MONTHS_ABBR
                .iter()
                .position(|m| *m == name || undotted(m) == undotted(name))
        })
        .map(|i| i as u8 + 1)
}

impl fmt::Display for Date {
    /// ISO 8601, Common Era.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).map_err(serde::de::Error::custom)
    }
}

/// The Buddhist-era fiscal year a date falls in: dates from 1 October belong to the next year's
/// fiscal year. 30 September 2569 BE → 2569; 1 October 2569 BE → 2570.
pub fn fiscal_year_of(date: Date) -> u16 {
    let fy = if date.month() >= FISCAL_YEAR_START_MONTH {
        date.year_be() + 1
    } else {
        date.year_be()
    };
    fy.clamp(0, u16::MAX as i32) as u16
}

/// The first day of a Buddhist-era fiscal year: 1 October of the previous year.
pub fn fiscal_year_start(fiscal_year_be: u16) -> Result<Date, DateError> {
    Date::from_be(fiscal_year_be as i32 - 1, FISCAL_YEAR_START_MONTH, 1)
}

/// The last day of a Buddhist-era fiscal year: 30 September of that year.
pub fn fiscal_year_end(fiscal_year_be: u16) -> Result<Date, DateError> {
    Date::from_be(fiscal_year_be as i32, 9, 30)
}

/// How a date is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    /// "๒๘ เมษายน ๒๕๖๙" / "28 April 2026".
    #[default]
    Full,
    /// "๒๘ เม.ย. ๒๕๖๙" / "28 Apr 2026".
    Abbreviated,
    /// "๒๘ เม.ย. ๖๙": abbreviated month and the last two digits of the year, as in tables.
    Compact,
    /// "เมษายน ๒๕๖๙" / "April 2026": month and year only.
    MonthYear,
}

/// Everything that decides how a date is written.
///
/// The default is the official Thai form: Thai language, full month name, Buddhist era, Thai
/// digits, no era label ("๒๘ เมษายน ๒๕๖๙").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DateFormat {
    pub lang: Lang,
    pub style: DateStyle,
    pub era: Era,
    pub digits: Digits,
    /// Write the era before the year ("๒๘ เมษายน พ.ศ. ๒๕๖๙", as in a memo's date line).
    pub era_label: bool,
}

impl Default for DateFormat {
    fn default() -> Self {
        DateFormat {
            lang: Lang::Th,
            style: DateStyle::Full,
            era: Era::Be,
            digits: Digits::Thai,
            era_label: false,
        }
    }
}

impl DateFormat {
    /// The official Thai form with the chosen style and digits (Buddhist era, no era label).
    pub fn thai(style: DateStyle, digits: Digits) -> DateFormat {
        DateFormat {
            style,
            digits,
            ..DateFormat::default()
        }
    }

    /// English with Arabic digits; `era` decides whether years are CE or BE.
    pub fn english(style: DateStyle, era: Era) -> DateFormat {
        DateFormat {
            lang: Lang::En,
            style,
            era,
            digits: Digits::Arabic,
            era_label: era == Era::Be,
        }
    }

    fn year(&self, date: Date) -> String {
        let y = date.year(self.era);
        let number = if self.style == DateStyle::Compact {
            format!("{:02}", y.rem_euclid(100))
        } else {
            y.to_string()
        };
        if self.era_label {
            format!("{} {number}", self.era.label(self.lang))
        } else {
            number
        }
    }
}

/// Write a date, e.g. "๒๘ เมษายน ๒๕๖๙".
pub fn format_date(date: Date, format: &DateFormat) -> String {
    let m = date.month() as usize - 1;
    let month = match (format.lang, format.style) {
        (Lang::Th, DateStyle::Full | DateStyle::MonthYear) => THAI_MONTHS[m],
        (Lang::Th, DateStyle::Abbreviated | DateStyle::Compact) => THAI_MONTHS_ABBR[m],
        (Lang::En, DateStyle::Full | DateStyle::MonthYear) => ENGLISH_MONTHS[m],
        (Lang::En, DateStyle::Abbreviated | DateStyle::Compact) => ENGLISH_MONTHS_ABBR[m],
    };
    let year = format.year(date);
    let text = match format.style {
        DateStyle::MonthYear => format!("{month} {year}"),
        _ => format!("{} {month} {year}", date.day()),
    };
    with_digits(&text, format.digits)
}

/// The period of a Buddhist-era fiscal year, e.g. for 2569 "๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙"
/// (full), "๑ ต.ค. ๒๕๖๘ – ๓๐ ก.ย. ๒๕๖๙" (abbreviated), "ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙"
/// (month and year), or in English "1 October 2025 – 30 September 2026".
///
/// A fiscal year whose dates fall outside the supported range gives the bare label instead.
pub fn fiscal_year_period(fiscal_year_be: u16, format: &DateFormat) -> String {
    match (
        fiscal_year_start(fiscal_year_be),
        fiscal_year_end(fiscal_year_be),
    ) {
        (Ok(start), Ok(end)) => format!(
            "{} – {}",
            format_date(start, format),
            format_date(end, format)
        ),
        _ => fiscal_year_label(fiscal_year_be, format),
    }
}

/// The name of a fiscal year: "ปีงบประมาณ พ.ศ. ๒๕๖๙" (Buddhist era), "ปีงบประมาณ ค.ศ. ๒๐๒๖"
/// (Common Era: the same fiscal year, named after the CE year in which it ends),
/// "fiscal year B.E. 2569" / "fiscal year 2026".
pub fn fiscal_year_label(fiscal_year_be: u16, format: &DateFormat) -> String {
    let year = match format.era {
        Era::Be => fiscal_year_be as i32,
        Era::Ce => fiscal_year_be as i32 - BE_OFFSET,
    };
    let text = match (format.lang, format.era) {
        (Lang::Th, era) => format!("ปีงบประมาณ {} {year}", era.label(Lang::Th)),
        (Lang::En, Era::Be) => format!("fiscal year B.E. {year}"),
        (Lang::En, Era::Ce) => format!("fiscal year {year}"),
    };
    with_digits(&text, format.digits)
}

/// A year for running text: "พ.ศ. ๒๕๖๘" / "ค.ศ. ๒๐๒๕" / "B.E. 2568" / "2025".
pub fn year_label(year_be: u16, format: &DateFormat) -> String {
    let text = match (format.lang, format.era) {
        (Lang::Th, Era::Be) => format!("พ.ศ. {year_be}"),
        (Lang::Th, Era::Ce) => format!("ค.ศ. {}", year_be as i32 - BE_OFFSET),
        (Lang::En, Era::Be) => format!("B.E. {year_be}"),
        (Lang::En, Era::Ce) => format!("{}", year_be as i32 - BE_OFFSET),
    };
    with_digits(&text, format.digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn be_and_ce_round_trip() {
        let d = Date::from_be(2569, 4, 28).unwrap();
        assert_eq!(d.year_ce(), 2026);
        assert_eq!(d.year_be(), 2569);
        assert_eq!(d, Date::from_ce(2026, 4, 28).unwrap());
        assert_eq!(d.to_iso(), "2026-04-28");
    }

    #[test]
    fn compact_style_uses_two_digit_years() {
        let d = Date::from_be(2564, 10, 1).unwrap();
        let f = DateFormat::thai(DateStyle::Compact, Digits::Arabic);
        assert_eq!(format_date(d, &f), "1 ต.ค. 64");
    }
}
