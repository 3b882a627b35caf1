//! Reading a JSON file into a typed value with the JSON path of whatever is wrong
//! (`agencies[0].years.2568.plan[2].indicator`), as docs/FORMATS.md promises, and refusing a
//! key written twice in one object: a JSON parser keeps the last one silently, which would let
//! a value the user can see in the file be ignored (duplicate codes in a CSV are errors too).

use std::collections::HashSet;
use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, MapAccess, SeqAccess, Visitor};

use super::error::{JsonProblem, JsonProblemKind};

/// What is wrong with a JSON file and where: `path` is empty for the file as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub path: String,
    pub problem: JsonProblem,
}

/// Parse `text` into `T`: the first key written twice, else the first error of the typed
/// reading, with its JSON path.
///
/// The typed reading is plain serde_json; only when it fails is the path found, by walking
/// the text up to the error's position ([`path_at`]). A path-tracking deserializer
/// (serde_path_to_error) would do the same in one pass, but it is monomorphised for every type
/// read and doubled the size of the workbook's reading code in the app's first download; the
/// tests check that both name the same path.
pub fn read_json<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    check_duplicate_keys(text)?;
    serde_json::from_str(text).map_err(|e| JsonError {
        path: path_at(text, &e),
        problem: JsonProblem::of(&e),
    })
}

/// The JSON path of the value where `e` happened in `text`: the value that ends at (or starts
/// at) the error's position, or the key at fault (an unknown field), as serde_path_to_error
/// names them.
///
/// How: the text up to the position, with `0` appended, is walked as JSON. The `0` completes a
/// value that was about to start there, and is a syntax error right after a complete value or
/// a key; either way the walk's last step is the value or the key the error is about. The
/// tests (`tests/it/foundation_json_paths.rs`) compare this with serde_path_to_error on
/// thousands of damaged workbooks.
pub fn path_at(text: &str, e: &serde_json::Error) -> String {
    // A syntax error in a typed reading of well-formed JSON (an enum given an array, a key
    // that is not a number) is placed one past the byte serde_json peeked at.
    let back = usize::from(e.classify() == serde_json::error::Category::Syntax);
    let at = offset_of(text, e.line(), e.column()).map(|at| at.saturating_sub(back));
    let Some(prefix) = at.and_then(|at| text.get(..at)) else {
        return String::new();
    };
    // A number key out of range (a year of 99999) is placed inside the key: close it first.
    let close = if ends_in_string(prefix) { "\"" } else { "" };
    let probe = format!("{prefix}{close}0");
    let mut walk = Walk {
        path: Vec::new(),
        duplicate: None,
        last: Some(String::new()),
    };
    let mut de = serde_json::Deserializer::from_str(&probe);
    // The walk fails on the probe (that is its point): where a key was to start, the object
    // it is in is at fault (a key that is not a number where one is expected); elsewhere the
    // last value or key read.
    match (&mut walk).deserialize(&mut de) {
        Err(e) if e.to_string().starts_with("key must be a string") => walk.path(),
        _ => walk.last.unwrap_or_default(),
    }
}

/// Whether `prefix`, the start of a JSON text, ends inside a string.
fn ends_in_string(prefix: &str) -> bool {
    let (mut inside, mut escaped) = (false, false);
    for b in prefix.bytes() {
        if escaped {
            escaped = false;
        } else if inside && b == b'\\' {
            escaped = true;
        } else if b == b'"' {
            inside = !inside;
        }
    }
    inside
}

/// The byte offset of serde_json's `line` (1-based) and `column` (bytes into the line).
fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    Some(start + column)
}

/// The first key that appears twice in one object, anywhere in `text`.
pub fn check_duplicate_keys(text: &str) -> Result<(), JsonError> {
    let mut walk = Walk {
        path: Vec::new(),
        duplicate: None,
        last: None,
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = (&mut walk).deserialize(&mut de).and_then(|()| de.end());
    match (walk.duplicate, parsed) {
        (Some((path, key)), _) => Err(JsonError {
            path,
            problem: JsonProblem {
                kind: JsonProblemKind::DuplicateKey(key),
                line: 0,
                column: 0,
            },
        }),
        (None, Err(e)) => Err(JsonError {
            path: String::new(),
            problem: JsonProblem::of(&e),
        }),
        (None, Ok(())) => Ok(()),
    }
}

/// A walk over any JSON value that keeps the path it is at and stops at a repeated key; with
/// `last` set, it also records its last step (for [`path_at`]).
struct Walk {
    path: Vec<String>,
    duplicate: Option<(String, String)>,
    /// The path of the last value or key read completely (a key's path ends with the key).
    last: Option<String>,
}

impl Walk {
    fn path(&self) -> String {
        let mut out = String::new();
        for p in &self.path {
            if !p.starts_with('[') && !out.is_empty() {
                out.push('.');
            }
            out.push_str(p);
        }
        out
    }

    /// Note the path just read completely (a value, or a key) when `last` is kept; `Ok` so that
    /// a visitor can end with it.
    fn step_read<E>(&mut self) -> Result<(), E> {
        if self.last.is_some() {
            self.last = Some(self.path());
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for &mut Walk {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for &mut Walk {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        self.step_read()
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        self.step_read()
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        self.step_read()
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        self.step_read()
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        self.step_read()
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        self.step_read()
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0usize;
        loop {
            self.path.push(format!("[{i}]"));
            let more = seq.next_element_seed(&mut *self)?;
            self.path.pop();
            if more.is_none() {
                return self.step_read();
            }
            i += 1;
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                self.duplicate = Some((self.path(), key));
                return Err(de::Error::custom("duplicate key"));
            }
            self.path.push(key);
            self.step_read::<A::Error>()?;
            map.next_value_seed(&mut *self)?;
            self.path.pop();
        }
        self.step_read()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn a_key_written_twice_is_refused_with_its_path() {
        let e = check_duplicate_keys(r#"{"a": [{"x": 1}, {"y": {"k": 1, "k": 2}}]}"#).unwrap_err();
        assert_eq!(e.path, "a[1].y");
        assert_eq!(e.problem.kind, JsonProblemKind::DuplicateKey("k".into()));
        assert!(check_duplicate_keys(r#"{"a": {"k": 1}, "b": {"k": 1}}"#).is_ok());
        let e = read_json::<BTreeMap<String, f64>>(r#"{"i1": 50, "i1": 90}"#).unwrap_err();
        assert_eq!(
            (e.path.as_str(), &e.problem.kind),
            ("", &JsonProblemKind::DuplicateKey("i1".into()))
        );
    }

    #[test]
    fn a_wrong_value_is_named_by_its_path() {
        let e = read_json::<BTreeMap<String, Vec<f64>>>(r#"{"a": [1, "x"]}"#).unwrap_err();
        assert_eq!(e.path, "a[1]");
        assert!(matches!(e.problem.kind, JsonProblemKind::WrongType(_)));
        assert_eq!(e.problem.line, 1);
        let e = read_json::<Vec<f64>>("[1] x").unwrap_err();
        assert_eq!(e.problem.kind, JsonProblemKind::Syntax);
    }
}
