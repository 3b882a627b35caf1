//! Horizontal bar charts: ONE spec and ONE layout for the app's canvas and the documents'
//! pictures.
//!
//! * [`ChartSpec`] is what a chart shows (rows with a label and one or more bars each, an
//!   optional pass line); the core builds it (`ita_core::report::charts`), and a document holds
//!   it as a [`crate::Block::Chart`].
//! * [`layout`] places everything (bars, texts with their boxes, the pass line's pieces) for a
//!   width, with the text widths measured by whoever draws: no label leaves the chart, and the
//!   pass line is never drawn over a text.
//! * [`draw`] (feature `chart`) draws a layout with `plotters` on any backend: the app's canvas
//!   (the browser draws the text) or a bitmap.
//! * [`bitmap`] (feature `chart-bitmap`) draws it to a PNG at print resolution, with the
//!   Sarabun font bundled in this crate (Thai shaped by `rustybuzz`, glyphs by `ab_glyph`), for
//!   the DOCX and XLSX writers natively and in the export wasm module.

#[cfg(feature = "chart-bitmap")]
pub mod bitmap;
#[cfg(feature = "chart")]
pub mod draw;
pub mod layout;

use serde::{Deserialize, Serialize};

pub use layout::{ChartLayout, Layout, Placed, TextKind};

/// How a bar looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BarStyle {
    /// At or above the pass mark: solid green.
    Pass,
    /// Below the pass mark: striped red (pass/fail is never told by colour alone).
    Fail,
    /// No pass/fail meaning: solid blue.
    Neutral,
    /// An earlier year: grey with an outline.
    Previous,
}

impl BarStyle {
    /// The bar of a verdict: pass or fail, neutral without one.
    pub fn of_verdict(passed: Option<bool>) -> BarStyle {
        match passed {
            Some(true) => BarStyle::Pass,
            Some(false) => BarStyle::Fail,
            None => BarStyle::Neutral,
        }
    }
}

/// One bar: its value (0–100, `None` = no bar) and the text after it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bar {
    pub value: Option<f64>,
    pub style: BarStyle,
    pub text: String,
}

/// One row of bars with its label.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub label: String,
    pub bars: Vec<Bar>,
}

/// Everything a chart shows.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct ChartSpec {
    pub rows: Vec<Row>,
    /// A vertical line at this value with its label (the pass mark).
    #[serde(default)]
    pub pass_line: Option<(f64, String)>,
    /// The scale's numbers (0–100) in Thai digits. The other texts come written in the digits
    /// the user chose; the scale is the one text the layout writes itself.
    #[serde(default)]
    pub thai_digits: bool,
}

/// A chart in a document: what it shows and its text alternative (its title).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Chart {
    pub spec: ChartSpec,
    pub alt: String,
}

/// An RGB colour.
pub type Rgb = (u8, u8, u8);

/// The chart's colours (the app's palette).
pub mod colors {
    use super::Rgb;
    pub const INK: Rgb = (0x1b, 0x1f, 0x24);
    pub const MUTED: Rgb = (0x4a, 0x55, 0x63);
    pub const GRID: Rgb = (0xd5, 0xdb, 0xe3);
    pub const PASS: Rgb = (0x1b, 0x7a, 0x3d);
    pub const FAIL: Rgb = (0xb4, 0x2b, 0x1f);
    pub const NEUTRAL: Rgb = (0x0b, 0x4f, 0x8a);
    pub const PREVIOUS: Rgb = (0x9a, 0xa5, 0xb1);
    pub const WHITE: Rgb = (0xff, 0xff, 0xff);
}

impl BarStyle {
    /// The bar's fill colour.
    pub fn fill(self) -> Rgb {
        match self {
            BarStyle::Pass => colors::PASS,
            BarStyle::Fail => colors::FAIL,
            BarStyle::Neutral => colors::NEUTRAL,
            BarStyle::Previous => colors::PREVIOUS,
        }
    }
}
