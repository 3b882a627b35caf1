//! The app's charts on a canvas (`plotters-canvas`): the shared spec, layout and drawing of
//! `ita_document::chart` (the documents draw the same to a bitmap), with the text measured
//! and drawn by the browser in the page font (Sarabun, self-hosted).
//!
//! After drawing, the canvas carries what was placed, for tests (`tests/e2e`): every text's
//! box in CSS pixels (`data-label-boxes`, JSON `[{x, y, w, h, text}]`) and the pass line's
//! pieces (`data-pass-line`, JSON `{x, pieces: [[top, bottom]]}`), taken from the very layout
//! the drawing used.

use ita_document::chart::draw::{self, DeviceText, DrawError, Painter, Segment};
use ita_document::chart::layout::{lay_out, ChartLayout};
use ita_document::chart::Rgb;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;

pub use ita_document::chart::{Bar, BarStyle, ChartSpec, Row};

/// The font family of chart text (the page's font, with a fallback).
pub const FONT: &str = "Sarabun, sans-serif";

/// The CSS font of a chart text of `size` pixels (measured and drawn alike).
fn css_font(size: f64) -> String {
    format!("normal {size}px {FONT}")
}

/// The 2D context's font for chart text, set only when the size changes: it is a CSS string
/// the browser parses, the costliest of a text's settings, and a chart has many texts in a
/// few sizes.
struct CanvasFont {
    ctx: web_sys::CanvasRenderingContext2d,
    size: std::cell::Cell<f64>,
}

impl CanvasFont {
    fn new(ctx: web_sys::CanvasRenderingContext2d) -> CanvasFont {
        CanvasFont {
            ctx,
            size: std::cell::Cell::new(f64::NAN),
        }
    }

    /// The context, with the font of `size` pixels.
    fn at(&self, size: f64) -> &web_sys::CanvasRenderingContext2d {
        if self.size.get() != size {
            self.ctx.set_font(&css_font(size));
            self.size.set(size);
        }
        &self.ctx
    }
}

/// Draws texts and strokes straight on the 2D context, with as few calls as it can: the texts
/// in the page font, with the font set only when the size changes and the alignment once,
/// where plotters' own text sets all of them for each text; strokes of one colour in one path.
struct CanvasPainter {
    ctx: web_sys::CanvasRenderingContext2d,
    font: CanvasFont,
}

impl CanvasPainter {
    fn new(ctx: web_sys::CanvasRenderingContext2d) -> CanvasPainter {
        ctx.set_text_align("start");
        ctx.set_text_baseline("middle");
        CanvasPainter {
            font: CanvasFont::new(ctx.clone()),
            ctx,
        }
    }
}

fn css_color((r, g, b): Rgb) -> String {
    format!("rgb({r},{g},{b})")
}

impl Painter<CanvasBackend> for CanvasPainter {
    fn paint(
        &self,
        _area: &DrawingArea<CanvasBackend, Shift>,
        text: &DeviceText,
    ) -> Result<(), DrawError<CanvasBackend>> {
        let ctx = self.font.at(text.size);
        // Set for every text: the bars and chips between texts change the fill.
        ctx.set_fill_style_str(&css_color(text.color));
        let _ = ctx.fill_text(text.text, f64::from(text.x), f64::from(text.cy));
        Ok(())
    }

    fn segments(
        &self,
        _area: &DrawingArea<CanvasBackend, Shift>,
        segments: &[Segment],
        color: Rgb,
        width: u32,
    ) -> Result<(), DrawError<CanvasBackend>> {
        if segments.is_empty() {
            return Ok(());
        }
        self.ctx.set_stroke_style_str(&css_color(color));
        self.ctx.set_line_width(f64::from(width));
        self.ctx.begin_path();
        for &((x0, y0), (x1, y1)) in segments {
            self.ctx.move_to(f64::from(x0), f64::from(y0));
            self.ctx.line_to(f64::from(x1), f64::from(y1));
        }
        self.ctx.stroke();
        Ok(())
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
    // A text measured before is not measured again (the same names and figures come back at
    // every redraw).
    let font = CanvasFont::new(ctx.clone());
    let measure = |text: &str, size: f64| {
        text_widths::get(text, size).unwrap_or_else(|| {
            let w = font.at(size).measure_text(text).map_or(0.0, |m| m.width());
            text_widths::keep(text, size, w);
            w
        })
    };
    let layout = lay_out(spec, css_width, &measure);
    let s = pixel_ratio.clamp(1.0, 3.0);
    // Resized only when the size changes (a resize reallocates the bitmap); the drawing
    // starts by painting every pixel anyway.
    let (w, h) = (
        (css_width * s).round() as u32,
        (layout.height * s).round() as u32,
    );
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let _ = canvas
        .style()
        .set_property("height", &format!("{}px", layout.height));
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "no 2d context".to_string())?;
    let root = backend.into_drawing_area();
    draw::draw(&root, &layout, s, &CanvasPainter::new(ctx)).map_err(|e| e.to_string())?;
    let _ = canvas.set_attribute("data-label-boxes", &label_boxes(&layout));
    let _ = canvas.set_attribute("data-pass-line", &pass_line(&layout));
    Ok(layout)
}

/// The texts' boxes as JSON.
pub fn label_boxes(layout: &ChartLayout) -> String {
    #[derive(serde::Serialize)]
    struct TextBox<'a> {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        text: &'a str,
    }
    let boxes: Vec<TextBox> = layout
        .texts
        .iter()
        .map(|t| TextBox {
            x: t.x,
            y: t.y,
            w: t.w,
            h: t.h,
            text: &t.text,
        })
        .collect();
    serde_json::to_string(&boxes).unwrap_or_default()
}

/// The pass line as JSON (`null` without one).
pub fn pass_line(layout: &ChartLayout) -> String {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        x: f64,
        pieces: &'a [(f64, f64)],
    }
    let line = layout.pass_line.as_ref().map(|l| Line {
        x: l.x,
        pieces: &l.pieces,
    });
    serde_json::to_string(&line).unwrap_or_default()
}

/// The widths of texts measured in the page font, by size. Forgotten when the page font has
/// loaded (what was measured before was measured in a fallback font), and when it grows past
/// a few thousand texts (figures change with every edit).
pub mod text_widths {
    use std::cell::RefCell;
    use std::collections::HashMap;

    const MOST: usize = 4096;

    thread_local! {
        static WIDTHS: RefCell<HashMap<u64, HashMap<String, f64>>> = RefCell::new(HashMap::new());
    }

    pub fn get(text: &str, size: f64) -> Option<f64> {
        WIDTHS.with_borrow(|all| all.get(&size.to_bits())?.get(text).copied())
    }

    pub fn keep(text: &str, size: f64, width: f64) {
        WIDTHS.with_borrow_mut(|all| {
            if all.values().map(HashMap::len).sum::<usize>() >= MOST {
                all.clear();
            }
            all.entry(size.to_bits())
                .or_default()
                .insert(text.to_string(), width);
        });
    }

    pub fn forget() {
        WIDTHS.with_borrow_mut(HashMap::clear);
    }
}
