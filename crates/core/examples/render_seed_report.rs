use ita_core::analysis::{analyze, AnalysisSettings};
use ita_core::document::{docx, xlsx};
use ita_core::draft::{draft_plan, DraftOptions};
use ita_core::framework::for_year;
use ita_core::report::{build, DocKind, ReportOptions};
use ita_core::workbook::{Agency, AgencyKind, YearRecord};
use ita_core::{assess, AssessOptions, Scores};
use std::collections::BTreeMap;
fn seed_004_agency() -> Agency {
    let mut s = Scores::default();
    for (c, v) in [
        ("1", 91.71),
        ("2", 82.96),
        ("3", 88.12),
        ("4", 83.52),
        ("5", 83.62),
        ("6", 89.52),
        ("7", 91.79),
        ("8", 90.50),
        ("9", 88.50),
        ("10", 43.75),
        ("i7", 73.72),
        ("i11", 84.68),
        ("i12", 73.29),
        ("i20", 75.71),
        ("i21", 83.36),
        ("i23", 77.65),
        ("i27", 79.38),
        ("i28", 80.55),
        ("o38", 0.0),
        ("o42", 0.0),
        ("o43", 0.0),
    ] {
        s.insert(c, v);
    }
    let fw = for_year(2565).unwrap();
    let a = assess(fw, 2565, &s, &AssessOptions::default());
    let an = analyze(fw, &a, &AnalysisSettings::default());
    let opts = DraftOptions {
        agency_kind: AgencyKind::Pao,
        agency_name: "องค์การบริหารส่วนจังหวัดอุบลราชธานี".into(),
        ..Default::default()
    };
    let plan = draft_plan(fw, &a, &an, &opts);
    let mut years = BTreeMap::new();
    years.insert(
        2565,
        YearRecord {
            scores: s,
            plan,
            ..Default::default()
        },
    );
    Agency {
        id: "a1".into(),
        name: "องค์การบริหารส่วนจังหวัดอุบลราชธานี".into(),
        kind: AgencyKind::Pao,
        district: "เมืองอุบลราชธานี".into(),
        province: "อุบลราชธานี".into(),
        years,
    }
}
fn main() {
    let agency = seed_004_agency();
    let doc = build(&agency, 2565, &DocKind::ALL, &ReportOptions::default()).unwrap();
    std::fs::write("/tmp/seed004.docx", docx::write(&doc).unwrap()).unwrap();
    std::fs::write("/tmp/seed004.xlsx", xlsx::write(&doc).unwrap()).unwrap();
}
