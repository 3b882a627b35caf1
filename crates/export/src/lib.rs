//! The exporters as a JavaScript-callable module: one function that takes a JSON request and
//! returns the file's bytes. The logic is in `ita-core` (shared with the CLI); this crate only
//! decodes the request.
//!
//! Request (JSON):
//! ```json
//! { "workbook": { "format": "ita-workbook", … }, "agency": "a1", "year": 2565,
//!   "docs": ["memo", "analysis", "plan", "implementation"], "format": "docx",
//!   "digits": "thai", "draft": "concise" }
//! ```
//! `draft` (`concise`, the default, or `full`) is how much a plan not saved yet says.
//! The analysis report's charts are drawn here (`ita_document::chart::bitmap`, at print
//! resolution with the bundled Sarabun), from the same specs the app draws on its canvas.

use serde::Deserialize;

use ita_core::foundation::number::Digits;
use ita_core::report::{build_with_draft, DocKind, ReportOptions};
use ita_core::writing::draft_measures::DraftDetail;
use ita_core::Workbook;
use ita_document::Format;

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
    draft: DraftDetail,
}

/// Build the requested documents and return the file's bytes, or a message naming the problem.
pub fn export(request_json: &str) -> Result<Vec<u8>, String> {
    let req: Request =
        serde_json::from_str(request_json).map_err(|e| format!("bad export request: {e}"))?;
    let format = Format::from_extension(&req.format)
        .ok_or_else(|| format!("unknown format \"{}\" ({})", req.format, Format::names()))?;
    let wb = Workbook::from_json(&req.workbook.to_string())
        .map_err(|e| e.message(ita_core::Lang::Th))?;
    let agency = wb
        .agency(&req.agency)
        .ok_or_else(|| format!("ไม่พบหน่วยงาน {}", req.agency))?;
    let opts = ReportOptions {
        digits: req.digits.unwrap_or(Digits::Thai),
    };
    let doc = build_with_draft(agency, req.year, &req.docs, &opts, req.draft)
        .map_err(|e| e.message(ita_core::Lang::Th))?;
    format.write(&doc).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(format: &str) -> String {
        let wb = include_str!("../../core/samples/sample-municipality.json");
        format!(
            "{{\"workbook\":{wb},\"agency\":\"sample-municipality\",\"year\":2567,\"docs\":[\"analysis\"],\"format\":\"{format}\"}}"
        )
    }

    /// How often `needle` occurs in `bytes`.
    fn count(bytes: &[u8], needle: &[u8]) -> usize {
        bytes.windows(needle.len()).filter(|w| *w == needle).count()
    }

    #[test]
    fn the_analysis_report_carries_its_two_charts_as_pictures() {
        let docx = export(&request("docx")).unwrap();
        // Two PNG files in the package (its directory lists each name once).
        assert!(count(&docx, b"word/media/") >= 2, "no chart pictures");
        let xlsx = export(&request("xlsx")).unwrap();
        assert!(count(&xlsx, b"xl/media/image") >= 2, "no chart pictures");
    }

    #[test]
    fn a_bad_request_names_the_problem() {
        assert!(export("{}").unwrap_err().contains("bad export request"));
        let e = export(&request("pdf")).unwrap_err();
        assert!(e.contains("unknown format"), "{e}");
    }
}
