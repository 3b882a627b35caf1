//! Draw a [`ChartLayout`] with `plotters` on any backend, `scale` device pixels per CSS pixel.
//! Texts and strokes go through a [`Painter`]: the canvas lets the browser draw it (the page's
//! Sarabun), the bitmap draws the bundled Sarabun's glyphs ([`super::bitmap`]).

use plotters::coord::Shift;
use plotters::drawing::DrawingAreaErrorKind;
use plotters::prelude::*;

use super::layout::{BarBox, ChartLayout};
use super::{colors, BarStyle, Rgb};

/// A drawing error of backend `DB`.
pub type DrawError<DB> = DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>;

/// A placed text as it is to be painted: its left edge at `x`, its vertical centre at `cy`,
/// `size` high (all in device pixels), in `color`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DeviceText<'a> {
    pub text: &'a str,
    pub color: Rgb,
    pub x: i32,
    pub cy: i32,
    pub size: f64,
}

/// Draws what a chart is made of beyond its rectangles: texts, and straight strokes.
pub trait Painter<DB: DrawingBackend> {
    /// Draw one [`DeviceText`].
    fn paint(&self, area: &DrawingArea<DB, Shift>, text: &DeviceText) -> Result<(), DrawError<DB>>;

    /// Stroke `segments` (from, to: device pixels), all in one `color` and `width`. By default
    /// one plotters path each; a backend that can stroke them in one go does (a chart has a
    /// few hundred: the stripes of failed bars, the dashes of the pass line, the grid).
    fn segments(
        &self,
        area: &DrawingArea<DB, Shift>,
        segments: &[Segment],
        color: Rgb,
        width: u32,
    ) -> Result<(), DrawError<DB>> {
        for &(from, to) in segments {
            area.draw(&PathElement::new(
                vec![from, to],
                rgb(color).stroke_width(width),
            ))?;
        }
        Ok(())
    }
}

/// A straight stroke from one point to another, in device pixels.
pub type Segment = ((i32, i32), (i32, i32));

/// A plotters colour.
pub fn rgb((r, g, b): Rgb) -> RGBColor {
    RGBColor(r, g, b)
}

/// Draw `layout` on `root` (already sized to the layout times `scale`).
pub fn draw<DB: DrawingBackend, P: Painter<DB>>(
    root: &DrawingArea<DB, Shift>,
    layout: &ChartLayout,
    scale: f64,
    painter: &P,
) -> Result<(), DrawError<DB>> {
    let px = |v: f64| (v * scale).round() as i32;
    let thin = px(1.0).max(1) as u32;
    root.fill(&WHITE)?;

    let grid: Vec<Segment> = layout
        .grid
        .iter()
        .map(|&x| {
            (
                (px(x), px(layout.grid_top)),
                (px(x), px(layout.grid_bottom)),
            )
        })
        .collect();
    painter.segments(root, &grid, colors::GRID, thin)?;
    // The pass line, dashed, under the bars and around the texts.
    if let Some(line) = &layout.pass_line {
        let mut dashes = Vec::new();
        for &(top, bottom) in &line.pieces {
            let mut y = top;
            while y < bottom {
                let end = (y + 6.0).min(bottom);
                dashes.push(((px(line.x), px(y)), (px(line.x), px(end))));
                y += 10.0;
            }
        }
        painter.segments(root, &dashes, colors::INK, px(2.0).max(1) as u32)?;
    }
    for bar in &layout.bars {
        draw_bar(root, bar, scale, painter)?;
    }
    for t in &layout.texts {
        if t.chip {
            let pad = 3.0;
            root.draw(&Rectangle::new(
                [
                    (px(t.x - pad), px(t.y + 1.0)),
                    (px(t.x + t.w + pad), px(t.y + t.h - 1.0)),
                ],
                WHITE.filled(),
            ))?;
        }
        let text = DeviceText {
            text: &t.text,
            color: t.color,
            x: px(t.x),
            cy: px(t.cy()),
            size: t.size * scale,
        };
        painter.paint(root, &text)?;
    }
    root.present()?;
    Ok(())
}

fn draw_bar<DB: DrawingBackend, P: Painter<DB>>(
    root: &DrawingArea<DB, Shift>,
    bar: &BarBox,
    s: f64,
    painter: &P,
) -> Result<(), DrawError<DB>> {
    let px = |v: f64| (v * s).round() as i32;
    let (l, t, b) = (px(bar.x0), px(bar.y0), px(bar.y1));
    let r = px(bar.x1).max(l + 1);
    root.draw(&Rectangle::new(
        [(l, t), (r, b)],
        rgb(bar.style.fill()).filled(),
    ))?;
    match bar.style {
        BarStyle::Fail => {
            // White diagonal stripes, clipped to the bar.
            let h = b - t;
            let step = px(7.0).max(4);
            let mut stripes = Vec::new();
            let mut k = l - h;
            while k < r {
                let (sx, ex) = (k.max(l), (k + h).min(r));
                if sx < ex {
                    stripes.push(((sx, b - (sx - k)), (ex, b - (ex - k))));
                }
                k += step;
            }
            painter.segments(root, &stripes, colors::WHITE, px(2.0).max(1) as u32)?;
        }
        BarStyle::Previous => {
            root.draw(&Rectangle::new(
                [(l, t), (r, b)],
                rgb(colors::MUTED).stroke_width(px(1.0).max(1) as u32),
            ))?;
        }
        BarStyle::Pass | BarStyle::Neutral => {}
    }
    Ok(())
}
