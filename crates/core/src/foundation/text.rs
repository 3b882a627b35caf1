//! Turning a file's bytes into text: the one place every file reader decodes what users bring.
//!
//! Files from Thai Excel and older Thai software are often not UTF-8 but Windows-874 (the
//! Microsoft superset of TIS-620). [`decode`] accepts UTF-8 (with any number of byte-order
//! marks: some tools add a second one when re-saving), UTF-16 with a byte-order mark, and
//! Windows-874 / TIS-620, and says which one it found so the caller can show a note. Bytes that
//! are none of these (a spreadsheet saved as `.xlsx`, an image) are refused with a message.

use std::fmt;

use super::lang::Lang;

mod plain;

/// The encoding a file was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8, with or without byte-order marks.
    Utf8,
    /// UTF-16 (little- or big-endian), recognised by its byte-order mark.
    Utf16,
    /// Windows-874 / TIS-620 (Thai Excel's "CSV" on Windows).
    Windows874,
}

impl TextEncoding {
    /// The encoding's usual name.
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf16 => "UTF-16",
            TextEncoding::Windows874 => "Windows-874 (TIS-620)",
        }
    }

    /// A note to show the user when the file was not in the expected UTF-8, else `None`.
    pub fn note(self, lang: Lang) -> Option<String> {
        if self == TextEncoding::Utf8 {
            return None;
        }
        Some(match lang {
            Lang::Th => format!("อ่านไฟล์เป็นรหัสอักขระ {} แล้ว", self.name()),
            Lang::En => format!("the file was read as {}", self.name()),
        })
    }
}

/// A file's text and the encoding it was found in.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The text, without byte-order marks.
    pub text: String,
    pub encoding: TextEncoding,
}

/// Bytes that are not text in any encoding the tool reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotText;

impl NotText {
    /// The message shown to the user.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Th => "ไฟล์นี้ไม่ใช่ไฟล์ข้อความ (อ่านได้เฉพาะ UTF-8, UTF-16 หรือ Windows-874/TIS-620 \
                         เช่น CSV ที่บันทึกจาก Excel)"
                .into(),
            Lang::En => "this file is not text (readable: UTF-8, UTF-16 or Windows-874/TIS-620, \
                         e.g. a CSV saved from Excel)"
                .into(),
        }
    }
}

impl fmt::Display for NotText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for NotText {}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Remove every leading byte-order mark (U+FEFF) from text already decoded.
pub fn strip_boms(text: &str) -> &str {
    text.trim_start_matches('\u{feff}')
}

/// Decode a file's bytes (see the module doc for what is accepted).
pub fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    let utf16 = match bytes {
        [0xFF, 0xFE, rest @ ..] => Some((rest, u16::from_le_bytes as fn([u8; 2]) -> u16)),
        [0xFE, 0xFF, rest @ ..] => Some((rest, u16::from_be_bytes as fn([u8; 2]) -> u16)),
        _ => None,
    };
    if let Some((body, unit)) = utf16 {
        let text = decode_utf16(body, unit).ok_or(NotText)?;
        return if has_binary(&text) {
            Err(NotText)
        } else {
            Ok(Decoded {
                text: strip_boms(&text).to_string(),
                encoding: TextEncoding::Utf16,
            })
        };
    }
    let mut body = bytes;
    while let Some(rest) = body.strip_prefix(UTF8_BOM) {
        body = rest;
    }
    if let Ok(text) = std::str::from_utf8(body) {
        return utf8_text(text);
    }
    let text: String = body
        .iter()
        .map(|&b| windows_874(b))
        .collect::<Option<String>>()
        .ok_or(NotText)?;
    if has_binary(&text) {
        return Err(NotText);
    }
    Ok(Decoded {
        text: strip_boms(&text).to_string(),
        encoding: TextEncoding::Windows874,
    })
}

/// Valid UTF-8 text: refused if it holds control characters, else without its byte-order
/// marks.
fn utf8_text(text: &str) -> Result<Decoded, NotText> {
    if !plain::is_plain_utf8(text.as_bytes()) {
        return Err(NotText);
    }
    Ok(Decoded {
        text: strip_boms(text).to_string(),
        encoding: TextEncoding::Utf8,
    })
}

/// [`decode`] of bytes the caller hands over: UTF-8 without a byte-order mark (the usual
/// file) becomes the text in place, without a copy (a cohort file is megabytes); anything else
/// goes through [`decode`].
pub fn decode_owned(bytes: Vec<u8>) -> Result<Decoded, NotText> {
    if bytes.starts_with(UTF8_BOM) || !plain::is_plain_utf8(&bytes) {
        return decode(&bytes);
    }
    // SAFETY: `is_plain_utf8` accepts valid UTF-8 only (its tests compare it with
    // `str::from_utf8` on every sequence of up to two bytes, every three bytes after a lead
    // byte and every four at the rules' boundaries). One pass instead of std's check and then
    // ours: about 30 ms less for an 8 MB file in the browser.
    let text = unsafe { String::from_utf8_unchecked(bytes) };
    Ok(Decoded {
        text,
        encoding: TextEncoding::Utf8,
    })
}

/// UTF-16 code units read with `unit`; `None` for an odd length or an unpaired surrogate.
fn decode_utf16(body: &[u8], unit: fn([u8; 2]) -> u16) -> Option<String> {
    if !body.len().is_multiple_of(2) {
        return None;
    }
    let units = body.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
}

/// One byte of Windows-874 (the WHATWG index: TIS-620 and Microsoft's additions in 0x80–0x9F),
/// `None` where the encoding has no character. Written out here rather than taken from
/// `encoding_rs`, whose run-time encoding choice links every encoder's tables into each wasm
/// (hundreds of KB); a test checks every byte against `encoding_rs`.
fn windows_874(b: u8) -> Option<char> {
    let c = match b {
        0x00..=0x7F => b as u32,
        0x80 => 0x20AC,
        0x85 => 0x2026,
        0x91 => 0x2018,
        0x92 => 0x2019,
        0x93 => 0x201C,
        0x94 => 0x201D,
        0x95 => 0x2022,
        0x96 => 0x2013,
        0x97 => 0x2014,
        // C1 controls in the index: never in a text file (refused as binary anyway).
        0x81..=0x9F => b as u32,
        0xA0 => 0xA0,
        0xA1..=0xDA => 0x0E01 + (b - 0xA1) as u32,
        0xDF..=0xFB => 0x0E3F + (b - 0xDF) as u32,
        _ => return None,
    };
    char::from_u32(c)
}

/// Control characters that never occur in a text file (NUL and the like): a binary file.
fn has_binary(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_windows_874_thai() {
        // "ปี" in Windows-874: ป = 0xBB, ี = 0xD5.
        let d = decode(b"year,code,score\n2565,ITA,\xBB\xD5\n").unwrap();
        assert_eq!(d.encoding, TextEncoding::Windows874);
        assert!(d.text.ends_with("ปี\n"));
        assert!(d.encoding.note(Lang::Th).unwrap().contains("Windows-874"));
    }

    #[test]
    fn strips_every_bom_and_refuses_binary() {
        let d = decode(b"\xEF\xBB\xBF\xEF\xBB\xBFyear").unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("year", TextEncoding::Utf8));
        assert_eq!(TextEncoding::Utf8.note(Lang::Th), None);
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Err(NotText));
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("ปี".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16).unwrap().text, "ปี");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("ปี".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).unwrap().text, "ปี");
        // An odd byte and an unpaired surrogate are not UTF-16 text.
        assert_eq!(decode(&[0xFF, 0xFE, 0x41]), Err(NotText));
        assert_eq!(decode(&[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]), Err(NotText));
    }

    #[test]
    fn decoding_owned_bytes_gives_what_decode_gives() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("ปี".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let samples: [&[u8]; 7] = [
            "ปี 2565,ITA,91.5\n".as_bytes(),
            b"\xEF\xBB\xBF\xEF\xBB\xBFyear",
            b"year,code,score\n2565,ITA,\xBB\xD5\n",
            b"PK\x03\x04\x00\x00",
            "C1 \u{85} control".as_bytes(),
            &utf16,
            b"",
        ];
        for bytes in samples {
            assert_eq!(decode_owned(bytes.to_vec()), decode(bytes), "{bytes:?}");
        }
    }

    #[test]
    fn control_characters_make_utf8_binary_at_every_offset() {
        let base = "ปีงบ 2568,ITA,91.5\tเทศบาลตำบล\r\n";
        for c in [
            '\u{0}', '\u{1f}', '\u{7f}', '\u{80}', '\u{9f}', '\u{a0}', 'ก', '\n',
        ] {
            for at in base.char_indices().map(|(i, _)| i) {
                let mut text = base.to_string();
                text.insert(at, c);
                assert_eq!(
                    decode(text.as_bytes()).is_err(),
                    has_binary(&text),
                    "{c:?} at {at}"
                );
                assert_eq!(
                    decode_owned(text.clone().into_bytes()),
                    decode(text.as_bytes())
                );
            }
        }
    }

    #[test]
    fn windows_874_matches_encoding_rs_on_every_byte() {
        for b in 0..=255u8 {
            let byte = [b];
            let (theirs, had_errors) = encoding_rs::WINDOWS_874.decode_without_bom_handling(&byte);
            match windows_874(b) {
                Some(c) => assert_eq!(
                    (c.to_string(), false),
                    (theirs.into_owned(), had_errors),
                    "{b:#x}"
                ),
                None => assert!(had_errors, "{b:#x} has a character in encoding_rs"),
            }
        }
    }

    #[test]
    fn utf16_matches_encoding_rs() {
        for text in ["year,code,score\n2565,ITA,๗๙.๔๓\n", "a\u{1F600}b", ""] {
            for (bom, le) in [([0xFF, 0xFE], true), ([0xFE, 0xFF], false)] {
                let bytes: Vec<u8> = bom
                    .into_iter()
                    .chain(text.encode_utf16().flat_map(|u| {
                        if le {
                            u.to_le_bytes()
                        } else {
                            u.to_be_bytes()
                        }
                    }))
                    .collect();
                let (theirs, _) = encoding_rs::Encoding::for_bom(&bytes).unwrap();
                let (expected, _) = theirs.decode_with_bom_removal(&bytes);
                assert_eq!(decode(&bytes).unwrap().text, expected);
            }
        }
    }
}
