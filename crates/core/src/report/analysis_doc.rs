//! The analysis report (o42 up to 2565, o25 from 2569), in the layout of seed 004: the overall
//! score and rating, the tool table and chart, the ranked indicator table and chart, the urgent
//! weaknesses and the points to develop with their question tables and development guidelines.

use crate::analysis::ranking::{analyze, questions_of, AnalysisSettings, Finding};
use crate::foundation::error::ItaError;
use crate::foundation::number::{format_score, with_digits, with_digits_keeping, Digits};
use crate::foundation::Lang;
use crate::framework::{for_year, Framework};
use crate::scoring::assess::{assess, Assessment};
use crate::workbook::Agency;
use crate::writing::narrative::Narrator;
use ita_document::{Block, Cell, Paragraph, Section, Span, Table};

use super::charts::{indicator_figure, tool_figure};
use super::{no_scores, ReportOptions};

fn score_cell(v: f64, digits: Digits) -> Cell {
    Cell::number(
        format_score(v, digits),
        crate::foundation::number::round2(v),
    )
}

fn question_table(
    fw: &Framework,
    rows: &[Finding],
    digits: Digits,
    guideline: impl Fn(&str) -> String,
) -> Table {
    Table {
        name: "ข้อคำถาม".into(),
        header: ["ข้อ", "ข้อคำถาม", "คะแนน", "แนวทาง\u{200B}การพัฒนา"]
            .map(String::from)
            .to_vec(),
        widths: vec![2, 7, 3, 7],
        rows: rows
            .iter()
            .map(|f| {
                let q = fw.question(&f.code);
                vec![
                    Cell::text(with_digits(&f.code, digits)),
                    Cell::text(with_digits(
                        q.map(|q| q.title_th.as_str()).unwrap_or(""),
                        digits,
                    )),
                    score_cell(f.value, digits),
                    Cell::text(with_digits(&guideline(&f.code), digits)),
                ]
            })
            .collect(),
    }
}

/// The analysis report's section.
pub fn analysis_section(
    agency: &Agency,
    year: u16,
    opts: &ReportOptions,
) -> Result<Section, ItaError> {
    let fw = for_year(year)?;
    let rec = agency.years.get(&year).ok_or_else(|| no_scores(year))?;
    let a: Assessment = assess(fw, year, &rec.scores, &rec.options);
    let an = analyze(fw, &a, &AnalysisSettings::default());
    let dg = opts.digits;
    let name = if agency.name.trim().is_empty() {
        "หน่วยงาน".to_string()
    } else {
        agency.name.clone()
    };
    let user_text = [
        name.as_str(),
        agency.district.trim(),
        agency.province.trim(),
    ];
    let d = |s: String| with_digits_keeping(&s, dg, &user_text);
    let place = [
        (!agency.district.trim().is_empty()).then(|| format!("อำเภอ{}", agency.district.trim())),
        (!agency.province.trim().is_empty()).then(|| format!("จังหวัด{}", agency.province.trim())),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let narrative = Narrator::new(fw, year, &a, &an, dg);

    let mut blocks = vec![Block::Title {
        text: d(format!(
            "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส\nในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. {year}\n{name}{}",
            if place.is_empty() { String::new() } else { format!("\n{place}") }
        )),
    }];
    blocks.push(Block::Paragraph(Paragraph::centered(vec![Span::bold(
        narrative.overall(&name),
    )])));

    // The tool table.
    blocks.push(Block::Heading {
        text: "ผลการประเมินรายเครื่องมือ".into(),
    });
    let mut tool_rows: Vec<Vec<Cell>> = fw
        .tools()
        .iter()
        .map(|t| {
            vec![
                Cell::text(format!("{} {}", t.code, t.name_th)),
                Cell::text(d(format!("ร้อยละ {}", (t.weight * 100.0).round()))),
                a.value(&t.code)
                    .map(|v| score_cell(v, dg))
                    .unwrap_or_else(|| Cell::text("–")),
            ]
        })
        .collect();
    // The overall and its level close the table, so that spreadsheets carry them too.
    if let Some(o) = a.overall {
        let level = a.level.as_ref().map(|l| l.name.clone()).unwrap_or_default();
        let mut total = vec![
            Cell::text(format!("คะแนนภาพรวม (ITA) ระดับ {level}")),
            Cell::text(d("ร้อยละ 100".to_string())),
            score_cell(o, dg),
        ];
        for c in &mut total {
            c.bold = true;
        }
        tool_rows.push(total);
    }
    blocks.push(Block::Table(Table {
        name: "เครื่องมือ".into(),
        header: ["เครื่องมือ\u{200B}การประเมิน", "น้ำหนัก", "คะแนน"]
            .map(String::from)
            .to_vec(),
        widths: vec![7, 3, 3],
        rows: tool_rows,
    }));
    if let Some(chart) = tool_figure(fw, &a, Lang::Th, dg) {
        blocks.push(Block::Chart(chart));
    }

    // The ranked indicator table (seed 004's layout).
    blocks.push(Block::Heading {
        text: "การวิเคราะห์ผลการประเมินจำแนกตามตัวชี้วัด".into(),
    });
    let ind_rows = an
        .ranked
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let i = fw.indicator(r.number);
            vec![
                Cell::text(d((k + 1).to_string())),
                Cell::text(r.tool.clone()),
                Cell::text(d(format!(
                    "{} {}",
                    r.number,
                    i.map(|i| i.name_th.as_str()).unwrap_or("")
                ))),
                score_cell(r.value, dg),
                Cell::text(if r.passed {
                    "ผ่านเกณฑ์"
                } else {
                    "ไม่ผ่านเกณฑ์"
                }),
            ]
        })
        .collect();
    blocks.push(Block::Table(Table {
        name: "ตัวชี้วัด".into(),
        header: ["ลำดับ", "เครื่องมือ", "ตัวชี้วัด", "คะแนน", "ผลการ\u{200B}ประเมิน"]
            .map(String::from)
            .to_vec(),
        widths: vec![2, 2, 7, 3, 3],
        rows: ind_rows,
    }));
    if let Some(chart) = indicator_figure(fw, &an, Lang::Th, dg) {
        blocks.push(Block::Chart(chart));
    }

    let sections = Sections {
        fw,
        narrative: &narrative,
        digits: dg,
    };
    // 1. Urgent weaknesses, with the questions below the pass mark.
    sections.push(
        &mut blocks,
        "๑. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน",
        narrative.weaknesses_intro(),
        &an.weaknesses,
        |n| {
            questions_of(fw, &a, n, an.pass_mark)
                .into_iter()
                .filter(|f| !f.passed)
                .collect()
        },
    );
    if an.weaknesses.is_empty() {
        blocks.push(Block::Paragraph(Paragraph::text(narrative.no_weaknesses())));
    }

    // 2. Points to develop, with all their questions.
    sections.push(
        &mut blocks,
        "๒. ประเด็นที่ต้องพัฒนาให้ดีขึ้น",
        narrative.strengths_intro(),
        &an.strengths,
        |n| questions_of(fw, &a, n, an.pass_mark),
    );

    // 3. Year over year, with the year the screens compare with: the latest earlier one
    // with scores (a year the agency skipped is passed over).
    if let Some((py, prev)) = agency.previous_scored(year) {
        if let Ok(pfw) = for_year(py) {
            let pa = assess(pfw, py, &prev.scores, &prev.options);
            let lines = narrative.year_over_year(pfw, &pa);
            if !lines.is_empty() {
                blocks.push(Block::Heading {
                    text: d(format!("๓. เปรียบเทียบกับผลการประเมินปี {py}")),
                });
                for l in lines {
                    blocks.push(Block::Paragraph(Paragraph::text(l)));
                }
            }
        }
    }
    Ok(Section {
        name: "การวิเคราะห์".into(),
        landscape: false,
        blocks,
    })
}

/// What a section of indicators needs: the framework, the narrator, the digit setting.
struct Sections<'a> {
    fw: &'a Framework,
    narrative: &'a Narrator<'a>,
    digits: Digits,
}

impl Sections<'_> {
    /// A section's heading and introduction, then each of its `indicators` (numbered from 1)
    /// with its paragraphs and, when `questions` gives any, the table of them.
    fn push(
        &self,
        blocks: &mut Vec<Block>,
        heading: &str,
        intro: String,
        indicators: &[u8],
        questions: impl Fn(u8) -> Vec<Finding>,
    ) {
        let narrative = self.narrative;
        blocks.push(Block::Heading {
            text: heading.into(),
        });
        blocks.push(Block::Paragraph(Paragraph::text(intro)));
        for (k, &n) in indicators.iter().enumerate() {
            blocks.push(Block::Heading {
                text: narrative.indicator_heading(k + 1, n),
            });
            for p in narrative.indicator_paragraphs(n) {
                blocks.push(Block::Paragraph(Paragraph::text(p)));
            }
            let rows = questions(n);
            if !rows.is_empty() {
                blocks.push(Block::Table(question_table(
                    self.fw,
                    &rows,
                    self.digits,
                    |c| narrative.guideline(c),
                )));
            }
        }
    }
}
