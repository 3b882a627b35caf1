//! The text layer of a PDF, page by page (lopdf, pure Rust; builds for wasm32).

use crate::ExtractError;

pub fn text(bytes: &[u8]) -> Result<String, ExtractError> {
    let doc =
        lopdf::Document::load_mem(bytes).map_err(|e| ExtractError::BrokenPdf(e.to_string()))?;
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    if pages.is_empty() {
        return Err(ExtractError::BrokenPdf("no pages".into()));
    }
    let mut out = String::new();
    for page in pages {
        // A page whose text cannot be decoded is left out; a file with no text at all is a scan.
        if let Ok(t) = doc.extract_text(&[page]) {
            out.push_str(&t);
            out.push('\n');
        }
    }
    if out.trim().is_empty() {
        return Err(ExtractError::PdfWithoutText);
    }
    Ok(out)
}
