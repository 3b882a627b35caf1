//! The cells of a cohort file's line, read fast: a file has 10,000s of lines, and the wasm is
//! compiled for size, so the usual case (no quotes, cells that need no trimming) does no
//! decoding and no allocation. Quoted lines go to the scores CSV's RFC 4180 reader.

use std::borrow::Cow;

use crate::foundation::cohort_problem::CohortProblem;
use crate::input::scores_csv::split_line;

/// The fields of a line into `out`: borrowed slices when there are no quotes (the common, fast
/// case).
pub(super) fn fields<'a>(
    line: &'a str,
    sep: char,
    line_no: usize,
    out: &mut Vec<Cow<'a, str>>,
) -> Result<(), CohortProblem> {
    out.clear();
    // One pass over the bytes, eight at a time (the separator is ASCII, so every cut is a
    // character boundary); a quote anywhere sends the line to the RFC 4180 reader.
    let bytes = line.as_bytes();
    let sep = sep as u8;
    let mut start = 0;
    let mut i = 0;
    while let Some(at) = next_of(bytes, i, sep, b'"') {
        if bytes[at] == b'"' {
            out.clear();
            let owned = split_line(line, char::from(sep), line_no)
                .map_err(|_| CohortProblem::Unclosed { line: line_no })?;
            out.extend(owned.into_iter().map(Cow::Owned));
            return Ok(());
        }
        out.push(Cow::Borrowed(&line[start..at]));
        start = at + 1;
        i = at + 1;
    }
    out.push(Cow::Borrowed(&line[start..]));
    Ok(())
}

/// The first index at or after `from` of byte `a` or `b`, testing eight bytes at a time (the
/// classic "has a zero byte" test on the word XORed with each byte repeated).
fn next_of(bytes: &[u8], from: usize, a: u8, b: u8) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS != 0;
    let (wa, wb) = (ONES * u64::from(a), ONES * u64::from(b));
    let mut i = from;
    // (`first_chunk` gives the eight bytes as an array: one load; a `copy_from_slice` into a
    // buffer stays a call in the size-optimised wasm.)
    while let Some(word) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_ne_bytes(*word);
        if has_zero(x ^ wa) || has_zero(x ^ wb) {
            break;
        }
        i += 8;
    }
    bytes
        .get(i..)?
        .iter()
        .position(|&c| c == a || c == b)
        .map(|k| i + k)
}

/// `str::trim`, without decoding a character when the ends are plainly not white space: an
/// ASCII letter, digit or sign, or a character of U+0800–U+0FFF (Thai among them), whose
/// encoding starts with 0xE0 — no white space is encoded so.
pub(super) fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    let plain_start = b
        .first()
        .is_some_and(|&c| c.is_ascii_graphic() || c == 0xE0);
    let plain_end = match b {
        [.., c] if c.is_ascii_graphic() => true,
        [.., 0xE0, _, _] => true,
        _ => false,
    };
    if plain_start && plain_end {
        s
    } else {
        s.trim()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_those_of_a_plain_split_or_the_csv_reader() {
        let lines = [
            "",
            ",",
            "a",
            "a,b",
            "องค์การบริหารส่วนตำบลสมมุติ 1-2,เทศบาลตำบล,จังหวัดสมมุติ1,2568,91.5,,88",
            "1234567,12345678,123456789,,,,,,,,,,,,,,,,x",
            "abcdefghijklmnopqrstuvwxyz,",
            "\"a,b\",c",
            "x,y,\"q \"\"w\"\"\"",
            "abcdefgh\"ijk,l\"",
        ];
        for line in lines {
            for sep in [',', ';', '\t'] {
                let line = line.replace(',', &sep.to_string());
                let mut got = Vec::new();
                fields(&line, sep, 7, &mut got).unwrap();
                let want: Vec<String> = if line.contains('"') {
                    split_line(&line, sep, 7).unwrap()
                } else {
                    line.split(sep).map(str::to_string).collect()
                };
                assert_eq!(got, want, "{line:?}");
            }
        }
        let mut got = Vec::new();
        assert_eq!(
            fields("a,\"b", ',', 9, &mut got),
            Err(CohortProblem::Unclosed { line: 9 })
        );
    }

    #[test]
    fn trim_is_str_trim() {
        let ends = [
            "", " ", "\t", "a", "ก", "ก ", "\u{a0}", "\u{3000}", "\u{2003}", "\u{85}", "9", "%",
            "\u{e00}", "\u{feff}", "\u{200b}", "é",
        ];
        for a in ends {
            for b in ends {
                for mid in ["", "x", "ตำบล", " "] {
                    let s = format!("{a}{mid}{b}");
                    assert_eq!(trim(&s), s.trim(), "{s:?}");
                }
            }
        }
    }
}
