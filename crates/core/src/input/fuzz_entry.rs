//! One entry per reader for the fuzz targets (`fuzz/`) and for the corpus replay that
//! `cargo test` runs on stable (`tests/it/fuzz_corpus.rs`): both call exactly these functions,
//! so a crash found by the fuzzer replays as a plain test once its input is in the corpus.
//!
//! Each entry feeds arbitrary bytes to one reader and checks cheap invariants:
//! * nothing panics;
//! * an error has a non-empty message in Thai and in English;
//! * what is accepted comes back the same through the matching writer, where one exists
//!   (scores CSV, workbook JSON, share link), and scores stay finite and within 0–100.
//!
//! A broken invariant panics on purpose: that is how libFuzzer and the replay test report it.
//! Nothing else in the tool calls these.

use crate::foundation::error::ItaError;
use crate::foundation::lang::Lang;
use crate::foundation::text::decode;
use crate::framework::{for_year, supported_years, Framework};
use crate::input::{paste, scores_csv, share_link};
use crate::workbook::Workbook;

/// The fuzz targets, by name (the folder names under `fuzz/corpus/`).
pub const TARGETS: [&str; 5] = [
    "scores_csv",
    "workbook_json",
    "paste",
    "share_link",
    "framework_toml",
];

/// Run the entry of `target` (one of [`TARGETS`]) on `data`; `false` for an unknown target.
pub fn run(target: &str, data: &[u8]) -> bool {
    match target {
        "scores_csv" => scores_csv_bytes(data),
        "workbook_json" => workbook_json_bytes(data),
        "paste" => paste_bytes(data),
        "share_link" => share_link_bytes(data),
        "framework_toml" => framework_toml_bytes(data),
        _ => return false,
    }
    true
}

fn check_messages(e: &ItaError) {
    for lang in [Lang::Th, Lang::En] {
        assert!(
            !e.message(lang).trim().is_empty(),
            "empty {lang:?} message for {e:?}"
        );
    }
}

fn check_score(code: &str, v: f64) {
    assert!(
        v.is_finite() && (0.0..=100.0).contains(&v),
        "{code} = {v} accepted"
    );
}

/// The text of a file as the tool decodes it, or `None` (with the refusal checked).
fn text_of(data: &[u8]) -> Option<String> {
    match decode(data) {
        Ok(d) => Some(d.text),
        Err(e) => {
            assert!(!e.message(Lang::Th).is_empty() && !e.message(Lang::En).is_empty());
            None
        }
    }
}

/// What a reader accepted, or `None` with the refusal's messages checked.
fn accepted<T>(read: Result<T, ItaError>) -> Option<T> {
    read.map_err(|e| check_messages(&e)).ok()
}

/// What the matching writer wrote, read `again`, is what was accepted.
fn round_trip<T: PartialEq + std::fmt::Debug>(
    accepted: &T,
    again: Result<T, ItaError>,
    what: &str,
) {
    assert_eq!(again.as_ref(), Ok(accepted), "{what} round trip");
}

/// A file's bytes through the decoder and the scores CSV reader; an accepted file is written
/// back and read again to the same scores.
pub fn scores_csv_bytes(data: &[u8]) {
    let Some(years) = text_of(data).and_then(|t| accepted(scores_csv::read_scores_csv(&t))) else {
        return;
    };
    for s in years.values() {
        s.values.iter().for_each(|(c, v)| check_score(c, *v));
    }
    let again = scores_csv::read_scores_csv(&scores_csv::write_scores_csv(&years));
    round_trip(&years, again, "CSV");
}

/// A file's bytes through the decoder and the workbook reader; an accepted workbook is
/// written back and read again to the same workbook.
pub fn workbook_json_bytes(data: &[u8]) {
    let Some(wb) = text_of(data).and_then(|t| accepted(Workbook::from_json(&t))) else {
        return;
    };
    round_trip(&wb, Workbook::from_json(&wb.to_json()), "workbook");
}

/// Pasted text against one built-in year's framework (the first byte picks the year).
pub fn paste_bytes(data: &[u8]) {
    let years = supported_years();
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let year = years[first as usize % years.len()];
    let Ok(fw) = for_year(year) else { return };
    let text = String::from_utf8_lossy(rest);
    for line in paste::parse_pasted(fw, year, &text) {
        match &line.result {
            Err(e) => check_messages(e),
            Ok((code, v)) => check_score(code, *v),
        }
    }
}

/// A link's fragment as typed or cut; an accepted scenario packs and unpacks to itself.
pub fn share_link_bytes(data: &[u8]) {
    let Some(s) = accepted(share_link::decode(&String::from_utf8_lossy(data))) else {
        return;
    };
    s.scores.values.iter().for_each(|(c, v)| check_score(c, *v));
    round_trip(
        &s,
        share_link::decode(&share_link::encode(&s)),
        "share link",
    );
}

/// A framework file (TOML); an accepted framework's scoring tree must be consistent.
pub fn framework_toml_bytes(data: &[u8]) {
    let Some(fw) = text_of(data).and_then(|t| accepted(Framework::from_toml(&t))) else {
        return;
    };
    for (i, node) in fw.nodes.iter().enumerate() {
        assert_eq!(fw.node_index(&node.code), Some(i), "node {}", node.code);
        assert!(node.weight.is_finite(), "weight of {}", node.code);
        for &c in &node.children {
            assert_eq!(fw.nodes.get(c).and_then(|n| n.parent), Some(i));
        }
    }
    for y in &fw.file.years {
        assert!(fw.covers(*y));
    }
}
