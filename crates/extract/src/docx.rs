//! The text of a DOCX: `word/document.xml` walked tag by tag. Each paragraph becomes a line;
//! each table row becomes one line of tab-separated cells (the paragraphs of a cell joined by a
//! space; a table inside a cell becomes part of that cell's text).

use std::io::{Cursor, Read};

use crate::ExtractError;

pub fn text(bytes: &[u8]) -> Result<String, ExtractError> {
    let broken = |e: String| ExtractError::BrokenDocx(e);
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| broken(e.to_string()))?;
    let mut file = zip
        .by_name("word/document.xml")
        .map_err(|_| broken("word/document.xml is missing".into()))?;
    let mut xml = String::new();
    file.read_to_string(&mut xml)
        .map_err(|e| broken(e.to_string()))?;
    Ok(walk(&xml))
}

/// Where the walk is: lines done, the paragraph being read, the cells of the current row.
#[derive(Default)]
struct Walk {
    lines: Vec<String>,
    paragraph: String,
    cell: Vec<String>,
    row: Vec<String>,
    table_depth: usize,
    in_text: bool,
}

impl Walk {
    fn end_paragraph(&mut self) {
        let p = std::mem::take(&mut self.paragraph);
        if self.table_depth == 0 {
            self.lines.push(p);
        } else {
            self.cell.push(p);
        }
    }
}

/// Walk the XML of a document body.
fn walk(xml: &str) -> String {
    let mut w = Walk::default();
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        if w.in_text {
            w.paragraph.push_str(&unescape(&rest[..open]));
        }
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        let closing = tag.starts_with('/');
        let self_closing = tag.ends_with('/');
        let name = tag
            .trim_start_matches('/')
            .split([' ', '/', '\t', '\n', '\r'])
            .next()
            .unwrap_or("");
        match (name, closing) {
            ("w:t", false) => w.in_text = !self_closing,
            ("w:t", true) => w.in_text = false,
            ("w:tab", false) if self_closing => w.paragraph.push('\t'),
            ("w:br" | "w:cr", false) => w.paragraph.push(' '),
            ("w:p", true) => w.end_paragraph(),
            ("w:p", false) if self_closing => w.end_paragraph(),
            ("w:tbl", false) => w.table_depth += 1,
            ("w:tbl", true) => w.table_depth = w.table_depth.saturating_sub(1),
            ("w:tc", true) => {
                let text = std::mem::take(&mut w.cell).join(" ");
                if w.table_depth > 1 {
                    // A nested table's cell stays inside the outer cell.
                    w.paragraph.push_str(text.trim());
                    w.paragraph.push(' ');
                } else {
                    w.row.push(text.trim().to_string());
                }
            }
            ("w:tr", true) if w.table_depth <= 1 => {
                let row = std::mem::take(&mut w.row);
                w.lines.push(row.join("\t"));
            }
            _ => {}
        }
    }
    w.lines.join("\n")
}

/// Replace XML entities by their characters.
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let Some(semi) = after.find(';').filter(|&k| k <= 10) else {
            out.push('&');
            rest = after;
            continue;
        };
        let entity = &after[..semi];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_table_rows_become_lines() {
        let xml = r#"<w:document><w:body><w:p><w:r><w:t>ผลการประเมิน &amp; ITA</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>IIT</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">๙๙.๕๖</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r></w:p></w:body></w:document>"#;
        assert_eq!(walk(xml), "ผลการประเมิน & ITA\nIIT\t๙๙.๕๖\na\tb");
    }
}
