//! The measures plan and the implementation report: tables of the plan's measures.

use crate::foundation::error::ItaError;
use crate::foundation::number::with_digits_keeping;
use crate::framework::for_year;
use crate::scoring::assess::assess;
use crate::workbook::measures::Measure;
use crate::workbook::Agency;
use crate::writing::followup::{fill, report_intro, FollowUp, FollowUpField, FollowUpOptions};
use ita_document::{Block, Cell, Paragraph, Section, Table};

use super::ReportOptions;

fn agency_name(agency: &Agency) -> String {
    if agency.name.trim().is_empty() {
        "หน่วยงาน".into()
    } else {
        agency.name.clone()
    }
}

/// มาตรการส่งเสริมคุณธรรมและความโปร่งใส for the fiscal year after `year`.
pub fn plan_section(agency: &Agency, year: u16, plan: &[Measure], opts: &ReportOptions) -> Section {
    let name = agency_name(agency);
    // The tool's sentences get the digit setting; the measures are the user's text, as typed.
    let d = |s: String| with_digits_keeping(&s, opts.digits, &[&name]);
    let next = year + 1;
    let rows = plan
        .iter()
        .map(|m| {
            vec![
                Cell::text(m.issue.clone()),
                Cell::text(m.measure.clone()),
                Cell::text(m.steps.clone()),
                Cell::text(m.owner.clone()),
                Cell::text(m.period.clone()),
                Cell::text(m.monitoring.clone()),
            ]
        })
        .collect();
    let mut blocks = vec![
        Block::Title { text: d(format!("มาตรการส่งเสริมคุณธรรมและความโปร่งใสของ{name}\nประจำปีงบประมาณ พ.ศ. {next}")) },
        Block::Paragraph(Paragraph::text(d(format!(
            "จากการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. {year} {name} ได้กำหนดมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {next} ดังนี้"
        )))),
        Block::Table(Table {
            name: "มาตรการ".into(),
            header: ["ประเด็น", "มาตรการ/โครงการ", "ขั้นตอน/วิธีการ", "ผู้รับผิดชอบ", "ระยะเวลา", "การกำกับ\u{200B}ติดตาม\u{200B}และรายงานผล"]
                .map(String::from)
                .to_vec(),
            widths: vec![3, 3, 7, 2, 2, 3],
            rows,
        }),
    ];
    if plan.is_empty() {
        blocks.push(Block::Paragraph(Paragraph::text(
            "(ยังไม่มีมาตรการ — สร้างร่างมาตรการจากผลการวิเคราะห์ในหน้ามาตรการ)",
        )));
    }
    Section {
        name: "มาตรการ".into(),
        landscape: true,
        blocks,
    }
}

/// รายงานผลการดำเนินการตามมาตรการ: the plan made from `year`'s results, with its follow-up.
pub fn implementation_section(
    agency: &Agency,
    year: u16,
    opts: &ReportOptions,
    detail: crate::writing::draft_measures::DraftDetail,
) -> Result<Section, ItaError> {
    let name = agency_name(agency);
    let d = |s: String| with_digits_keeping(&s, opts.digits, &[&name]);
    let next = year + 1;
    let mut plan = super::plan_or_draft(agency, year, opts, detail);
    let fopts = FollowUpOptions {
        digits: opts.digits,
        ..Default::default()
    };
    // Outcomes the user left empty come from the linked indicators' change, once the next
    // year's scores are in the workbook.
    if let (Some(prev), Some(next_rec)) = (agency.years.get(&year), agency.years.get(&next)) {
        if let (Ok(pfw), Ok(nfw)) = (for_year(year), for_year(next)) {
            let pa = assess(pfw, year, &prev.scores, &prev.options);
            let na = assess(nfw, next, &next_rec.scores, &next_rec.options);
            let years = FollowUp::new(nfw, &pa, &na, &fopts);
            fill(FollowUpField::Outcome, &mut plan, &years);
        }
    }
    let rows = plan
        .iter()
        .map(|m| {
            let done = if m.done.trim().is_empty() {
                m.status.label(crate::Lang::Th).to_string()
            } else {
                m.done.clone()
            };
            vec![
                Cell::text(m.measure.clone()),
                Cell::text(m.steps.clone()),
                Cell::text(m.owner.clone()),
                Cell::text(m.period.clone()),
                Cell::text(done),
                Cell::text(m.outcome.clone()),
                Cell::text(m.suggestions.clone()),
            ]
        })
        .collect();
    Ok(Section {
        name: "ผลการดำเนินการ".into(),
        landscape: true,
        blocks: vec![
            Block::Title { text: d(format!("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n{name} ประจำปีงบประมาณ พ.ศ. {next}")) },
            Block::Paragraph(Paragraph::text(report_intro(&name, year, &plan, &fopts))),
            Block::Table(Table {
                name: "ผลการดำเนินการ".into(),
                header: ["มาตรการ", "วิธีการ\u{200B}ดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการ\u{200B}ดำเนินการ", "ผลลัพธ์", "ข้อเสนอแนะ"].map(String::from).to_vec(),
                widths: vec![3, 6, 2, 2, 3, 3, 2],
                rows,
            }),
        ],
    })
}
