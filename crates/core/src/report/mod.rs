//! The documents agencies publish, built from the workbook as [`Document`]s: the analysis
//! report (o42 up to 2565, o25 from 2569), the measures plan, the implementation report
//! (o43, o26) and the cover memo. Writers in [`ita_document`] turn them into files.

mod analysis_doc;
pub mod charts;
mod memo_doc;
mod plan_doc;

use serde::{Deserialize, Serialize};

use crate::foundation::error::{ItaError, Problem};
use crate::foundation::number::Digits;
use crate::workbook::Agency;
use crate::writing::draft_measures::DraftDetail;
use ita_document::Document;

pub use analysis_doc::analysis_section;
pub use memo_doc::memo_section;
pub use plan_doc::{implementation_section, plan_section};

/// The error for a year the agency has no scores for.
pub(crate) fn no_scores(year: u16) -> ItaError {
    ItaError::BadWorkbook {
        path: format!("years.{year}"),
        problem: Problem::text(
            format!("ไม่มีคะแนนของปีงบประมาณ {year}"),
            format!("no scores for fiscal year {year}"),
        ),
    }
}

/// The saved plan made from `year`'s results, or — when none is saved yet — a draft from the
/// analysis, so that a document never comes out empty by accident.
pub fn plan_or_draft(
    agency: &Agency,
    year: u16,
    opts: &ReportOptions,
    detail: DraftDetail,
) -> Vec<crate::workbook::measures::Measure> {
    let Some(rec) = agency.years.get(&year) else {
        return Vec::new();
    };
    if !rec.plan.is_empty() {
        return rec.plan.clone();
    }
    let Ok(fw) = crate::framework::for_year(year) else {
        return Vec::new();
    };
    let a = crate::scoring::assess::assess(fw, year, &rec.scores, &rec.options);
    let an = crate::analysis::ranking::analyze(
        fw,
        &a,
        &crate::analysis::ranking::AnalysisSettings::default(),
    );
    let dopts = crate::writing::draft_measures::DraftOptions {
        digits: opts.digits,
        agency_kind: agency.kind,
        agency_name: agency.name.clone(),
        detail,
        ..Default::default()
    };
    crate::writing::draft_measures::draft_plan(fw, &a, &an, &dopts)
}

/// The note at the top of every document scored with a framework the user loaded (not one
/// shipped with the tool), so that no reader takes it for the official rules unawares.
pub fn user_framework_note(
    fw: &crate::framework::Framework,
    year: u16,
    digits: Digits,
) -> ita_document::Block {
    let text = crate::foundation::number::with_digits_keeping(
        &format!(
            "หมายเหตุ: คะแนนปีงบประมาณ พ.ศ. {year} คำนวณตามกรอบการประเมินที่ผู้ใช้โหลดเอง \"{}\" ({}) ไม่ใช่กรอบการประเมินที่มาพร้อมเครื่องมือ",
            fw.file.title_th,
            fw.id()
        ),
        digits,
        &[&fw.file.title_th, fw.id()],
    );
    ita_document::Block::Paragraph(ita_document::Paragraph {
        spans: vec![ita_document::Span::bold(text)],
        align: ita_document::Align::Left,
        first_line_indent: false,
    })
}

/// Which document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocKind {
    Analysis,
    Plan,
    Implementation,
    Memo,
}

impl DocKind {
    pub const ALL: [DocKind; 4] = [
        DocKind::Memo,
        DocKind::Analysis,
        DocKind::Plan,
        DocKind::Implementation,
    ];

    /// Parse `analysis|plan|implementation|memo`.
    pub fn parse(s: &str) -> Option<DocKind> {
        match s {
            "analysis" => Some(DocKind::Analysis),
            "plan" => Some(DocKind::Plan),
            "implementation" => Some(DocKind::Implementation),
            "memo" => Some(DocKind::Memo),
            _ => None,
        }
    }

    pub fn label_th(self) -> &'static str {
        match self {
            DocKind::Analysis => "รายงานการวิเคราะห์ผลการประเมิน",
            DocKind::Plan => "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
            DocKind::Implementation => "รายงานผลการดำเนินการตามมาตรการ",
            DocKind::Memo => "บันทึกข้อความ",
        }
    }
}

/// Options for every document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportOptions {
    /// Thai digits by default (official style).
    pub digits: Digits,
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            digits: Digits::Thai,
        }
    }
}

/// Build the chosen documents for `agency`'s results of `year`, each starting on a new page;
/// a plan not saved yet is drafted concise.
pub fn build(
    agency: &Agency,
    year: u16,
    kinds: &[DocKind],
    opts: &ReportOptions,
) -> Result<Document, ItaError> {
    build_with_draft(agency, year, kinds, opts, DraftDetail::default())
}

/// [`build`], drafting a plan not saved yet in `detail` (concise or full).
pub fn build_with_draft(
    agency: &Agency,
    year: u16,
    kinds: &[DocKind],
    opts: &ReportOptions,
    detail: DraftDetail,
) -> Result<Document, ItaError> {
    if !agency.years.contains_key(&year) {
        return Err(no_scores(year));
    }
    let fw = crate::framework::for_year(year)?;
    let mut sections = Vec::new();
    for kind in kinds {
        sections.push(match kind {
            DocKind::Analysis => analysis_section(agency, year, opts)?,
            DocKind::Plan => plan_section(
                agency,
                year,
                &plan_or_draft(agency, year, opts, detail),
                opts,
            ),
            DocKind::Implementation => implementation_section(agency, year, opts, detail)?,
            DocKind::Memo => memo_section(agency, year, opts),
        });
    }
    if crate::framework::user::is_user(fw) {
        let note = user_framework_note(fw, year, opts.digits);
        for section in &mut sections {
            section.blocks.insert(0, note.clone());
        }
    }
    let title = match kinds {
        [one] => one.label_th().to_string(),
        _ => "เอกสารการประเมิน ITA".to_string(),
    };
    let name = if agency.name.is_empty() {
        String::new()
    } else {
        format!(" {}", agency.name)
    };
    Ok(Document {
        title: crate::foundation::number::with_digits_keeping(
            &format!("{title}{name} {year}"),
            opts.digits,
            &[&agency.name],
        ),
        sections,
    })
}
