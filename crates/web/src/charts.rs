//! Horizontal bar charts drawn with `plotters` on a canvas (`plotters-canvas`).
//!
//! One drawing routine serves every chart: rows with a label and one or more bars each
//! (indicators; tools with their weights; this year against the previous year), an optional
//! pass line, and a value text at the end of every bar. Pass/fail is never told by colour
//! alone: failing bars are striped and the text after each bar says the result.
//! The layout adapts to the width: labels sit left of the bars on wide screens and above
//! them on phones. Text uses the page font (Sarabun, self-hosted).

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;

/// The font family of chart text (the page's font, with a fallback).
pub const FONT: &str = "Sarabun, sans-serif";

/// How a bar looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarStyle {
    /// At or above the pass mark: solid green.
    Pass,
    /// Below the pass mark: striped red.
    Fail,
    /// No pass/fail meaning: solid blue.
    Neutral,
    /// An earlier year: grey with an outline.
    Previous,
}

/// One bar: its value (0–100, `None` = no bar) and the text after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub value: Option<f64>,
    pub style: BarStyle,
    pub text: String,
}

/// One row of bars with its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    pub bars: Vec<Bar>,
}

/// Everything a chart shows.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChartSpec {
    pub rows: Vec<Row>,
    /// A vertical line at this value with its label (the pass mark).
    pub pass_line: Option<(f64, String)>,
}

/// Layout in CSS pixels for a chart `width` wide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    pub narrow: bool,
    pub font: f64,
    pub label_w: f64,
    pub label_h: f64,
    pub bar_h: f64,
    pub bar_gap: f64,
    pub row_gap: f64,
    pub top: f64,
    pub right: f64,
}

impl Layout {
    pub fn for_width(width: f64) -> Layout {
        let narrow = width < 560.0;
        let font = if width > 1100.0 { 16.0 } else { 14.0 };
        Layout {
            narrow,
            font,
            label_w: if narrow {
                0.0
            } else {
                (width * 0.36).min(340.0)
            },
            label_h: if narrow { font + 8.0 } else { 0.0 },
            bar_h: font + 8.0,
            bar_gap: 3.0,
            row_gap: if narrow { 10.0 } else { 12.0 },
            top: font + 16.0,
            right: if narrow { 104.0 } else { 124.0 },
        }
    }

    /// The chart's height in CSS pixels.
    pub fn height(&self, spec: &ChartSpec) -> f64 {
        let rows: f64 = spec
            .rows
            .iter()
            .map(|r| self.row_height(r.bars.len()))
            .sum();
        self.top + rows + self.font + 14.0
    }

    fn row_height(&self, bars: usize) -> f64 {
        let n = bars.max(1) as f64;
        self.label_h + n * self.bar_h + (n - 1.0) * self.bar_gap + self.row_gap
    }
}

const INK: RGBColor = RGBColor(0x1b, 0x1f, 0x24);
const MUTED: RGBColor = RGBColor(0x4a, 0x55, 0x63);
const GRID: RGBColor = RGBColor(0xd5, 0xdb, 0xe3);
const PASS: RGBColor = RGBColor(0x1b, 0x7a, 0x3d);
const FAIL: RGBColor = RGBColor(0xb4, 0x2b, 0x1f);
const NEUTRAL: RGBColor = RGBColor(0x0b, 0x4f, 0x8a);
const PREVIOUS: RGBColor = RGBColor(0x9a, 0xa5, 0xb1);

/// Size `canvas` for `css_width` (sharp on high-density screens) and draw `spec` on it.
pub fn draw(
    canvas: &web_sys::HtmlCanvasElement,
    spec: &ChartSpec,
    css_width: f64,
    pixel_ratio: f64,
) -> Result<(), String> {
    let layout = Layout::for_width(css_width);
    let css_height = layout.height(spec);
    let s = pixel_ratio.clamp(1.0, 3.0);
    canvas.set_width((css_width * s).round() as u32);
    canvas.set_height((css_height * s).round() as u32);
    let _ = canvas
        .style()
        .set_property("height", &format!("{css_height}px"));
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "no 2d context".to_string())?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE).map_err(|e| e.to_string())?;
    let px = |v: f64| (v * s).round() as i32;
    let font = move |size: f64, color: &'static RGBColor| -> TextStyle<'static> {
        TextStyle::from((FONT, size * s).into_font()).color(color)
    };

    let x0 = if layout.narrow {
        4.0
    } else {
        layout.label_w + 8.0
    };
    let x1 = (css_width - layout.right).max(x0 + 40.0);
    let xv = |v: f64| x0 + (x1 - x0) * v.clamp(0.0, 100.0) / 100.0;
    let bottom = css_height - layout.font - 12.0;
    let err = |e: plotters::drawing::DrawingAreaErrorKind<_>| e.to_string();

    // Grid and scale.
    for tick in (0..=100).step_by(20) {
        let x = xv(tick as f64);
        root.draw(&PathElement::new(
            vec![(px(x), px(layout.top - 4.0)), (px(x), px(bottom))],
            GRID.stroke_width(1),
        ))
        .map_err(err)?;
        root.draw(&Text::new(
            tick.to_string(),
            (px(x), px(layout.top - 6.0)),
            font(layout.font - 2.0, &MUTED).pos(Pos::new(HPos::Center, VPos::Bottom)),
        ))
        .map_err(err)?;
    }

    // The pass line, dashed, under the bars' texts; its label below the last row.
    if let Some((mark, label)) = &spec.pass_line {
        let x = xv(*mark);
        let mut yy = layout.top - 2.0;
        while yy < bottom {
            let end = (yy + 6.0).min(bottom);
            root.draw(&PathElement::new(
                vec![(px(x), px(yy)), (px(x), px(end))],
                INK.stroke_width(px(2.0).max(1) as u32),
            ))
            .map_err(err)?;
            yy += 10.0;
        }
        root.draw(&Text::new(
            label.clone(),
            (px(x), px(bottom + 4.0)),
            font(layout.font - 1.0, &INK).pos(Pos::new(HPos::Center, VPos::Top)),
        ))
        .map_err(err)?;
    }
    // Rows.
    let mut y = layout.top;
    for row in &spec.rows {
        let h = layout.row_height(row.bars.len()) - layout.row_gap;
        if layout.narrow {
            root.draw(&Text::new(
                row.label.clone(),
                (px(x0), px(y + layout.label_h / 2.0)),
                font(layout.font, &INK).pos(Pos::new(HPos::Left, VPos::Center)),
            ))
            .map_err(err)?;
        } else {
            root.draw(&Text::new(
                fit(&row.label, layout.label_w, layout.font),
                (px(layout.label_w), px(y + h / 2.0)),
                font(layout.font, &INK).pos(Pos::new(HPos::Right, VPos::Center)),
            ))
            .map_err(err)?;
        }
        let mut by = y + layout.label_h;
        for bar in &row.bars {
            if let Some(v) = bar.value {
                draw_bar(
                    &root,
                    &bar.style,
                    (xv(0.0), by),
                    (xv(v), by + layout.bar_h),
                    s,
                )
                .map_err(err)?;
                root.draw(&Text::new(
                    bar.text.clone(),
                    (px(xv(v) + 6.0), px(by + layout.bar_h / 2.0)),
                    font(layout.font, &INK).pos(Pos::new(HPos::Left, VPos::Center)),
                ))
                .map_err(err)?;
            } else {
                root.draw(&Text::new(
                    bar.text.clone(),
                    (px(x0 + 4.0), px(by + layout.bar_h / 2.0)),
                    font(layout.font, &MUTED).pos(Pos::new(HPos::Left, VPos::Center)),
                ))
                .map_err(err)?;
            }
            by += layout.bar_h + layout.bar_gap;
        }
        y += layout.row_height(row.bars.len());
    }

    root.present().map_err(|e| e.to_string())?;
    Ok(())
}

fn draw_bar<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    style: &BarStyle,
    (ax, ay): (f64, f64),
    (bx, by): (f64, f64),
    s: f64,
) -> Result<(), plotters::drawing::DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * s).round() as i32;
    let (l, t, r, b) = (px(ax), px(ay), px(bx).max(px(ax) + 1), px(by));
    let fill = match style {
        BarStyle::Pass => PASS,
        BarStyle::Fail => FAIL,
        BarStyle::Neutral => NEUTRAL,
        BarStyle::Previous => PREVIOUS,
    };
    root.draw(&Rectangle::new([(l, t), (r, b)], fill.filled()))?;
    match style {
        BarStyle::Fail => {
            // White diagonal stripes, clipped to the bar.
            let h = b - t;
            let step = px(7.0).max(4);
            let mut k = l - h;
            while k < r {
                let (sx, ex) = (k.max(l), (k + h).min(r));
                if sx < ex {
                    let sy = b - (sx - k);
                    let ey = b - (ex - k);
                    root.draw(&PathElement::new(
                        vec![(sx, sy), (ex, ey)],
                        WHITE.stroke_width(px(2.0).max(1) as u32),
                    ))?;
                }
                k += step;
            }
        }
        BarStyle::Previous => {
            root.draw(&Rectangle::new([(l, t), (r, b)], MUTED.stroke_width(1)))?;
        }
        _ => {}
    }
    Ok(())
}

/// Shorten a label to about `width` pixels (Thai and Latin glyphs average ~0.55 em).
fn fit(label: &str, width: f64, font: f64) -> String {
    let max = ((width / (font * 0.55)) as usize).max(4);
    if label.chars().count() <= max {
        label.to_string()
    } else {
        let mut s: String = label.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_adapts_to_phones() {
        let phone = Layout::for_width(328.0);
        let wide = Layout::for_width(1200.0);
        assert!(phone.narrow && !wide.narrow);
        assert_eq!(phone.label_w, 0.0);
        let spec = ChartSpec {
            rows: vec![
                Row {
                    label: "1".into(),
                    bars: vec![Bar {
                        value: Some(90.0),
                        style: BarStyle::Pass,
                        text: "90.00".into(),
                    }],
                };
                10
            ],
            pass_line: None,
        };
        assert!(phone.height(&spec) > wide.height(&spec) - 40.0);
    }

    #[test]
    fn long_labels_are_shortened() {
        assert_eq!(fit("abc", 200.0, 14.0), "abc");
        assert!(fit(&"ก".repeat(100), 100.0, 14.0).ends_with('…'));
    }
}
