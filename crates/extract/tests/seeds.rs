//! The five seed reports (copied unchanged into tests/seeds/) give the figures each prints, as
//! text and saved as a DOCX (one paragraph per line, a table where the seed has tab-separated
//! rows). The expected figures were read from the seeds by hand and checked against
//! /work/shared/ita-framework.md (seed 000's indicator scores for 2–8 are printed as they are,
//! even though they disagree with its item scores: these are the published figures).

use std::collections::BTreeMap;

use ita_document::{Block, Cell, Document, Paragraph, Section, Table};
use ita_extract::{extract, ExtractError, Extracted};

#[path = "../../core/tests/it/seeds/mod.rs"]
mod core_seeds;

const SEED_000: &str = include_str!("seeds/000_a74651b2faac8651.txt");
const SEED_001: &str = include_str!("seeds/001_2122dc948c95c19a.txt");
const SEED_002: &str = include_str!("seeds/002_72d480a348041602.txt");
const SEED_003: &str = include_str!("seeds/003_4a8cee38f8a52e3e.txt");
const SEED_004: &str = include_str!("seeds/004_78df920a8d8ea174.txt");

fn map(pairs: &[(&str, f64)]) -> BTreeMap<String, f64> {
    pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

fn seed_000() -> BTreeMap<String, f64> {
    let mut m = map(&core_seeds::SEED_000_TOOLS);
    m.extend(map(&[
        ("ITA", 94.62),
        ("OIT", 86.88),
        ("1", 98.89),
        ("2", 98.02),
        ("3", 99.45),
        ("4", 93.49),
        ("5", 96.70),
        ("6", 96.56),
        ("7", 94.87),
        ("8", 94.39),
        ("9", 83.75),
        ("10", 90.0),
    ]));
    // i1–i15 (printed `1๑`…), all 100 but i2 and i12; e1–e9 all 100.
    for n in 1..=15 {
        let v = if n == 2 || n == 12 { 96.67 } else { 100.0 };
        m.insert(format!("i{n}"), v);
    }
    for n in 1..=9 {
        m.insert(format!("e{n}"), 100.0);
    }
    // o1–o28 (printed `๐๑`…): 100 but these.
    let partial = [
        (1, 50.0),
        (7, 50.0),
        (9, 50.0),
        (10, 0.0),
        (17, 50.0),
        (20, 50.0),
        (27, 75.0),
    ];
    for n in 1..=28 {
        let v = partial
            .iter()
            .find(|(k, _)| *k == n)
            .map_or(100.0, |(_, v)| *v);
        m.insert(format!("o{n}"), v);
    }
    m
}

fn seed_004() -> BTreeMap<String, f64> {
    // The figures the core's tests already hold, and the rest the seed prints.
    let mut m = map(&core_seeds::SEED_004_INDICATORS);
    m.extend(map(&core_seeds::SEED_004_QUESTIONS));
    // i6 is not read: see `unreadable_codes_are_listed_not_guessed`.
    m.extend(map(&core_seeds::SEED_004_INDICATOR_1_QUESTIONS[..5]));
    m.extend(map(&core_seeds::SEED_004_EIT_QUESTIONS));
    m.extend(map(&[
        ("ITA", 79.43),
        ("i11.1", 87.66),
        ("i11.2", 81.71),
        ("i12.1", 75.91),
        ("i12.2", 73.65),
        ("i12.3", 70.31),
        ("i24", 80.86),
        ("i28.1", 81.84),
        ("i28.2", 80.68),
        ("i28.3", 79.14),
        ("i29", 82.39),
        ("e6.1", 91.32),
        ("e6.2", 88.87),
    ]));
    m
}

/// (text, agency, year, level, figures)
/// A seed: its text, agency, year, level and figures.
type Seed = (
    &'static str,
    &'static str,
    u16,
    Option<&'static str>,
    BTreeMap<String, f64>,
);

fn seeds() -> Vec<Seed> {
    vec![
        (
            SEED_000,
            "เทศบาลตำบลหนองปล่อง",
            2568,
            Some("ผ่านดี"),
            seed_000(),
        ),
        (
            SEED_002,
            "เทศบาลนครอุดรธานี",
            2563,
            None,
            map(&[("9", 49.89), ("10", 6.25)]),
        ),
        (
            SEED_003,
            "เทศบาลตำบลบ้านเรือน",
            2568,
            None,
            map(&[
                ("1", 100.0),
                ("2", 100.0),
                ("3", 100.0),
                ("4", 100.0),
                ("5", 100.0),
                ("7", 97.33),
                ("8", 98.06),
                ("9", 95.0),
            ]),
        ),
        (
            SEED_004,
            "องค์การบริหารส่วนจังหวัดอุบลราชธานี",
            2565,
            Some("B"),
            seed_004(),
        ),
    ]
}

fn check(
    x: &Extracted,
    agency: &str,
    year: u16,
    level: Option<&str>,
    figures: &BTreeMap<String, f64>,
) {
    assert_eq!(x.agency.as_ref().map(|a| a.value.as_str()), Some(agency));
    assert_eq!(x.year.as_ref().map(|y| y.value), Some(year));
    assert_eq!(x.level.as_ref().map(|l| l.value.as_str()), level);
    assert_eq!(&x.values(), figures, "{agency}");
}

#[test]
fn each_seed_as_text_gives_its_printed_figures() {
    for (text, agency, year, level, figures) in seeds() {
        let x = extract(text.as_bytes()).unwrap();
        check(&x, agency, year, level, &figures);
    }
}

#[test]
fn every_value_keeps_the_words_it_came_from() {
    let x = extract(SEED_004.as_bytes()).unwrap();
    let overall = x.overall.as_ref().unwrap();
    assert_eq!(overall.line, 60);
    assert!(overall.source.starts_with("คะแนนภาพรวมหน่วยงาน") && overall.source.ends_with("๗๙.๔๓"));
    assert_eq!(x.items["i7"].source.split_whitespace().next(), Some("ข้อ"));
}

#[test]
fn unreadable_codes_are_listed_not_guessed() {
    // Seed 004 prints i6 as `๒ บุคคลากร…` (its `i` lost): the score 97.26 is not understood.
    let x = extract(SEED_004.as_bytes()).unwrap();
    assert!(!x.items.contains_key("i6"));
    let w: Vec<String> = x
        .warnings
        .iter()
        .map(|w| w.message(ita_core::Lang::En))
        .collect();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains("97.26") && w[0].starts_with("line 163:"));
}

#[test]
fn seed_001_names_the_agency_and_year_but_prints_no_score() {
    let x = ita_core::input::report_text::extract(SEED_001);
    assert_eq!(x.agency.as_ref().unwrap().value, "องค์การบริหารส่วนตำบลควนขนุน");
    assert_eq!(x.year.as_ref().unwrap().value, 2564);
    assert!(!x.has_scores());
    assert_eq!(
        extract(SEED_001.as_bytes()).unwrap_err(),
        ExtractError::NoResult
    );
}

/// The seed as a DOCX: consecutive tab-separated lines become one table (the first row its
/// header), every other line a paragraph.
fn as_docx(text: &str) -> Vec<u8> {
    let mut blocks = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let flush = |rows: &mut Vec<Vec<String>>, blocks: &mut Vec<Block>| {
        if rows.is_empty() {
            return;
        }
        let width = rows.iter().map(Vec::len).max().unwrap_or(1);
        let mut padded: Vec<Vec<String>> = rows
            .drain(..)
            .map(|mut r| {
                r.resize(width, String::new());
                r
            })
            .collect();
        let header = padded.remove(0);
        let rows = padded
            .into_iter()
            .map(|r| r.into_iter().map(Cell::text).collect())
            .collect();
        blocks.push(Block::Table(Table {
            name: "t".into(),
            header,
            widths: vec![],
            rows,
        }));
    };
    for line in text.lines() {
        if line.contains('\t') {
            rows.push(line.split('\t').map(str::to_string).collect());
        } else {
            flush(&mut rows, &mut blocks);
            blocks.push(Block::Paragraph(Paragraph::text(line)));
        }
    }
    flush(&mut rows, &mut blocks);
    let doc = Document {
        title: "seed".into(),
        sections: vec![Section {
            name: "s".into(),
            blocks,
            landscape: false,
        }],
    };
    ita_document::docx::write(&doc).unwrap()
}

#[test]
fn each_seed_as_docx_gives_the_same_figures() {
    for (text, agency, year, level, figures) in seeds() {
        let bytes = as_docx(text);
        assert_eq!(ita_extract::kind_of(&bytes), ita_extract::Kind::Docx);
        let x = extract(&bytes).unwrap();
        check(&x, agency, year, level, &figures);
    }
}

#[test]
fn broken_and_foreign_files_name_the_problem() {
    let th = ita_core::Lang::Th;
    assert!(matches!(
        extract(b"PK\x03\x04broken"),
        Err(ExtractError::BrokenDocx(_))
    ));
    assert!(matches!(
        extract(b"%PDF-1.4\nbroken"),
        Err(ExtractError::BrokenPdf(_))
    ));
    assert_eq!(extract(b"\xa1\xb2 ITA 80.00"), Err(ExtractError::NotUtf8));
    assert_eq!(extract(b""), Err(ExtractError::Empty));
    assert!(extract(b"%PDF-1.4\nbroken")
        .unwrap_err()
        .message(th)
        .contains("PDF"));
}
