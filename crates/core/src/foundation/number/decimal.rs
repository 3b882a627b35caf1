//! Reading a plain decimal as the nearest `f64` without the standard library's float parser,
//! whose 10 KB table of powers of five does not compress (the calculator's wasm,
//! docs/SIZE.md): [`decimal_value`] gives what `str::parse::<f64>` gives, to the bit.

/// The usual case of [`decimal_value`] without allocating: ASCII digits with at most one point,
/// at least one digit, an integer part below 2^53 once the point is removed and at most 22
/// decimals. Then the value is one division of two exactly represented numbers, which IEEE
/// arithmetic rounds correctly (Clinger's fast path). `None` for anything else.
pub(super) fn short_decimal(digits: &str) -> Option<f64> {
    let mut n: u64 = 0;
    let mut decimals = 0usize;
    let mut in_fraction = false;
    let mut seen_digit = false;
    for &b in digits.as_bytes() {
        let d = b.wrapping_sub(b'0');
        if d < 10 {
            // Once past 2^53 the value can only grow: not the fast path.
            if n >= 1 << 53 {
                return None;
            }
            n = n * 10 + u64::from(d);
            seen_digit = true;
            decimals += usize::from(in_fraction);
        } else if b == b'.' && !in_fraction {
            in_fraction = true;
        } else {
            return None;
        }
    }
    (seen_digit && n < 1 << 53 && decimals < POW10.len()).then(|| n as f64 / POW10[decimals])
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
pub(super) fn decimal_value(digits: &str) -> f64 {
    if let Some(v) = short_decimal(digits) {
        return v;
    }
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
pub(super) fn big_mul_add(n: &mut Vec<u32>, m: u32, add: u32) {
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

pub(super) fn big_shl(n: &mut Vec<u32>, bits: usize) {
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

#[cfg(test)]
mod tests {
    use super::*;

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
        for c in ["85.5", "100", "0.000001", "007.10"] {
            assert!(short_decimal(c).is_some(), "{c}: the fast path");
        }
        for c in ["", ".", "1.2.3", "-1", "1e5", "9007199254740993", "٣"] {
            assert!(short_decimal(c).is_none(), "{c}: not the fast path");
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
}
