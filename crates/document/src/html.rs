//! A standalone HTML print view of a document (A4, Sarabun, page breaks between sections,
//! table headers repeated on every printed page). All text is escaped.

use super::{Align, Block, Document, Paragraph};

/// Escape text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn with_breaks(text: &str) -> String {
    escape(text).replace('\n', "<br>")
}

/// The print stylesheet shared by the CLI's HTML and the app's print view.
pub const PRINT_CSS: &str = "\
@page { size: A4; margin: 2.5cm 2cm 2cm 3cm; }
body { font-family: 'TH Sarabun New', 'Sarabun', sans-serif; font-size: 16pt; line-height: 1.35; color: #000; }
.doc-section { break-before: page; page-break-before: always; }
.doc-section:first-child { break-before: auto; page-break-before: auto; }
h1 { font-size: 20pt; text-align: center; margin: 0 0 .5em; }
h2 { font-size: 18pt; margin: 1em 0 .3em; }
p { margin: 0 0 .4em; }
p.indent { text-indent: 2.5cm; }
p.center { text-align: center; } p.right { text-align: right; } p.justify { text-align: justify; }
table { width: 100%; border-collapse: collapse; margin: .4em 0 .8em; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { font-weight: bold; background: #eee; }
td.num { text-align: right; white-space: nowrap; }
.signature { margin-top: 2em; text-align: center; white-space: pre-line; break-inside: avoid; }
img { max-width: 100%; height: auto; }
";

/// The CSS classes of a paragraph (of [`PRINT_CSS`]: alignment, first-line indent); the in-app
/// preview uses the same ones.
pub fn paragraph_class(p: &Paragraph) -> String {
    let mut class = match p.align {
        Align::Left => String::new(),
        Align::Center => "center".into(),
        Align::Right => "right".into(),
        Align::Justify => "justify".into(),
    };
    if p.first_line_indent {
        class.push_str(" indent");
    }
    class
}

fn paragraph(p: &Paragraph) -> String {
    let class = paragraph_class(p);
    let body: String = p
        .spans
        .iter()
        .map(|s| {
            if s.bold {
                format!("<b>{}</b>", with_breaks(&s.text))
            } else {
                with_breaks(&s.text)
            }
        })
        .collect();
    format!("<p class=\"{}\">{body}</p>\n", class.trim())
}

/// A chart under its title: a PNG at print resolution shown at its CSS size (with the bitmap
/// writer), or the title alone.
fn chart(c: &crate::chart::Chart) -> String {
    #[cfg(feature = "chart-bitmap")]
    if let Ok(i) = crate::chart::bitmap::render_for_print(c) {
        let scale = crate::chart::bitmap::PRINT_SCALE;
        return format!(
            "<p class=\"center\"><b>{}</b><br><img alt=\"{}\" width=\"{}\" height=\"{}\" src=\"data:image/png;base64,{}\"></p>\n",
            escape(&c.alt),
            escape(&i.alt),
            (f64::from(i.width_px) / scale).round(),
            (f64::from(i.height_px) / scale).round(),
            base64(&i.png)
        );
    }
    format!("<p class=\"center\"><b>{}</b></p>\n", escape(&c.alt))
}

/// The document's body (sections), without `<html>` around it.
pub fn body(doc: &Document) -> String {
    let mut out = String::new();
    for s in &doc.sections {
        out.push_str(&format!(
            "<section class=\"doc-section\" aria-label=\"{}\">\n",
            escape(&s.name)
        ));
        for b in &s.blocks {
            match b {
                Block::Title { text } => out.push_str(&format!("<h1>{}</h1>\n", with_breaks(text))),
                Block::Heading { text } => out.push_str(&format!("<h2>{}</h2>\n", with_breaks(text))),
                Block::Paragraph(p) => out.push_str(&paragraph(p)),
                Block::Table(t) => {
                    out.push_str("<table>\n<thead><tr>");
                    for h in &t.header {
                        out.push_str(&format!("<th scope=\"col\">{}</th>", with_breaks(h)));
                    }
                    out.push_str("</tr></thead>\n<tbody>\n");
                    for row in &t.rows {
                        out.push_str("<tr>");
                        for c in row {
                            let class = if c.number.is_some() { " class=\"num\"" } else { "" };
                            let text = with_breaks(&c.text);
                            let text = if c.bold { format!("<b>{text}</b>") } else { text };
                            out.push_str(&format!("<td{class}>{text}</td>"));
                        }
                        out.push_str("</tr>\n");
                    }
                    out.push_str("</tbody>\n</table>\n");
                }
                Block::Image(i) => out.push_str(&format!(
                    "<img alt=\"{}\" width=\"{}\" height=\"{}\" src=\"data:image/png;base64,{}\">\n",
                    escape(&i.alt),
                    i.width_px,
                    i.height_px,
                    base64(&i.png)
                )),
                Block::Chart(c) => out.push_str(&chart(c)),
                Block::Signature { lines } => {
                    out.push_str(&format!("<div class=\"signature\">{}</div>\n", with_breaks(&lines.join("\n"))))
                }
            }
        }
        out.push_str("</section>\n");
    }
    out
}

/// A complete HTML file. `font_css` may add an `@font-face` rule (the CLI leaves it empty and
/// relies on installed fonts; nothing is loaded from another host).
pub fn write(doc: &Document, font_css: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{font_css}{PRINT_CSS}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
        escape(&doc.title),
        body(doc)
    )
}

fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(T[(n >> 18) as usize & 63] as char);
        out.push(T[(n >> 12) as usize & 63] as char);
        out.push(if chunk.len() > 1 {
            T[(n >> 6) as usize & 63] as char
        } else {
            '='
        });
        out.push(if chunk.len() > 2 {
            T[n as usize & 63] as char
        } else {
            '='
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_user_text() {
        assert_eq!(
            escape("<script>alert('x')</script> & \""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;"
        );
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
    }
}
