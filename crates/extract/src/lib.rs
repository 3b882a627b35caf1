//! An agency's ITA result read from a file: a DOCX (a zip of XML), a PDF with a text layer, or
//! plain UTF-8 text. The containers are opened here; what the text says is read by
//! [`ita_core::input::report_text`]. A separate crate so that the web app can load it as its own
//! wasm module only when the user imports a report (as `ita-export` for the exporters).
//!
//! A file with no ITA result, a scanned PDF without text, a broken file or text that is not
//! UTF-8 gives an [`ExtractError`] naming the problem.

mod docx;
mod error;
mod json;
mod pdf;

pub use error::ExtractError;
pub use ita_core::input::report_text::{Extracted, Sourced, Warning};
pub use json::to_json;

/// The kind of file, told by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Docx,
    Pdf,
    Text,
}

/// Tell the kind of file by its content (a DOCX starts as a zip, a PDF with `%PDF`).
pub fn kind_of(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"PK\x03\x04") {
        Kind::Docx
    } else if bytes.starts_with(b"%PDF") {
        Kind::Pdf
    } else {
        Kind::Text
    }
}

/// The text of a file: lines, with table rows as tab-separated cells.
pub fn text_of(bytes: &[u8]) -> Result<String, ExtractError> {
    match kind_of(bytes) {
        Kind::Docx => docx::text(bytes),
        Kind::Pdf => pdf::text(bytes),
        Kind::Text => {
            let text = std::str::from_utf8(bytes).map_err(|_| ExtractError::NotUtf8)?;
            Ok(text.strip_prefix('\u{feff}').unwrap_or(text).to_string())
        }
    }
}

/// Read an agency's ITA result from a file's bytes.
pub fn extract(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    if bytes.is_empty() {
        return Err(ExtractError::Empty);
    }
    let text = text_of(bytes)?;
    let found = ita_core::input::report_text::extract(&text);
    if found.has_scores() {
        Ok(found)
    } else {
        Err(ExtractError::NoResult)
    }
}
