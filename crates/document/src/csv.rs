//! CSV of a document's tables: one block per table, `# name` line first, UTF-8 with a BOM so
//! spreadsheet software reads Thai correctly. Text that a spreadsheet could run as a formula
//! gets a leading apostrophe.

use super::{looks_like_formula, Document, Table};

/// Quote one CSV field, neutralising formulas (a header's wrap marks dropped).
pub fn field(text: &str) -> String {
    let text = &crate::layout::strip_marks(text);
    let safe = if looks_like_formula(text) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if safe.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

/// One table as CSV lines (header first). Numbers are written as numbers.
pub fn table(t: &Table) -> String {
    let mut out = String::new();
    out.push_str(
        &t.header
            .iter()
            .map(|h| field(h))
            .collect::<Vec<_>>()
            .join(","),
    );
    out.push_str("\r\n");
    for row in &t.rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c.number {
                Some(n) => format!("{n}"),
                None => field(&c.text),
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Every table of the document, separated by a blank line and a `# name` line.
pub fn write(doc: &Document) -> String {
    let mut out = String::from("\u{feff}");
    for (i, t) in doc.tables().enumerate() {
        if i > 0 {
            out.push_str("\r\n");
        }
        out.push_str(&field(&format!("# {}", t.name)));
        out.push_str("\r\n");
        out.push_str(&table(t));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralises_formulas_and_quotes() {
        assert_eq!(field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(field("+66 81"), "'+66 81");
        assert_eq!(field("-1"), "'-1");
        assert_eq!(field("@cmd"), "'@cmd");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("บรรทัด\n\"สอง\""), "\"บรรทัด\n\"\"สอง\"\"\"");
        assert_eq!(field("ปกติ"), "ปกติ");
    }
}
