//! A chart on a canvas (drawn by `crate::charts`) with its text alternative, given ONCE: the
//! canvas is hidden from assistive technology, and the data is read from one table — a
//! visually hidden one here when the chart gets `table`, or else the visible table the screen
//! shows next to the chart (so a screen reader does not hear the same data twice).
//! The chart redraws when its data changes, when the window is resized, and once the page
//! font has loaded; it draws in the next frame (below).

use std::cell::Cell as Shared;
use std::rc::Rc;

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::{self, ChartSpec};
use crate::components::results_table::data_table;
use crate::present::{Cell, Column};

/// Props:
/// * `spec` — what to draw;
/// * `title` — the chart's name (its `aria-label` and the table's caption);
/// * `columns` — the hidden table's column headers;
/// * `table` — the hidden table's rows (first cell is the row header); leave both out when
///   the screen shows the same data in a visible table;
/// * `testid` — optional `data-testid` of the canvas (testing contract).
#[component]
pub fn BarChart(
    #[prop(into)] spec: Signal<ChartSpec>,
    #[prop(into)] title: Signal<String>,
    #[prop(optional, into)] columns: Option<Signal<Vec<String>>>,
    #[prop(optional, into)] table: Option<Signal<Vec<Vec<String>>>>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let canvas_ref = NodeRef::<Canvas>::new();
    let wrap_ref = NodeRef::<Div>::new();
    let tick = RwSignal::new(0u32);
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        tick.update(|t| *t = t.wrapping_add(1))
    });
    on_cleanup(move || handle.remove());
    fonts_loaded(tick);

    // Drawn in the next frame, not at once: the width read there costs no layout of its own
    // (the browser lays the page out for that frame anyway), where a read while the screen is
    // being built forces one in the middle of it, and then the page is laid out again.
    // Only the latest request of a frame draws.
    let latest = Rc::new(Shared::new(0u32));
    Effect::new(move |_| {
        tick.track();
        let spec = spec.get();
        let this = latest.get().wrapping_add(1);
        latest.set(this);
        let latest = Rc::clone(&latest);
        request_animation_frame(move || {
            if latest.get() == this {
                draw(canvas_ref, wrap_ref, &spec);
            }
        });
    });

    view! {
        <figure class="chart">
            <div class="chart-canvas" node_ref=wrap_ref>
                <canvas node_ref=canvas_ref aria-hidden="true" data-testid=testid></canvas>
            </div>
            {table.map(|table| hidden_table(title, columns.unwrap_or_default(), table))}
        </figure>
    }
}

/// Draw `spec` at the width the chart's box has now (nothing while it is hidden or gone).
fn draw(canvas_ref: NodeRef<Canvas>, wrap_ref: NodeRef<Div>, spec: &ChartSpec) {
    let (Some(Some(canvas)), Some(Some(wrap))) = (canvas_ref.try_get(), wrap_ref.try_get()) else {
        return; // the screen was left before this frame
    };
    let width = f64::from(wrap.client_width());
    if width < 1.0 {
        return; // not laid out (hidden)
    }
    let ratio = window().device_pixel_ratio();
    let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
    if let Err(e) = charts::draw(&canvas, spec, width, ratio) {
        leptos::logging::warn!("chart not drawn: {e}");
    }
}

/// The chart's data as a visually hidden table (its text alternative).
fn hidden_table(
    title: Signal<String>,
    columns: Signal<Vec<String>>,
    table: Signal<Vec<Vec<String>>>,
) -> impl IntoView {
    let columns = Signal::derive(move || {
        columns
            .get()
            .into_iter()
            .map(|label| Column { label, num: false })
            .collect()
    });
    // The first cell of each row is its header.
    let rows = Signal::derive(move || {
        table
            .get()
            .into_iter()
            .map(|row| {
                let mut cells = row.into_iter();
                let head = Cell::Head(cells.next().unwrap_or_default());
                std::iter::once(head).chain(cells.map(Cell::Text)).collect()
            })
            .collect()
    });
    view! { <div class="visually-hidden">{data_table(None, Some(title), columns, rows)}</div> }
}

/// Thai and Latin letters and digits: the faces (subsets) a chart's text needs.
const FONT_PROBE: &str = "กขค ITA 0123";
/// The fonts a chart draws with.
const CHART_FONTS: [&str; 2] = ["16px Sarabun", "bold 16px Sarabun"];

/// Bump `tick` once the page font (Thai and Latin) is ready, so canvas text uses Sarabun; not
/// when it already is (after the first chart of a visit), which would draw the chart twice.
fn fonts_loaded(tick: RwSignal<u32>) {
    let fonts = document().fonts();
    let ready = |font| fonts.check_with_text(font, FONT_PROBE).unwrap_or(false);
    if CHART_FONTS.into_iter().all(ready) {
        return;
    }
    let promises = CHART_FONTS.map(|font| fonts.load_with_text(font, FONT_PROBE));
    leptos::task::spawn_local(async move {
        for p in promises {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        }
        tick.try_update(|t| *t = t.wrapping_add(1));
    });
}
