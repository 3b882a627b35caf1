//! The results table of the screens: column headers, one row header per row, numbers
//! right-aligned, verdicts as coloured tags with the result in words. Rows are plain data
//! built by `crate::present` and the screens.

use leptos::either::EitherOf4;
use leptos::prelude::*;

use crate::present::{Cell, Column};

/// Props:
/// * `columns` — the column headers;
/// * `rows` — the rows' cells (use [`Cell::Head`] for the row's header);
/// * `caption` — optional caption.
#[component]
pub fn ResultsTable(
    #[prop(into)] columns: Signal<Vec<Column>>,
    #[prop(into)] rows: Signal<Vec<Vec<Cell>>>,
    #[prop(optional, into)] caption: Option<Signal<String>>,
) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0">
            {data_table(Some("results-table"), caption, columns, rows)}
        </div>
    }
}

/// The `<table>` itself (caption, column headers, rows), also used for a chart's visually
/// hidden data table.
pub fn data_table(
    class: Option<&'static str>,
    caption: Option<Signal<String>>,
    columns: Signal<Vec<Column>>,
    rows: Signal<Vec<Vec<Cell>>>,
) -> impl IntoView {
    view! {
        <table class=class>
            {caption.map(|c| view! { <caption>{move || c.get()}</caption> })}
            <thead>
                <tr>
                    {move || {
                        columns
                            .get()
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <th scope="col" class:num=c.num>
                                        {c.label}
                                    </th>
                                }
                            })
                            .collect_view()
                    }}
                </tr>
            </thead>
            <tbody>
                {move || {
                    rows.get()
                        .into_iter()
                        .map(|row| view! { <tr>{row.into_iter().map(cell).collect_view()}</tr> })
                        .collect_view()
                }}
            </tbody>
        </table>
    }
}

/// A cell's view: one of four, so that redrawing a table after an edit updates each cell in
/// place (a cell of the same kind as before keeps its element), without a type-erased view
/// made and dropped per cell.
fn cell(c: Cell) -> impl IntoView {
    match c {
        Cell::Text(s) => EitherOf4::A(view! { <td>{s}</td> }),
        Cell::Head(s) => EitherOf4::B(view! { <th scope="row">{s}</th> }),
        Cell::Num(s) => EitherOf4::C(view! { <td class="num">{s}</td> }),
        Cell::Verdict { text, passed } => EitherOf4::D(view! {
            <td>
                <span class=if passed { "tag pass" } else { "tag fail" }>{text}</span>
            </td>
        }),
    }
}
