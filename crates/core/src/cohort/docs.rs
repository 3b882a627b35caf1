//! The cohort's documents, as [`Document`]s for the ita-document writers: the coordinator's
//! summary report (figures, levels, distribution, ranking, weak indicators, agencies to follow
//! up) and a one-page sheet per agency (one document, each agency on a new page). Thai, with
//! Thai digits, as official documents are. The summary's charts are the cohort screen's own
//! specs ([`super::charts`]), each followed by its figures as a table.

use ita_document::chart::Chart;
use ita_document::{Block, Cell, Document, Paragraph, Section, Table};

use crate::foundation::number::{format_change, format_score, with_digits, Digits};

use super::charts;
use super::score::ScoredCohort;
use super::summary::{CohortSummary, LevelCount, WeakIndicator};

const D: Digits = Digits::Thai;

fn t(s: String) -> String {
    with_digits(&s, D)
}

fn score(v: f64) -> Cell {
    Cell::number(format_score(v, D), crate::foundation::number::round2(v))
}

fn count(n: usize) -> Cell {
    Cell::number(t(n.to_string()), n as f64)
}

fn opt(v: Option<f64>) -> String {
    v.map(|x| format_score(x, D)).unwrap_or_else(|| "–".into())
}

/// Why an agency needs following up, in the order the coordinator acts on them.
fn follow_up(sc: &ScoredCohort, s: &CohortSummary) -> Vec<Vec<Cell>> {
    let name = |a: u32| t(sc.cohort.agencies[a as usize].name.clone());
    // The level each agency got (the level column shows where it is, not what it missed).
    let mut got = vec![String::new(); sc.cohort.agencies.len()];
    for r in &s.ranking {
        got[r.agency as usize] = s.levels[r.level].name.clone();
    }
    // One row: the agency, its overall score, its level and why it needs following up.
    let row = |agency: u32, overall: f64, level: &str, why: String| {
        vec![
            Cell::text(name(agency)),
            score(overall),
            Cell::text(level.to_string()),
            Cell::text(t(why)),
        ]
    };
    let mut rows = Vec::new();
    for r in s.ranking.iter().filter(|r| !s.levels[r.level].passed) {
        let why = format!("ต่ำกว่าเกณฑ์ผ่าน ({})", format_score(s.pass_mark, D));
        rows.push(row(r.agency, r.overall, &s.levels[r.level].name, why));
    }
    for h in &s.held_back {
        let why = format!(
            "ไม่ถึงระดับ{} เพราะ {} ได้ {}",
            h.level,
            h.tool,
            format_score(h.score, D)
        );
        rows.push(row(h.agency, h.overall, &got[h.agency as usize], why));
    }
    for c in &s.falls {
        if let Some(prev) = s.previous_year {
            let why = format!("คะแนนลดลง {} จากปี {prev}", format_change(c.delta, D));
            rows.push(row(c.agency, c.to, &got[c.agency as usize], why));
        }
    }
    rows
}

/// The coordinator's summary report of one cohort year.
pub fn summary_report(sc: &ScoredCohort, s: &CohortSummary) -> Document {
    let Some(y) = sc.year(s.year) else {
        return Document::default();
    };
    let fw = y.fw;
    let name = |a: u32| t(sc.cohort.agencies[a as usize].name.clone());
    let kind = |a: u32| sc.cohort.agencies[a as usize].kind.clone();
    let title = t(format!(
        "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)\nของหน่วยงาน {} แห่ง ประจำปีงบประมาณ พ.ศ. {}",
        s.agencies, s.year
    ));
    let level_row = |l: &LevelCount| {
        let pct = (s.scored > 0).then(|| 100.0 * l.count as f64 / s.scored as f64);
        vec![
            Cell::text(l.name.clone()),
            count(l.count),
            Cell::text(opt(pct)),
        ]
    };
    let weak_row = |w: &WeakIndicator| {
        vec![
            Cell::text(t(fw.display_name(&w.number.to_string(), crate::Lang::Th))),
            Cell::number(t(format!("{} จาก {}", w.below, w.known)), w.below as f64),
            score(w.mean),
        ]
    };
    let blocks = vec![
        Block::Title { text: title.clone() },
        Block::Paragraph(Paragraph::text(t(format!(
            "หน่วยงานที่มีคะแนนภาพรวม {} แห่ง คะแนนเฉลี่ย {} คะแนน มัธยฐาน {} คะแนน ผ่านเกณฑ์ ({} คะแนนขึ้นไป) ร้อยละ {}",
            s.scored,
            opt(s.mean),
            opt(s.median),
            format_score(s.pass_mark, D),
            opt(s.pass_rate)
        )))),
        Block::Heading { text: "จำนวนหน่วยงานตามระดับผลการประเมิน".into() },
        Block::Chart(Chart {
            spec: charts::level_chart(s, D),
            alt: "กราฟจำนวนหน่วยงานตามระดับผลการประเมิน".into(),
        }),
        Block::Table(Table::new(
            "ระดับ",
            &["ระดับ", "จำนวน", "ร้อยละ"],
            &[3, 1, 1],
            s.levels.iter().map(level_row).collect(),
        )),
        Block::Heading { text: "การกระจายของคะแนนภาพรวม".into() },
        Block::Chart(Chart {
            spec: charts::histogram_chart(
                &charts::histogram_rows(s, D, |from, to| format!("{from} – {to}")),
                D,
            ),
            alt: "กราฟการกระจายของคะแนนภาพรวม (จำนวนหน่วยงานในแต่ละช่วงคะแนน)".into(),
        }),
        Block::Table(Table::new(
            "การกระจาย",
            &["ช่วงคะแนน", "จำนวน"],
            &[2, 1],
            s.histogram
                .iter()
                .rev() // highest first, as in the chart above
                .filter(|b| b.count > 0)
                .map(|b| {
                    let to = if b.to >= 100.0 { "๑๐๐".into() } else { format!("น้อยกว่า {}", b.to) };
                    vec![Cell::text(t(format!("{} – {to}", b.from))), count(b.count)]
                })
                .collect(),
        )),
        Block::Heading { text: "ตัวชี้วัดที่ต่ำกว่าเกณฑ์บ่อยที่สุด".into() },
        Block::Table(Table::new(
            "ตัวชี้วัด",
            &["ตัวชี้วัด", "จำนวนหน่วยงานที่ต่ำกว่าเกณฑ์", "คะแนนเฉลี่ย"],
            &[4, 2, 1],
            s.weak_indicators.iter().map(weak_row).collect(),
        )),
    ];
    // The long lists go on landscape pages, where names and levels fit on one line.
    let mut wide = Vec::new();
    let follow = follow_up(sc, s);
    wide.push(Block::Heading {
        text: "หน่วยงานที่ควรติดตาม".into(),
    });
    if follow.is_empty() {
        wide.push(Block::Paragraph(Paragraph::text("ไม่มี")));
    } else {
        wide.push(Block::Table(Table::new(
            "ติดตาม",
            &["หน่วยงาน", "คะแนนภาพรวม", "ระดับ", "ประเด็น"],
            &[5, 2, 3, 5],
            follow,
        )));
    }
    wide.push(Block::Heading {
        text: "อันดับของหน่วยงาน".into(),
    });
    wide.push(Block::Table(Table::new(
        "อันดับ",
        &[
            "อันดับ",
            "หน่วยงาน",
            "ประเภท",
            "คะแนนภาพรวม",
            "ระดับ",
            "เปอร์เซ็นไทล์",
        ],
        &[2, 8, 5, 3, 4, 3],
        s.ranking
            .iter()
            .map(|r| {
                vec![
                    count(r.rank),
                    Cell::text(name(r.agency)),
                    Cell::text(kind(r.agency)),
                    score(r.overall),
                    Cell::text(s.levels[r.level].name.clone()),
                    score(r.percentile),
                ]
            })
            .collect(),
    )));
    Document {
        title: title.replace('\n', " "),
        sections: vec![
            Section {
                name: "สรุป".into(),
                blocks,
                landscape: false,
            },
            Section {
                name: "อันดับ".into(),
                blocks: wide,
                landscape: true,
            },
        ],
    }
}

/// One page per ranked agency: its figures beside the cohort's, in one document.
pub fn agency_sheets(sc: &ScoredCohort, s: &CohortSummary) -> Document {
    let Some(y) = sc.year(s.year) else {
        return Document::default();
    };
    let fw = y.fw;
    let mut row_of = vec![usize::MAX; sc.cohort.agencies.len()];
    for (r, row) in y.rows.iter().enumerate() {
        row_of[row.agency as usize] = r;
    }
    let sections = s
        .ranking
        .iter()
        .map(|rk| {
            let a = &sc.cohort.agencies[rk.agency as usize];
            let r = row_of[rk.agency as usize];
            let mut blocks = vec![
                Block::Title {
                    text: t(format!(
                        "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. {}\n{}",
                        s.year,
                        a.name
                    )),
                },
                Block::Paragraph(Paragraph::text(t(format!(
                    "{}{} คะแนนภาพรวม {} ระดับ {} อันดับที่ {} จาก {} แห่ง (เปอร์เซ็นไทล์ {}) ค่าเฉลี่ยของกลุ่ม {}",
                    a.kind,
                    if a.province.is_empty() { String::new() } else { format!(" {}", a.province) },
                    format_score(rk.overall, D),
                    s.levels[rk.level].name,
                    rk.rank,
                    s.scored,
                    format_score(rk.percentile, D),
                    opt(s.mean)
                )))),
            ];
            let tools = y.tools_of(r);
            let mut rows: Vec<Vec<Cell>> = fw
                .tools()
                .iter()
                .zip(tools)
                .map(|(tool, &v)| {
                    vec![Cell::text(tool.code.clone()), Cell::text(opt((!v.is_nan()).then_some(v))), Cell::text(String::new()), Cell::text(String::new())]
                })
                .collect();
            for ((ind, &v), mean) in fw
                .indicators()
                .iter()
                .zip(y.indicators_of(r))
                .zip(&s.indicator_means)
            {
                let known = (!v.is_nan()).then_some(v);
                let status = match known {
                    Some(v) if super::summary::published_at_least(v, s.pass_mark) => "ผ่าน",
                    Some(_) => "ไม่ผ่าน",
                    None => "",
                };
                rows.push(vec![
                    Cell::text(t(format!("{}. {}", ind.number, ind.name_th))),
                    Cell::text(opt(known)),
                    Cell::text(opt(*mean)),
                    Cell::text(status),
                ]);
            }
            blocks.push(Block::Table(Table::new(
                "คะแนน",
                &["ตัวชี้วัด", "คะแนน", "เฉลี่ยกลุ่ม", "เกณฑ์"],
                &[7, 3, 3, 2],
                rows,
            )));
            if let Some(h) = s.held_back.iter().find(|h| h.agency == rk.agency) {
                blocks.push(Block::Paragraph(Paragraph::text(t(format!(
                    "คะแนนภาพรวมถึงระดับ{} แต่ {} ได้ {} ต่ำกว่าเกณฑ์ของระดับนั้น — ยกระดับเครื่องมือนี้เครื่องมือเดียวก็จะได้ระดับที่สูงขึ้น",
                    h.level, h.tool, format_score(h.score, D)
                )))));
            }
            Section { name: a.name.clone(), blocks, landscape: false }
        })
        .collect();
    Document {
        title: t(format!(
            "ผลการประเมิน ITA รายหน่วยงาน ปีงบประมาณ พ.ศ. {}",
            s.year
        )),
        sections,
    }
}
