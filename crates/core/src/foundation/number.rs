//! Reading numbers the way people type them, and the one rounding rule used for display.
//!
//! **Rounding rule** (screen, DOCX, XLSX, CSV alike): values are kept at full `f64` precision;
//! for display they are rounded to two decimals, *half away from zero on the decimal value*.
//! The value is first taken to nine decimals (which removes binary noise such as
//! `85.00499999999999` for a true `85.005`), then rounded at the second decimal in integer
//! arithmetic. So 79.125 → 79.13 and 85.005 → 85.01, unlike `format!("{:.2}")`.

mod decimal;
mod shortest;

pub use shortest::{shortest_exp, shortest_plain};

use crate::foundation::error::{ItaError, Lang};

/// Which digits to print.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Digits {
    #[default]
    Arabic,
    Thai,
}

const THAI_DIGITS: [char; 10] = ['๐', '๑', '๒', '๓', '๔', '๕', '๖', '๗', '๘', '๙'];

/// Replace Thai digits (๐–๙) by ASCII digits; everything else is kept.
pub fn thai_to_arabic(s: &str) -> String {
    s.chars()
        .map(|c| match THAI_DIGITS.iter().position(|&t| t == c) {
            Some(i) => char::from(b'0' + i as u8),
            None => c,
        })
        .collect()
}

/// Replace ASCII digits by Thai digits.
pub fn arabic_to_thai(s: &str) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => THAI_DIGITS[d as usize],
            _ => c,
        })
        .collect()
}

/// Print digits in the chosen script. Only for text the tool writes: the user's own text
/// (names, measures, memo fields) keeps its digits as typed (see [`with_digits_keeping`]).
pub fn with_digits(s: &str, digits: Digits) -> String {
    match digits {
        Digits::Arabic => s.to_string(),
        Digits::Thai => arabic_to_thai(s),
    }
}

/// As [`with_digits`], for the tool's text with the user's text put in it: every occurrence
/// of a `keep` string (an agency's name, district or province) keeps its digits as typed,
/// so that "ISO 9001" or a phone number in a name is never turned into Thai digits.
pub fn with_digits_keeping(s: &str, digits: Digits, keep: &[&str]) -> String {
    if digits == Digits::Arabic {
        return s.to_string();
    }
    // Byte ranges of `s` inside a kept string; only strings with an ASCII digit matter.
    let mut kept = vec![false; s.len()];
    for k in keep
        .iter()
        .filter(|k| k.bytes().any(|b| b.is_ascii_digit()))
    {
        for (start, _) in s.match_indices(*k) {
            kept[start..start + k.len()]
                .iter_mut()
                .for_each(|b| *b = true);
        }
    }
    s.char_indices()
        .map(|(i, c)| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() && !kept[i] => THAI_DIGITS[d as usize],
            _ => c,
        })
        .collect()
}

/// Round to `places` decimals, half away from zero on the decimal value (see module docs).
///
/// Hot (every rating compares rounded scores; a cohort rates tens of thousands), so the usual
/// case skips the exact rule's text formatting: for up to three decimals and values below 1e6,
/// the exact rule moves `value` by at most 5e-7 units of the last place (its nine-decimal step)
/// and the product `value × 10^places` is off by less than 1.2e-7 units, so unless that
/// product lies within 1e-6 of a half unit, the nearest integer to it is the exact rule's
/// result — and the division is the same. Near a half unit the exact rule decides.
pub fn round_to(value: f64, places: u32) -> f64 {
    if places <= 3 && value.is_finite() {
        let scale = 10f64.powi(places as i32);
        let h = value.abs() * scale;
        if h < 1e9 && ((h - h.trunc()) - 0.5).abs() > 1e-6 {
            // Not a tie, so ties-to-even rounds as half-up would: and it is one wasm
            // instruction (`f64.nearest`), where `round` is a call into libm.
            let v = h.round_ties_even() / scale;
            return if value < 0.0 { -v } else { v };
        }
    }
    round_exact(value, places)
}

/// [`round_to`] by the exact rule: correctly rounded to nine decimals, then half up.
fn round_exact(value: f64, places: u32) -> f64 {
    if !value.is_finite() {
        return value;
    }
    let places = places.min(8);
    let nano = nano_units(value.abs());
    let step = 10i128.pow(9 - places);
    let rounded = (nano + step / 2) / step;
    let v = rounded as f64 / 10f64.powi(places as i32);
    if value < 0.0 {
        -v
    } else {
        v
    }
}

/// Round to two decimals (the display precision of every ITA score).
pub fn round2(value: f64) -> f64 {
    round_to(value, 2)
}

/// `value` (≥ 0, finite) as `m × 2^e`: its integer significand and binary exponent.
fn binary_parts(value: f64) -> (u64, i32) {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    }
}

/// `value` (≥ 0, finite) in units of 1e-9, correctly rounded (ties to even, as `{:.9}`
/// rounds) — with integer arithmetic on the exact binary value, so that the calculator's wasm
/// needs no exact float formatting (docs/SIZE.md). Exact up to about 1.5e29; larger values
/// saturate.
fn nano_units(value: f64) -> i128 {
    let (m, e) = binary_parts(value);
    let scaled = i128::from(m) * 1_000_000_000;
    if e >= 0 {
        return match scaled.checked_shl(e as u32) {
            Some(v) if v >> e == scaled => v,
            _ => i128::MAX,
        };
    }
    let shift = e.unsigned_abs();
    if shift >= 127 {
        // Below 2^-44 units: rounds to zero.
        return 0;
    }
    let q = scaled >> shift;
    let r = scaled - (q << shift);
    let half = 1i128 << (shift - 1);
    if r > half || (r == half && q & 1 == 1) {
        q + 1
    } else {
        q
    }
}

/// A score for display: two decimals, the rounding rule above, in the chosen digits.
pub fn format_score(value: f64, digits: Digits) -> String {
    format_fixed(value, 2, digits)
}

/// A number with a fixed count of decimals, rounded by the rule above.
pub fn format_fixed(value: f64, places: u32, digits: Digits) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let places = places.min(8);
    let nano = nano_units(value.abs());
    let step = 10i128.pow(9 - places);
    let units = (nano + step / 2) / step;
    let scale = 10i128.pow(places);
    let mut s = String::from(if value < 0.0 && units != 0 { "-" } else { "" });
    push_digits(&mut s, units / scale, 1);
    if places > 0 {
        s.push('.');
        push_digits(&mut s, units % scale, places);
    }
    with_digits(&s, digits)
}

/// Append `n` (≥ 0) in decimal digits, zero-padded to at least `width` digits: `i128`'s
/// `Display` would add its own code to the calculator's wasm (docs/SIZE.md).
fn push_digits(s: &mut String, mut n: i128, width: u32) {
    let mut digits = Vec::new();
    while n > 0 || digits.len() < width as usize {
        digits.push(char::from(b'0' + (n % 10) as u8));
        n /= 10;
    }
    s.extend(digits.iter().rev());
}

/// A signed change for display, e.g. `+2.09` / `-0.50` (always with a sign unless zero).
pub fn format_change(delta: f64, digits: Digits) -> String {
    let s = format_score(delta.abs(), Digits::Arabic);
    let sign = if round2(delta) > 0.0 {
        "+"
    } else if round2(delta) < 0.0 {
        "-"
    } else {
        ""
    };
    with_digits(&format!("{sign}{s}"), digits)
}

/// Parse what a person typed in a score cell.
///
/// Accepts Thai or Arabic digits, surrounding spaces, a trailing `%`, a decimal point.
/// An empty cell is `Ok(None)` (missing — never zero). Anything else that is not a plain
/// decimal number in 0–100 is an error naming `field`.
pub fn parse_score(input: &str, field: &str) -> Result<Option<f64>, ItaError> {
    // The usual cell (plain ASCII digits and a point) without allocating: a cohort file has
    // 100,000s of them. Anything else, white space beyond ASCII included, takes the full path,
    // which gives the same value for such a cell.
    if let Some(v) = decimal::short_decimal(input.trim_ascii()) {
        check_range(v, field)?;
        return Ok(Some(v));
    }
    let v = match parse_number(input, field)? {
        None => return Ok(None),
        Some(v) => v,
    };
    check_range(v, field)?;
    Ok(Some(v))
}

/// Check that a score lies in 0–100.
pub fn check_range(v: f64, field: &str) -> Result<(), ItaError> {
    if !v.is_finite() || !(0.0..=100.0).contains(&v) {
        return Err(ItaError::OutOfRange {
            field: field.to_string(),
            value: v,
        });
    }
    Ok(())
}

/// Parse a plain decimal number (Thai or Arabic digits, optional sign, optional trailing `%`).
pub fn parse_number(input: &str, field: &str) -> Result<Option<f64>, ItaError> {
    let trimmed = input.trim_matches(|c: char| c.is_whitespace() || c == '\u{200b}');
    if trimmed.is_empty() {
        return Ok(None);
    }
    let ascii = thai_to_arabic(trimmed);
    let body = ascii.strip_suffix('%').unwrap_or(&ascii).trim_end();
    let not_a_number = || ItaError::NotANumber {
        field: field.to_string(),
        input: super::echo::echo(trimmed),
    };
    let digits = body
        .strip_prefix(['-', '+', '−'])
        .unwrap_or(body)
        .trim_start();
    let mut seen_point = false;
    let mut seen_digit = false;
    for c in digits.chars() {
        match c {
            '0'..='9' => seen_digit = true,
            '.' if !seen_point => seen_point = true,
            _ => return Err(not_a_number()),
        }
    }
    if !seen_digit {
        return Err(not_a_number());
    }
    let negative = body.starts_with(['-', '−']);
    let v = decimal::decimal_value(digits);
    Ok(Some(if negative { -v } else { v }))
}

/// The message for an error in the chosen language (re-exported for convenience).
pub fn message(err: &ItaError, lang: Lang) -> String {
    err.message(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_rounding_is_the_exact_rule() {
        for v in [
            84.995,
            85.005,
            79.125,
            1.005,
            86.875,
            0.0,
            100.0,
            84.994999,
            99.995,
            0.005,
            -0.005,
            -84.995,
            0.0005,
            2.675,
            1e6,
            999_999.995,
        ] {
            for places in 0..=3 {
                assert_eq!(
                    round_to(v, places).to_bits(),
                    round_exact(v, places).to_bits(),
                    "{v} {places}"
                );
            }
        }
        let mut x = -1.0f64;
        while x <= 101.0 {
            for places in 0..=3 {
                assert_eq!(
                    round_to(x, places).to_bits(),
                    round_exact(x, places).to_bits(),
                    "{x} {places}"
                );
            }
            x += 0.000_731;
        }
    }

    /// [`nano_units`] is what `{:.9}` prints, read back as an integer.
    #[test]
    fn nano_units_are_the_correctly_rounded_nine_decimals() {
        let by_text = |v: f64| {
            let s = format!("{v:.9}");
            let (int, frac) = s.split_once('.').unwrap();
            int.parse::<i128>().unwrap() * 1_000_000_000 + frac.parse::<i128>().unwrap()
        };
        let mut cases = vec![
            0.0,
            1.0,
            0.5,
            85.005,
            79.125,
            1.005,
            2.675,
            99.995,
            100.0,
            1e-9,
            5e-10,
            1.5e-9,
            2.5e-9,
            4.9e-324,
            1e-300,
            1e20,
            1.2345678901234567e28,
            123456.789,
        ];
        // Exact ties at the ninth decimal (k / 1024 has a tenth digit 5).
        cases.extend((0..4096).map(|k| f64::from(k) / 1024.0));
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..50_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            cases.push((x % 10_000_000) as f64 / 99_991.0);
            cases.push(f64::from_bits(x >> 2) % 1e12);
        }
        for v in cases {
            assert_eq!(nano_units(v), by_text(v), "{v:e}");
        }
    }

    #[test]
    fn rounds_half_away_from_zero_on_the_decimal_value() {
        assert_eq!(format_score(79.125, Digits::Arabic), "79.13");
        assert_eq!(format_score(85.005, Digits::Arabic), "85.01");
        assert_eq!(format_score(1.005, Digits::Arabic), "1.01");
        assert_eq!(format_score(79.4267, Digits::Arabic), "79.43");
        assert_eq!(format_score(86.875, Digits::Arabic), "86.88");
        assert_eq!(format_score(100.0, Digits::Arabic), "100.00");
        assert_eq!(format_score(0.0, Digits::Arabic), "0.00");
        assert_eq!(format_score(-0.004, Digits::Arabic), "0.00");
        assert_eq!(format_score(-2.095, Digits::Arabic), "-2.10");
        assert_eq!(round2((85.00 + 85.01) / 2.0), 85.01);
        assert_eq!(round2(0.1 + 0.2 + 84.705), 85.01);
    }

    #[test]
    fn thai_digits_both_ways() {
        assert_eq!(format_score(94.62, Digits::Thai), "๙๔.๖๒");
        assert_eq!(parse_score("๙๔.๖๒", "ITA").unwrap(), Some(94.62));
        assert_eq!(format_change(2.09, Digits::Thai), "+๒.๐๙");
        assert_eq!(format_change(-0.5, Digits::Arabic), "-0.50");
    }

    /// [`nano_units`] is what `{:.9}` prints, read back as an integer.
    #[test]
    fn parses_what_people_type() {
        assert_eq!(parse_score("  85.5 ", "x").unwrap(), Some(85.5));
        assert_eq!(parse_score("85%", "x").unwrap(), Some(85.0));
        assert_eq!(parse_score("85 %", "x").unwrap(), Some(85.0));
        assert_eq!(parse_score("", "x").unwrap(), None);
        assert_eq!(parse_score("   ", "x").unwrap(), None);
        assert_eq!(parse_score("100", "x").unwrap(), Some(100.0));
        assert_eq!(parse_score(".5", "x").unwrap(), Some(0.5));
    }

    #[test]
    fn rejects_junk_and_out_of_range_naming_the_field() {
        let e = parse_score("abc", "ตัวชี้วัด 3").unwrap_err();
        assert!(
            e.message(Lang::En).contains("ตัวชี้วัด 3"),
            "{}",
            e.message(Lang::En)
        );
        assert!(e.message(Lang::En).contains("abc"));
        assert!(matches!(e, ItaError::NotANumber { .. }));
        let e = parse_score("100.01", "IIT").unwrap_err();
        assert!(matches!(e, ItaError::OutOfRange { .. }));
        assert!(e.message(Lang::Th).contains("IIT"));
        assert!(matches!(
            parse_score("-1", "IIT").unwrap_err(),
            ItaError::OutOfRange { .. }
        ));
        for junk in ["1e5", "NaN", "inf", "8,5", "85..1", "--5", "5-", "%", "."] {
            assert!(parse_score(junk, "f").is_err(), "{junk} accepted");
        }
    }
}
