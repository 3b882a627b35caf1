//! The app's charts on a canvas: the shared spec, layout and drawing of `ita_document::chart`
//! (the documents draw the same to a bitmap), with the text measured and drawn by the browser
//! in the page font (Sarabun, self-hosted), with as few canvas calls as it can ([`pen`]).
//!
//! After drawing, the canvas carries what was placed, for tests (`tests/e2e`): every text's
//! box in CSS pixels (`data-label-boxes`, JSON `[{x, y, w, h, text}]`) and the pass line's
//! pieces (`data-pass-line`, JSON `{x, pieces: [[top, bottom]]}`), taken from the very layout
//! the drawing used.

use std::rc::Rc;

use ita_document::chart::draw;
use ita_document::chart::layout::{lay_out, ChartLayout};
use plotters::prelude::*;
use wasm_bindgen::JsCast;

pub use ita_document::chart::{Bar, BarStyle, ChartSpec, Row};

mod pen;

use pen::Pen;

/// The font family of chart text (the page's font, with a fallback).
pub const FONT: &str = "Sarabun, sans-serif";

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
    let mut pen = Pen::new(ctx.clone(), (canvas.width(), canvas.height()));
    // A text measured before is not measured again (the same names and figures come back at
    // every redraw).
    let measure = |text: &str, size: f64| {
        text_widths::get(text, size).unwrap_or_else(|| {
            let w = pen.measure(text, size);
            text_widths::keep(text, size, w);
            w
        })
    };
    let layout = lay_out(spec, css_width, &measure);
    let s = pixel_ratio.clamp(1.0, 3.0);
    // Resized only when the size changes: a resize reallocates the bitmap and resets the
    // context (so the pen starts again); the drawing starts by painting every pixel anyway.
    let size = (
        (css_width * s).round() as u32,
        (layout.height * s).round() as u32,
    );
    if (canvas.width(), canvas.height()) != size {
        canvas.set_width(size.0);
        canvas.set_height(size.1);
        pen = Pen::new(ctx, size);
    }
    let _ = canvas
        .style()
        .set_property("height", &format!("{}px", layout.height));
    let pen = Rc::new(pen);
    let root = pen.backend().into_drawing_area();
    draw::draw(&root, &layout, s, &*pen).map_err(|e| e.to_string())?;
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
