//! The app's charts on a canvas: the shared spec, layout and drawing of `ita_document::chart`
//! (the documents draw the same to a bitmap), with the text measured and drawn by the browser
//! in the page font (Sarabun, self-hosted), with as few canvas calls as it can ([`pen`]).
//!
//! After drawing, the canvas carries what was placed, for tests (`tests/e2e`): every text's
//! box in CSS pixels (`data-label-boxes`, JSON `[{x, y, w, h, text}]`) and the pass line's
//! pieces (`data-pass-line`, JSON `{x, pieces: [[top, bottom]]}`), taken from the very layout
//! the drawing used.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use ita_document::chart::draw;
use ita_document::chart::layout::{lay_out, ChartLayout};
use leptos::prelude::set_timeout;
use plotters::prelude::*;
use wasm_bindgen::JsCast;

pub use ita_document::chart::{Bar, BarStyle, ChartSpec, Row};

mod pen;

use pen::Pen;

/// The font family of chart text (the page's font, with a fallback).
pub const FONT: &str = "Sarabun, sans-serif";

/// A chart's canvas, with what its drawings set on it kept from one drawing to the next (the
/// pen: the font, colours; the height in CSS pixels).
pub struct ChartCanvas {
    canvas: web_sys::HtmlCanvasElement,
    pen: RefCell<Option<Rc<Pen>>>,
    css_height: Cell<f64>,
}

impl ChartCanvas {
    pub fn new(canvas: web_sys::HtmlCanvasElement) -> ChartCanvas {
        ChartCanvas {
            canvas,
            pen: RefCell::new(None),
            css_height: Cell::new(f64::NAN),
        }
    }

    /// The pen of the canvas as it is now sized.
    fn pen(&self) -> Result<Rc<Pen>, String> {
        let size = (self.canvas.width(), self.canvas.height());
        if let Some(pen) = self.pen.borrow().as_ref().filter(|p| p.size() == size) {
            return Ok(Rc::clone(pen));
        }
        let ctx: web_sys::CanvasRenderingContext2d = self
            .canvas
            .get_context("2d")
            .ok()
            .flatten()
            .ok_or_else(|| "no 2d context".to_string())?
            .unchecked_into();
        let pen = Rc::new(Pen::new(ctx, size));
        *self.pen.borrow_mut() = Some(Rc::clone(&pen));
        Ok(pen)
    }

    /// Size the canvas `w` × `h` device pixels, only when that changes: a resize reallocates
    /// the bitmap and resets the context (so the pen starts again); the drawing starts by
    /// painting every pixel anyway.
    fn resize(&self, (w, h): (u32, u32)) {
        if self.canvas.width() != w {
            self.canvas.set_width(w);
        }
        if self.canvas.height() != h {
            self.canvas.set_height(h);
        }
    }
}

/// Draw `spec` on `chart` for `css_width` CSS pixels (sharp on high-density screens). What was
/// placed is recorded on the canvas's data attributes in the task after (they are for tests,
/// and need not hold up the screen's update).
pub fn draw(
    chart: &ChartCanvas,
    spec: &ChartSpec,
    css_width: f64,
    pixel_ratio: f64,
) -> Result<(), String> {
    // A text measured before is not measured again (the same names and figures come back at
    // every redraw).
    let layout = {
        let pen = chart.pen()?;
        let measure = |text: &str, size: f64| {
            text_widths::get(text, size).unwrap_or_else(|| {
                let w = pen.measure(text, size);
                text_widths::keep(text, size, w);
                w
            })
        };
        lay_out(spec, css_width, &measure)
    };
    let s = pixel_ratio.clamp(1.0, 3.0);
    chart.resize((
        (css_width * s).round() as u32,
        (layout.height * s).round() as u32,
    ));
    if chart.css_height.get() != layout.height {
        let _ = chart
            .canvas
            .style()
            .set_property("height", &format!("{}px", layout.height));
        chart.css_height.set(layout.height);
    }
    let pen = chart.pen()?;
    if let Some(size) = most_common_size(&layout, s) {
        pen.prefer_size(size);
    }
    let root = pen.backend().into_drawing_area();
    draw::draw(&root, &layout, s, &*pen).map_err(|e| e.to_string())?;
    let canvas = chart.canvas.clone();
    set_timeout(
        move || {
            let _ = canvas.set_attribute("data-label-boxes", &label_boxes(&layout));
            let _ = canvas.set_attribute("data-pass-line", &pass_line(&layout));
        },
        std::time::Duration::ZERO,
    );
    Ok(())
}

/// The size, in device pixels at `scale`, that most of the layout's texts have.
fn most_common_size(layout: &ChartLayout, scale: f64) -> Option<f64> {
    let mut counts: Vec<(f64, usize)> = Vec::new();
    for t in &layout.texts {
        let size = t.size * scale;
        match counts.iter_mut().find(|(s, _)| *s == size) {
            Some((_, n)) => *n += 1,
            None => counts.push((size, 1)),
        }
    }
    counts.into_iter().max_by_key(|&(_, n)| n).map(|(s, _)| s)
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
        static GENERATION: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
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

    /// Forget every width, the page font having loaded: the pens set their font again.
    pub fn forget() {
        WIDTHS.with_borrow_mut(HashMap::clear);
        GENERATION.set(GENERATION.get().wrapping_add(1));
    }

    /// How many times the widths were forgotten.
    pub fn generation() -> u32 {
        GENERATION.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_font_is_set_at_the_size_most_texts_have() {
        let bar = |label: &str, v: f64| Row {
            label: label.into(),
            bars: vec![Bar {
                value: Some(v),
                style: BarStyle::Neutral,
                text: format!("{v:.2}"),
            }],
        };
        let spec = ChartSpec {
            rows: vec![bar("IIT", 91.5), bar("EIT", 84.25), bar("OIT", 66.13)],
            pass_line: Some((85.0, "เกณฑ์ 85.00".into())),
            thai_digits: false,
        };
        let layout = lay_out(&spec, 800.0, &|text: &str, size: f64| {
            text.chars().count() as f64 * size * 0.55
        });
        let sizes = |size: f64| layout.texts.iter().filter(|t| t.size == size).count();
        let common = most_common_size(&layout, 1.0).expect("texts");
        assert!(layout.texts.iter().all(|t| sizes(t.size) <= sizes(common)));
        // In device pixels: twice as large on a screen of twice the density.
        assert_eq!(most_common_size(&layout, 2.0), Some(common * 2.0));
        let empty = ChartLayout {
            texts: Vec::new(),
            ..layout
        };
        assert_eq!(most_common_size(&empty, 1.0), None);
    }
}
