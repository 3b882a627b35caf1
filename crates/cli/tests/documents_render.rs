//! The published documents rendered as a person sees them: `ita report` writes seed 004's and
//! seed 000's full sets (analysis + concise plan + implementation report + memo) as DOCX,
//! LibreOffice converts them to PDF and `pdfinfo` counts the pages. Never skipped: without
//! LibreOffice the test fails and says how to install it (`cargo xtask test` does).

use std::path::{Path, PathBuf};
use std::process::Command;

use ita_core::foundation::number::Digits;
use ita_core::report::{build_with_draft, DocKind, ReportOptions};
use ita_core::writing::draft_measures::DraftDetail;
use ita_document::docx::table_widths;
use ita_document::layout::min_widths;

fn example(name: &str) -> String {
    let p: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "..", "examples", name]
        .iter()
        .collect();
    p.to_string_lossy().into_owned()
}

fn need(tool: &str) {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    assert!(
        found,
        "{tool} is missing: `cargo xtask test` installs it (Debian's libreoffice-writer-nogui, \
         fonts-tlwg-laksaman and poppler-utils)"
    );
}

/// Write `input`'s full set as DOCX with the CLI, render it, and return its page count.
fn pages(name: &str, input: &str, year: &str, dir: &Path) -> u32 {
    let docx = dir.join(format!("{name}.docx"));
    let out = Command::new(env!("CARGO_BIN_EXE_ita"))
        .args([
            "report", input, "--year", year, "--doc", "all", "--draft", "concise", "-o",
        ])
        .arg(&docx)
        .output()
        .expect("run ita");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A fresh LibreOffice profile per run: no state shared with another run or user.
    let profile = dir.join("lo-profile");
    let status = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir)
        .arg(&docx)
        .output()
        .expect("run soffice");
    assert!(status.status.success(), "soffice failed: {status:?}");
    let info = Command::new("pdfinfo")
        .arg(dir.join(format!("{name}.pdf")))
        .output()
        .expect("run pdfinfo");
    let text = String::from_utf8_lossy(&info.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in pdfinfo's output: {text}"))
}

#[test]
fn seed_documents_fit_their_page_budgets() {
    need("soffice");
    need("pdfinfo");
    let dir = std::env::temp_dir().join(format!("ita-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p004 = pages(
        "seed-004",
        &example("seed-004-indicators-2565.csv"),
        "2565",
        &dir,
    );
    let p000 = pages(
        "seed-000",
        &example("seed-000-tools-2568.csv"),
        "2568",
        &dir,
    );
    let _ = std::fs::remove_dir_all(&dir);
    eprintln!("seed 004: {p004} pages; seed 000: {p000} pages");
    assert!(
        p004 <= 20,
        "seed 004's full set takes {p004} pages (budget 20)"
    );
    assert!(
        p000 <= 10,
        "seed 000's full set takes {p000} pages (budget 10)"
    );
}

#[test]
fn no_table_column_is_narrower_than_its_longest_word() {
    for (file, year) in [
        ("seed-004-indicators-2565.csv", 2565u16),
        ("seed-000-tools-2568.csv", 2568),
    ] {
        let text = std::fs::read_to_string(example(file)).unwrap();
        let years = ita_core::input::scores_csv::read_scores_csv(&text)
            .unwrap_or_else(|e| panic!("{file}: {e:?}"));
        let agency = ita_core::workbook::Agency {
            years: years
                .into_iter()
                .map(|(y, scores)| {
                    let rec = ita_core::workbook::YearRecord {
                        scores,
                        ..Default::default()
                    };
                    (y, rec)
                })
                .collect(),
            ..Default::default()
        };
        // Every table of every document, with a concise and a full draft, in both digits.
        for detail in [DraftDetail::Concise, DraftDetail::Full] {
            for digits in [Digits::Thai, Digits::Arabic] {
                let opts = ReportOptions { digits };
                let doc = build_with_draft(&agency, year, &DocKind::ALL, &opts, detail).unwrap();
                let mut tables = 0;
                for s in &doc.sections {
                    let text_w = ita_document::docx::text_width(s.landscape);
                    for t in s.tables() {
                        tables += 1;
                        let w = table_widths(t, s.landscape);
                        assert_eq!(w.iter().sum::<u32>(), text_w, "{file} {}", t.name);
                        for (c, (&got, &min)) in w.iter().zip(&min_widths(t, text_w)).enumerate() {
                            assert!(got >= min, "{file} {} column {c}: {got} < {min}", t.name);
                        }
                    }
                }
                assert!(tables >= 4, "{file}: {tables} tables");
            }
        }
    }
}
