//! The shortest decimal that reads back as a given `f64`, without the standard library's float
//! formatting (Grisu/Dragon and their tables, ≈ 12 KB of the calculator's wasm, reached from
//! the messages that quote a number: docs/SIZE.md). The digits are those of `{}` and `{:e}`:
//! the fewest that read back as the same `f64`, and of those the nearest to it.

use super::decimal::{big_mul_add, big_shl, decimal_value};

/// The digits of `v` (finite, > 0) and the position of the decimal point: `v` reads back from
/// `0.d₁d₂…dₙ × 10^point`, with no trailing zero digit.
pub(super) fn shortest_digits(v: f64) -> (Vec<u8>, i64) {
    let (exact, point) = exact_digits(v);
    for p in 1..exact.len() {
        let down = exact[..p].to_vec();
        let (up, up_point) = increment(&down, point);
        let down_ok = reads_back(&down, point, v);
        let up_ok = reads_back(&up, up_point, v);
        // Of two candidates that both read back, the nearer; a tie goes up, as std's does.
        let rest = &exact[p..];
        let up_nearer = rest[0] >= 5;
        match (down_ok, up_ok) {
            (true, true) if up_nearer => return trimmed(up, up_point),
            (true, _) => return trimmed(down, point),
            (false, true) => return trimmed(up, up_point),
            (false, false) => {}
        }
    }
    trimmed(exact, point)
}

/// The exact decimal digits of `v` (finite, > 0): `v = 0.d₁d₂…dₙ × 10^point`.
fn exact_digits(v: f64) -> (Vec<u8>, i64) {
    let (m, e) = super::binary_parts(v);
    let mut n = vec![m as u32, (m >> 32) as u32];
    let mut exp10 = 0;
    if e >= 0 {
        big_shl(&mut n, e as usize);
    } else {
        // m × 2^e = m × 5^-e × 10^e
        for _ in 0..e.unsigned_abs() {
            big_mul_add(&mut n, 5, 0);
        }
        exp10 = i64::from(e);
    }
    // Digits, least significant first, nine at a time.
    let mut digits = Vec::new();
    while n.iter().any(|&l| l != 0) {
        let mut rem = 0u64;
        for limb in n.iter_mut().rev() {
            let cur = (rem << 32) | u64::from(*limb);
            *limb = (cur / 1_000_000_000) as u32;
            rem = cur % 1_000_000_000;
        }
        for _ in 0..9 {
            digits.push((rem % 10) as u8);
            rem /= 10;
        }
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    digits.reverse();
    let point = digits.len() as i64 + exp10;
    (digits, point)
}

/// `0.digits × 10^point` plus one unit of its last digit.
fn increment(digits: &[u8], point: i64) -> (Vec<u8>, i64) {
    let mut up = digits.to_vec();
    for d in up.iter_mut().rev() {
        if *d < 9 {
            *d += 1;
            return (up, point);
        }
        *d = 0;
    }
    // All nines: 0.99… → 0.1 × 10^(point + 1).
    up.insert(0, 1);
    up.pop();
    (up, point + 1)
}

/// Whether `0.digits × 10^point` reads back as `v`.
fn reads_back(digits: &[u8], point: i64, v: f64) -> bool {
    decimal_value(&plain(digits, point)) == v
}

/// `0.digits × 10^point` as a plain decimal (`123.45`, `0.00012`, `12000`).
pub(super) fn plain(digits: &[u8], point: i64) -> String {
    let ascii = |d: &u8| char::from(b'0' + d);
    let mut s = String::new();
    if point <= 0 {
        s.push_str("0.");
        s.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        s.extend(digits.iter().map(ascii));
    } else {
        let point = point as usize;
        s.extend(digits.iter().take(point).map(ascii));
        s.extend(std::iter::repeat_n('0', point.saturating_sub(digits.len())));
        if digits.len() > point {
            s.push('.');
            s.extend(digits[point..].iter().map(ascii));
        }
    }
    s
}

fn trimmed(mut digits: Vec<u8>, point: i64) -> (Vec<u8>, i64) {
    while digits.len() > 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, point)
}

/// `v` (finite) as `{}` writes it: the shortest digits, without an exponent.
pub fn shortest_plain(v: f64) -> String {
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v == 0.0 {
        return format!("{sign}0");
    }
    let (digits, point) = shortest_digits(v.abs());
    format!("{sign}{}", plain(&digits, point))
}

/// `v` (finite) as `{:e}` writes it: `1.5e-7`, `1e300`.
pub fn shortest_exp(v: f64) -> String {
    let mut s = String::from(if v.is_sign_negative() { "-" } else { "" });
    let (digits, point) = if v == 0.0 {
        (vec![0], 1)
    } else {
        shortest_digits(v.abs())
    };
    s.push(char::from(b'0' + digits[0]));
    if digits.len() > 1 {
        s.push('.');
        s.extend(digits[1..].iter().map(|d| char::from(b'0' + d)));
    }
    s.push('e');
    s.push_str(&(point - 1).to_string());
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(v: f64) {
        assert_eq!(shortest_exp(v), format!("{v:e}"), "{:#x}", v.to_bits());
        if v == 0.0 || (1e-30..1e30).contains(&v.abs()) {
            assert_eq!(shortest_plain(v), v.to_string(), "{:#x}", v.to_bits());
        }
    }

    #[test]
    fn the_digits_of_std_formatting() {
        for v in [
            0.0,
            -0.0,
            1.0,
            0.1,
            0.3,
            0.1 + 0.2,
            101.5,
            1e300,
            1e-7,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::EPSILON,
            123456789.0,
            999999999.9999999,
            9007199254740993.0,
            2251799813685248.5,
            79.43,
            -43.75,
        ] {
            check(v);
        }
        // Powers of two (the uneven interval below them; every third exponent) and random bit
        // patterns (a debug build formats a few hundred a second).
        for e in (0..2046u64).step_by(3) {
            check(f64::from_bits(e << 52));
            check(f64::from_bits((e << 52) | ((1 << 52) - 1)));
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..1_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = f64::from_bits(x & !(0x7ff << 52) | ((x % 2046 + 1) << 52));
            check(v);
            // Short decimals, as people type them.
            check((x % 1_000_000) as f64 / 100.0);
        }
    }
}
