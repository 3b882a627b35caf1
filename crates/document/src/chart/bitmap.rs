//! A chart as a PNG at print resolution: the shared layout and drawing on a `plotters`
//! `BitMapBackend`, text in the Sarabun font bundled with this crate (`fonts/`, SIL OFL; the
//! app's Thai and Latin woff2 subsets merged into one TTF by `scripts/chart-font.py`).
//! Thai needs shaping (marks stacked over and under their letters), so the text is shaped by
//! `rustybuzz` and its glyphs drawn by `ab_glyph`; plotters' own text drawing does neither.

use std::sync::OnceLock;

use ab_glyph::{Font, FontRef, GlyphId, PxScale};
use plotters::backend::BitMapBackend;
use plotters::coord::Shift;
use plotters::prelude::*;

use super::draw::{draw, DeviceText, DrawError, Painter};
use super::layout::lay_out;
use super::Chart;
use crate::Image;

/// Width in CSS pixels of a chart in a document (the text width of an A4 page is about this
/// at 96 dpi, so the text comes out close to the body text's size).
pub const PRINT_WIDTH: f64 = 600.0;
/// Device pixels per CSS pixel in a document: about 330 dpi on the page.
pub const PRINT_SCALE: f64 = 3.5;

static FONT: &[u8] = include_bytes!("../../fonts/sarabun-chart.ttf");

/// The bundled font, parsed once for shaping and for drawing.
struct Sarabun {
    face: rustybuzz::Face<'static>,
    glyphs: FontRef<'static>,
    upem: f64,
    /// Baseline below the text's vertical centre, in em.
    centre_to_baseline: f64,
}

fn sarabun() -> Result<&'static Sarabun, String> {
    static SARABUN: OnceLock<Option<Sarabun>> = OnceLock::new();
    SARABUN
        .get_or_init(|| {
            let face = rustybuzz::Face::from_slice(FONT, 0)?;
            let glyphs = FontRef::try_from_slice(FONT).ok()?;
            let upem = f64::from(face.units_per_em());
            let (asc, desc) = (f64::from(face.ascender()), f64::from(face.descender()));
            Some(Sarabun {
                face,
                glyphs,
                upem,
                centre_to_baseline: (asc + desc) / 2.0 / upem,
            })
        })
        .as_ref()
        .ok_or_else(|| "the chart font could not be read".to_string())
}

/// One shaped glyph: its id and its position from the text's start, in em.
struct Shaped {
    id: u16,
    x: f64,
    y: f64,
}

impl Sarabun {
    /// Shape `text`: its glyphs and its advance width, in em.
    fn shape(&self, text: &str) -> (Vec<Shaped>, f64) {
        let mut buf = rustybuzz::UnicodeBuffer::new();
        buf.push_str(text);
        buf.guess_segment_properties();
        let out = rustybuzz::shape(&self.face, &[], buf);
        let mut pen = 0.0;
        let glyphs = out
            .glyph_infos()
            .iter()
            .zip(out.glyph_positions())
            .map(|(info, pos)| {
                let g = Shaped {
                    id: info.glyph_id as u16,
                    x: (pen + f64::from(pos.x_offset)) / self.upem,
                    y: f64::from(pos.y_offset) / self.upem,
                };
                pen += f64::from(pos.x_advance);
                g
            })
            .collect();
        (glyphs, pen / self.upem)
    }

    fn width(&self, text: &str, size: f64) -> f64 {
        self.shape(text).1 * size
    }
}

/// Draws text with the bundled Sarabun into any backend, pixel by pixel (anti-aliased).
struct GlyphPainter(&'static Sarabun);

impl<DB: DrawingBackend> Painter<DB> for GlyphPainter {
    fn paint(&self, area: &DrawingArea<DB, Shift>, text: &DeviceText) -> Result<(), DrawError<DB>> {
        let DeviceText { x, cy, size, .. } = *text;
        let font = self.0;
        let (glyphs, _) = font.shape(text.text);
        let baseline = f64::from(cy) + font.centre_to_baseline * size;
        // ab_glyph scales by the font's height (ascent − descent), CSS by the em.
        let scale =
            PxScale::from((size * f64::from(font.glyphs.height_unscaled()) / font.upem) as f32);
        let (r, g, b) = text.color;
        for s in glyphs {
            let pos = ab_glyph::point(
                (f64::from(x) + s.x * size) as f32,
                (baseline - s.y * size) as f32,
            );
            let glyph = GlyphId(s.id).with_scale_and_position(scale, pos);
            let Some(outline) = font.glyphs.outline_glyph(glyph) else {
                continue; // a space
            };
            let min = outline.px_bounds().min;
            let mut pixels = Vec::new();
            outline.draw(|px, py, c| pixels.push((px, py, c)));
            for (px, py, c) in pixels {
                if c > 0.0 {
                    let at = (min.x as i32 + px as i32, min.y as i32 + py as i32);
                    area.draw_pixel(at, &RGBAColor(r, g, b, f64::from(c.min(1.0))))?;
                }
            }
        }
        Ok(())
    }
}

/// A text's width in CSS pixels with the bundled font (what the layout of a picture uses).
pub fn text_width(text: &str, size: f64) -> f64 {
    sarabun().map_or(text.chars().count() as f64 * size * 0.55, |f| {
        f.width(text, size)
    })
}

/// Draw `chart` `css_width` CSS pixels wide at `scale` device pixels per CSS pixel, as PNG.
pub fn render(chart: &Chart, css_width: f64, scale: f64) -> Result<Image, String> {
    let font = sarabun()?;
    let layout = lay_out(&chart.spec, css_width, &|t, s| font.width(t, s));
    let w = (css_width * scale).round().max(1.0) as u32;
    let h = (layout.height * scale).round().max(1.0) as u32;
    let mut rgb = vec![0u8; w as usize * h as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, (w, h)).into_drawing_area();
        draw(&root, &layout, scale, &GlyphPainter(font)).map_err(|e| e.to_string())?;
    }
    let mut png = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        // 96 dpi × scale, so programs that read the resolution show the chart at its size.
        let ppm = (96.0 * scale / 0.0254).round() as u32;
        enc.set_pixel_dims(Some(png::PixelDimensions {
            xppu: ppm,
            yppu: ppm,
            unit: png::Unit::Meter,
        }));
        let mut writer = enc.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&rgb).map_err(|e| e.to_string())?;
    }
    Ok(Image {
        png,
        width_px: w,
        height_px: h,
        alt: chart.alt.clone(),
    })
}

/// [`render`] at the documents' size and resolution.
pub fn render_for_print(chart: &Chart) -> Result<Image, String> {
    render(chart, PRINT_WIDTH, PRINT_SCALE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::{Bar, BarStyle, ChartSpec, Row};

    fn chart() -> Chart {
        Chart {
            spec: ChartSpec {
                rows: vec![Row {
                    label: "๑ การปฏิบัติหน้าที่".into(),
                    bars: vec![Bar {
                        value: Some(83.0),
                        style: BarStyle::Fail,
                        text: "๘๓.๐๐ ไม่ผ่านเกณฑ์".into(),
                    }],
                }],
                pass_line: Some((85.0, "เกณฑ์ ๘๕.๐๐".into())),
                thai_digits: true,
            },
            alt: "กราฟ".into(),
        }
    }

    #[test]
    fn thai_is_shaped_with_the_bundled_font() {
        let f = sarabun().unwrap();
        // A mark takes no room of its own: "ที่" is as wide as "ท".
        assert!((f.width("ที่", 16.0) - f.width("ท", 16.0)).abs() < 0.01);
        assert!(f.width("ไม่ผ่านเกณฑ์", 16.0) > 50.0);
        // Every character of the charts has a glyph (no "missing glyph" box).
        let (glyphs, _) = f.shape("๑๒๓ 0123 IIT × % … เกณฑ์ ผ่าน");
        assert!(glyphs.iter().all(|g| g.id != 0));
    }

    #[test]
    fn a_chart_becomes_a_png_at_print_resolution() {
        let img = render_for_print(&chart()).unwrap();
        assert_eq!(img.width_px, (PRINT_WIDTH * PRINT_SCALE) as u32);
        assert!(img.height_px > 100);
        assert_eq!(&img.png[1..4], b"PNG");
        assert_eq!(img.alt, "กราฟ");
        // Decoded, it has ink (bars and text), not just white.
        let decoder = png::Decoder::new(std::io::Cursor::new(&img.png));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        reader.next_frame(&mut buf).unwrap();
        let dark = buf.chunks(3).filter(|p| p.iter().all(|&c| c < 80)).count();
        assert!(dark > 500, "{dark}");
    }
}
