//! A scenario (one agency's scores for one year) packed into a short string for a shareable
//! link. The app puts it in the URL *fragment* (`#s=…`), which browsers never send to a server.
//!
//! Format: base64url (no padding) of the UTF-8 text
//! `1|<year>|<agency kind>|<agency name>|<code>:<value>,<code>:<value>…`, values at full
//! precision so the scenario comes back exactly. Decoding validates everything.

use crate::foundation::error::ItaError;
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

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn b64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (chunk[0] as u32) << 16
            | (*chunk.get(1).unwrap_or(&0) as u32) << 8
            | *chunk.get(2).unwrap_or(&0) as u32;
        let chars = chunk.len() + 1;
        for k in 0..chars {
            out.push(ALPHABET[(n >> (18 - 6 * k)) as usize & 63] as char);
        }
    }
    out
}

fn b64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes() {
        let v = ALPHABET.iter().position(|&a| a == c)? as u32;
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

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
    b64url_encode(text.as_bytes())
}

/// Unpack and validate a scenario.
pub fn decode(packed: &str) -> Result<Scenario, ItaError> {
    let bad = |problem: &str| ItaError::BadWorkbook {
        path: "link".into(),
        problem: problem.into(),
    };
    let bytes =
        b64url_decode(packed.trim()).ok_or_else(|| bad("the link is damaged (not base64url)"))?;
    let text = String::from_utf8(bytes).map_err(|_| bad("the link is damaged (not UTF-8)"))?;
    let parts: Vec<&str> = text.splitn(5, '|').collect();
    let [version, year, kind, name, values] = parts[..] else {
        return Err(bad("the link is incomplete"));
    };
    if version != VERSION {
        return Err(bad("the link was made by a newer version of the tool"));
    }
    let year: u16 = year
        .parse()
        .map_err(|_| bad("the link's year is not a number"))?;
    let fw = for_year(year)?;
    let kind = match kind {
        "m" => AgencyKind::Municipality,
        "s" => AgencyKind::Sao,
        "p" => AgencyKind::Pao,
        "c" => AgencyKind::Central,
        "o" => AgencyKind::Other,
        _ => return Err(bad("unknown agency kind")),
    };
    let mut scores = Scores::default();
    for pair in values.split(',').filter(|p| !p.is_empty()) {
        let (code, v) = pair
            .split_once(':')
            .ok_or_else(|| bad("a score in the link is damaged"))?;
        let v: f64 = v
            .parse()
            .map_err(|_| bad("a score in the link is not a number"))?;
        scores.set_checked(fw, year, code, v)?;
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
        assert!(packed.bytes().all(|c| ALPHABET.contains(&c)), "URL-safe");
        let back = decode(&packed).unwrap();
        assert_eq!(back.scores, s.scores);
        assert_eq!(back.name, "เทศบาลตัวอย่าง");
        assert_eq!(back.year, 2568);
    }

    #[test]
    fn damaged_links_are_errors_not_panics() {
        for bad in [
            "",
            "!!!",
            "MXwy",
            &b64url_encode(b"1|2570|m|x|"),
            &b64url_encode(b"1|2568|m|x|IIT:101"),
            &b64url_encode(b"2|2568|m|x|"),
            &b64url_encode(b"1|2568|z|x|"),
            &b64url_encode(&[0xff, 0xfe]),
        ] {
            assert!(decode(bad).is_err(), "{bad}");
        }
    }
}
