//! User input quoted back in a message. A message names what was wrong but never repeats a
//! whole line or file: a 1 MB cell would give a 1 MB message (and a 1 MB notice on screen).
//! Numbers that are not finite are described in words, never as `NaN` or `inf`.

use super::lang::Lang;
use super::number::{shortest_exp, shortest_plain};

/// At most this many characters of the user's input are repeated in a message.
pub const ECHO_MAX: usize = 40;

/// `input` as a message quotes it: the first [`ECHO_MAX`] characters, then "…" when cut.
pub fn echo(input: &str) -> String {
    cap(input, ECHO_MAX)
}

/// A JSON or TOML path as a message names it (`agencies[0].years.2568.plan[3].codes[1]`): our
/// own field names, but with keys from the file in it, so capped too, more loosely.
pub fn echo_path(path: &str) -> String {
    cap(path, 3 * ECHO_MAX)
}

/// The first `max` characters of `s`, then "…" when it was longer.
pub fn cap(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_string(),
        // `get` rather than indexing: no slicing panic and its formatting in the wasm.
        Some((end, _)) => format!("{}…", s.get(..end).unwrap_or(s)),
    }
}

/// A number as a message shows it: plain decimals, an exponent for huge or tiny values (so a
/// number never spreads over hundreds of digits), words for a value that is not a number.
pub fn echo_number(v: f64, lang: Lang) -> String {
    match lang {
        _ if v.is_finite() && (v == 0.0 || (1e-6..1e9).contains(&v.abs())) => {
            echo(&shortest_plain(v))
        }
        _ if v.is_finite() => shortest_exp(v),
        Lang::Th if v.is_nan() => "ค่าที่ไม่ใช่ตัวเลข".into(),
        Lang::En if v.is_nan() => "a value that is not a number".into(),
        Lang::Th => "ค่าอนันต์".into(),
        Lang::En => "an infinite value".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_input_is_cut_after_forty_characters() {
        assert_eq!(echo("abc"), "abc");
        let long = "ก".repeat(1_000_000);
        let e = echo(&long);
        assert_eq!(e.chars().count(), ECHO_MAX + 1);
        assert!(e.ends_with('…'));
        assert_eq!(echo(&"x".repeat(40)), "x".repeat(40));
    }

    #[test]
    fn numbers_are_never_nan_or_inf_in_words() {
        assert_eq!(echo_number(101.5, Lang::Th), "101.5");
        assert_eq!(echo_number(1e300, Lang::En), "1e300");
        assert_eq!(echo_number(-0.0, Lang::En), "-0");
        for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            for lang in [Lang::Th, Lang::En] {
                let s = echo_number(v, lang);
                let words: Vec<&str> = s.split(' ').collect();
                assert!(
                    !words.iter().any(|w| ["NaN", "inf", "-inf"].contains(w)),
                    "{s}"
                );
            }
        }
    }
}
