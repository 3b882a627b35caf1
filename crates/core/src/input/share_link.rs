//! A scenario (one agency's scores for one year) packed into a short string for a shareable
//! link. The app puts it in the URL *fragment* (`#s=…`), which browsers never send to a server.
//!
//! Format: base64url (no padding) of the UTF-8 text
//! `1|<year>|<agency kind>|<agency name>|<code>:<value>,<code>:<value>…`, values at full
//! precision so the scenario comes back exactly. Decoding validates everything.

use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;

use crate::foundation::error::{ItaError, Problem};
use crate::framework::for_year;
use crate::workbook::scores::Scores;
use crate::workbook::AgencyKind;

const VERSION: &str = "1";

/// What a shared link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub year: u16,
    pub kind: AgencyKind,
    pub name: String,
    pub scores: Scores,
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

/// Pack a scenario.
pub fn encode(s: &Scenario) -> String {
    let values: Vec<String> = s
        .scores
        .values
        .iter()
        .map(|(c, v)| format!("{c}:{v}"))
        .collect();
    let name: String = s.name.chars().filter(|&c| c != '|').collect();
    let text = format!(
        "{VERSION}|{}|{}|{}|{}",
        s.year,
        kind_code(s.kind),
        name,
        values.join(",")
    );
    LINK_BASE64.encode(text.as_bytes())
}

/// Unpack and validate a scenario.
pub fn decode(packed: &str) -> Result<Scenario, ItaError> {
    let bad = |th: &str, en: &str| ItaError::BadLink {
        problem: Problem::text(th, en),
    };
    let cause = |e: ItaError| ItaError::BadLink { problem: e.into() };
    let bytes = LINK_BASE64.decode(packed.trim()).map_err(|_| {
        bad(
            "ลิงก์เสียหาย (มีอักขระที่ลิงก์ไม่ควรมี)",
            "the link is damaged (not base64url)",
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        bad(
            "ลิงก์เสียหาย (อ่านข้อความไม่ได้)",
            "the link is damaged (not UTF-8)",
        )
    })?;
    let parts: Vec<&str> = text.splitn(5, '|').collect();
    let [version, year, kind, name, values] = parts[..] else {
        return Err(bad("ลิงก์ไม่ครบ", "the link is incomplete"));
    };
    if version != VERSION {
        return Err(bad(
            "ลิงก์นี้สร้างจากเครื่องมือรุ่นใหม่กว่า",
            "the link was made by a newer version of the tool",
        ));
    }
    let year: u16 = year
        .parse()
        .map_err(|_| bad("ปีในลิงก์ไม่ใช่ตัวเลข", "the link's year is not a number"))?;
    let fw = for_year(year).map_err(cause)?;
    let kind = match kind {
        "m" => AgencyKind::Municipality,
        "s" => AgencyKind::Sao,
        "p" => AgencyKind::Pao,
        "c" => AgencyKind::Central,
        "o" => AgencyKind::Other,
        _ => return Err(bad("ประเภทหน่วยงานในลิงก์ไม่ถูกต้อง", "unknown agency kind")),
    };
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
    fn round_trips_exactly() {
        let s = sample();
        let packed = encode(&s);
        assert!(
            packed
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'),
            "URL-safe"
        );
        let back = decode(&packed).unwrap();
        assert_eq!(back.scores, s.scores);
        assert_eq!(back.name, "เทศบาลตัวอย่าง");
        assert_eq!(back.year, 2568);
    }

    /// Links made by the hand-written codec this module had before it used the `base64` crate
    /// (one with `-`/`_` in it) decode exactly as they did, and encoding gives them back.
    #[test]
    fn links_shared_before_still_open() {
        let old = "MXwyNTY4fG184LmA4LiX4Lio4Lia4Liy4Lil4LiV4Lix4Lin4Lit4Lii4LmI4Liy4LiHfDEwLjI6MzMuMzMzMzMzMzMzMzMzMzM2LEVJVDE6ODMuNixJSVQ6OTUuNDI";
        let s = decode(old).unwrap();
        assert_eq!(s.scores, sample().scores);
        assert_eq!(
            (s.year, s.kind, s.name.as_str()),
            (2568, AgencyKind::Municipality, "เทศบาลตัวอย่าง")
        );
        assert_eq!(encode(&s), old);
        let old = "MXwyNTY1fHN84Lit4Lia4LiVLuC4l-C4lOC4quC4reC4mnxvMToxMDAsbzQyOjA";
        let s = decode(old).unwrap();
        assert_eq!(
            (s.year, s.kind, s.name.as_str()),
            (2565, AgencyKind::Sao, "อบต.ทดสอบ")
        );
        assert_eq!(s.scores.values.get("o42"), Some(&0.0));
        assert_eq!(s.scores.values.get("o1"), Some(&100.0));
        assert_eq!(encode(&s), old);
        // The old decoder ignored the unused low bits of the last character.
        assert_eq!(
            decode("MXwyNTY1fHN8fG8xOjEwMA")
                .unwrap()
                .scores
                .values
                .len(),
            1
        );
        assert_eq!(
            decode("MXwyNTY1fHN8fG8xOjEwMB")
                .unwrap()
                .scores
                .values
                .len(),
            1
        );
    }

    #[test]
    fn damaged_links_are_errors_not_panics() {
        for bad in [
            "",
            "!!!",
            "MXwy",
            &LINK_BASE64.encode(b"1|2570|m|x|"),
            &LINK_BASE64.encode(b"1|2568|m|x|IIT:101"),
            &LINK_BASE64.encode(b"2|2568|m|x|"),
            &LINK_BASE64.encode(b"1|2568|z|x|"),
            &LINK_BASE64.encode([0xff, 0xfe]),
        ] {
            assert!(decode(bad).is_err(), "{bad}");
        }
    }
}
