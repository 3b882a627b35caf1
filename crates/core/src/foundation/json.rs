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
pub fn read_json<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    check_duplicate_keys(text)?;
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| JsonError {
        path: path_text(&e.path().to_string()),
        problem: JsonProblem::of(e.inner()),
    })?;
    de.end().map_err(|e| JsonError {
        path: String::new(),
        problem: JsonProblem::of(&e),
    })?;
    Ok(value)
}

/// serde_path_to_error writes the root as ".".
fn path_text(p: &str) -> String {
    if p == "." {
        String::new()
    } else {
        p.to_string()
    }
}

/// The first key that appears twice in one object, anywhere in `text`.
pub fn check_duplicate_keys(text: &str) -> Result<(), JsonError> {
    let mut walk = Walk {
        path: Vec::new(),
        duplicate: None,
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

/// A walk over any JSON value that keeps the path it is at and stops at a repeated key.
struct Walk {
    path: Vec<String>,
    duplicate: Option<(String, String)>,
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
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0usize;
        loop {
            self.path.push(format!("[{i}]"));
            let more = seq.next_element_seed(&mut *self)?;
            self.path.pop();
            if more.is_none() {
                return Ok(());
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
            map.next_value_seed(&mut *self)?;
            self.path.pop();
        }
        Ok(())
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
