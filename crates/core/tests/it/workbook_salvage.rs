//! One bad record in a stored workbook makes only that record unreadable: the rest loads, and
//! the bad part comes back as it was, with why.

use ita_core::foundation::error::ItaError;
use ita_core::{Lang, Workbook};

const THREE_AGENCIES: &str = r#"{"format": "ita-workbook", "version": 1, "agencies": [
  {"id": "a1", "name": "อบต.หนึ่ง", "years": {"2568": {"scores": {"values": {"IIT": 90}}}}},
  {"id": "a2", "name": "อบต.สอง", "years": {
     "2567": {"scores": {"values": {"IIT": 80}}},
     "2568": {"scores": {"values": {"IIT": 101, "EIT": 70}}}}},
  {"id": "a3", "name": "อบต.สาม"}
]}"#;

/// The names of a workbook's agencies, in order.
fn agency_names(workbook: &Workbook) -> Vec<&str> {
    workbook.agencies.iter().map(|a| a.name.as_str()).collect()
}

#[test]
fn one_out_of_range_score_costs_only_its_year() {
    assert!(
        Workbook::from_json(THREE_AGENCIES).is_err(),
        "a whole read refuses it"
    );
    let s = Workbook::from_json_salvaging(THREE_AGENCIES).unwrap();
    let names = agency_names(&s.workbook);
    assert_eq!(names, ["อบต.หนึ่ง", "อบต.สอง", "อบต.สาม"]);
    let a2 = &s.workbook.agencies[1];
    assert_eq!(a2.years.keys().copied().collect::<Vec<_>>(), [2567]);
    assert_eq!(a2.years[&2567].scores.values["IIT"], 80.0);
    assert_eq!(s.unreadable.len(), 1);
    let part = &s.unreadable[0];
    assert_eq!(part.path, "agencies[1].years.2568");
    assert_eq!(part.agency.as_deref(), Some("อบต.สอง"));
    assert!(
        part.raw.contains("101") && part.raw.contains("\"EIT\": 70"),
        "{}",
        part.raw
    );
    let th = part.error.message(Lang::Th);
    assert!(
        th.contains("agencies[1].years.2568") && th.contains("101"),
        "{th}"
    );
    // What was read is a valid workbook on its own.
    assert!(Workbook::from_json(&s.workbook.to_json()).is_ok());
}

#[test]
fn a_broken_agency_or_a_duplicate_id_costs_only_that_agency() {
    let text = r#"{"format": "ita-workbook", "version": 1, "agencies": [
      {"id": "a1", "name": "หนึ่ง"},
      {"id": 7, "name": "เลขผิด"},
      {"id": "a1", "name": "ซ้ำ"},
      "not an agency",
      {"id": "a4", "name": "สี่", "years": {"2599": {}}}
    ]}"#;
    let s = Workbook::from_json_salvaging(text).unwrap();
    let names = agency_names(&s.workbook);
    assert_eq!(names, ["หนึ่ง", "สี่"]);
    let paths: Vec<&str> = s.unreadable.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "agencies[1]",
            "agencies[2]",
            "agencies[3]",
            "agencies[4].years.2599"
        ]
    );
    assert_eq!(s.unreadable[1].agency.as_deref(), Some("ซ้ำ"));
    assert!(matches!(
        s.unreadable[2].error,
        ItaError::BadWorkbook { .. }
    ));
}

#[test]
fn a_wrong_envelope_is_refused_as_a_whole() {
    for text in [
        "{not json",
        r#"{"format": "other", "version": 1, "agencies": []}"#,
        r#"{"format": "ita-workbook", "version": 9, "agencies": []}"#,
        r#"{"format": "ita-workbook", "version": 1, "agencies": 5}"#,
        r#"{"format": "ita-workbook", "version": 1, "extra": 1, "agencies": []}"#,
    ] {
        assert!(Workbook::from_json_salvaging(text).is_err(), "{text}");
    }
    let good =
        Workbook::from_json_salvaging(r#"{"format": "ita-workbook", "version": 1}"#).unwrap();
    assert!(good.unreadable.is_empty());
}
