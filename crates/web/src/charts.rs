//! The app's charts on a canvas (`plotters-canvas`): the shared spec, layout and drawing of
//! `ita_document::chart` (the documents draw the same to a bitmap), with the text measured
//! and drawn by the browser in the page font (Sarabun, self-hosted).
//!
//! After drawing, the canvas carries what was placed, for tests (`tests/e2e`): every text's
//! box in CSS pixels (`data-label-boxes`, JSON `[{x, y, w, h, text}]`) and the pass line's
//! pieces (`data-pass-line`, JSON `{x, pieces: [[top, bottom]]}`), taken from the very layout
//! the drawing used.

use ita_document::chart::draw::{self, rgb, DeviceText, DrawError, TextPainter};
use ita_document::chart::layout::{lay_out, ChartLayout};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;

pub use ita_document::chart::{Bar, BarStyle, ChartSpec, Row};

/// The font family of chart text (the page's font, with a fallback).
pub const FONT: &str = "Sarabun, sans-serif";

/// The CSS font `plotters-canvas` sets for a text of `size` pixels (measured the same way).
fn css_font(size: f64) -> String {
    format!("normal {size}px {FONT}")
}

/// Lets the browser draw the text in the page font.
struct CanvasText;

impl TextPainter<CanvasBackend> for CanvasText {
    fn paint(
        &self,
        area: &DrawingArea<CanvasBackend, Shift>,
        text: &DeviceText,
    ) -> Result<(), DrawError<CanvasBackend>> {
        let color = rgb(text.color);
        let style = TextStyle::from((FONT, text.size).into_font())
            .color(&color)
            .pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(text.text.to_string(), (text.x, text.cy), style))
    }
}

/// Size `canvas` for `css_width` (sharp on high-density screens), draw `spec` on it, and
/// record what was placed on the canvas's data attributes. Returns the layout drawn.
pub fn draw(
    canvas: &web_sys::HtmlCanvasElement,
    spec: &ChartSpec,
    css_width: f64,
    pixel_ratio: f64,
) -> Result<ChartLayout, String> {
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .ok_or_else(|| "no 2d context".to_string())?
        .unchecked_into();
    // The layout measures many texts in a few sizes: the font (a CSS string the browser
    // parses) is set only when the size changes.
    let font_size = std::cell::Cell::new(f64::NAN);
    let measure = |text: &str, size: f64| {
        if font_size.get() != size {
            ctx.set_font(&css_font(size));
            font_size.set(size);
        }
        ctx.measure_text(text).map_or(0.0, |m| m.width())
    };
    let layout = lay_out(spec, css_width, &measure);
    let s = pixel_ratio.clamp(1.0, 3.0);
    canvas.set_width((css_width * s).round() as u32);
    canvas.set_height((layout.height * s).round() as u32);
    let _ = canvas
        .style()
        .set_property("height", &format!("{}px", layout.height));
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "no 2d context".to_string())?;
    let root = backend.into_drawing_area();
    draw::draw(&root, &layout, s, &CanvasText).map_err(|e| e.to_string())?;
    let _ = canvas.set_attribute("data-label-boxes", &label_boxes(&layout));
    let _ = canvas.set_attribute("data-pass-line", &pass_line(&layout));
    Ok(layout)
}

/// The texts' boxes as JSON.
pub fn label_boxes(layout: &ChartLayout) -> String {
    let boxes: Vec<serde_json::Value> = layout
        .texts
        .iter()
        .map(|t| serde_json::json!({ "x": t.x, "y": t.y, "w": t.w, "h": t.h, "text": t.text }))
        .collect();
    serde_json::Value::Array(boxes).to_string()
}

/// The pass line as JSON (`null` without one).
pub fn pass_line(layout: &ChartLayout) -> String {
    match &layout.pass_line {
        Some(l) => serde_json::json!({ "x": l.x, "pieces": l.pieces }).to_string(),
        None => "null".to_string(),
    }
}
