//! The JSON path a workbook error names (`foundation::json::read_json`, found after the fact
//! from the error's position) is the one a path-tracking reader (serde_path_to_error) gives,
//! on workbooks damaged at random: any value replaced by one of the wrong kind, a key added,
//! removed or renamed, written pretty (as saved) or on one line.

use std::sync::LazyLock;

use ita_core::foundation::json::read_json;
use ita_core::workbook::measures::Measure;
use ita_core::workbook::memo::{Memo, Signer};
use ita_core::Workbook;
use proptest::prelude::*;
use serde_json::{Map, Value};

/// A workbook with every part the format has: scores at each level, options, a plan, a memo
/// with signers, and a framework of the user's own.
fn full_workbook() -> Value {
    let mut wb = ita_core::workbook::samples::load("sample-municipality").expect("sample");
    let mut file = ita_core::framework::for_builtin_year(2569)
        .expect("built-in 2569")
        .file
        .clone();
    file.id = "own".into();
    file.years = vec![2571];
    wb.add_framework(file).expect("framework");
    let record = wb.agencies[0].years.values_mut().next().expect("a year");
    record.plan = vec![Measure {
        id: "m1".into(),
        issue: "ก".into(),
        indicator: Some(9),
        codes: vec!["o12".into()],
        related_indicators: vec![10],
        measure: "ข".into(),
        ..Measure::default()
    }];
    record.memo = Some(Memo {
        subject: "ค".into(),
        signers: vec![Signer {
            name: "ง".into(),
            ..Signer::default()
        }],
        ..Memo::default()
    });
    let json = wb.to_json();
    Workbook::from_json(&json).expect("the base workbook is valid");
    serde_json::from_str(&json).expect("JSON")
}

/// Where a value sits: object keys and array indexes from the root.
#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

fn all_paths(v: &Value, here: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
    out.push(here.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                here.push(Seg::Key(k.clone()));
                all_paths(child, here, out);
                here.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                here.push(Seg::Index(i));
                all_paths(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &[Seg]) -> &'a mut Value {
    path.iter().fold(v, |v, seg| match seg {
        Seg::Key(k) => &mut v[k.as_str()],
        Seg::Index(i) => &mut v[*i],
    })
}

/// One kind of damage, applied at a value chosen by index.
#[derive(Clone, Debug)]
enum Damage {
    Replace(Value),
    AddKey,
    RemoveKey(usize),
    RenameKey(usize, &'static str),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        prop_oneof![
            Just(Value::Null),
            Just(Value::Bool(true)),
            Just(Value::from(-1)),
            Just(Value::from(1e9)),
            Just(Value::from(2.5)),
            Just(Value::from("x")),
            Just(Value::Array(vec![])),
            Just(Value::Array(vec![Value::from(1)])),
            Just(Value::Object(Map::new())),
        ]
        .prop_map(Damage::Replace),
        Just(Damage::AddKey),
        any::<usize>().prop_map(Damage::RemoveKey),
        (
            any::<usize>(),
            prop_oneof![Just("abc"), Just("99999"), Just("2"), Just("zz")]
        )
            .prop_map(|(i, k)| Damage::RenameKey(i, k)),
    ]
}

/// The full workbook and the path of each of its values, built once for all the cases.
static BASE: LazyLock<(Value, Vec<Vec<Seg>>)> = LazyLock::new(|| {
    let v = full_workbook();
    let mut paths = Vec::new();
    all_paths(&v, &mut Vec::new(), &mut paths);
    (v, paths)
});

fn damaged(pick: usize, d: &Damage) -> Value {
    let (base, paths) = &*BASE;
    let mut v = base.clone();
    let target = at(&mut v, &paths[pick % paths.len()]);
    match (d, target) {
        (Damage::Replace(new), target) => *target = new.clone(),
        (Damage::AddKey, Value::Object(m)) => {
            m.insert("unexpected".into(), Value::from(1));
        }
        (Damage::RemoveKey(i), Value::Object(m)) if !m.is_empty() => {
            let k = m.keys().nth(i % m.len()).cloned().unwrap_or_default();
            m.remove(&k);
        }
        (Damage::RenameKey(i, new), Value::Object(m)) if !m.is_empty() => {
            let k = m.keys().nth(i % m.len()).cloned().unwrap_or_default();
            let child = m.remove(&k).unwrap_or_default();
            m.insert((*new).into(), child);
        }
        (_, target) => *target = Value::from("x"),
    }
    v
}

/// serde_path_to_error's path, written as `read_json` writes it: the root as "", and a key it
/// could not read (a year that is not a number), which it writes `?`, left out: the path is
/// the object's (a `?` would reach the user's message).
fn reference_path(text: &str) -> Option<String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let e = serde_path_to_error::deserialize::<_, Workbook>(&mut de).err()?;
    let p = e.path().to_string();
    let p = p.strip_suffix(".?").unwrap_or(&p);
    Some(if p == "." {
        String::new()
    } else {
        p.to_string()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_path_of_an_error_is_the_path_tracking_readers(
        pick in any::<usize>(),
        d in damage(),
        pretty in any::<bool>(),
    ) {
        let v = damaged(pick, &d);
        let text = if pretty {
            serde_json::to_string_pretty(&v).unwrap()
        } else {
            v.to_string()
        };
        let ours = read_json::<Workbook>(&text).err().map(|e| e.path);
        prop_assert_eq!(ours, reference_path(&text));
    }
}

#[test]
fn paths_of_each_kind_of_error() {
    let cases = [
        // A value of the wrong type, in an array and in an object.
        (
            r#"{"format":"ita-workbook","version":1,"agencies":[{"id":"a","name":"n","years":{"2568":{"plan":[{"id":"m","codes":["o1", 5]}]}}}]}"#,
            "agencies[0].years.2568.plan[0].codes[1]",
        ),
        // An object where a string is expected.
        (
            r#"{"format":"ita-workbook","version":1,"agencies":[{"id":{"x":1},"name":"n"}]}"#,
            "agencies[0].id",
        ),
        // An unknown field: its key.
        (
            r#"{"format":"ita-workbook","version":1,"agencies":[{"id":"a","name":"n","colour":1}]}"#,
            "agencies[0].colour",
        ),
        // A missing field: the object that lacks it.
        (
            r#"{"format":"ita-workbook","version":1,"agencies":[{"id":"a"}]}"#,
            "agencies[0]",
        ),
        (r#"{"format":"ita-workbook"}"#, ""),
        // A year that is not a number.
        (
            r#"{"format":"ita-workbook","version":1,"agencies":[{"id":"a","name":"n","years":{"ปี":{}}}]}"#,
            "agencies[0].years",
        ),
    ];
    for (text, path) in cases {
        let e = read_json::<Workbook>(text).expect_err(text);
        assert_eq!(e.path, path, "{text}");
        assert_eq!(reference_path(text).as_deref(), Some(path), "{text}");
        assert!(e.problem.line > 0, "{text}");
    }
}
