//! `ita plan --draft concise|full`: the measures plan the core drafts from the analysis, after
//! the shortest path (the same draft `ita report` puts in the documents).

use ita_core::analysis::ranking::{analyze, AnalysisSettings};
use ita_core::workbook::measures::Measure;
use ita_core::workbook::Agency;
use ita_core::writing::draft_measures::{draft_plan, DraftOptions};
use ita_core::{Assessment, Framework, Lang};

use crate::args::Args;
use crate::report::draft_detail;

/// The draft asked for with `--draft`, or `None` without it.
pub fn drafted(
    args: &Args,
    agency: &Agency,
    fw: &Framework,
    a: &Assessment,
) -> Result<Option<Vec<Measure>>, String> {
    if args.draft.is_none() {
        return Ok(None);
    }
    let opts = DraftOptions {
        lang: args.lang,
        digits: args.digits,
        agency_kind: agency.kind,
        agency_name: agency.name.clone(),
        detail: draft_detail(args.draft.as_deref(), args.lang)?,
        ..DraftOptions::default()
    };
    let an = analyze(fw, a, &AnalysisSettings::default());
    Ok(Some(draft_plan(fw, a, &an, &opts)))
}

/// The draft as text lines: each measure with its issue, steps, owner and period.
pub fn lines(plan: &[Measure], lang: Lang) -> Vec<String> {
    let th = lang == Lang::Th;
    let mut out = vec![
        String::new(),
        (if th {
            "ร่างมาตรการ"
        } else {
            "Draft measures"
        })
        .to_string(),
    ];
    for (k, m) in plan.iter().enumerate() {
        out.push(format!("{}. {}", k + 1, m.measure));
        out.push(format!(
            "   {} {}",
            if th {
                "ประเด็น:"
            } else {
                "Issue:"
            },
            m.issue
        ));
        for s in m.steps.lines() {
            out.push(format!("   {s}"));
        }
        out.push(format!(
            "   {} {} · {}",
            if th {
                "ผู้รับผิดชอบ/ระยะเวลา:"
            } else {
                "Owner/period:"
            },
            m.owner,
            m.period
        ));
    }
    out
}
