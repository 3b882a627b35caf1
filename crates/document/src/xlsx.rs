//! XLSX writer (rust_xlsxwriter): one sheet per table, Thai font, header row frozen and bold,
//! rows tall enough for 16 pt Thai, numbers as numbers. Text is always written as text (never
//! as a formula), and text that looks like a formula also gets Excel's quote prefix, so a
//! spreadsheet never runs it.

use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Image, Workbook};

use super::chart::{bitmap, Chart};
use super::{looks_like_formula, Block, Document, Table};

#[derive(Debug)]
pub struct XlsxError(pub String);

impl std::fmt::Display for XlsxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "could not write the XLSX file: {}", self.0)
    }
}

fn err(e: impl std::fmt::Display) -> XlsxError {
    XlsxError(e.to_string())
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique.
fn sheet_name(name: &str, used: &mut Vec<String>) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(28)
        .collect();
    let base = if clean.trim().is_empty() {
        "Sheet".to_string()
    } else {
        clean.trim().to_string()
    };
    let mut candidate = base.clone();
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&candidate)) {
        candidate = format!("{base} {n}");
        n += 1;
    }
    used.push(candidate.clone());
    candidate
}

fn write_table(wb: &mut Workbook, t: &Table, name: &str) -> Result<(), XlsxError> {
    let font = "TH Sarabun New";
    let base = Format::new()
        .set_font_name(font)
        .set_font_size(16)
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin);
    let head = base.clone().set_bold().set_background_color("#E8E8E8");
    let num = base.clone().set_num_format("0.00");
    let quoted = base.clone().set_quote_prefix();
    let ws = wb.add_worksheet();
    ws.set_name(name).map_err(err)?;
    let fr = t.fractions();
    for (c, f) in fr.iter().enumerate() {
        ws.set_column_width(c as u16, (f * 120.0).clamp(8.0, 60.0))
            .map_err(err)?;
    }
    ws.set_row_height(0, 24).map_err(err)?;
    for (c, h) in t.header.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, crate::layout::strip_marks(h), &head)
            .map_err(err)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        let r = r as u32 + 1;
        let lines = row
            .iter()
            .map(|c| c.text.lines().count().max(1))
            .max()
            .unwrap_or(1);
        ws.set_row_height(r, 24.0 * lines.min(15) as f64)
            .map_err(err)?;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell.number {
                Some(v) => ws.write_number_with_format(r, c, v, &num).map_err(err)?,
                None if looks_like_formula(&cell.text) => ws
                    .write_string_with_format(r, c, &cell.text, &quoted)
                    .map_err(err)?,
                None => ws
                    .write_string_with_format(r, c, &cell.text, &base)
                    .map_err(err)?,
            };
        }
    }
    ws.set_freeze_panes(1, 0).map_err(err)?;
    Ok(())
}

/// The document's charts, one under the other on a sheet of their own, as pictures at print
/// resolution shown at their CSS size.
fn write_charts(wb: &mut Workbook, charts: &[&Chart], name: &str) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(name).map_err(err)?;
    let mut row = 1;
    for c in charts {
        let png = bitmap::render_for_print(c).map_err(XlsxError)?;
        let scale = 1.0 / bitmap::PRINT_SCALE;
        let image = Image::new_from_buffer(&png.png)
            .map_err(err)?
            .set_scale_width(scale)
            .set_scale_height(scale)
            .set_alt_text(&c.alt);
        ws.write_string(row - 1, 1, &c.alt).map_err(err)?;
        ws.insert_image(row, 1, &image).map_err(err)?;
        // Default rows are 20 pixels high.
        row += (f64::from(png.height_px) * scale / 20.0).ceil() as u32 + 3;
    }
    Ok(())
}

/// Write every table of the document as a sheet, and the charts on a sheet of their own.
pub fn write(doc: &Document) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let mut used = Vec::new();
    for t in doc.tables() {
        let name = sheet_name(&t.name, &mut used);
        write_table(&mut wb, t, &name)?;
    }
    let charts: Vec<&Chart> = doc
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Chart(c) => Some(c),
            _ => None,
        })
        .collect();
    if !charts.is_empty() {
        write_charts(&mut wb, &charts, &sheet_name("กราฟ", &mut used))?;
    }
    if used.is_empty() {
        let ws = wb.add_worksheet();
        ws.write_string(0, 0, &doc.title).map_err(err)?;
    }
    wb.save_to_buffer().map_err(err)
}
