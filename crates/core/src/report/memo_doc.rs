//! The cover memo (บันทึกข้อความ) as a document section.

use crate::workbook::memo::{Memo, MemoSubject};
use crate::workbook::Agency;
use ita_document::{Block, Paragraph, Section, Span};

use super::ReportOptions;

fn labelled(label: &str, value: &str) -> Block {
    Block::Paragraph(Paragraph {
        spans: vec![Span::bold(format!("{label} ")), Span::plain(value)],
        align: Default::default(),
        first_line_indent: false,
    })
}

/// The memo for `year`, from the saved fields or the standard draft.
pub fn memo_section(agency: &Agency, year: u16, opts: &ReportOptions) -> Section {
    let memo = agency
        .years
        .get(&year)
        .and_then(|r| r.memo.clone())
        .unwrap_or_else(|| Memo::draft(agency, year, MemoSubject::AnalysisAndPlan, opts.digits));
    // Every field is the user's text (or the draft, already written with the digit setting):
    // printed as it stands, never with its digits changed.
    let d = |s: &str| s.to_string();
    let dots = |s: &str| {
        if s.trim().is_empty() {
            "....................".to_string()
        } else {
            d(s)
        }
    };
    let mut blocks = vec![
        Block::Title {
            text: "บันทึกข้อความ".into(),
        },
        labelled("ส่วนราชการ", &dots(&memo.department)),
        labelled("ที่", &dots(&memo.reference)),
        labelled("วันที่", &dots(&memo.date)),
        labelled("เรื่อง", &dots(&memo.subject)),
        labelled("เรียน", &dots(&memo.to)),
    ];
    for (heading, text) in [
        ("๑. เรื่องเดิม", &memo.background),
        ("๒. ข้อเท็จจริง", &memo.facts),
        ("๓. ข้อพิจารณา", &memo.considerations),
    ] {
        blocks.push(Block::Heading {
            text: heading.into(),
        });
        for para in text.split('\n').filter(|p| !p.trim().is_empty()) {
            blocks.push(Block::Paragraph(Paragraph::text(d(para))));
        }
    }
    blocks.push(Block::Paragraph(Paragraph::text("จึงเรียนมาเพื่อโปรดพิจารณา")));
    for s in &memo.signers {
        let mut lines = Vec::new();
        if !s.opinion.trim().is_empty() {
            lines.push(d(&s.opinion));
        }
        lines.push("ลงชื่อ ........................................".into());
        lines.push(format!(
            "({})",
            if s.name.trim().is_empty() {
                "........................................".to_string()
            } else {
                d(&s.name)
            }
        ));
        if !s.position.trim().is_empty() {
            lines.push(d(&s.position));
        }
        blocks.push(Block::Signature { lines });
    }
    Section {
        name: "บันทึกข้อความ".into(),
        landscape: false,
        blocks,
    }
}
