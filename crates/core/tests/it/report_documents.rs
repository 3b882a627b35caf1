//! The published documents built from a workbook (seed 004 and seed 000), written as DOCX and
//! XLSX and opened as archives: structure and Thai content.

use crate::seeds;
use crate::zip_text::unzip_text;

use std::collections::BTreeMap;

use crate::seeds::assess_default;
use ita_core::analysis::ranking::{analyze, AnalysisSettings};
use ita_core::framework::for_year;
use ita_core::report::{build, DocKind, ReportOptions};
use ita_core::workbook::{Agency, AgencyKind, YearRecord};
use ita_core::writing::draft_measures::{draft_plan, DraftOptions};
use ita_document::chart::Chart;
use ita_document::{docx, xlsx, Block, Document};

/// The documents `kinds` of `agency` for `year`, with the default options.
fn document(agency: &Agency, year: u16, kinds: &[DocKind]) -> Document {
    build(agency, year, kinds, &ReportOptions::default()).unwrap()
}

/// The plain text of one document of `agency` for `year`, with the default options.
fn plain_text(agency: &Agency, year: u16, kind: DocKind) -> String {
    document(agency, year, &[kind]).plain_text()
}

/// The charts of a document's first section, in order.
fn charts(doc: &Document) -> Vec<&Chart> {
    doc.sections[0]
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Chart(c) => Some(c),
            _ => None,
        })
        .collect()
}

fn seed_004_agency() -> Agency {
    let s = seeds::seed_004_scores();
    let fw = for_year(2565).unwrap();
    let a = assess_default(fw, 2565, &s);
    let an = analyze(fw, &a, &AnalysisSettings::default());
    let opts = DraftOptions {
        agency_kind: AgencyKind::Pao,
        agency_name: "องค์การบริหารส่วนจังหวัดอุบลราชธานี".into(),
        ..Default::default()
    };
    let plan = draft_plan(fw, &a, &an, &opts);
    seeds::ubon_pao_2565(s, plan)
}

#[test]
fn seed_004_analysis_report_has_the_score_level_indicators_and_plan() {
    let agency = seed_004_agency();
    let doc = document(&agency, 2565, &DocKind::ALL);
    assert_eq!(doc.sections.len(), 4);
    let text = doc.plain_text();
    assert!(text.contains("๗๙.๔๓"), "overall in Thai digits");
    assert!(
        text.contains("ระดับผลการประเมิน B") || text.contains("ระดับ B"),
        "the level"
    );
    for name in [
        "การปฏิบัติหน้าที่",
        "การใช้งบประมาณ",
        "การป้องกันการทุจริต",
        "ประสิทธิภาพการสื่อสาร",
    ] {
        assert!(text.contains(name), "{name}");
    }
    assert!(text.contains("ไม่ผ่านเกณฑ์") && text.contains("ผ่านเกณฑ์"));
    assert!(
        text.contains("ตุลาคม ๒๕๖๕ – กันยายน ๒๕๖๖"),
        "the plan's period is FY 2566"
    );
    assert!(text.contains("บันทึกข้อความ"));

    let bytes = docx::write(&doc).unwrap();
    let xml = unzip_text(&bytes, "word/document.xml");
    assert!(xml.contains("๗๙.๔๓"));
    assert!(xml.contains("การป้องกันการทุจริต"));
    assert!(xml.contains("มาตรการ/โครงการ"), "the plan table header");
    assert!(xml.contains("<w:tblHeader />"));
    let plan_rows = agency.years[&2565].plan.len();
    assert!(plan_rows >= 4, "one measure per weakness at least");

    let bytes = xlsx::write(&doc).unwrap();
    let wb = unzip_text(&bytes, "xl/workbook.xml");
    assert!(wb.contains("ตัวชี้วัด") && wb.contains("มาตรการ"), "{wb}");
    let strings = unzip_text(&bytes, "xl/sharedStrings.xml");
    assert!(strings.contains("การใช้งบประมาณ"));
    assert!(strings.contains(
        &agency.years[&2565].plan[0]
            .measure
            .replace('&', "&amp;")
            .replace('"', "&quot;")[..30]
    ));
}

#[test]
fn seed_000_report_uses_the_2568_rules() {
    let s = seeds::seed_000_scores();
    let mut years = BTreeMap::new();
    years.insert(
        2568,
        YearRecord {
            scores: s,
            ..Default::default()
        },
    );
    let agency = Agency {
        id: "a".into(),
        name: "เทศบาลตำบลหนองปล่อง".into(),
        kind: AgencyKind::Municipality,
        years,
        ..Default::default()
    };
    let text = plain_text(&agency, 2568, DocKind::Analysis);
    assert!(text.contains("๙๔.๖๒"), "{text}");
    assert!(text.contains("ผ่านดี"));
    assert!(text.contains("๘๓.๗๕"));
}

#[test]
fn long_measures_still_lay_out() {
    let mut agency = seed_004_agency();
    let long = "จัดทำคู่มือและเผยแพร่ให้บุคลากรทราบ ".repeat(60);
    for m in &mut agency.years.get_mut(&2565).unwrap().plan {
        m.steps = format!("{long}\n{long}\n{long}");
    }
    let doc = document(&agency, 2565, &[DocKind::Plan, DocKind::Implementation]);
    let bytes = docx::write(&doc).unwrap();
    assert!(unzip_text(&bytes, "word/document.xml").contains("จัดทำคู่มือ"));
    assert!(xlsx::write(&doc).is_ok());
}

#[test]
fn a_year_without_scores_is_an_error_not_a_panic() {
    let agency = seed_004_agency();
    assert!(build(
        &agency,
        2568,
        &[DocKind::Analysis],
        &ReportOptions::default()
    )
    .is_err());
}

/// A year after seed 004's 2565 with every indicator scored (indicator 10: 43.75 → 80.00).
fn a_later_year() -> YearRecord {
    YearRecord {
        scores: crate::seeds::scores(&[
            ("1", 93.0),
            ("2", 88.4),
            ("3", 90.0),
            ("4", 86.0),
            ("5", 87.0),
            ("6", 91.0),
            ("7", 92.0),
            ("8", 91.0),
            ("9", 90.0),
            ("10", 80.0),
        ]),
        ..Default::default()
    }
}

#[test]
fn implementation_report_fills_outcomes_from_next_years_scores() {
    let mut agency = seed_004_agency();
    agency.years.insert(2566, a_later_year());
    let written = "เขียนเองโดยผู้ใช้";
    agency.years.get_mut(&2565).unwrap().plan[1].outcome = written.into();
    let text = plain_text(&agency, 2565, DocKind::Implementation);
    assert!(text.contains(written), "the user's outcome is kept");
    assert!(
        text.contains("๔๓.๗๕") && text.contains("๘๐.๐๐"),
        "indicator 10's change is the outcome: {text}"
    );
    assert!(text.contains("๒๕๖๖"));
}

/// The analysis compares with the year the screens compare with (`Agency::previous_scored`):
/// the latest earlier year with scores, passing over a year the agency has no scores for.
#[test]
fn the_analysis_compares_with_the_latest_earlier_year_with_scores() {
    let mut agency = seed_004_agency();
    agency.years.insert(2566, YearRecord::default());
    agency.years.insert(2567, a_later_year());
    let text = plain_text(&agency, 2567, DocKind::Analysis);
    assert!(text.contains("เปรียบเทียบกับผลการประเมินปี ๒๕๖๕"), "{text}");
    assert!(
        text.contains("๔๓.๗๕") && text.contains("๘๐.๐๐"),
        "indicator 10's change from 2565: {text}"
    );
    // With no earlier year scored, there is no comparison.
    let text = plain_text(&agency, 2565, DocKind::Analysis);
    assert!(!text.contains("เปรียบเทียบกับผลการประเมินปี"), "{text}");
}

#[test]
fn the_tool_table_ends_with_the_overall_and_level_for_spreadsheets() {
    let agency = seed_004_agency();
    let doc = document(&agency, 2565, &[DocKind::Analysis]);
    let tools = doc.tables().find(|t| t.name == "เครื่องมือ").unwrap();
    let last = tools.rows.last().unwrap();
    assert!(last[0].text.contains("ITA") && last[0].text.contains("B"));
    assert_eq!(last[2].number, Some(79.43));
}

/// Thai digits are for the numbers the tool writes; the user's own text (names, measures, memo
/// fields) keeps "ISO 9001", reference and phone numbers exactly as typed.
#[test]
fn thai_digit_documents_keep_the_digits_of_the_users_own_text() {
    use ita_core::workbook::measures::Measure;
    use ita_core::workbook::memo::Memo;
    let mut agency = seed_004_agency();
    agency.name = "ศูนย์บริการ ISO 9001 เขต 12".into();
    agency.district = "หมู่ 5".into();
    let rec = agency.years.get_mut(&2565).unwrap();
    rec.plan = vec![Measure {
        issue: "ข้อ o38 ต่ำ".into(),
        measure: "ปรับปรุงตามมาตรฐาน ISO 9001".into(),
        steps: "โทร 02-123-4567 ภายใน 30 วัน".into(),
        owner: "กอง 2".into(),
        period: "ต.ค. 2565".into(),
        monitoring: "รายงานทุก 3 เดือน".into(),
        ..Default::default()
    }];
    rec.memo = Some(Memo {
        reference: "อบ 0023/2569".into(),
        date: "28 เมษายน 2569".into(),
        facts: "ตามหนังสือที่ 0808.2/ว 123".into(),
        ..Default::default()
    });
    let doc = document(&agency, 2565, &DocKind::ALL);
    let xml = unzip_text(&docx::write(&doc).unwrap(), "word/document.xml");
    for typed in [
        "ศูนย์บริการ ISO 9001 เขต 12",
        "อำเภอหมู่ 5",
        "ปรับปรุงตามมาตรฐาน ISO 9001",
        "โทร 02-123-4567 ภายใน 30 วัน",
        "กอง 2",
        "รายงานทุก 3 เดือน",
        "อบ 0023/2569",
        "28 เมษายน 2569",
        "ตามหนังสือที่ 0808.2/ว 123",
    ] {
        assert!(xml.contains(typed), "{typed} lost its digits");
    }
    assert!(!xml.contains("๙๐๐๑"), "no user digit turned Thai");
    // The tool's own numbers still follow the setting.
    assert!(xml.contains("๗๙.๔๓"));
    assert!(xml.contains("พ.ศ. ๒๕๖๖"));
}

#[test]
fn the_analysis_report_holds_the_indicator_and_tool_charts() {
    use ita_document::chart::BarStyle;
    let agency = seed_004_agency();
    let doc = document(&agency, 2565, &[DocKind::Analysis]);
    let charts = charts(&doc);
    assert_eq!(charts.len(), 2, "the tool chart and the indicator chart");
    let (tools, indicators) = (charts[0], charts[1]);
    assert_eq!(indicators.alt, "กราฟคะแนนรายตัวชี้วัด");
    let fw = for_year(2565).unwrap();
    // The pass line at the framework's pass mark, in the document's digits.
    let (mark, label) = indicators.spec.pass_line.clone().unwrap();
    assert_eq!(mark, fw.pass_mark());
    assert_eq!(label, "เกณฑ์ ๘๕.๐๐");
    assert_eq!(indicators.spec.rows.len(), fw.indicators().len());
    let first = &indicators.spec.rows[0].bars[0];
    assert_eq!(first.style == BarStyle::Pass, first.value.unwrap() >= 85.0);
    assert!(first.text.ends_with("ผ่านเกณฑ์"), "{}", first.text);
    // Each tool with its weight and weighted points.
    assert_eq!(tools.alt, "กราฟคะแนนรายเครื่องมือ");
    assert_eq!(tools.spec.rows.len(), fw.tools().len());
    assert!(tools.spec.pass_line.is_none());
    let iit = &tools.spec.rows[0];
    assert!(
        iit.label.starts_with("IIT (") && iit.label.ends_with("%)"),
        "{}",
        iit.label
    );
    assert!(iit.bars[0].text.contains(" × ") && iit.bars[0].text.contains(" = "));
    // A DOCX of it embeds both as pictures.
    let bytes = docx::write(&doc).unwrap();
    let media = bytes.windows(11).filter(|w| w == b"word/media/").count();
    assert!(media >= 2, "{media}");
}

#[test]
fn a_printed_indicator_chart_leaves_out_indicators_without_a_score() {
    // Seed 000 has tool scores and indicators 9 and 10 only.
    let mut years = BTreeMap::new();
    years.insert(
        2568,
        YearRecord {
            scores: seeds::seed_000_scores(),
            ..Default::default()
        },
    );
    let agency = Agency {
        id: "a".into(),
        years,
        ..Default::default()
    };
    let doc = document(&agency, 2568, &[DocKind::Analysis]);
    let rows: Vec<Vec<String>> = charts(&doc)
        .iter()
        .map(|c| c.spec.rows.iter().map(|r| r.label.clone()).collect())
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[1].len(), 2, "{:?}", rows[1]);
    assert!(
        rows[1][0].contains('๙') && rows[1][1].contains("๑๐"),
        "{:?}",
        rows[1]
    );
}
