//! Whether a file's bytes are plain UTF-8 text — valid UTF-8 with no control character other
//! than tab, line feed, form feed and carriage return — in one pass with no branch per byte.
//!
//! A cohort file is megabytes of Thai (three bytes a character). In the browser, std's
//! `str::from_utf8` and then a scan for control characters took about 40 ms for 8 MB; this
//! automaton does both in one loop of a load, a shift and a mask per byte.
//!
//! The automaton is a "shift DFA": for every byte, one `u64` holds the next state of each
//! state, six bits apiece at the bit offset that *is* the state, so a step is
//! `state = (ROW[byte] >> state) & 63`. Error is offset 0, and every row keeps 0 there, so an
//! error stays an error.

/// The states, as bit offsets into a row.
const ERR: u32 = 0;
/// Between characters.
const ACC: u32 = 6;
/// One continuation byte (0x80–0xBF) to go.
const TAIL1: u32 = 12;
/// Two to go.
const TAIL2: u32 = 18;
/// Three to go.
const TAIL3: u32 = 24;
/// After 0xE0: 0xA0–0xBF, then one more (no overlong three-byte form).
const E0: u32 = 30;
/// After 0xED: 0x80–0x9F, then one more (no surrogate).
const ED: u32 = 36;
/// After 0xF0: 0x90–0xBF, then two more (no overlong four-byte form).
const F0: u32 = 42;
/// After 0xF4: 0x80–0x8F, then two more (nothing past U+10FFFF).
const F4: u32 = 48;
/// After 0xC2: 0xA0–0xBF ends the character; 0x80–0x9F would be a C1 control (U+0080–U+009F).
const C2: u32 = 54;

/// The state after `byte` in state `from`.
const fn next(from: u32, byte: u8) -> u32 {
    let tail = matches!(byte, 0x80..=0xBF);
    match from {
        ACC => match byte {
            b'\t' | b'\n' | 0x0C | b'\r' => ACC,
            0x00..=0x1F | 0x7F => ERR,
            0x20..=0x7E => ACC,
            0xC2 => C2,
            0xC3..=0xDF => TAIL1,
            0xE0 => E0,
            0xED => ED,
            0xE1..=0xEF => TAIL2,
            0xF0 => F0,
            0xF1..=0xF3 => TAIL3,
            0xF4 => F4,
            // Continuation bytes out of place, 0xC0/0xC1 (overlong) and 0xF5–0xFF.
            _ => ERR,
        },
        TAIL1 if tail => ACC,
        TAIL2 if tail => TAIL1,
        TAIL3 if tail => TAIL2,
        E0 if matches!(byte, 0xA0..=0xBF) => TAIL1,
        ED if matches!(byte, 0x80..=0x9F) => TAIL1,
        F0 if matches!(byte, 0x90..=0xBF) => TAIL2,
        F4 if matches!(byte, 0x80..=0x8F) => TAIL2,
        C2 if matches!(byte, 0xA0..=0xBF) => ACC,
        _ => ERR,
    }
}

/// Every byte's row.
static ROWS: [u64; 256] = {
    const STATES: [u32; 10] = [ERR, ACC, TAIL1, TAIL2, TAIL3, E0, ED, F0, F4, C2];
    let mut rows = [0u64; 256];
    let mut b = 0;
    while b < 256 {
        let mut s = 0;
        while s < STATES.len() {
            rows[b] |= (next(STATES[s], b as u8) as u64) << STATES[s];
            s += 1;
        }
        b += 1;
    }
    rows
};

/// Whether `bytes` are valid UTF-8 holding no control character but tab, line feed, form feed
/// and carriage return (C0, DEL and C1 are refused).
pub(super) fn is_plain_utf8(bytes: &[u8]) -> bool {
    let mut state = u64::from(ACC);
    // Checked once a block: an error state never leaves, so a bad file stops early enough.
    for block in bytes.chunks(4096) {
        state = run(state, block);
        if state == u64::from(ERR) {
            return false;
        }
    }
    state == u64::from(ACC)
}

/// The state after `block`. A call per block, never inlined: the browser keeps a running wasm
/// call in the code it started with, so one call over megabytes would stay in the unoptimised
/// first tier; calls per block are optimised once they are hot.
#[inline(never)]
fn run(mut state: u64, block: &[u8]) -> u64 {
    for &b in block {
        state = (ROWS[usize::from(b)] >> state) & 63;
    }
    state
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition the automaton must agree with: std's UTF-8 check and `char::is_control`.
    fn expected(bytes: &[u8]) -> bool {
        std::str::from_utf8(bytes).is_ok_and(|s| {
            !s.chars()
                .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
        })
    }

    #[test]
    fn agrees_with_std_on_every_sequence_of_up_to_two_bytes() {
        assert!(is_plain_utf8(b""));
        for a in 0..=255u8 {
            assert_eq!(is_plain_utf8(&[a]), expected(&[a]), "{a:#x}");
            for b in 0..=255u8 {
                assert_eq!(is_plain_utf8(&[a, b]), expected(&[a, b]), "{a:#x} {b:#x}");
            }
        }
    }

    #[test]
    fn agrees_with_std_on_every_three_bytes_after_a_lead_byte() {
        // (A sequence that starts with an ASCII byte is that byte and a two-byte sequence:
        // covered above, from the same state.)
        for a in 0xC0..=0xFFu8 {
            for b in 0..=255u8 {
                for c in 0..=255u8 {
                    let s = [a, b, c];
                    assert_eq!(is_plain_utf8(&s), expected(&s), "{s:x?}");
                }
            }
        }
    }

    #[test]
    fn agrees_with_std_on_four_bytes_at_every_boundary() {
        // Every lead byte, then the bytes at the edges of every range the rules name.
        const EDGES: [u8; 22] = [
            0x00, 0x09, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
            0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5,
        ];
        for a in 0..=255u8 {
            for b in EDGES {
                for c in EDGES {
                    for d in EDGES {
                        let s = [a, b, c, d];
                        assert_eq!(is_plain_utf8(&s), expected(&s), "{s:x?}");
                    }
                }
            }
        }
    }

    #[test]
    fn reads_long_thai_text_and_stops_at_a_bad_byte_past_a_block() {
        let line = "องค์การบริหารส่วนตำบลสมมุติ 1-1,เทศบาลตำบล,จังหวัดสมมุติ1,2568,91.50\r\n";
        let mut text = line.repeat(200).into_bytes();
        assert!(is_plain_utf8(&text));
        text.push(0x00);
        assert!(!is_plain_utf8(&text));
        text.pop();
        text.extend_from_slice("\u{85}".as_bytes());
        assert!(!is_plain_utf8(&text), "a C1 control at the end");
        text.truncate(text.len() - 2);
        assert!(is_plain_utf8(&text));
        text.extend_from_slice(&"ก".as_bytes()[..2]);
        assert!(!is_plain_utf8(&text), "a character cut short");
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_std_on_any_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..64)) {
            proptest::prop_assert_eq!(is_plain_utf8(&bytes), expected(&bytes));
        }

        #[test]
        fn agrees_with_std_on_any_text(text in "\\PC{0,40}") {
            proptest::prop_assert_eq!(is_plain_utf8(text.as_bytes()), expected(text.as_bytes()));
        }
    }
}
