//! The exporters as a JavaScript-callable module: one function that takes a JSON request and
//! returns the file's bytes. The logic is in `ita-core` (shared with the CLI); this crate only
//! decodes the request.
//!
//! Request (JSON):
//! ```json
//! { "workbook": { "format": "ita-workbook", … }, "agency": "a1", "year": 2565,
//!   "docs": ["memo", "analysis", "plan", "implementation"], "format": "docx",
//!   "digits": "thai", "charts": [{ "png_base64": "…", "width_px": 800, "height_px": 400, "alt": "…" }] }
//! ```

use serde::Deserialize;

use ita_core::foundation::number::Digits;
use ita_core::report::{build, DocKind, ReportOptions};
use ita_core::Workbook;
use ita_document::{csv, docx, html, xlsx, Image};

#[derive(Deserialize)]
struct Chart {
    png_base64: String,
    width_px: u32,
    height_px: u32,
    #[serde(default)]
    alt: String,
}

#[derive(Deserialize)]
struct Request {
    workbook: serde_json::Value,
    agency: String,
    year: u16,
    docs: Vec<DocKind>,
    format: String,
    #[serde(default)]
    digits: Option<Digits>,
    #[serde(default)]
    charts: Vec<Chart>,
}

/// Decode standard base64 (what `canvas.toDataURL` gives after the comma).
fn decode_base64(s: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in s.bytes().filter(|c| !c.is_ascii_whitespace()) {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            _ => return Err("a chart image is not valid base64".into()),
        };
        acc = acc << 6 | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Ok(out)
}

/// Build the requested documents and return the file's bytes, or a message naming the problem.
pub fn export(request_json: &str) -> Result<Vec<u8>, String> {
    let req: Request =
        serde_json::from_str(request_json).map_err(|e| format!("bad export request: {e}"))?;
    let wb = Workbook::from_json(&req.workbook.to_string())
        .map_err(|e| e.message(ita_core::Lang::Th))?;
    let agency = wb
        .agency(&req.agency)
        .ok_or_else(|| format!("ไม่พบหน่วยงาน {}", req.agency))?;
    let mut charts = Vec::new();
    for c in req.charts {
        let png = decode_base64(c.png_base64.rsplit(',').next().unwrap_or_default())?;
        charts.push(Image {
            png,
            width_px: c.width_px,
            height_px: c.height_px,
            alt: c.alt,
        });
    }
    let opts = ReportOptions {
        digits: req.digits.unwrap_or(Digits::Thai),
        charts,
    };
    let doc =
        build(agency, req.year, &req.docs, &opts).map_err(|e| e.message(ita_core::Lang::Th))?;
    match req.format.as_str() {
        "docx" => docx::write(&doc).map_err(|e| e.to_string()),
        "xlsx" => xlsx::write(&doc).map_err(|e| e.to_string()),
        "csv" => Ok(csv::write(&doc).into_bytes()),
        "html" => Ok(html::write(&doc, "").into_bytes()),
        other => Err(format!(
            "unknown format \"{other}\" (docx, xlsx, csv, html)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_base64() {
        assert_eq!(decode_base64("TWFu").unwrap(), b"Man");
        assert_eq!(decode_base64("TWE=").unwrap(), b"Ma");
        assert!(decode_base64("T$==").is_err());
    }
}
