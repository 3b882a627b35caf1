//! `ita report`: build the published documents and write them in the chosen format.

use ita_core::report::{build_with_draft, DocKind, ReportOptions};
use ita_core::writing::draft_measures::DraftDetail;
use ita_core::Lang;
use ita_document::Format;

use crate::args::Args;
use crate::input::{pick_year, read_agency};
use crate::say::{bad_choice, cannot_build, cannot_write};

fn kinds(doc: Option<&str>, lang: Lang) -> Result<Vec<DocKind>, String> {
    const DOCS: [&str; 5] = ["analysis", "plan", "implementation", "memo", "all"];
    match doc.unwrap_or("all") {
        "all" => Ok(DocKind::ALL.to_vec()),
        other => DocKind::parse(other)
            .map(|k| vec![k])
            .ok_or_else(|| bad_choice("--doc", &DOCS, other, lang)),
    }
}

/// `--draft concise|full` (concise when absent).
pub fn draft_detail(value: Option<&str>, lang: Lang) -> Result<DraftDetail, String> {
    match value {
        None => Ok(DraftDetail::default()),
        Some(v) => DraftDetail::parse(v)
            .ok_or_else(|| bad_choice("--draft", &["concise", "full"], v, lang)),
    }
}

/// Whether `a` and `b` name the same existing file (through `..`, symbolic or hard links).
fn same_file(a: &str, b: &str) -> bool {
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if (ma.dev(), ma.ino()) == (mb.dev(), mb.ino()) {
            return true;
        }
    }
    let _ = (ma, mb);
    matches!(
        (std::fs::canonicalize(a), std::fs::canonicalize(b)),
        (Ok(x), Ok(y)) if x == y
    )
}

pub fn report(args: &Args) -> Result<(), String> {
    let file = args.file.as_deref().unwrap_or_default();
    let out = args.output.as_deref().unwrap_or_default();
    // Checked before reading anything: the input must survive a slip of the keyboard.
    if same_file(file, out) {
        return Err(match args.lang {
            Lang::Th => format!("{out} คือไฟล์ข้อมูลที่อ่านเข้ามา จะไม่เขียนทับ: ตั้งชื่อไฟล์ผลลัพธ์อื่นด้วย -o"),
            Lang::En => format!(
                "{out} is the input file and will not be overwritten: choose another name with -o"
            ),
        });
    }
    let lang = args.lang;
    let kinds = kinds(args.doc.as_deref(), lang)?;
    let format = args.format.clone().unwrap_or_else(|| {
        out.rsplit_once('.')
            .map(|(_, ext)| ext.to_ascii_lowercase())
            .unwrap_or_else(|| Format::Docx.extension().into())
    });
    let format = Format::from_extension(&format).ok_or_else(|| {
        let names = Format::ALL.map(Format::extension);
        bad_choice("--format", &names, &format, lang)
    })?;
    let agency = read_agency(file, args.agency.as_deref(), args.lang, None)?;
    let year = pick_year(&agency, args.year.as_deref(), args.lang)?;
    let opts = ReportOptions {
        digits: args.digits,
    };
    let detail = draft_detail(args.draft.as_deref(), lang)?;
    let doc =
        build_with_draft(&agency, year, &kinds, &opts, detail).map_err(|e| e.message(args.lang))?;
    let name = format.extension().to_ascii_uppercase();
    let bytes = format
        .write(&doc)
        .map_err(|e| cannot_build(&name, &e.to_string(), lang))?;
    std::fs::write(out, bytes).map_err(|e| cannot_write(out, &e, lang))?;
    Ok(())
}
