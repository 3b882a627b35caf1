//! How a chart is drawn on its canvas: [`Pen`] draws with as few calls as it can, where
//! plotters' own canvas backend sets everything, with a colour string made anew, for every
//! rectangle and text. The fill and the stroke are set only when the colour changes, strokes
//! of one colour go in one path, and the font is set once for the life of the canvas's
//! context, at the size most of the chart's texts have: setting a font is the costliest of a
//! canvas's settings (a CSS string the browser parses and resolves: about 40 µs, three sizes
//! a chart), so the other sizes are drawn and measured scaled from it, which is what drawing
//! at that size is.
//!
//! Why on the page's canvas (tried: drawing on an `OffscreenCanvas`, then handing the bitmap
//! to the page): a canvas in the page rasters what was drawn when the frame is painted, an
//! offscreen one at the hand-over, in the middle of the update, which made edit → analysis
//! screen slower by more (issue #12: 3 ms) than what the page canvas costs there: its first
//! text brings the page's style up to date.

use std::cell::Cell;
use std::rc::Rc;

use ita_document::chart::draw::{DeviceText, DrawError, Painter, Segment};
use ita_document::chart::Rgb;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, DrawingBackend, DrawingErrorKind,
};
use web_sys::CanvasRenderingContext2d;

use super::FONT;

/// Draws on a canvas's 2D context, remembering the font size and colours it set.
pub struct Pen {
    ctx: CanvasRenderingContext2d,
    /// The canvas's size in device pixels.
    size: (u32, u32),
    /// The size of the font set on the context, once (and the fonts' generation then).
    font_size: Cell<Option<(f64, u32)>>,
    fill: Cell<Option<Rgb>>,
    stroke: Cell<Option<(Rgb, u32)>>,
}

fn css_color((r, g, b): Rgb) -> String {
    format!("rgb({r},{g},{b})")
}

impl Pen {
    /// A pen on `ctx`, whose canvas is `size` device pixels; kept from one drawing to the next
    /// as long as the canvas keeps its size (resizing it resets what its context had set).
    pub fn new(ctx: CanvasRenderingContext2d, size: (u32, u32)) -> Pen {
        ctx.set_text_align("start");
        ctx.set_text_baseline("middle");
        Pen {
            ctx,
            size,
            font_size: Cell::new(None),
            fill: Cell::new(None),
            stroke: Cell::new(None),
        }
    }

    /// The canvas's size in device pixels.
    pub fn size(&self) -> (u32, u32) {
        self.size
    }

    /// The width of `text` in the chart font of `size` pixels.
    pub fn measure(&self, text: &str, size: f64) -> f64 {
        let base = self.font(size);
        self.ctx.measure_text(text).map_or(0.0, |m| m.width()) * size / base
    }

    /// Set the context's font at `size` (device pixels), the size most of the texts about to
    /// be drawn have, so that they are drawn as they are, each without the two calls that
    /// scale it; set once, as long as the canvas keeps its pen and the page its font.
    pub fn prefer_size(&self, size: f64) {
        let fonts = super::text_widths::generation();
        if self.font_size.get() != Some((size, fonts)) {
            self.set_font(size, fonts);
        }
    }

    /// The size of the context's font, set at `size` if there is none yet or the page font
    /// has loaded since (the widths measured before were those of a fallback font).
    fn font(&self, size: f64) -> f64 {
        let fonts = super::text_widths::generation();
        match self.font_size.get() {
            Some((base, set_in)) if set_in == fonts => base,
            _ => {
                self.set_font(size, fonts);
                size
            }
        }
    }

    /// Set the context's font at `size`, in the fonts' generation `fonts`, and remember both.
    fn set_font(&self, size: f64, fonts: u32) {
        self.ctx.set_font(&format!("normal {size}px {FONT}"));
        self.font_size.set(Some((size, fonts)));
    }

    fn fill(&self, color: Rgb) {
        if self.fill.get() != Some(color) {
            self.ctx.set_fill_style_str(&css_color(color));
            self.fill.set(Some(color));
        }
    }

    fn stroke(&self, color: Rgb, width: u32) {
        if self.stroke.get() != Some((color, width)) {
            self.ctx.set_stroke_style_str(&css_color(color));
            self.ctx.set_line_width(f64::from(width));
            self.stroke.set(Some((color, width)));
        }
    }

    /// Stroke `segments` in one path with the current stroke, handed to the canvas in one
    /// call (SVG path data) rather than two per segment: the failed bars' stripes alone are
    /// a few hundred.
    fn stroke_segments(&self, segments: &[Segment]) {
        use std::fmt::Write;
        let mut data = String::with_capacity(segments.len() * 24);
        for &((x0, y0), (x1, y1)) in segments {
            let _ = write!(data, "M{x0} {y0}L{x1} {y1}");
        }
        // Every browser that runs WebAssembly reads path data (Path2D from a string).
        if let Ok(path) = web_sys::Path2d::new_with_path_string(&data) {
            self.ctx.stroke_with_path(&path);
        }
    }

    /// The plotters backend drawing with this pen.
    pub fn backend(self: &Rc<Self>) -> PenBackend {
        PenBackend(Rc::clone(self))
    }
}

/// A chart's drawing failed (the canvas calls themselves report no errors).
#[derive(Debug)]
pub struct PenError;

impl std::fmt::Display for PenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the chart could not be drawn")
    }
}

impl std::error::Error for PenError {}

/// The plotters backend of a [`Pen`]: the rectangles of a chart (its background, bars and
/// chips); the texts and strokes go through the pen as a [`Painter`].
pub struct PenBackend(Rc<Pen>);

/// A plotters colour as the chart's own.
fn rgb_of(color: BackendColor) -> Option<Rgb> {
    (color.alpha > 0.0).then_some(color.rgb)
}

impl DrawingBackend for PenBackend {
    type ErrorType = PenError;

    fn get_size(&self) -> (u32, u32) {
        self.0.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<PenError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<PenError>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        (x, y): BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<PenError>> {
        if let Some(c) = rgb_of(color) {
            self.0.fill(c);
            self.0.ctx.fill_rect(f64::from(x), f64::from(y), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<PenError>> {
        if let Some(c) = rgb_of(style.color()) {
            self.0.stroke(c, style.stroke_width());
            self.0.stroke_segments(&[(from, to)]);
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<PenError>> {
        let Some(c) = rgb_of(style.color()) else {
            return Ok(());
        };
        let (x, y) = (f64::from(x0), f64::from(y0));
        let (w, h) = (f64::from(x1 - x0), f64::from(y1 - y0));
        if fill {
            self.0.fill(c);
            self.0.ctx.fill_rect(x, y, w, h);
        } else {
            self.0.stroke(c, style.stroke_width());
            self.0.ctx.stroke_rect(x, y, w, h);
        }
        Ok(())
    }
}

impl Painter<PenBackend> for Pen {
    fn paint(
        &self,
        _area: &DrawingArea<PenBackend, Shift>,
        text: &DeviceText,
    ) -> Result<(), DrawError<PenBackend>> {
        let base = self.font(text.size);
        self.fill(text.color);
        let (x, y) = (f64::from(text.x), f64::from(text.cy));
        if text.size == base {
            let _ = self.ctx.fill_text(text.text, x, y);
        } else {
            let k = text.size / base;
            let _ = self.ctx.set_transform(k, 0.0, 0.0, k, x, y);
            let _ = self.ctx.fill_text(text.text, 0.0, 0.0);
            let _ = self.ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
        }
        Ok(())
    }

    fn segments(
        &self,
        _area: &DrawingArea<PenBackend, Shift>,
        segments: &[Segment],
        color: Rgb,
        width: u32,
    ) -> Result<(), DrawError<PenBackend>> {
        if !segments.is_empty() {
            self.stroke(color, width);
            self.stroke_segments(segments);
        }
        Ok(())
    }
}
