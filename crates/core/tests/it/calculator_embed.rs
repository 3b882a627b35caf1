//! The embeddable calculator's model (`calculator::embed`, used by embed.html through
//! ita-calc): the address read into a state, and the view and message of a state. The page's
//! end-to-end test is tests/e2e/embed.test.mjs.

use ita_core::calculator::calculate_scores;
use ita_core::calculator::embed::{
    percent_decode, read_fields, requested, start, view, Entry, SOURCE,
};
use ita_core::framework::supported_years;
use ita_core::Lang;

const SEED_004: &str = "?embed=calculator&year=2565&1=91.71&2=82.96&3=88.12&4=83.52&5=83.62&6=89.52&7=91.79&8=90.50&9=88.50&10=43.75";

#[test]
fn reads_seed_004_from_the_address() {
    let s = start(SEED_004);
    let seen = (s.state.year, s.state.entry, s.target_origin.as_str());
    assert_eq!(seen, (2565, Entry::Indicators, "*"));
    let (scores, bad) = read_fields(s.state.year, s.state.entry, &s.state.values);
    assert!(bad.is_empty());
    let r = calculate_scores(s.state.year, &scores, Lang::Th);
    assert_eq!(r.overall, Some(79.43));

    let v = view(&s.state);
    assert_eq!((v.overall.as_str(), v.level.as_str()), ("79.43", "B"));
    assert_eq!(v.verdict, "ไม่ผ่านเกณฑ์");
    assert!(!v.incomplete);
    assert_eq!(v.fields.len(), 10);
    assert_eq!(v.fields[9].value, "43.75");
    let m = serde_json::to_value(&v.message).unwrap();
    assert_eq!(m["source"], SOURCE);
    assert_eq!(m["type"], "result");
    assert_eq!(m["overall"], 79.43);
    assert_eq!(m["level"], "B");
    assert_eq!(m["indicators"]["10"], 43.75);
    let keys: Vec<&String> = m.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 8, "the documented fields only: {keys:?}");
    let ready = serde_json::to_value(&s.ready).unwrap();
    assert_eq!(
        ready,
        serde_json::json!({"source": SOURCE, "type": "ready", "version": 1})
    );
    // The bars: one per tool, the verdict in words.
    assert_eq!(v.bars.len(), 3);
    assert!(
        v.bars.iter().all(|b| b.text.ends_with("เกณฑ์")),
        "{:?}",
        v.bars
    );
}

#[test]
fn tools_thai_digits_and_bad_values() {
    let s = start(
        "embed=calculator&year=%E0%B9%92%E0%B9%95%E0%B9%96%E0%B9%98&iit=90&EIT=abc&OIT=80&lang=en&origin=https%3A%2F%2Fa.example",
    );
    let seen = (
        s.state.year,
        s.state.entry,
        s.state.lang,
        s.target_origin.as_str(),
    );
    assert_eq!(seen, (2568, Entry::Tools, Lang::En, "https://a.example"));
    let (scores, bad) = read_fields(s.state.year, s.state.entry, &s.state.values);
    assert_eq!(bad, vec!["EIT".to_string()]);
    assert_eq!(scores.get("IIT"), Some(90.0));
    let v = view(&s.state);
    assert!(v.incomplete);
    assert_eq!(v.overall, "–");
    assert!(v.fields.iter().any(|f| f.code == "EIT" && f.invalid));
    assert_eq!(s.texts.html_lang, "en");
    assert_eq!(percent_decode("a%2"), "a%2");
    assert_eq!(percent_decode("a+b%20c"), "a b c");
}

#[test]
fn unknown_years_fall_back_to_the_latest_and_other_pages_are_not_the_calculator() {
    let s = start("embed=calculator&year=2400&nope=1");
    assert_eq!(Some(&s.state.year), supported_years().last());
    assert!(s.state.values.is_empty());
    assert_eq!(
        s.years.first().map(|y| y.year),
        supported_years().last().copied()
    );
    assert!(requested("?a=1&embed=calculator"));
    assert!(!requested("?embed=calculatorx"));
    assert!(!requested(""));
}
