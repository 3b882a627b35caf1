//! A TOML parser's error described in the user's language (feature `toml-input`: only the
//! builds that read framework files written in TOML carry a TOML parser).

use crate::foundation::error::{JsonProblem, JsonProblemKind, Problem};

/// A TOML parser's error described without its English text: the class (a missing field, a
/// value of the wrong type …, or the syntax) and the line and column.
pub(crate) fn toml_problem(text: &str, e: &toml::de::Error) -> Problem {
    let (line, column) = e
        .span()
        .map(|s| {
            let mut end = s.start.min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let before = &text[..end];
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            (
                before.matches('\n').count() + 1,
                before[line_start..].chars().count() + 1,
            )
        })
        .unwrap_or((0, 0));
    let message = e.message();
    let is_data = [
        "missing field",
        "unknown field",
        "duplicate",
        "invalid type",
        "invalid value",
        "unknown variant",
        "invalid length",
    ]
    .iter()
    .any(|p| message.starts_with(p));
    if is_data {
        Problem::Json(JsonProblem {
            kind: JsonProblemKind::of_data_error(message),
            line,
            column,
        })
    } else {
        Problem::text(
            format!("รูปแบบ TOML ผิด (บรรทัดที่ {line} ตำแหน่งที่ {column})"),
            format!("not valid TOML (line {line}, column {column})"),
        )
    }
}
