//! How long one edit takes in the core: everything the app recomputes when a score changes
//! (assess → analyse → gains → year over year), plus the planner and the document builders.
//! Run: `cargo bench -p ita-core --bench edit_cycle` (a plain timing loop, no harness; the
//! figures are for the README, never asserted in a test).

use std::hint::black_box;
use std::time::Instant;

use ita_core::analysis::ranking::{analyze, AnalysisSettings};
use ita_core::analysis::year_over_year::change_from_previous;
use ita_core::assess;
use ita_core::framework::for_year;
use ita_core::planner::{plan, PlanOptions, Target};
use ita_core::report::{build, DocKind, ReportOptions};
use ita_core::scoring::whatif::gains;
use ita_core::workbook::samples;

fn time(label: &str, runs: u32, mut f: impl FnMut()) {
    f(); // warm-up
    let start = Instant::now();
    for _ in 0..runs {
        f();
    }
    let per = start.elapsed().as_secs_f64() * 1e6 / runs as f64;
    println!("{label:<48} {per:>10.1} µs");
}

fn main() {
    // A two-year workbook with question-level scores (the heaviest case the app sees).
    let wb = samples::load("sample-municipality").expect("bundled sample");
    let agency = &wb.agencies[0];
    let year = 2568;
    let fw = for_year(year).expect("framework");
    let rec = &agency.years[&year];
    println!("ita-core edit cycle (sample-municipality, {year}, question level)");
    time("assess (every level, rating, warnings)", 2000, || {
        black_box(assess(fw, year, &rec.scores, &rec.options));
    });
    let a = assess(fw, year, &rec.scores, &rec.options);
    time("analyse (ranking, weaknesses, findings)", 2000, || {
        black_box(analyze(fw, &a, &AnalysisSettings::default()));
    });
    time("gains (every code raised to 100)", 2000, || {
        black_box(gains(fw, &a));
    });
    time("year over year (2567 → 2568)", 500, || {
        black_box(change_from_previous(agency, year));
    });
    time("one whole edit (the four above)", 500, || {
        let a = assess(fw, year, &rec.scores, &rec.options);
        black_box(analyze(fw, &a, &AnalysisSettings::default()));
        black_box(gains(fw, &a));
        black_box(change_from_previous(agency, year));
    });
    for target in ["pass", "ผ่านดี", "95"] {
        let t = Target::parse(target).expect("target");
        time(&format!("planner, target {target}"), 200, || {
            black_box(plan(fw, &a, &t, &PlanOptions::default()).ok());
        });
    }
    time("all four documents (model, not the file)", 50, || {
        black_box(build(agency, year, &DocKind::ALL, &ReportOptions::default()).ok());
    });
}
