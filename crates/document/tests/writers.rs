//! The DOCX and XLSX writers, opened as archives: structure, Thai settings and content.

#[path = "common/zip_text.rs"]
mod zip_text;

use zip_text::{entry, unzip};

use ita_document::{csv, docx, html, xlsx, Block, Cell, Document, Paragraph, Section, Span, Table};

fn sample() -> Document {
    let long = "ขั้นตอนที่หนึ่ง ".repeat(80);
    Document {
        title: "รายงานการวิเคราะห์ผลการประเมิน ITA".into(),
        sections: vec![
            Section {
                name: "การวิเคราะห์".into(),
                landscape: false,
                blocks: vec![
                    Block::Title {
                        text: "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส".into(),
                    },
                    Block::Paragraph(Paragraph::centered(vec![Span::bold(
                        "คะแนนภาพรวม ๗๙.๔๓ คะแนน ระดับ B",
                    )])),
                    Block::Table(Table {
                        name: "ตัวชี้วัด".into(),
                        header: vec!["ลำดับ".into(), "ตัวชี้วัด".into(), "คะแนน".into()],
                        widths: vec![1, 6, 2],
                        rows: (1..=40)
                            .map(|i| {
                                vec![
                                    Cell::text(i.to_string()),
                                    Cell::text("การป้องกันการทุจริต"),
                                    Cell::number("๔๓.๗๕", 43.75),
                                ]
                            })
                            .collect(),
                    }),
                ],
            },
            Section {
                name: "มาตรการ".into(),
                landscape: true,
                blocks: vec![
                    Block::Heading {
                        text: "มาตรการส่งเสริมคุณธรรม".into(),
                    },
                    Block::Table(Table {
                        name: "มาตรการ".into(),
                        header: vec!["ประเด็น".into(), "ขั้นตอน".into()],
                        widths: vec![],
                        rows: vec![vec![
                            Cell::text("=HYPERLINK(\"x\")"),
                            Cell::text(format!("{long}\nบรรทัดใหม่ <b>")),
                        ]],
                    }),
                    Block::Signature {
                        lines: vec!["ลงชื่อ ....................".into(), "(นายทดสอบ ระบบ)".into()],
                    },
                ],
            },
        ],
    }
}

#[test]
fn docx_is_a4_thai_16pt_with_repeating_headers() {
    let bytes = docx::write(&sample()).unwrap();
    let mut z = unzip(&bytes);
    let doc = entry(&mut z, "word/document.xml");
    assert!(doc.contains("คะแนนภาพรวม ๗๙.๔๓ คะแนน ระดับ B"));
    assert!(
        doc.contains("w:cs=\"TH Sarabun New\""),
        "complex-script font slot"
    );
    assert!(doc.contains("<w:szCs w:val=\"32\" />"), "16 pt for Thai");
    assert!(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\""), "A4");
    assert_eq!(
        doc.matches("<w:tblHeader />").count(),
        2,
        "both tables repeat their header row"
    );
    assert!(doc.contains("w:val=\"thaiDistribute\"") || !doc.contains("w:val=\"both\""));
    assert_eq!(
        doc.matches("<w:sectPr").count(),
        2,
        "each section is a Word section (a new page)"
    );
    assert!(
        doc.contains("w:orient=\"landscape\""),
        "the wide table's section is landscape"
    );
    assert!(
        doc.contains("บรรทัดใหม่ &lt;b&gt;"),
        "text is escaped, not markup"
    );
    let styles = entry(&mut z, "word/styles.xml");
    assert!(styles.contains("TH Sarabun New"));
}

#[test]
fn xlsx_has_a_sheet_per_table_numbers_as_numbers_and_no_formulas() {
    let bytes = xlsx::write(&sample()).unwrap();
    let mut z = unzip(&bytes);
    let wb = entry(&mut z, "xl/workbook.xml");
    assert!(wb.contains("name=\"ตัวชี้วัด\""));
    assert!(wb.contains("name=\"มาตรการ\""));
    let strings = entry(&mut z, "xl/sharedStrings.xml");
    assert!(strings.contains("การป้องกันการทุจริต"));
    let sheet1 = entry(&mut z, "xl/worksheets/sheet1.xml");
    assert!(sheet1.contains("<v>43.75</v>"), "scores are numbers");
    let sheet2 = entry(&mut z, "xl/worksheets/sheet2.xml");
    assert!(!sheet2.contains("<f>"), "no formula cells");
    let styles = entry(&mut z, "xl/styles.xml");
    assert!(
        styles.contains("quotePrefix=\"1\""),
        "formula-like text is quote-prefixed"
    );
    assert!(styles.contains("TH Sarabun New"));
}

#[test]
fn csv_and_html_escape_user_text() {
    let c = csv::write(&sample());
    assert!(c.starts_with('\u{feff}'));
    assert!(c.contains("'=HYPERLINK"));
    assert!(c.contains("43.75"));
    let h = html::write(&sample(), "");
    assert!(h.contains("&lt;b&gt;"));
    assert!(!h.contains("<b>\n"));
    assert!(h.contains("<thead>"));
    assert!(h.contains("size: A4"));
}
