//! A PDF with a text layer, built in the test with lopdf: one text object per line, as a
//! results announcement prints them. A PDF whose page has no text stands for a scan.

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};

use ita_extract::{extract, ExtractError};

/// A one-page PDF (Courier) with `lines` as its text, each written as a separate text object.
fn pdf(lines: &[&str]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Courier", "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut operations = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        operations.push(Operation::new("BT", vec![]));
        operations.push(Operation::new("Tf", vec!["F1".into(), 12.into()]));
        operations.push(Operation::new(
            "Td",
            vec![50.into(), (780 - 20 * i as i64).into()],
        ));
        operations.push(Operation::new("Tj", vec![Object::string_literal(*line)]));
        operations.push(Operation::new("ET", vec![]));
    }
    let content = Content { operations };
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
    });
    let pages = dictionary! {
        "Type" => "Pages",
        "Kids" => vec![page_id.into()],
        "Count" => 1,
        "Resources" => resources_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    };
    doc.objects.insert(pages_id, Object::Dictionary(pages));
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn a_pdf_with_a_text_layer_gives_its_scores() {
    let bytes = pdf(&[
        "ITA results 2567",
        "ITA 88.40",
        "IIT 90.12",
        "EIT part 1 85.30",
        "OIT 89.50",
        "indicator 9 83.75",
    ]);
    let x = extract(&bytes).unwrap();
    assert_eq!(x.overall.as_ref().unwrap().value, 88.40);
    let values = x.values();
    assert_eq!(values["IIT"], 90.12);
    assert_eq!(values["EIT1"], 85.30);
    assert_eq!(values["OIT"], 89.50);
    assert_eq!(values["9"], 83.75);
}

#[test]
fn a_pdf_without_text_is_named_a_scan() {
    assert_eq!(extract(&pdf(&[])), Err(ExtractError::PdfWithoutText));
}
