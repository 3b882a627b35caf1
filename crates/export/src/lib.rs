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
//!
//! Cohort request (JSON, [`export_cohort`]): the cohort file's text as the user imported it, the
//! year and filter of the screen, and which document — the coordinator's summary or the
//! one-page sheets:
//! ```json
//! { "text": "agency,type,province,year,…", "year": 2568, "province": "", "kind": "",
//!   "doc": "summary" | "sheets", "format": "docx" | "xlsx" }
//! ```

use serde::Deserialize;

use ita_core::cohort::docs::{agency_sheets, summary_report};
use ita_core::cohort::{read_cohort, score_cohort, summarise, CohortFilter};
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

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum CohortDoc {
    Summary,
    Sheets,
}

#[derive(Deserialize)]
struct CohortRequest {
    text: String,
    year: u16,
    #[serde(default)]
    province: String,
    #[serde(default)]
    kind: String,
    doc: CohortDoc,
    format: String,
}

/// Build a cohort document: the file is read, scored and summarised by the same core code the
/// screen used, so the document shows the figures on the screen.
pub fn export_cohort(request_json: &str) -> Result<Vec<u8>, String> {
    let req: CohortRequest =
        serde_json::from_str(request_json).map_err(|e| format!("bad export request: {e}"))?;
    let format = Format::from_extension(&req.format)
        .ok_or_else(|| format!("unknown format \"{}\" ({})", req.format, Format::names()))?;
    let import = read_cohort(&req.text).map_err(|e| e.message(ita_core::Lang::Th))?;
    let sc = score_cohort(import.cohort);
    let filter = CohortFilter {
        province: Some(req.province),
        kind: Some(req.kind),
    };
    let s = summarise(&sc, req.year, &filter).ok_or_else(|| format!("ไม่มีข้อมูลปี {}", req.year))?;
    let doc = match req.doc {
        CohortDoc::Summary => summary_report(&sc, &s),
        CohortDoc::Sheets => agency_sheets(&sc, &s),
    };
    format.write(&doc).map_err(|e| e.to_string())
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

    #[test]
    fn cohort_documents_follow_the_request() {
        let text = "agency,type,province,year,IIT,EIT,OIT\nAlpha-one,อบต.,P,2568,90,91,92\nBravo-two,เทศบาล,Q,2568,70,80,60\n";
        let req = |doc: &str, format: &str, province: &str| {
            serde_json::json!({"text": text, "year": 2568, "province": province, "kind": "",
                               "doc": doc, "format": format})
            .to_string()
        };
        for (doc, format) in [("summary", "docx"), ("summary", "xlsx"), ("sheets", "docx")] {
            let bytes = export_cohort(&req(doc, format, "")).unwrap();
            assert_eq!(&bytes[..2], b"PK", "{doc} {format}");
        }
        // The filter reaches the document: one province's ranking names its agency only.
        let csv = |province| {
            String::from_utf8(export_cohort(&req("summary", "csv", province)).unwrap()).unwrap()
        };
        let (one, all) = (csv("Q"), csv(""));
        assert!(
            one.contains("Bravo-two") && !one.contains("Alpha-one"),
            "{one}"
        );
        assert!(
            all.contains("Bravo-two") && all.contains("Alpha-one"),
            "{all}"
        );
        assert!(export_cohort(&req("summary", "pdf", "")).is_err());
        let err = export_cohort(
            &serde_json::json!({"text": text, "year": 2560, "doc": "summary",
                                                   "format": "docx"})
            .to_string(),
        );
        assert!(err.unwrap_err().contains("2560"));
    }
}
