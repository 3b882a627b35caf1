//! The output formats, in one place: each format's file extension, MIME type and writer. The
//! CLI, the export module and the report screen dispatch through [`Format`], so adding a format
//! or changing a MIME type is one edit.

use std::fmt;

use crate::{csv, html, Document};

/// A file format a [`Document`] can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Docx,
    Xlsx,
    Csv,
    Html,
}

/// Why a document could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// This build does not include the writer (its cargo feature is off).
    NotBuilt(Format),
    /// The writer failed; the text says why.
    Writer(String),
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::NotBuilt(format) => write!(
                f,
                "this build cannot write {} files",
                format.extension().to_ascii_uppercase()
            ),
            WriteError::Writer(text) => f.write_str(text),
        }
    }
}

impl std::error::Error for WriteError {}

impl Format {
    pub const ALL: [Format; 4] = [Format::Docx, Format::Xlsx, Format::Csv, Format::Html];

    /// The file extension, without the dot (also the format's name on the command line and in
    /// the export request).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }

    /// The MIME type of a download.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Csv => "text/csv",
            Format::Html => "text/html",
        }
    }

    /// The format named by an extension (any case, with or without the dot).
    pub fn from_extension(ext: &str) -> Option<Format> {
        let ext = ext.trim_start_matches('.');
        Format::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(ext))
    }

    /// The names [`Format::from_extension`] accepts, for messages: "docx, xlsx, csv, html".
    pub fn names() -> String {
        Format::ALL.map(Format::extension).join(", ")
    }

    /// Whether this build can write the format (DOCX and XLSX need their cargo features).
    pub fn available(self) -> bool {
        match self {
            Format::Docx => cfg!(feature = "docx"),
            Format::Xlsx => cfg!(feature = "xlsx"),
            Format::Csv | Format::Html => true,
        }
    }

    /// The file's bytes. HTML is the bare document (no embedded font).
    pub fn write(self, doc: &Document) -> Result<Vec<u8>, WriteError> {
        match self {
            #[cfg(feature = "docx")]
            Format::Docx => crate::docx::write(doc).map_err(|e| WriteError::Writer(e.to_string())),
            #[cfg(feature = "xlsx")]
            Format::Xlsx => crate::xlsx::write(doc).map_err(|e| WriteError::Writer(e.to_string())),
            Format::Csv => Ok(csv::write(doc).into_bytes()),
            Format::Html => Ok(html::write(doc, "").into_bytes()),
            #[allow(unreachable_patterns)]
            other => Err(WriteError::NotBuilt(other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Block, Section};

    fn doc() -> Document {
        Document {
            sections: vec![Section {
                name: "ทดสอบ".into(),
                blocks: vec![Block::Heading {
                    text: "ทดสอบ".into(),
                }],
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    #[test]
    fn extensions_round_trip_and_unknown_names_are_refused() {
        for f in Format::ALL {
            assert_eq!(Format::from_extension(f.extension()), Some(f));
            assert_eq!(
                Format::from_extension(&f.extension().to_uppercase()),
                Some(f)
            );
        }
        assert_eq!(Format::from_extension(".DOCX"), Some(Format::Docx));
        assert_eq!(Format::from_extension("pdf"), None);
        assert_eq!(Format::names(), "docx, xlsx, csv, html");
    }

    #[test]
    fn each_format_writes_its_own_kind_of_file() {
        let d = doc();
        // DOCX and XLSX are zip files; CSV and HTML are the writers' text.
        for f in [Format::Docx, Format::Xlsx] {
            assert!(f.available());
            assert_eq!(&f.write(&d).unwrap()[..2], b"PK", "{f:?}");
        }
        assert_eq!(Format::Csv.write(&d).unwrap(), csv::write(&d).into_bytes());
        assert_eq!(
            Format::Html.write(&d).unwrap(),
            html::write(&d, "").into_bytes()
        );
        assert_eq!(Format::Csv.mime(), "text/csv");
    }
}
