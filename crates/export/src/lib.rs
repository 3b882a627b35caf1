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

use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;
use serde::Deserialize;

use ita_core::foundation::number::Digits;
use ita_core::report::{build, DocKind, ReportOptions};
use ita_core::Workbook;
use ita_document::{Format, Image};

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

/// Decode standard base64 (what `canvas.toDataURL` gives after the comma), padded or not.
fn decode_base64(s: &str) -> Result<Vec<u8>, String> {
    const CHART_BASE64: GeneralPurpose = GeneralPurpose::new(
        &alphabet::STANDARD,
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
    );
    let clean: String = s.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    CHART_BASE64
        .decode(clean)
        .map_err(|_| "a chart image is not valid base64".to_string())
}

/// Build the requested documents and return the file's bytes, or a message naming the problem.
pub fn export(request_json: &str) -> Result<Vec<u8>, String> {
    let req: Request =
        serde_json::from_str(request_json).map_err(|e| format!("bad export request: {e}"))?;
    let format = Format::from_extension(&req.format)
        .ok_or_else(|| format!("unknown format \"{}\" ({})", req.format, Format::names()))?;
    let wb = Workbook::from_json(&req.workbook.to_string())
        .map_err(|e| e.message(ita_core::Lang::Th))?;
    // The user's own frameworks score the years they cover, in the documents too.
    wb.use_frameworks()
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
    format.write(&doc).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_base64() {
        assert_eq!(decode_base64("TWFu").unwrap(), b"Man");
        assert_eq!(decode_base64("TWE=").unwrap(), b"Ma");
        assert_eq!(decode_base64("TWE").unwrap(), b"Ma");
        assert_eq!(decode_base64("TW\nFu").unwrap(), b"Man");
        assert!(decode_base64("T$==").is_err());
    }
}
