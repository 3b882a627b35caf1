//! Reading numbers the way people type them, and the one rounding rule used for display.
//!
//! **Rounding rule** (screen, DOCX, XLSX, CSV alike): values are kept at full `f64` precision;
//! for display they are rounded to two decimals, *half away from zero on the decimal value*.
//! The value is first taken to nine decimals (which removes binary noise such as
//! `85.00499999999999` for a true `85.005`), then rounded at the second decimal in integer
//! arithmetic. So 79.125 → 79.13 and 85.005 → 85.01, unlike `format!("{:.2}")`.

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
            let v = h.round() / scale;
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

/// `value` (≥ 0) in units of 1e-9, rounded half up.
fn nano_units(value: f64) -> i128 {
    // `{:.9}` is correctly rounded by the standard library; reading its digits back as an
    // integer keeps the rest exact.
    let s = format!("{value:.9}");
    let (int, frac) = s.split_once('.').unwrap_or((&s, "0"));
    let int: i128 = int.parse().unwrap_or(0);
    let frac: i128 = format!("{frac:0<9}")[..9].parse().unwrap_or(0);
    int * 1_000_000_000 + frac
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
    let sign = if value < 0.0 && units != 0 { "-" } else { "" };
    let s = if places == 0 {
        format!("{sign}{units}")
    } else {
        format!(
            "{sign}{}.{:0width$}",
            units / scale,
            units % scale,
            width = places as usize
        )
    };
    with_digits(&s, digits)
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
    let v = decimal_value(digits);
    Ok(Some(if negative { -v } else { v }))
}

/// Exact powers of ten as `f64` (every one up to 1e22 is exact).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Significant digits kept: a value halfway between two `f64`s has at most 767, so the digits
/// after these count only as "something more" (one digit 1 in their place).
const KEPT_DIGITS: usize = 800;

/// The `f64` nearest to the plain decimal `digits` (ASCII digits and at most one point, at
/// least one digit: the caller checked), ties to even — what `str::parse::<f64>` gives,
/// without the standard library's table of powers of five (10 KiB gzip in the calculator's
/// wasm, docs/SIZE.md). The usual case is one exact division; otherwise a long division on
/// big integers.
fn decimal_value(digits: &str) -> f64 {
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all = int.bytes().chain(frac.bytes()).map(|b| u32::from(b - b'0'));
    let mut sig: Vec<u32> = all.skip_while(|&d| d == 0).collect();
    // value = sig × 10^exp10
    let mut exp10 = -(frac.len() as i64);
    if sig.len() > KEPT_DIGITS {
        let more = sig[KEPT_DIGITS..].iter().any(|&d| d != 0);
        exp10 += (sig.len() - KEPT_DIGITS) as i64;
        sig.truncate(KEPT_DIGITS);
        if more {
            sig.push(1);
            exp10 -= 1;
        }
    }
    let magnitude = sig.len() as i64 + exp10;
    if sig.is_empty() || magnitude < -330 {
        return 0.0;
    }
    if magnitude > 310 {
        return f64::INFINITY;
    }
    let small = sig
        .iter()
        .try_fold(0u64, |n, &d| n.checked_mul(10)?.checked_add(u64::from(d)))
        .filter(|&n| n < 1 << 53);
    if let Some(n) = small {
        match usize::try_from(exp10.unsigned_abs()) {
            Ok(k) if k < POW10.len() && exp10 < 0 => return n as f64 / POW10[k],
            Ok(k) if k < POW10.len() => return n as f64 * POW10[k],
            _ => {}
        }
    }
    let mut num = vec![0u32];
    for &d in &sig {
        big_mul_add(&mut num, 10, d);
    }
    let mut den = vec![1u32];
    for _ in 0..exp10.unsigned_abs() {
        big_mul_add(if exp10 < 0 { &mut den } else { &mut num }, 10, 0);
    }
    nearest_quotient(num, &den)
}

/// The `f64` nearest to `num / den` (both > 0, the quotient within the range of `f64`
/// or rounding to zero or infinity), ties to even.
fn nearest_quotient(mut num: Vec<u32>, den: &[u32]) -> f64 {
    // Scale by 2^s so that the quotient has 53 or 54 bits (at most 1074: the last bit of a
    // subnormal number).
    let s = (53 - (big_bits(&num) as i64 - big_bits(den) as i64)).min(1074);
    let mut den = den.to_vec();
    if s > 0 {
        big_shl(&mut num, s as usize);
    } else {
        big_shl(&mut den, s.unsigned_abs() as usize);
    }
    let mut q: u64 = 0;
    let mut d = den.clone();
    big_shl(&mut d, 55);
    for i in (0..=55).rev() {
        // d = den × 2^i here.
        if big_cmp(&num, &d) != std::cmp::Ordering::Less {
            big_sub(&mut num, &d);
            q |= 1 << i;
        }
        big_shr1(&mut d);
    }
    // q = floor(num / den) now, and num the remainder.
    let mut s = s;
    let up = if q >= 1 << 53 {
        let half = q & 1 == 1;
        q >>= 1;
        s -= 1;
        half && (num.iter().any(|&l| l != 0) || q & 1 == 1)
    } else {
        big_shl(&mut num, 1);
        match big_cmp(&num, &den) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => q & 1 == 1,
            std::cmp::Ordering::Less => false,
        }
    };
    if up {
        q += 1;
        if q == 1 << 53 {
            q = 1 << 52;
            s -= 1;
        }
    }
    if q < 1 << 52 {
        // Subnormal (s = 1074): the bits are the quotient.
        return f64::from_bits(q);
    }
    let biased = 1075 - s;
    if biased >= 2047 {
        return f64::INFINITY;
    }
    f64::from_bits(((biased as u64) << 52) | (q - (1 << 52)))
}

/// `n = n × m + add` on a big integer (little-endian 32-bit limbs).
fn big_mul_add(n: &mut Vec<u32>, m: u32, add: u32) {
    let mut carry = u64::from(add);
    for limb in n.iter_mut() {
        let v = u64::from(*limb) * u64::from(m) + carry;
        *limb = v as u32;
        carry = v >> 32;
    }
    if carry > 0 {
        n.push(carry as u32);
    }
}

fn big_bits(n: &[u32]) -> usize {
    match n.iter().rposition(|&l| l != 0) {
        Some(i) => i * 32 + (32 - n[i].leading_zeros() as usize),
        None => 0,
    }
}

fn big_shl(n: &mut Vec<u32>, bits: usize) {
    let (limbs, rest) = (bits / 32, bits % 32);
    if rest > 0 {
        let mut carry = 0u32;
        for limb in n.iter_mut() {
            let v = (*limb << rest) | carry;
            carry = *limb >> (32 - rest);
            *limb = v;
        }
        if carry > 0 {
            n.push(carry);
        }
    }
    n.splice(0..0, std::iter::repeat_n(0, limbs));
}

fn big_shr1(n: &mut [u32]) {
    let mut carry = 0u32;
    for limb in n.iter_mut().rev() {
        let v = (*limb >> 1) | carry;
        carry = *limb << 31;
        *limb = v;
    }
}

fn big_cmp(a: &[u32], b: &[u32]) -> std::cmp::Ordering {
    let len = a.len().max(b.len());
    (0..len)
        .rev()
        .map(|i| a.get(i).unwrap_or(&0).cmp(b.get(i).unwrap_or(&0)))
        .find(|o| o.is_ne())
        .unwrap_or(std::cmp::Ordering::Equal)
}

/// `a -= b` (a ≥ b).
fn big_sub(a: &mut [u32], b: &[u32]) {
    let mut borrow = 0i64;
    for (i, limb) in a.iter_mut().enumerate() {
        let v = i64::from(*limb) - i64::from(*b.get(i).unwrap_or(&0)) - borrow;
        borrow = i64::from(v < 0);
        *limb = (v + (borrow << 32)) as u32;
    }
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

    /// [`decimal_value`] is `str::parse::<f64>` to the bit, on the usual and on the hard cases.
    #[test]
    fn decimals_read_as_the_standard_library_reads_them() {
        let long =
            |head: &str, zeros: usize, tail: &str| format!("{head}{}{tail}", "0".repeat(zeros));
        let mut cases: Vec<String> = [
            "0",
            "0.0",
            "000.000",
            ".5",
            "5.",
            "85.5",
            "91.71",
            "0.1",
            "0.3",
            "100",
            "99.995",
            "84.995",
            "79.125",
            "0.000001",
            "123456789012345678",
            "9007199254740993",
            "9007199254740995",
            "9007199254740992.5",
            "18014398509481985",
            "0.30000000000000004",
            "2.2250738585072011",
            "179769313486231570814527423731704356798",
            "4.9406564584124654",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Around the smallest subnormal (2^-1074 ≈ 4.94e-324) and half of it.
        for tail in [
            "494065645841246544",
            "247032822920623272",
            "247032822920623273",
            "1",
            "9",
        ] {
            cases.push(long("0.", 323, tail));
            cases.push(long("0.", 322, tail));
            cases.push(long("0.", 331, tail));
        }
        // Around the largest finite value and beyond.
        cases.push(long("17976931348623157", 292, ""));
        cases.push(long("17976931348623158", 292, ""));
        cases.push(long("1", 310, ".5"));
        // Long digit strings: halfway cases decided by a digit far away.
        cases.push(long("9007199254740993", 900, "1"));
        cases.push(long("9007199254740993", 900, ""));
        cases.push(long("0.", 5, &"7".repeat(1200)));
        for c in &cases {
            let want: f64 = c.parse().unwrap();
            assert_eq!(decimal_value(c).to_bits(), want.to_bits(), "{c}");
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let digits = (x % 40 + 1) as usize;
            let point = (x >> 8) as usize % (digits + 1);
            let mut s: String = (0..digits)
                .map(|i| char::from(b'0' + ((x >> (i % 60)) % 10) as u8))
                .collect();
            s.insert(point, '.');
            let want: f64 = s.parse().unwrap();
            assert_eq!(decimal_value(&s).to_bits(), want.to_bits(), "{s}");
        }
    }

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
