//! `ita report`: build the published documents and write them in the chosen format.

use ita_core::report::{build, DocKind, ReportOptions};
use ita_document::Format;

use crate::args::Args;
use crate::input::{pick_year, read_agency};

fn kinds(doc: Option<&str>) -> Result<Vec<DocKind>, String> {
    match doc.unwrap_or("all") {
        "all" => Ok(DocKind::ALL.to_vec()),
        other => DocKind::parse(other).map(|k| vec![k]).ok_or_else(|| {
            format!("--doc must be analysis, plan, implementation, memo or all, not \"{other}\"")
        }),
    }
}

pub fn report(args: &Args) -> Result<(), String> {
    let file = args.file.as_deref().unwrap_or_default();
    let out = args.output.as_deref().unwrap_or_default();
    let kinds = kinds(args.doc.as_deref())?;
    let format = args.format.clone().unwrap_or_else(|| {
        out.rsplit_once('.')
            .map(|(_, ext)| ext.to_ascii_lowercase())
            .unwrap_or_else(|| Format::Docx.extension().into())
    });
    let format = Format::from_extension(&format).ok_or_else(|| {
        format!(
            "--format must be one of {}, not \"{format}\"",
            Format::names()
        )
    })?;
    let agency = read_agency(file, args.agency.as_deref(), args.lang, None)?;
    let year = pick_year(&agency, args.year.as_deref(), args.lang)?;
    let opts = ReportOptions {
        digits: args.digits,
        charts: Vec::new(),
    };
    let doc = build(&agency, year, &kinds, &opts).map_err(|e| e.message(args.lang))?;
    let bytes = format.write(&doc).map_err(|e| e.to_string())?;
    std::fs::write(out, bytes).map_err(|e| format!("cannot write {out}: {e}"))?;
    Ok(())
}
