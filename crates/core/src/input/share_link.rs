//! A scenario (one agency's scores for one year) packed into a short string for a shareable
//! link. The app puts it in the URL *fragment* (`#s=…`), which browsers never send to a server.
//!
//! Links travel through chat apps and text messages, which cut them; a cut link must never open
//! as different scores. So the format (version 2) carries a checksum and an end marker:
//!
//! ```text
//! 2~<body>~<checksum>~
//! ```
//!
//! * `<body>`: base64url (no padding) of the UTF-8 text
//!   `<year>|<agency kind>|<agency name>|<code>:<value>,<code>:<value>…`, values at full
//!   precision so the scenario comes back exactly;
//! * `<checksum>`: CRC-32 of everything before it (`2~<body>~`, as ASCII), 8 lowercase hex
//!   digits. A CRC-32 catches every change of one character (an error burst of 8 bits), so a
//!   link with any character changed is refused;
//! * the final `~` is the end marker: a link without it was cut.
//!
//! `~` is not a base64url character and is kept as it is by browsers and chat apps (a `%7E`
//! written in its place is read as `~`). A damaged or cut link is refused with a message that
//! says the link is incomplete and to ask for it again; never partial data.
//!
//! Links made before version 2 (plain base64url of `1|<year>|<kind>|<name>|<values>`) have no
//! checksum: they still open when they parse completely, marked as not checked
//! ([`Opened::checked`]) so the app can say that the scores could not be checked.

use std::borrow::Cow;

use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;

use crate::foundation::error::{ItaError, Problem};
use crate::foundation::lang::Lang;
use crate::framework::scoring_for_year;
use crate::workbook::limits::{check_len, NAME_MAX};
use crate::workbook::scores::Scores;
use crate::workbook::AgencyKind;

/// The version of links this module writes.
const VERSION: u32 = 2;
/// Separates the parts of a version-2 link and ends it.
const MARK: char = '~';
/// The longest link opened, in bytes. The longest scenario the tool writes (every code of a
/// question-level year, a name of `NAME_MAX` Thai characters) packs to about 8 KB; anything much
/// longer was not made by the tool, and decoding it only costs the user time.
const LINK_MAX: usize = 32 * 1024;
/// The version written inside links made before version 2.
const OLD_VERSION: &str = "1";

/// What a shared link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub year: u16,
    pub kind: AgencyKind,
    pub name: String,
    pub scores: Scores,
}

/// A link that opened.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub scenario: Scenario,
    /// False for a link in the old format (no checksum): it parsed completely, but whether it
    /// was cut or changed on the way cannot be known.
    pub checked: bool,
}

impl Opened {
    /// What to tell the user about a link that could not be checked, else `None`.
    pub fn note(&self, lang: Lang) -> Option<String> {
        if self.checked {
            return None;
        }
        Some(match lang {
            Lang::Th => "ลิงก์นี้เป็นรูปแบบเก่าที่ไม่มีรหัสตรวจสอบ จึงตรวจไม่ได้ว่าครบถ้วนหรือไม่ \
                         กรุณาเทียบคะแนนกับผู้ที่ส่งมา หรือขอลิงก์ใหม่"
                .into(),
            Lang::En => "this link is in the old format, which has no check code, so whether it \
                         is complete cannot be checked; compare the scores with the sender's or \
                         ask for a new link"
                .into(),
        })
    }
}

/// base64url without padding. Decoding accepts non-zero trailing bits, as the hand-written
/// decoder that made the first links did, so every link ever shared still opens.
const LINK_BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone),
);

fn kind_code(k: AgencyKind) -> &'static str {
    match k {
        AgencyKind::Municipality => "m",
        AgencyKind::Sao => "s",
        AgencyKind::Pao => "p",
        AgencyKind::Central => "c",
        AgencyKind::Other => "o",
    }
}

/// Pack a scenario (always in the current version).
pub fn encode(s: &Scenario) -> String {
    let values: Vec<String> = s
        .scores
        .values
        .iter()
        .map(|(c, v)| format!("{c}:{v}"))
        .collect();
    let name: String = s.name.chars().filter(|&c| c != '|').collect();
    let text = format!(
        "{}|{}|{}|{}",
        s.year,
        kind_code(s.kind),
        name,
        values.join(",")
    );
    let head = format!(
        "{VERSION}{MARK}{}{MARK}",
        LINK_BASE64.encode(text.as_bytes())
    );
    format!("{head}{:08x}{MARK}", crc32fast::hash(head.as_bytes()))
}

/// Unpack and validate a scenario (see [`open`] to know whether it could be checked).
pub fn decode(packed: &str) -> Result<Scenario, ItaError> {
    open(packed).map(|o| o.scenario)
}

fn bad(th: &str, en: &str) -> ItaError {
    ItaError::BadLink {
        problem: Problem::text(th, en),
    }
}

fn incomplete() -> ItaError {
    bad(
        "ลิงก์ไม่ครบ อาจถูกตัดระหว่างการส่งต่อ กรุณาขอลิงก์ใหม่จากผู้ที่ส่งมา",
        "the link is incomplete (it may have been cut when it was sent); please ask the sender \
         for the link again",
    )
}

fn altered() -> ItaError {
    bad(
        "ลิงก์ไม่ครบหรือถูกเปลี่ยนระหว่างทาง (ข้อมูลไม่ตรงกับรหัสตรวจสอบ) กรุณาขอลิงก์ใหม่จากผู้ที่ส่งมา",
        "the link is incomplete or was changed on the way (its data does not match its check \
         code); please ask the sender for the link again",
    )
}

fn too_long() -> ItaError {
    bad(
        "ลิงก์ยาวเกินกว่าที่เครื่องมือนี้สร้าง จึงไม่เปิด กรุณาขอลิงก์ใหม่จากผู้ที่ส่งมา",
        "the link is longer than any this tool makes, so it is not opened; please ask the sender \
         for the link again",
    )
}

fn newer() -> ItaError {
    bad(
        "ลิงก์นี้สร้างจากเครื่องมือรุ่นใหม่กว่า",
        "the link was made by a newer version of the tool",
    )
}

/// Unpack and validate a scenario: all of it, or an error.
pub fn open(packed: &str) -> Result<Opened, ItaError> {
    let packed = packed.trim();
    if packed.len() > LINK_MAX {
        return Err(too_long());
    }
    let packed: Cow<str> = if packed.contains('%') {
        Cow::Owned(packed.replace("%7E", "~").replace("%7e", "~"))
    } else {
        Cow::Borrowed(packed)
    };
    if packed.contains(MARK) {
        let text = checked_text(&packed)?;
        let scenario = parse(&text)?;
        return Ok(Opened {
            scenario,
            checked: true,
        });
    }
    if packed.is_empty() {
        return Err(incomplete());
    }
    let text = base64_text(&packed)?;
    match text.split_once('|') {
        Some((OLD_VERSION, rest)) => parse(rest).map(|scenario| Opened {
            scenario,
            checked: false,
        }),
        Some(_) => Err(newer()),
        None => Err(incomplete()),
    }
}

/// The body's text of a version-2 link whose end marker and checksum are right.
fn checked_text(packed: &str) -> Result<String, ItaError> {
    let (version, _) = packed.split_once(MARK).unwrap_or_default();
    match version.parse::<u32>() {
        Ok(VERSION) => {}
        Ok(v) if v > VERSION => return Err(newer()),
        _ => return Err(altered()),
    }
    let Some(unmarked) = packed.strip_suffix(MARK) else {
        return Err(incomplete());
    };
    let Some((rest, checksum)) = unmarked.rsplit_once(MARK) else {
        return Err(incomplete());
    };
    let Some(body) = rest.strip_prefix(&format!("{VERSION}{MARK}")) else {
        return Err(incomplete());
    };
    let head = &packed[..rest.len() + MARK.len_utf8()];
    let well_formed = checksum.len() == 8
        && checksum
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !well_formed || u32::from_str_radix(checksum, 16) != Ok(crc32fast::hash(head.as_bytes())) {
        return Err(altered());
    }
    if body.contains(MARK) {
        return Err(altered());
    }
    base64_text(body)
}

fn base64_text(body: &str) -> Result<String, ItaError> {
    let bytes = LINK_BASE64.decode(body).map_err(|_| {
        bad(
            "ลิงก์เสียหาย (มีอักขระที่ลิงก์ไม่ควรมี)",
            "the link is damaged (not base64url)",
        )
    })?;
    String::from_utf8(bytes).map_err(|_| {
        bad(
            "ลิงก์เสียหาย (อ่านข้อความไม่ได้)",
            "the link is damaged (not UTF-8)",
        )
    })
}

/// `<year>|<kind>|<name>|<values>`, every part validated.
fn parse(text: &str) -> Result<Scenario, ItaError> {
    let cause = |e: ItaError| ItaError::BadLink { problem: e.into() };
    let parts: Vec<&str> = text.splitn(4, '|').collect();
    let [year, kind, name, values] = parts[..] else {
        return Err(incomplete());
    };
    let year: u16 = year
        .parse()
        .map_err(|_| bad("ปีในลิงก์ไม่ใช่ตัวเลข", "the link's year is not a number"))?;
    // Codes and scales only: the scoring-only form (read on the first screen, issue #12).
    let fw = scoring_for_year(year).map_err(cause)?;
    let kind = match kind {
        "m" => AgencyKind::Municipality,
        "s" => AgencyKind::Sao,
        "p" => AgencyKind::Pao,
        "c" => AgencyKind::Central,
        "o" => AgencyKind::Other,
        _ => return Err(bad("ประเภทหน่วยงานในลิงก์ไม่ถูกต้อง", "unknown agency kind")),
    };
    check_len("name", name, NAME_MAX).map_err(cause)?;
    let mut scores = Scores::default();
    for pair in values.split(',').filter(|p| !p.is_empty()) {
        let (code, v) = pair
            .split_once(':')
            .ok_or_else(|| bad("คะแนนในลิงก์เสียหาย", "a score in the link is damaged"))?;
        let v: f64 = v
            .parse()
            .map_err(|_| bad("คะแนนในลิงก์ไม่ใช่ตัวเลข", "a score in the link is not a number"))?;
        scores.set_checked(fw, year, code, v).map_err(cause)?;
    }
    Ok(Scenario {
        year,
        kind,
        name: name.to_string(),
        scores,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::for_year;

    fn sample() -> Scenario {
        let mut scores = Scores::default();
        scores.insert("IIT", 95.42);
        scores.insert("EIT1", 83.6);
        scores.insert("10.2", 100.0 / 3.0);
        Scenario {
            year: 2568,
            kind: AgencyKind::Municipality,
            name: "เทศบาล|ตัวอย่าง".into(),
            scores,
        }
    }

    #[test]
    fn round_trips_exactly_and_checked() {
        let s = sample();
        let packed = encode(&s);
        assert!(
            packed
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || b"-_~".contains(&c)),
            "URL-safe: {packed}"
        );
        assert!(
            packed.starts_with("2~") && packed.ends_with('~'),
            "{packed}"
        );
        let back = open(&packed).unwrap();
        assert!(back.checked);
        assert_eq!(back.note(Lang::Th), None);
        assert_eq!(back.scenario.scores, s.scores);
        assert_eq!(back.scenario.name, "เทศบาลตัวอย่าง");
        assert_eq!(back.scenario.year, 2568);
        // A chat app that escapes `~` does not break the link.
        assert_eq!(open(&packed.replace('~', "%7E")).unwrap(), back);
    }

    /// Links made before version 2 (one with `-`/`_` in it) decode exactly as they did, marked
    /// as not checked; encoding them again gives a checked link to the same scenario.
    #[test]
    fn links_shared_before_still_open_unchecked() {
        let old = "MXwyNTY4fG184LmA4LiX4Lio4Lia4Liy4Lil4LiV4Lix4Lin4Lit4Lii4LmI4Liy4LiHfDEwLjI6MzMuMzMzMzMzMzMzMzMzMzM2LEVJVDE6ODMuNixJSVQ6OTUuNDI";
        let o = open(old).unwrap();
        assert!(!o.checked);
        assert!(o.note(Lang::Th).unwrap().contains("รูปแบบเก่า"));
        let s = o.scenario;
        assert_eq!(s.scores, sample().scores);
        assert_eq!(
            (s.year, s.kind, s.name.as_str()),
            (2568, AgencyKind::Municipality, "เทศบาลตัวอย่าง")
        );
        assert_eq!(decode(&encode(&s)).unwrap(), s);
        let old = "MXwyNTY1fHN84Lit4Lia4LiVLuC4l-C4lOC4quC4reC4mnxvMToxMDAsbzQyOjA";
        let s = decode(old).unwrap();
        assert_eq!(
            (s.year, s.kind, s.name.as_str()),
            (2565, AgencyKind::Sao, "อบต.ทดสอบ")
        );
        assert_eq!(s.scores.values.get("o42"), Some(&0.0));
        assert_eq!(s.scores.values.get("o1"), Some(&100.0));
        assert_eq!(decode(&encode(&s)).unwrap(), s);
        // The old decoder ignored the unused low bits of the last character.
        for old in ["MXwyNTY1fHN8fG8xOjEwMA", "MXwyNTY1fHN8fG8xOjEwMB"] {
            assert_eq!(decode(old).unwrap().scores.values.len(), 1);
        }
    }

    #[test]
    fn damaged_links_are_errors_not_panics() {
        let good = encode(&sample());
        let body = LINK_BASE64.encode(b"2568|m|x|IIT:50");
        for bad in [
            "",
            "!!!",
            "MXwy",
            "~",
            "2~",
            "2~~",
            "2~~~",
            "3~abc~00000000~",
            "x~abc~00000000~",
            &format!("2~{body}~00000000~"),
            &format!("2~{body}~"),
            &good[..good.len() - 1],
            &good.replacen("2~", "1~", 1),
            &LINK_BASE64.encode(b"1|2570|m|x|"),
            &LINK_BASE64.encode(b"1|2568|m|x|IIT:101"),
            &LINK_BASE64.encode(b"2|2568|m|x|"),
            &LINK_BASE64.encode(b"1|2568|z|x|"),
            &LINK_BASE64.encode([0xff, 0xfe]),
        ] {
            assert!(decode(bad).is_err(), "{bad}");
        }
        let th = decode(&good[..good.len() - 3])
            .unwrap_err()
            .message(Lang::Th);
        assert!(th.contains("ลิงก์ไม่ครบ") && th.contains("ขอลิงก์ใหม่"), "{th}");
        let en = decode(&good[..good.len() - 1])
            .unwrap_err()
            .message(Lang::En);
        assert!(
            en.contains("incomplete") && en.contains("ask the sender"),
            "{en}"
        );
    }

    #[test]
    fn the_longest_scenario_opens_and_longer_links_or_names_are_refused() {
        // Every code of a question-level year and the longest name the tool accepts.
        let fw = for_year(2565).unwrap();
        let mut scores = Scores::default();
        for node in &fw.nodes {
            scores.insert(&node.code, 100.0 / 3.0);
        }
        let longest = Scenario {
            year: 2565,
            kind: AgencyKind::Sao,
            name: "ก".repeat(NAME_MAX),
            scores,
        };
        let link = encode(&longest);
        assert!(link.len() <= LINK_MAX, "{} bytes", link.len());
        assert_eq!(decode(&link).unwrap().name, longest.name);

        let too_long_name = Scenario {
            name: "ก".repeat(NAME_MAX + 1),
            ..longest
        };
        let e = decode(&encode(&too_long_name)).unwrap_err();
        assert!(matches!(e, ItaError::BadLink { .. }), "{e:?}");

        // A huge link (1.4 MB, as seen in the wild) is refused before it is decoded.
        let huge = format!("2~{}~00000000~", "a".repeat(1_400_000));
        let th = decode(&huge).unwrap_err().message(Lang::Th);
        assert!(th.contains("ลิงก์ยาวเกิน"), "{th}");
    }
}
