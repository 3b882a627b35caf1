//! Cohort analysis on a small cohort computed by hand: ties, missing tools, a published overall
//! that disagrees with its tools, two years, Thai digits, a bad cell and a duplicate line.
//!
//! 2568 (overall = 0.3 IIT + 0.3 EIT + 0.4 OIT):
//! A 100/100/90 → 96 (ผ่านดี; OIT 90 < 95 holds it back from ผ่านดีเยี่ยม)
//! B  90/90/80  → 86 (ผ่าน; OIT 80 < 85 holds it back from ผ่านดี)
//! C  80/90/85  → 85 (ผ่าน; IIT 80)      D 90/80/85 → 85 (ผ่าน; EIT 80) — tied with C
//! E  ITA 70, no tools, indicators 9 = 80, 10 = 60 (ต้องปรับปรุง)
//! F  ITA 60 published, tools give 58 (ต้องปรับปรุงโดยด่วน, a warning)
//! 2567: A 90, B 90, C 80 → changes A +6, C +5, B −4.

use ita_core::cohort::read::from_workbook;
use ita_core::cohort::sample::{workshop, workshop_csv, SAMPLE_PROVINCE};
use ita_core::cohort::summary::published_at_least;
use ita_core::cohort::{read_cohort, score_cohort, summarise, CohortFilter};
use ita_core::foundation::cohort_problem::CohortProblem;
use ita_core::foundation::number::round2;
use ita_core::scoring::assess::{assess, AssessOptions, Warning};
use ita_core::workbook::samples;
use ita_core::{ItaError, Lang, Scores};

const WIDE: &str = "\
agency,type,province,year,ITA,IIT,EIT,OIT,9,10
A,อบต.,จังหวัดหนึ่ง,2568,,100,100,90,,
B,เทศบาล,จังหวัดหนึ่ง,๒๕๖๘,,๙๐,๙๐,๘๐,,
C,อบต.,จังหวัดสอง,2568,,80,90,85,,
D,อบต.,จังหวัดสอง,2568,,90,80,85,,
E,เทศบาล,จังหวัดสอง,2568,70,,,,80,60
F,อบต.,จังหวัดหนึ่ง,2568,60,50,50,70,,
G,อบต.,จังหวัดหนึ่ง,2568,,90,90,abc,,
A,อบต.,จังหวัดหนึ่ง,2567,,90,90,90,,
B,เทศบาล,จังหวัดหนึ่ง,2567,,90,90,90,,
C,อบต.,จังหวัดสอง,2567,,80,80,80,,
A,อบต.,จังหวัดหนึ่ง,2568,,1,1,1,,
";

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn preview_counts_and_names_every_bad_line() {
    let imp = read_cohort(WIDE).unwrap();
    let p = &imp.preview;
    assert_eq!(p.agencies, 6);
    assert_eq!(p.years, vec![2567, 2568]);
    assert_eq!(p.good_rows, 9);
    assert_eq!(p.bad_rows.len(), 2);
    assert_eq!(p.bad_rows[0].line(), Some(8));
    assert!(matches!(&p.bad_rows[0], CohortProblem::Cell { error, .. }
        if matches!(**error, ItaError::NotANumber { .. })));
    assert_eq!(
        p.bad_rows[1],
        CohortProblem::Duplicate {
            line: 12,
            agency: "A".into(),
            year: 2568,
            first_line: 2
        }
    );
    let th = p.bad_messages(Lang::Th);
    assert!(
        th[0].starts_with("บรรทัดที่ 8: OIT: \"abc\" ไม่ใช่ตัวเลข"),
        "{}",
        th[0]
    );
    assert!(th[1].contains("ซ้ำกับบรรทัดที่ 2"), "{}", th[1]);
    let en = p.bad_messages(Lang::En);
    assert!(
        en[0].starts_with("line 8: OIT: \"abc\" is not a number"),
        "{}",
        en[0]
    );
    // Only Thai in Thai mode: no English word besides codes.
    for w in ["line", "not", "number", "repeats"] {
        assert!(!th.join(" ").contains(w), "{th:?}");
    }
}

#[test]
fn every_figure_of_the_hand_computed_year() {
    let sc = score_cohort(read_cohort(WIDE).unwrap().cohort);
    let s = summarise(&sc, 2568, &CohortFilter::default()).unwrap();
    let name = |a: u32| sc.cohort.agencies[a as usize].name.as_str();
    assert_eq!((s.agencies, s.scored), (6, 6));
    assert!(close(s.mean, 482.0 / 6.0));
    assert!(close(s.median, 85.0));
    assert!(close(s.pass_rate, 400.0 / 6.0));
    assert_eq!(round2(s.pass_rate.unwrap()), 66.67);
    let levels: Vec<(&str, usize)> = s
        .levels
        .iter()
        .map(|l| (l.name.as_str(), l.count))
        .collect();
    assert_eq!(
        levels,
        [
            ("ผ่านดีเยี่ยม", 0),
            ("ผ่านดี", 1),
            ("ผ่าน", 3),
            ("ต้องปรับปรุง", 1),
            ("ต้องปรับปรุงโดยด่วน", 1)
        ]
    );
    let ranking: Vec<(&str, usize, f64, f64, &str)> = s
        .ranking
        .iter()
        .map(|r| {
            (
                name(r.agency),
                r.rank,
                round2(r.overall),
                r.percentile,
                s.levels[r.level].name.as_str(),
            )
        })
        .collect();
    assert_eq!(
        ranking,
        [
            ("A", 1, 96.0, 100.0, "ผ่านดี"),
            ("B", 2, 86.0, 80.0, "ผ่าน"),
            ("C", 3, 85.0, 40.0, "ผ่าน"),
            ("D", 3, 85.0, 40.0, "ผ่าน"),
            ("E", 5, 70.0, 20.0, "ต้องปรับปรุง"),
            ("F", 6, 60.0, 0.0, "ต้องปรับปรุงโดยด่วน"),
        ]
    );
    let bins: Vec<(f64, usize)> = s
        .histogram
        .iter()
        .filter(|b| b.count > 0)
        .map(|b| (b.from, b.count))
        .collect();
    assert_eq!(bins, [(60.0, 1), (70.0, 1), (85.0, 3), (95.0, 1)]);
    assert_eq!(s.histogram.len(), 20);
    // Only E has indicators: 10 (60) and 9 (80) are below 85, the lower mean first.
    let weak: Vec<(u8, usize, f64)> = s
        .weak_indicators
        .iter()
        .map(|w| (w.number, w.below, w.mean))
        .collect();
    assert_eq!(weak, [(10, 1, 60.0), (9, 1, 80.0)]);
    let held: Vec<(&str, &str, &str, f64)> = s
        .held_back
        .iter()
        .map(|h| {
            (
                name(h.agency),
                h.level.as_str(),
                h.tool.as_str(),
                round2(h.score),
            )
        })
        .collect();
    assert_eq!(
        held,
        [
            ("A", "ผ่านดีเยี่ยม", "OIT", 90.0),
            ("B", "ผ่านดี", "OIT", 80.0),
            ("C", "ผ่านดี", "IIT", 80.0),
            ("D", "ผ่านดี", "EIT", 80.0),
        ]
    );
    assert_eq!(s.previous_year, Some(2567));
    let rises: Vec<(&str, f64)> = s
        .rises
        .iter()
        .map(|c| (name(c.agency), round2(c.delta)))
        .collect();
    assert_eq!(rises, [("A", 6.0), ("C", 5.0)]);
    let falls: Vec<(&str, f64)> = s
        .falls
        .iter()
        .map(|c| (name(c.agency), round2(c.delta)))
        .collect();
    assert_eq!(falls, [("B", -4.0)]);
    // F's published overall disagrees with its tools: the engine's own warning.
    assert_eq!(s.warnings.len(), 1);
    assert_eq!(name(s.warnings[0].0), "F");
    assert!(matches!(&s.warnings[0].1,
        Warning::Inconsistent { code, given, computed } if code == "ITA" && *given == 60.0 && (computed - 58.0).abs() < 1e-9));
}

#[test]
fn filters_by_province_and_type() {
    let sc = score_cohort(read_cohort(WIDE).unwrap().cohort);
    let one = CohortFilter {
        province: Some("จังหวัดหนึ่ง".into()),
        kind: None,
    };
    let s = summarise(&sc, 2568, &one).unwrap();
    assert_eq!(s.agencies, 3);
    assert!(close(s.mean, (96.0 + 86.0 + 60.0) / 3.0));
    assert!(close(s.median, 86.0));
    assert!(close(s.pass_rate, 200.0 / 3.0));
    assert_eq!(
        s.ranking.iter().map(|r| r.rank).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    assert_eq!(s.ranking[1].percentile, 50.0);
    assert_eq!(s.warnings.len(), 1);
    let sao = CohortFilter {
        province: None,
        kind: Some("อบต.".into()),
    };
    let s = summarise(&sc, 2568, &sao).unwrap();
    assert_eq!(s.agencies, 4);
    assert!(close(s.median, 85.0));
    assert!(s.weak_indicators.is_empty());
    assert_eq!(s.falls.len(), 0);
    let s = summarise(&sc, 2567, &CohortFilter::default()).unwrap();
    assert_eq!((s.agencies, s.previous_year), (3, None));
    assert!(summarise(&sc, 2569, &CohortFilter::default()).is_none());
}

#[test]
fn the_long_format_gives_the_same_figures() {
    let long = "agency,type,province,year,code,score\n\
                C,อบต.,จังหวัดสอง,2568,IIT,80\n\
                C,อบต.,จังหวัดสอง,2568,EIT,90\n\
                C,อบต.,จังหวัดสอง,๒๕๖๘,oit,๘๕\n\
                D,อบต.,จังหวัดสอง,2568,IIT,90\n\
                D,อบต.,จังหวัดสอง,2568,EIT,80\n\
                D,อบต.,จังหวัดสอง,2568,OIT,85\n\
                D,อบต.,จังหวัดสอง,2568,OIT,86\n\
                D,อบต.,จังหวัดสอง,2568,o99,50\n";
    let imp = read_cohort(long).unwrap();
    assert_eq!(imp.preview.good_rows, 6);
    let lines: Vec<Option<usize>> = imp.preview.bad_rows.iter().map(|p| p.line()).collect();
    assert_eq!(lines, [Some(8), Some(9)]);
    let sc = score_cohort(imp.cohort);
    let s = summarise(&sc, 2568, &CohortFilter::default()).unwrap();
    assert_eq!(
        s.ranking
            .iter()
            .map(|r| (r.rank, round2(r.overall)))
            .collect::<Vec<_>>(),
        [(1, 85.0), (1, 85.0)]
    );
    assert_eq!(s.held_back.len(), 2);
}

#[test]
fn unreadable_files_are_errors_in_the_users_language() {
    let e = read_cohort("").unwrap_err();
    assert!(e.message(Lang::Th).contains("ไฟล์ว่าง"));
    let e = read_cohort("name,score\nA,80\n").unwrap_err();
    assert!(
        e.message(Lang::Th).starts_with("บรรทัดที่ 1:"),
        "{}",
        e.message(Lang::Th)
    );
    assert!(e.message(Lang::En).starts_with("line 1:"));
    let e = read_cohort("agency,type,province,year,ITA,note\n").unwrap_err();
    assert!(matches!(
        e,
        ItaError::Cohort(CohortProblem::UnknownHeader { .. })
    ));
    let r = read_cohort(
        "agency,type,province,year,ITA\nA,,,2568,80,1\n,,,2568,80\nB,,,2561,80\nC,,,2568,\n",
    )
    .unwrap();
    let lines: Vec<Option<usize>> = r.preview.bad_rows.iter().map(|p| p.line()).collect();
    assert_eq!(lines, [Some(2), Some(3), Some(4), Some(5)]);
    assert_eq!(r.preview.good_rows, 0);
}

#[test]
fn the_lean_path_agrees_with_the_engine_on_every_sample_row() {
    let imp = workshop().unwrap();
    assert!(imp.preview.bad_rows.is_empty());
    assert_eq!(imp.preview.agencies, 300);
    assert_eq!(imp.preview.years, vec![2567, 2568]);
    let table = imp.cohort.years.clone();
    let sc = score_cohort(imp.cohort);
    for (t, y) in table.iter().zip(&sc.years) {
        assert_eq!(y.lean_rows, t.rows.len(), "the sample takes the lean path");
        for r in 0..t.rows.len() {
            let mut s = Scores::default();
            for (k, &v) in t.row_values(r).iter().enumerate() {
                if !v.is_nan() {
                    s.insert(&t.fw.nodes[t.codes[k]].code, v);
                }
            }
            let a = assess(t.fw, t.year, &s, &AssessOptions::default());
            assert!((a.overall.unwrap() - y.overall[r]).abs() < 1e-9);
            assert_eq!(a.level.as_ref().unwrap().rank, y.level[r] as usize);
            for (k, tool) in t.fw.tools().iter().enumerate() {
                assert!((a.value(&tool.code).unwrap() - y.tools_of(r)[k]).abs() < 1e-9);
            }
        }
    }
}

#[test]
fn the_workshop_sample_is_fictional_and_spread() {
    let csv = workshop_csv();
    assert_eq!(csv, workshop_csv(), "deterministic");
    assert!(csv
        .lines()
        .skip(1)
        .all(|l| l.contains("(สมมุติ)") && l.contains(SAMPLE_PROVINCE)));
    let sc = score_cohort(workshop().unwrap().cohort);
    let s = summarise(&sc, 2568, &CohortFilter::default()).unwrap();
    let pass = s.pass_rate.unwrap();
    assert!((30.0..90.0).contains(&pass), "pass rate {pass}");
    assert!(s.levels.iter().filter(|l| l.count > 0).count() >= 4);
    assert!(!s.held_back.is_empty() && !s.rises.is_empty() && !s.falls.is_empty());
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/cohort-fictional-province-2567-2568.csv"
    );
    if std::env::var_os("ITA_WRITE_SAMPLE").is_some() {
        std::fs::write(file, &csv).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(file).unwrap(),
        csv,
        "regenerate with ITA_WRITE_SAMPLE=1"
    );
}

#[test]
fn a_workbook_with_many_agencies_is_a_cohort() {
    let mut wb = samples::load("sample-municipality").unwrap();
    let other = samples::load("sample-sao-fails").unwrap();
    wb.agencies.extend(other.agencies);
    // The same agency twice under another id stays two agencies.
    let mut twin = wb.agencies[0].clone();
    twin.id = "twin".into();
    wb.agencies.push(twin);
    let n = wb.agencies.len();
    let imp = from_workbook(&wb);
    assert_eq!(imp.preview.agencies, n);
    assert!(imp.cohort.agencies[n - 1].name.ends_with("(twin)"));
    let sc = score_cohort(imp.cohort);
    let year = sc.cohort.latest_year().unwrap();
    let s = summarise(&sc, year, &CohortFilter::default()).unwrap();
    for r in &s.ranking {
        let name = &sc.cohort.agencies[r.agency as usize].name;
        let ag = wb
            .agencies
            .iter()
            .find(|a| name == &a.name || name.ends_with(&format!("({})", a.id)))
            .unwrap();
        let rec = &ag.years[&year];
        let fw = ita_core::framework::for_year(year).unwrap();
        let a = assess(fw, year, &rec.scores, &rec.options);
        assert!((a.overall.unwrap() - r.overall).abs() < 1e-9);
    }
}

#[test]
fn published_comparison_follows_the_display_rule() {
    assert!(published_at_least(84.995, 85.0));
    assert!(!published_at_least(84.994999, 85.0));
    assert!(published_at_least(85.0, 85.0));
    assert!(!published_at_least(80.0, 85.0));
}

#[test]
fn a_name_longer_than_the_limit_is_a_bad_row_not_an_agency() {
    let long = "ก".repeat(501);
    let text = format!(
        "agency,type,province,year,IIT,EIT,OIT\n{long},อบต.,P,2568,90,90,90\nB,อบต.,{long},2568,80,80,80\nC,อบต.,P,2568,85,85,85\n"
    );
    let imp = read_cohort(&text).unwrap();
    let p = &imp.preview;
    assert_eq!(p.agencies, 1, "only C is taken in");
    assert_eq!(p.bad_rows.len(), 2);
    assert_eq!(p.bad_rows[0].line(), Some(2));
    assert_eq!(p.bad_rows[1].line(), Some(3));
    let th = p.bad_messages(Lang::Th);
    assert!(
        th[0].starts_with("บรรทัดที่ 2: ") && th[0].contains("500"),
        "{}",
        th[0]
    );
    assert!(th[1].contains("500"), "{}", th[1]);
}
