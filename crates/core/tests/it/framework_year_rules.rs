//! Year rules as data: the `[documents]` table of a framework file decides the OIT item a cover
//! memo cites and the measures style offered first; a file without it gets the documented
//! defaults, and a wrong item is rejected with the field's path.

use ita_core::foundation::number::Digits;
use ita_core::framework::{for_year, nearest, Framework, MeasuresStyle};
use ita_core::workbook::memo::{Memo, MemoSubject};
use ita_core::workbook::Agency;
use ita_core::writing::draft_measures::{seven_issues_apply, DraftStyle};
use ita_core::ItaError;

const FILE_2569: &str = include_str!("../../frameworks/2569.toml");

/// The 2569 file with its `[documents]` table replaced by `table` (empty: no table).
fn with_documents(table: &str) -> Result<Framework, ItaError> {
    let start = FILE_2569
        .find("[documents]")
        .expect("2569 has a [documents] table");
    let end = start
        + FILE_2569[start..]
            .find("\n\n")
            .expect("table ends at a blank line");
    let text = format!("{}{}{}", &FILE_2569[..start], table, &FILE_2569[end..]);
    Framework::from_toml(&text)
}

fn memo_facts(year: u16) -> String {
    let agency = Agency {
        name: "เทศบาลตำบลทดสอบ".into(),
        ..Default::default()
    };
    Memo::draft(&agency, year, MemoSubject::AnalysisAndPlan, Digits::Arabic).facts
}

#[test]
fn a_file_without_the_documents_table_gets_the_defaults() {
    let fw = with_documents("").unwrap();
    assert_eq!(fw.file.documents.measures_oit_item, None);
    assert_eq!(fw.file.documents.measures_style, MeasuresStyle::ByIndicator);
    assert!(!seven_issues_apply(&fw));
    assert_eq!(DraftStyle::recommended(&fw), DraftStyle::ByIndicator);
}

#[test]
fn a_file_with_the_documents_table_sets_both_rules() {
    let fw = with_documents(
        "[documents]\nmeasures_oit_item = \"o3\"\nmeasures_style = \"seven_issues\"",
    )
    .unwrap();
    assert_eq!(fw.file.documents.measures_oit_item.as_deref(), Some("o3"));
    assert!(seven_issues_apply(&fw));
    assert_eq!(DraftStyle::recommended(&fw), DraftStyle::SevenIssues);
}

#[test]
fn a_cited_item_must_be_an_oit_item_of_the_file() {
    for item in ["o99", "i1"] {
        let err =
            with_documents(&format!("[documents]\nmeasures_oit_item = \"{item}\"")).unwrap_err();
        match err {
            ItaError::BadFramework { path, .. } => assert_eq!(path, "documents.measures_oit_item"),
            other => panic!("{other:?}"),
        }
    }
    assert!(with_documents("[documents]\nmeasures_style = \"by_year\"").is_err());
}

#[test]
fn the_built_in_files_keep_the_rules_the_code_had() {
    // The measures style: seven issues from ITA 2568 on.
    for (year, seven) in [
        (2562, false),
        (2565, false),
        (2566, false),
        (2567, false),
        (2568, true),
        (2569, true),
    ] {
        assert_eq!(seven_issues_apply(for_year(year).unwrap()), seven, "{year}");
    }
    // The memo's item is that of the measures' year (results year + 1): o42 up to 2565, o25
    // from 2569 (and after the last file), in words in between.
    for (results_year, item) in [
        (2560, Some("o42")),
        (2564, Some("o42")),
        (2565, None),
        (2567, None),
        (2568, Some("o25")),
        (2575, Some("o25")),
    ] {
        let facts = memo_facts(results_year);
        match item {
            Some(code) => assert!(
                facts.ends_with(&format!("(OIT) ข้อ {code}")),
                "{results_year}: {facts}"
            ),
            None => assert!(
                facts.ends_with("ข้อ ข้อมูลการนำผลการประเมินไปสู่การพัฒนา"),
                "{results_year}: {facts}"
            ),
        }
    }
    assert_eq!(nearest(2600).id(), "2569");
    assert_eq!(nearest(2500).id(), "2565");
}

#[test]
fn a_year_without_a_framework_names_the_years_the_files_cover() {
    let err = for_year(2600).unwrap_err();
    assert_eq!(
        err.message(ita_core::Lang::Th),
        "ไม่มีกรอบการประเมิน ITA สำหรับปีงบประมาณ 2600 (มีปี 2562–2569)"
    );
}
