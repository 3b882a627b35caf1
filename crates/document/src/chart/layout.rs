//! Where everything of a chart goes, for a given width, in CSS pixels (a bitmap multiplies by
//! its scale). Text widths come from the caller's `measure` (the canvas's `measureText`, or
//! the bundled font's advances), so the boxes are those of the text actually drawn:
//!
//! * the scale is shortened until every value text fits after its bar inside the chart (a text
//!   that still does not fit goes inside its bar, on a white chip);
//! * labels too long for their place are shortened with "…", never cut by the edge;
//! * the pass line is made of pieces that stop short of every text box it would cross.
//!
//! The app publishes the boxes on the canvas (`data-label-boxes`) so a test can check them.

use super::{BarStyle, ChartSpec, Rgb};

/// Sizes in CSS pixels for a chart `width` wide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// Phones: row labels above their bars instead of left of them.
    pub narrow: bool,
    /// Font size of labels and values.
    pub font: f64,
    /// Widest room for the row labels (wide layout).
    pub label_w: f64,
    pub bar_h: f64,
    pub bar_gap: f64,
    pub row_gap: f64,
    /// Room above the first row (the scale's numbers).
    pub top: f64,
    /// Space kept free at the left and right edges.
    pub pad: f64,
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
                (width * 0.42).min(340.0)
            },
            bar_h: font + 8.0,
            bar_gap: 3.0,
            row_gap: if narrow { 10.0 } else { 12.0 },
            top: font + 16.0,
            pad: 4.0,
        }
    }

    /// Height of a text line of `size`.
    pub fn line(size: f64) -> f64 {
        (size * 1.4).ceil()
    }

    fn label_h(&self) -> f64 {
        if self.narrow {
            self.font + 8.0
        } else {
            0.0
        }
    }

    fn row_height(&self, bars: usize) -> f64 {
        let n = bars.max(1) as f64;
        self.label_h() + n * self.bar_h + (n - 1.0) * self.bar_gap + self.row_gap
    }
}

/// What a text of the chart is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// A number of the scale, above the grid.
    Tick,
    /// A row's label.
    RowLabel,
    /// The text after (or inside) a bar.
    Value,
    /// The text of a row without a value.
    Missing,
    /// The pass line's label, under the last row.
    PassLabel,
}

/// A text placed in the chart: its box (left, top, width, height) and how it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub text: String,
    pub kind: TextKind,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub size: f64,
    pub color: Rgb,
    /// Drawn on a white chip (a value text inside its bar).
    pub chip: bool,
}

impl Placed {
    /// The vertical centre of the text.
    pub fn cy(&self) -> f64 {
        self.y + self.h / 2.0
    }
}

/// A bar's rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BarBox {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
    pub style: BarStyle,
}

/// The pass line: its position and the pieces (top, bottom) drawn, around the texts.
#[derive(Clone, Debug, PartialEq)]
pub struct PassLine {
    pub x: f64,
    pub pieces: Vec<(f64, f64)>,
}

/// Everything placed.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLayout {
    pub width: f64,
    pub height: f64,
    /// The scale's grid lines (x) from `grid_top` to `grid_bottom`.
    pub grid: Vec<f64>,
    pub grid_top: f64,
    pub grid_bottom: f64,
    pub bars: Vec<BarBox>,
    pub texts: Vec<Placed>,
    pub pass_line: Option<PassLine>,
}

const TICKS: [u32; 6] = [0, 20, 40, 60, 80, 100];

/// A number of the scale, in Thai digits (๐–๙) when `thai`. (ita-core's `with_digits` does
/// this for every other text, but this crate sits below ita-core and cannot call it.)
fn scale_number(n: u32, thai: bool) -> String {
    let s = n.to_string();
    if !thai {
        return s;
    }
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x0E50 + d).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// Space between a bar's end and its text.
const GAP: f64 = 6.0;

/// Lay `spec` out `width` CSS pixels wide; `measure(text, size)` is a text's width.
pub fn lay_out(spec: &ChartSpec, width: f64, measure: &dyn Fn(&str, f64) -> f64) -> ChartLayout {
    let l = Layout::for_width(width);
    let tick_size = l.font - 2.0;
    let pass_size = l.font - 1.0;
    let right_edge = width - l.pad;

    // The row labels' column: as wide as the longest label, at most `label_w`.
    let longest = spec
        .rows
        .iter()
        .map(|r| measure(&r.label, l.font))
        .fold(0.0, f64::max);
    let label_w = if l.narrow {
        0.0
    } else {
        (longest + l.pad + 2.0).min(l.label_w)
    };
    let x0 = if l.narrow { l.pad } else { label_w + 8.0 };

    // The end of the scale (100): every value text must fit after its bar.
    let half_100 = measure(&scale_number(100, spec.thai_digits), tick_size) / 2.0;
    let mut x1 = right_edge - half_100;
    for bar in spec.rows.iter().flat_map(|r| &r.bars) {
        if let Some(v) = bar.value.filter(|v| *v > 0.0) {
            let room = right_edge - GAP - measure(&bar.text, l.font) - x0;
            x1 = x1.min(x0 + room * 100.0 / v.min(100.0));
        }
    }
    // Never shorter than 45% of the room: a text that does not fit then goes inside its bar.
    x1 = x1.max(x0 + 0.45 * (right_edge - x0)).min(right_edge);
    let xv = |v: f64| x0 + (x1 - x0) * v.clamp(0.0, 100.0) / 100.0;

    let mut texts = Vec::new();
    let mut place = |text: String, kind, x: f64, cy: f64, size: f64, color, chip| {
        let w = measure(&text, size);
        let h = Layout::line(size);
        // Inside the chart whatever happens.
        let x = x.min(width - w).max(0.0);
        texts.push(Placed {
            text,
            kind,
            x,
            y: cy - h / 2.0,
            w,
            h,
            size,
            color,
            chip,
        });
    };

    // The scale's numbers, centred on their grid lines.
    let grid: Vec<f64> = TICKS.iter().map(|&t| xv(f64::from(t))).collect();
    for (t, x) in TICKS.iter().zip(&grid) {
        let s = scale_number(*t, spec.thai_digits);
        let w = measure(&s, tick_size);
        let cy = l.top - 6.0 - Layout::line(tick_size) / 2.0;
        place(
            s,
            TextKind::Tick,
            x - w / 2.0,
            cy,
            tick_size,
            super::colors::MUTED,
            false,
        );
    }

    let mut bars = Vec::new();
    let mut y = l.top;
    for row in &spec.rows {
        let h = l.row_height(row.bars.len()) - l.row_gap;
        if l.narrow {
            let text = fit(&row.label, right_edge - x0, l.font, measure);
            let cy = y + l.label_h() / 2.0;
            place(
                text,
                TextKind::RowLabel,
                x0,
                cy,
                l.font,
                super::colors::INK,
                false,
            );
        } else {
            let text = fit(&row.label, label_w - l.pad, l.font, measure);
            let w = measure(&text, l.font);
            let cy = y + h / 2.0;
            place(
                text,
                TextKind::RowLabel,
                label_w - w,
                cy,
                l.font,
                super::colors::INK,
                false,
            );
        }
        let mut by = y + l.label_h();
        for bar in &row.bars {
            let cy = by + l.bar_h / 2.0;
            match bar.value {
                Some(v) => {
                    let end = xv(v);
                    bars.push(BarBox {
                        x0,
                        y0: by,
                        x1: end,
                        y1: by + l.bar_h,
                        style: bar.style,
                    });
                    let w = measure(&bar.text, l.font);
                    if end + GAP + w <= right_edge {
                        let (text, color) = (bar.text.clone(), super::colors::INK);
                        place(text, TextKind::Value, end + GAP, cy, l.font, color, false);
                    } else {
                        // Inside the bar, on a white chip, shortened if the bar is too short.
                        let text = fit(&bar.text, end - x0 - 2.0 * GAP, l.font, measure);
                        let w = measure(&text, l.font);
                        let x = (end - GAP - w).max(x0);
                        place(
                            text,
                            TextKind::Value,
                            x,
                            cy,
                            l.font,
                            super::colors::INK,
                            true,
                        );
                    }
                }
                None => {
                    let text = fit(&bar.text, right_edge - x0 - 4.0, l.font, measure);
                    let color = super::colors::MUTED;
                    place(text, TextKind::Missing, x0 + 4.0, cy, l.font, color, false);
                }
            }
            by += l.bar_h + l.bar_gap;
        }
        y += l.row_height(row.bars.len());
    }
    let grid_bottom = y - l.row_gap + 4.0;
    let mut height = grid_bottom + 6.0;

    let pass_line = spec.pass_line.as_ref().map(|(mark, label)| {
        let x = xv(*mark);
        let text = fit(label, width - 2.0 * l.pad, pass_size, measure);
        let w = measure(&text, pass_size);
        let cy = grid_bottom + 4.0 + Layout::line(pass_size) / 2.0;
        height = grid_bottom + 4.0 + Layout::line(pass_size) + 6.0;
        let ink = super::colors::INK;
        place(
            text,
            TextKind::PassLabel,
            x - w / 2.0,
            cy,
            pass_size,
            ink,
            false,
        );
        x
    });
    let grid_top = l.top - 4.0;
    let pass_line = pass_line.map(|x| PassLine {
        x,
        pieces: pieces_around(x, grid_top, grid_bottom, &texts),
    });
    ChartLayout {
        width,
        height: height.ceil(),
        grid,
        grid_top,
        grid_bottom,
        bars,
        texts,
        pass_line,
    }
}

/// The pieces of a vertical line at `x` from `top` to `bottom` that cross no text box
/// (with 2 px to spare).
fn pieces_around(x: f64, top: f64, bottom: f64, texts: &[Placed]) -> Vec<(f64, f64)> {
    let mut cuts: Vec<(f64, f64)> = texts
        .iter()
        .filter(|t| t.kind != TextKind::PassLabel && t.x - 3.0 <= x && x <= t.x + t.w + 3.0)
        .map(|t| (t.y - 2.0, t.y + t.h + 2.0))
        .collect();
    cuts.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut pieces = Vec::new();
    let mut from = top;
    for (a, b) in cuts {
        if a > from {
            pieces.push((from, a.min(bottom)));
        }
        from = from.max(b);
    }
    if from < bottom {
        pieces.push((from, bottom));
    }
    pieces.retain(|(a, b)| b - a > 1.0);
    pieces
}

/// Whether `c` is a Thai mark drawn over or under the letter before it (never split from it).
fn is_thai_mark(c: char) -> bool {
    matches!(c, '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}')
}

/// `text`, or its longest start that fits `max_w` followed by "…" (never cutting a Thai
/// letter from its marks).
pub fn fit(text: &str, max_w: f64, size: f64, measure: &dyn Fn(&str, f64) -> f64) -> String {
    if measure(text, size) <= max_w {
        return text.to_string();
    }
    // Where a shortened text may end: before a letter (not a mark), or at the end.
    let ends: Vec<usize> = text
        .char_indices()
        .filter(|(i, c)| *i > 0 && !is_thai_mark(*c))
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let cut = |k: usize| match k {
        0 => "…".to_string(),
        k => format!("{}…", text[..ends[k - 1]].trim_end()),
    };
    // The most letters that fit with the ellipsis (binary search; widths grow with length).
    let (mut lo, mut hi) = (0usize, ends.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if measure(&cut(mid), size) <= max_w {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    cut(lo)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::{Bar, Row};

    /// Every character 0.55 em wide (close to Sarabun's average).
    fn approx(text: &str, size: f64) -> f64 {
        text.chars().filter(|c| !is_thai_mark(*c)).count() as f64 * size * 0.55
    }

    fn tools() -> ChartSpec {
        let bar = |v: f64, text: &str| Row {
            label: "EIT ส่วนที่ ๑ (๓๐%)".into(),
            bars: vec![Bar {
                value: Some(v),
                style: BarStyle::Neutral,
                text: text.into(),
            }],
        };
        ChartSpec {
            rows: vec![
                bar(99.56, "99.56 × 30% = 29.87"),
                bar(100.0, "100.00 × 30% = 30.00"),
                bar(86.88, "86.88 × 40% = 34.75"),
            ],
            pass_line: Some((85.0, "เกณฑ์ 85.00".into())),
            thai_digits: false,
        }
    }

    #[test]
    fn the_scale_is_written_in_the_digits_asked_for() {
        let ticks = |spec: &ChartSpec| {
            lay_out(spec, 800.0, &approx)
                .texts
                .into_iter()
                .filter(|t| t.kind == TextKind::Tick)
                .map(|t| t.text)
                .collect::<Vec<_>>()
        };
        assert_eq!(ticks(&tools()), ["0", "20", "40", "60", "80", "100"]);
        let thai = ChartSpec {
            thai_digits: true,
            ..tools()
        };
        assert_eq!(ticks(&thai), ["๐", "๒๐", "๔๐", "๖๐", "๘๐", "๑๐๐"]);
    }

    fn inside(l: &ChartLayout) -> bool {
        l.texts.iter().all(|t| {
            t.x >= 0.0 && t.y >= 0.0 && t.x + t.w <= l.width + 1e-9 && t.y + t.h <= l.height
        })
    }

    #[test]
    fn every_text_stays_inside_at_every_width() {
        for w in (300..=1600).step_by(20) {
            let l = lay_out(&tools(), f64::from(w), &approx);
            assert!(inside(&l), "width {w}: {:?}", l.texts);
            // Value texts follow their bars (there is room at these widths).
            assert!(l
                .texts
                .iter()
                .filter(|t| t.kind == TextKind::Value)
                .all(|t| !t.chip));
        }
    }

    #[test]
    fn the_pass_line_never_crosses_a_text() {
        let mut spec = tools();
        spec.rows[0].bars[0].value = Some(83.0);
        for w in [360.0, 700.0, 1280.0] {
            let l = lay_out(&spec, w, &approx);
            let line = l.pass_line.clone().unwrap();
            let crossing = l
                .texts
                .iter()
                .filter(|t| t.kind != TextKind::PassLabel && t.x <= line.x && line.x <= t.x + t.w);
            for t in crossing {
                for (a, b) in &line.pieces {
                    assert!(*b <= t.y || *a >= t.y + t.h, "width {w}: {t:?} {a}-{b}");
                }
            }
            // The line is still drawn (pieces above and below).
            assert!(!line.pieces.is_empty());
        }
    }

    #[test]
    fn long_labels_are_shortened_by_their_measured_width() {
        assert_eq!(fit("abc", 200.0, 14.0, &approx), "abc");
        let long = "การเปิดโอกาสให้เกิดการมีส่วนร่วม".repeat(3);
        let short = fit(&long, 100.0, 14.0, &approx);
        assert!(short.ends_with('…') && approx(&short, 14.0) <= 100.0);
        // Never a mark without its letter before the "…".
        let cut = fit("ที่ที่ที่ที่ที่ที่", 30.0, 14.0, &approx);
        assert!(!cut.trim_end_matches('…').ends_with('ท'), "{cut}");
    }

    #[test]
    fn a_text_too_long_for_any_room_goes_inside_its_bar() {
        let mut spec = tools();
        spec.rows[0].bars[0].text = "x".repeat(60);
        let l = lay_out(&spec, 360.0, &approx);
        assert!(inside(&l));
        assert!(l.texts.iter().any(|t| t.chip));
    }
}
