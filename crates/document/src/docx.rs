//! DOCX writer (docx-rs): A4, Thai government style — TH Sarabun New 16 pt in every font slot
//! including the complex-script one (so Thai really uses it), margins 2.5 cm top, 3 cm left,
//! 2 cm right and bottom, tables with header rows that repeat on every page, charts as images.

use docx_rs::{
    AlignmentType, BreakType, Docx, HeightRule, PageMargin, PageOrientationType, PageSize,
    Paragraph as DParagraph, Pic, Run, RunFonts, Section as DSection, SpecialIndentType,
    Table as DTable, TableCell, TableCellMargins, TableRow, WidthType,
};

use super::layout::{break_at_marks, column_widths, row_lines, CELL_MARGIN, CELL_PAD, LINE_TWIPS};
use super::{Align, Block, Document, Paragraph, Table};

/// The font named in the document (Word substitutes Sarabun/Laksaman where it is missing).
pub const FONT: &str = "TH Sarabun New";
/// 16 pt, in half-points.
const SIZE: usize = 32;
const TITLE_SIZE: usize = 36;
const HEADING_SIZE: usize = 34;
/// A4 in twentieths of a point.
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;
const MARGIN_TOP: i32 = 1417; // 2.5 cm
const MARGIN_LEFT: i32 = 1701; // 3 cm
const MARGIN_RIGHT: i32 = 1134; // 2 cm
const MARGIN_BOTTOM: i32 = 1134; // 2 cm
/// The width between the margins, portrait or landscape.
pub fn text_width(landscape: bool) -> u32 {
    let page = if landscape { PAGE_H } else { PAGE_W };
    page - MARGIN_LEFT as u32 - MARGIN_RIGHT as u32
}
/// The height between the margins, portrait or landscape.
fn text_height(landscape: bool) -> u32 {
    let page = if landscape { PAGE_W } else { PAGE_H };
    page - MARGIN_TOP as u32 - MARGIN_BOTTOM as u32
}
/// The header row's marker until packing: docx-rs has no API for <w:tblHeader/>, so the header
/// row gets this (otherwise unused) height, rewritten to <w:tblHeader/> in the XML.
const HEADER_MARK: &str = "<w:trHeight w:val=\"1\" w:hRule=\"atLeast\" />";
/// First-line indent of body paragraphs (2.5 cm).
const INDENT: i32 = 1417;
/// EMU per twip (914400 EMU per inch, 1440 twips per inch).
const EMU_PER_TWIP: u32 = 635;

/// Something went wrong while packing the file.
#[derive(Debug)]
pub struct DocxError(pub String);

impl std::fmt::Display for DocxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "could not write the DOCX file: {}", self.0)
    }
}

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii(FONT)
        .hi_ansi(FONT)
        .east_asia(FONT)
        .cs(FONT)
}

/// Whether XML 1.0 allows `c` in text. Tab, line feed and carriage return are the only
/// control characters it allows; U+FFFE and U+FFFF are not characters at all. Word refuses a
/// file with any other (copied text brings U+000B, Word's and PowerPoint's soft line break).
fn xml_allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= '\u{20}' && c != '\u{FFFE}' && c != '\u{FFFF}')
}

/// `text` as XML allows it: a vertical tab or form feed (a soft line or page break where the
/// text was copied from) becomes a line break, every other forbidden character is dropped.
/// Every text of the document reaches the XML through [`runs`], which calls this.
pub fn xml_text(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(xml_allowed) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .filter_map(|c| match c {
            '\u{000B}' | '\u{000C}' => Some('\n'),
            c if xml_allowed(c) => Some(c),
            _ => None,
        })
        .collect()
}

/// A run for `text`, keeping `\n` as line breaks.
fn runs(text: &str, bold: bool, size: usize) -> Vec<Run> {
    let text = xml_text(text);
    let mut out = Vec::new();
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let mut r = Run::new().add_text(line).fonts(fonts()).size(size);
        if bold {
            r = r.bold();
        }
        if lines.peek().is_some() {
            r = r.add_break(BreakType::TextWrapping);
        }
        out.push(r);
    }
    out
}

fn align(a: Align) -> AlignmentType {
    match a {
        Align::Left => AlignmentType::Left,
        Align::Center => AlignmentType::Center,
        Align::Right => AlignmentType::Right,
        // Rewritten to Thai distributed justification when packing (no docx-rs variant).
        Align::Justify => AlignmentType::Both,
    }
}

fn paragraph(p: &Paragraph) -> DParagraph {
    let mut out = DParagraph::new().align(align(p.align));
    if p.first_line_indent {
        out = out.indent(None, Some(SpecialIndentType::FirstLine(INDENT)), None, None);
    }
    for s in &p.spans {
        for r in runs(&s.text, s.bold, SIZE) {
            out = out.add_run(r);
        }
    }
    out
}

fn simple(text: &str, bold: bool, size: usize, a: AlignmentType) -> DParagraph {
    runs(text, bold, size)
        .into_iter()
        .fold(DParagraph::new().align(a), |p, r| p.add_run(r))
}

/// A cell of `width` twips; a header's wrap marks become the line breaks it needs there.
fn cell(text: &str, bold: bool, width: usize, right: bool) -> TableCell {
    let a = if right {
        AlignmentType::Right
    } else {
        AlignmentType::Left
    };
    let inner = (width as u32).saturating_sub(CELL_PAD);
    TableCell::new()
        .add_paragraph(simple(&break_at_marks(text, bold, inner), bold, SIZE, a))
        .width(width, WidthType::Dxa)
}

/// The column widths the DOCX writer gives `t` in a section of that orientation (twips).
pub fn table_widths(t: &Table, landscape: bool) -> Vec<u32> {
    column_widths(t, text_width(landscape))
}

/// A table across the whole text width, columns sized from their content. The header row
/// repeats on every page; a row may split across pages only when it is taller than a quarter of
/// a page (so moving it whole never leaves more than a quarter of a page empty).
fn table(t: &Table, landscape: bool) -> DTable {
    let text_w = text_width(landscape);
    let widths32 = column_widths(t, text_w);
    let (_, heights) = row_lines(t, &widths32, text_w);
    let quarter = text_height(landscape) / 4;
    let widths: Vec<usize> = widths32.iter().map(|&w| w as usize).collect();
    let header = TableRow::new(
        t.header
            .iter()
            .zip(&widths)
            .map(|(h, &w)| cell(h, true, w, false))
            .collect(),
    )
    .cant_split()
    .row_height(1.0)
    .height_rule(HeightRule::AtLeast);
    let mut rows = vec![header];
    for (r, &lines) in t.rows.iter().zip(&heights) {
        let row = TableRow::new(
            r.iter()
                .zip(&widths)
                .map(|(c, &w)| cell(&c.text, c.bold, w, c.number.is_some()))
                .collect(),
        );
        rows.push(if lines * LINE_TWIPS <= quarter {
            row.cant_split()
        } else {
            row
        });
    }
    DTable::new(rows)
        .set_grid(widths)
        .width(text_w as usize, WidthType::Dxa)
        .margins(
            TableCellMargins::new()
                .margin_left(CELL_MARGIN as usize, WidthType::Dxa)
                .margin_right(CELL_MARGIN as usize, WidthType::Dxa)
                .margin_top(0, WidthType::Dxa)
                .margin_bottom(0, WidthType::Dxa),
        )
}

/// What a section contributes to the body.
// Short-lived, built and consumed at once: boxing buys nothing here.
#[allow(clippy::large_enum_variant)]
enum Child {
    Paragraph(Box<DParagraph>),
    Table(DTable),
}

fn margins() -> PageMargin {
    PageMargin::new()
        .top(MARGIN_TOP)
        .left(MARGIN_LEFT)
        .right(MARGIN_RIGHT)
        .bottom(MARGIN_BOTTOM)
        .header(709)
        .footer(709)
}

fn page(landscape: bool) -> (u32, u32, PageOrientationType) {
    if landscape {
        (PAGE_H, PAGE_W, PageOrientationType::Landscape)
    } else {
        (PAGE_W, PAGE_H, PageOrientationType::Portrait)
    }
}

/// A picture's size on the page in EMU: 96 dpi, shrunk to the text width when wider.
fn picture_size(img: &super::Image, text_w: u32) -> (u32, u32) {
    let max_w = text_w * EMU_PER_TWIP;
    let (w, h) = (img.width_px.max(1), img.height_px.max(1));
    let (mut we, mut he) = (w * 9525, h * 9525);
    if we > max_w {
        he = (he as u64 * max_w as u64 / we as u64) as u32;
        we = max_w;
    }
    (we, he)
}

fn image(img: &super::Image, text_w: u32) -> DParagraph {
    let (we, he) = picture_size(img, text_w);
    let (w, h) = (img.width_px.max(1), img.height_px.max(1));
    let pic = Pic::new_with_dimensions(img.png.clone(), w, h).size(we, he);
    DParagraph::new()
        .align(AlignmentType::Center)
        .add_run(Run::new().add_image(pic))
}

/// A chart under its title (as the seed reports caption theirs), drawn at print resolution
/// the text width wide, in one paragraph so that the two never part; the title alone if the
/// chart could not be drawn.
fn chart(c: &crate::chart::Chart, text_w: u32) -> DParagraph {
    let mut p = DParagraph::new()
        .align(AlignmentType::Center)
        .keep_lines(true);
    for r in runs(&c.alt, true, SIZE) {
        p = p.add_run(r);
    }
    if let Ok(img) = crate::chart::bitmap::render_for_print(c) {
        let (w, h) = picture_size(&img, text_w);
        let pic = Pic::new_with_dimensions(img.png, img.width_px, img.height_px).size(w, h);
        p = p
            .add_run(Run::new().add_break(BreakType::TextWrapping))
            .add_run(Run::new().add_image(pic));
    }
    p
}

fn children(s: &super::Section) -> Vec<Child> {
    let text_w = text_width(s.landscape);
    s.blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            // A title, or a paragraph introducing a table, never stays alone at a page's end.
            let before_table = matches!(s.blocks.get(i + 1), Some(Block::Table(_)));
            match b {
                Block::Title { text } => Child::Paragraph(Box::new(
                    simple(text, true, TITLE_SIZE, AlignmentType::Center).keep_next(true),
                )),
                Block::Heading { text } => Child::Paragraph(Box::new(
                    simple(text, true, HEADING_SIZE, AlignmentType::Left).keep_next(true),
                )),
                Block::Paragraph(p) => {
                    Child::Paragraph(Box::new(paragraph(p).keep_next(before_table)))
                }
                Block::Signature { lines } => {
                    let mut p = DParagraph::new()
                        .align(AlignmentType::Center)
                        .keep_lines(true);
                    p = p.add_run(
                        Run::new()
                            .add_break(BreakType::TextWrapping)
                            .fonts(fonts())
                            .size(SIZE),
                    );
                    for r in runs(&lines.join("\n"), false, SIZE) {
                        p = p.add_run(r);
                    }
                    Child::Paragraph(Box::new(p))
                }
                Block::Image(img) => Child::Paragraph(Box::new(image(img, text_w))),
                Block::Chart(c) => Child::Paragraph(Box::new(chart(c, text_w))),
                Block::Table(t) => Child::Table(table(t, s.landscape)),
            }
        })
        .collect()
}

/// Write the document as DOCX bytes. Each section is a Word section (a new page, with its own
/// orientation); the last one's page setup is the document's.
pub fn write(doc: &Document) -> Result<Vec<u8>, DocxError> {
    let mut d = Docx::new().default_fonts(fonts()).default_size(SIZE);
    let last = doc.sections.len().saturating_sub(1);
    for (i, s) in doc.sections.iter().enumerate() {
        let (w, h, orient) = page(s.landscape);
        if i < last {
            let mut sec = DSection::new()
                .page_size(PageSize::new().size(w, h).orient(orient))
                .page_margin(margins())
                .page_orient(orient);
            for c in children(s) {
                sec = match c {
                    Child::Paragraph(p) => sec.add_paragraph(*p),
                    Child::Table(t) => sec.add_table(t),
                };
            }
            d = d.add_section(sec);
        } else {
            d = d.page_size(w, h).page_orient(orient).page_margin(margins());
            for c in children(s) {
                d = match c {
                    Child::Paragraph(p) => d.add_paragraph(*p),
                    Child::Table(t) => d.add_table(t),
                };
            }
        }
    }
    let mut xml = d.build();
    let document = String::from_utf8(xml.document).map_err(|e| DocxError(e.to_string()))?;
    xml.document = document
        .replace(HEADER_MARK, "<w:tblHeader />")
        .replace(
            "<w:jc w:val=\"both\" />",
            "<w:jc w:val=\"thaiDistribute\" />",
        )
        .into_bytes();
    let mut buf = std::io::Cursor::new(Vec::new());
    xml.pack(&mut buf).map_err(|e| DocxError(e.to_string()))?;
    Ok(buf.into_inner())
}
