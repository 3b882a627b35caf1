//! The document model: what the published documents contain, independent of the file format.
//! Builders (the analysis report, the measures plan, …) produce a [`Document`]; writers turn it
//! into DOCX, XLSX, CSV or HTML. The same model serves the CLI and the browser, so both produce
//! the same files.
//!
//! Text is plain text everywhere (never markup): writers escape it for their format.

pub mod chart;
pub mod csv;
#[cfg(feature = "docx")]
pub mod docx;
mod format;
pub mod html;
pub mod layout;
#[cfg(feature = "xlsx")]
pub mod xlsx;

use serde::{Deserialize, Serialize};

pub use format::{Format, WriteError};

/// Horizontal alignment of a paragraph.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    #[default]
    Left,
    Center,
    Right,
    /// Thai distributed justification (Word's "thaiDistribute").
    Justify,
}

/// A run of text with its emphasis.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Span {
    pub text: String,
    #[serde(default)]
    pub bold: bool,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            bold: false,
        }
    }
    pub fn bold(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            bold: true,
        }
    }
}

/// A paragraph. Line breaks (`\n`) inside a span are kept as line breaks.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    pub spans: Vec<Span>,
    #[serde(default)]
    pub align: Align,
    /// Indent the first line (Thai official style: 2.5 cm).
    #[serde(default)]
    pub first_line_indent: bool,
}

impl Paragraph {
    pub fn text(text: impl Into<String>) -> Paragraph {
        Paragraph {
            spans: vec![Span::plain(text)],
            align: Align::Justify,
            first_line_indent: true,
        }
    }
    pub fn centered(spans: Vec<Span>) -> Paragraph {
        Paragraph {
            spans,
            align: Align::Center,
            first_line_indent: false,
        }
    }
    /// The paragraph's text without emphasis.
    pub fn plain_text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

/// A table cell: the text shown, and the number behind it for spreadsheets.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Cell {
    pub text: String,
    /// The value rounded for display, written as a number in XLSX.
    #[serde(default)]
    pub number: Option<f64>,
    #[serde(default)]
    pub bold: bool,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            number: None,
            bold: false,
        }
    }
    pub fn number(text: impl Into<String>, value: f64) -> Cell {
        Cell {
            text: text.into(),
            number: Some(value),
            bold: false,
        }
    }
}

/// A table with a header row that repeats on every page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// Short name (used as the spreadsheet sheet name and the CSV section name).
    pub name: String,
    /// Column titles; a U+200B ([`layout::SOFT_BREAK`]) marks where a long Thai title may wrap.
    pub header: Vec<String>,
    /// Relative column widths (any units); empty = equal. A hint for the spreadsheet and the
    /// preview: the DOCX writer sizes columns from their content ([`layout`]).
    #[serde(default)]
    pub widths: Vec<u32>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// A table named `name` with these column titles, relative widths and rows.
    pub fn new(name: &str, header: &[&str], widths: &[u32], rows: Vec<Vec<Cell>>) -> Table {
        Table {
            name: name.into(),
            header: header.iter().map(|h| h.to_string()).collect(),
            widths: widths.to_vec(),
            rows,
        }
    }

    /// Column widths as fractions summing to 1.
    pub fn fractions(&self) -> Vec<f64> {
        let n = self.header.len().max(1);
        if self.widths.len() == n && self.widths.iter().any(|&w| w > 0) {
            let sum: u32 = self.widths.iter().sum();
            self.widths.iter().map(|&w| w as f64 / sum as f64).collect()
        } else {
            vec![1.0 / n as f64; n]
        }
    }
}

/// A picture (a chart), as PNG bytes with its pixel size and a text alternative.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Image {
    pub png: Vec<u8>,
    pub width_px: u32,
    pub height_px: u32,
    pub alt: String,
}

/// One block of a document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// A centred bold title.
    Title {
        text: String,
    },
    /// A bold heading.
    Heading {
        text: String,
    },
    Paragraph(Paragraph),
    Table(Table),
    Image(Image),
    /// A chart: its data, drawn by the writer (a picture at print resolution in DOCX and
    /// XLSX, the canvas in the app's preview).
    Chart(chart::Chart),
    /// A signature block: centred lines after some space (ลงชื่อ … / (ชื่อ) / ตำแหน่ง).
    Signature {
        lines: Vec<String>,
    },
}

/// A part of a document that starts on a new page (the analysis, the plan, the memo …).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub name: String,
    pub blocks: Vec<Block>,
    /// Landscape pages (the wide plan and implementation tables, as the seeds print them).
    #[serde(default)]
    pub landscape: bool,
}

impl Section {
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
    }
}

/// A whole document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub title: String,
    pub sections: Vec<Section>,
}

impl Document {
    /// Every table of every section, in order.
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.sections.iter().flat_map(|s| s.tables())
    }

    /// Every piece of text in reading order (for tests and search).
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        for s in &self.sections {
            for b in &s.blocks {
                match b {
                    Block::Title { text } | Block::Heading { text } => out.push_str(text),
                    Block::Paragraph(p) => out.push_str(&p.plain_text()),
                    Block::Table(t) => {
                        out.push_str(&t.header.join("\t"));
                        for r in &t.rows {
                            out.push('\n');
                            out.push_str(
                                &r.iter()
                                    .map(|c| c.text.as_str())
                                    .collect::<Vec<_>>()
                                    .join("\t"),
                            );
                        }
                    }
                    Block::Image(i) => out.push_str(&i.alt),
                    Block::Chart(c) => out.push_str(&c.alt),
                    Block::Signature { lines } => out.push_str(&lines.join("\n")),
                }
                out.push('\n');
            }
        }
        out
    }
}

/// Whether spreadsheet software could read a text cell as a formula (or DDE command).
pub fn looks_like_formula(text: &str) -> bool {
    text.trim_start()
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
}
