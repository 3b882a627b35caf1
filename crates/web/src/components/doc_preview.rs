//! The live preview of a core [`Document`], which is also the print view: every block becomes
//! an element (sections, headings, paragraphs with their spans, tables, charts — drawn on a
//! canvas by [`BarChart`] from the document's own chart spec —, signature blocks). The model is plain text, so text only ever goes into text nodes — never markup.
//!
//! The structure and class names are those of `ita_document::html` (the CLI's HTML), so
//! the same stylesheet, `html::PRINT_CSS`, lays out both: the report screen adds it for
//! `@media print`, and `assets/app.css` styles the on-screen paper look.

use ita_document::{Block, Document, Paragraph, Section, Table};
use leptos::prelude::*;

use crate::components::BarChart;

/// Props:
/// * `doc` — the document to show (`None`: nothing);
/// * `label` — the accessible name of the preview region.
///
/// The root carries `data-testid="doc-preview"` and each section `data-testid="doc-section"`
/// (testing contract).
#[component]
pub fn DocPreview(
    #[prop(into)] doc: Signal<Option<Document>>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    view! {
        <div
            class="doc-preview"
            role="region"
            aria-label=move || label.get()
            data-testid="doc-preview"
            lang="th"
        >
            {move || {
                doc.with(|d| {
                    d.as_ref()
                        .map(|d| {
                            d.sections
                                .iter()
                                .map(section)
                                .collect::<Vec<_>>()
                        })
                        .unwrap_or_default()
                })
            }}
        </div>
    }
}

fn section(s: &Section) -> AnyView {
    let blocks: Vec<AnyView> = s.blocks.iter().map(block).collect();
    let class = if s.landscape {
        "doc-section landscape"
    } else {
        "doc-section"
    };
    // An article, not a section: a named section is a landmark, and a document's name (the
    // memo's "บันทึกข้อความ") may repeat a landmark of the screen (axe `landmark-unique`).
    view! {
        <article class=class aria-label=s.name.clone() data-testid="doc-section">
            {blocks}
        </article>
    }
    .into_any()
}

/// Text with its `\n` kept as line breaks.
fn lines(text: &str) -> Vec<AnyView> {
    let mut out = Vec::new();
    for (k, line) in text.split('\n').enumerate() {
        if k > 0 {
            out.push(view! { <br /> }.into_any());
        }
        out.push(line.to_string().into_any());
    }
    out
}

fn paragraph(p: &Paragraph) -> AnyView {
    let class = ita_document::html::paragraph_class(p);
    let spans: Vec<AnyView> = p
        .spans
        .iter()
        .map(|s| {
            if s.bold {
                view! { <b>{lines(&s.text)}</b> }.into_any()
            } else {
                lines(&s.text).into_any()
            }
        })
        .collect();
    view! { <p class=class.trim().to_string()>{spans}</p> }.into_any()
}

fn table(t: &Table) -> AnyView {
    let cols: Vec<AnyView> = t
        .fractions()
        .into_iter()
        .map(|f| view! { <col style=format!("width: {:.1}%", f * 100.0) /> }.into_any())
        .collect();
    let head: Vec<AnyView> = t
        .header
        .iter()
        .map(|h| view! { <th scope="col">{lines(h)}</th> }.into_any())
        .collect();
    let rows: Vec<AnyView> = t
        .rows
        .iter()
        .map(|row| {
            let cells: Vec<AnyView> = row
                .iter()
                .map(|c| {
                    let class = c.number.is_some().then_some("num");
                    if c.bold {
                        view! { <td class=class><b>{lines(&c.text)}</b></td> }.into_any()
                    } else {
                        view! { <td class=class>{lines(&c.text)}</td> }.into_any()
                    }
                })
                .collect();
            view! { <tr>{cells}</tr> }.into_any()
        })
        .collect();
    view! {
        <div class="doc-table-wrap" tabindex="0" role="group" aria-label=t.name.clone()>
            <table>
                <colgroup>{cols}</colgroup>
                <thead>
                    <tr>{head}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

fn block(b: &Block) -> AnyView {
    match b {
        Block::Title { text } => view! { <h1>{lines(text)}</h1> }.into_any(),
        Block::Heading { text } => view! { <h2>{lines(text)}</h2> }.into_any(),
        Block::Paragraph(p) => paragraph(p),
        Block::Table(t) => table(t),
        // Pictures come only from outside the app; its own charts are `Block::Chart`.
        Block::Image(i) => view! { <p class="center doc-image">{i.alt.clone()}</p> }.into_any(),
        // The data of a document's chart is in the table before it, which a screen reader
        // reads; the chart is its picture.
        Block::Chart(c) => view! {
            <div class="doc-chart">
                <p class="center"><b>{c.alt.clone()}</b></p>
                <BarChart spec=Signal::stored(c.spec.clone()) title=Signal::stored(c.alt.clone()) />
            </div>
        }
        .into_any(),
        Block::Signature { lines: l } => {
            view! { <div class="signature">{lines(&l.join("\n"))}</div> }.into_any()
        }
    }
}
