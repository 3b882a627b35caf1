//! A chart on a canvas (drawn by `crate::charts`) with its text alternative, given ONCE: the
//! canvas is hidden from assistive technology, and the data is read from one table — a
//! visually hidden one here when the chart gets `table`, or else the visible table the screen
//! shows next to the chart (so a screen reader does not hear the same data twice).
//! The chart redraws when its data changes, when its box changes width (a `ResizeObserver`:
//! window resized, zoom, a screen first laid out) and once the page font has loaded.
//!
//! It draws at once, at the width its box is known to have, never reading the width from the
//! page: a read while the screen is being built forces the browser to lay the whole screen out
//! in the middle of building it (8 ms of the analysis screen's 29, issue #12), and waiting for
//! the next frame to read it adds up to a frame more. The width comes from the observer (after
//! the browser's own layout, before the frame is painted), and a new chart with a `testid`
//! starts from the width the same chart had last time (its box is the same unless the window
//! changed); when that guess is wrong, the observer's width redraws it before the frame is
//! painted, so the page never shows the wrong drawing.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::charts::{self, ChartCanvas, ChartSpec};
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
    let width_ref = NodeRef::<Div>::new();
    let tick = RwSignal::new(0u32);
    fonts_loaded(tick);
    // The width of the chart's box in CSS pixels; `None` until it is first laid out.
    let width = RwSignal::new(testid.and_then(last_width));
    observe_width(width_ref, width, testid);

    // Made at the first drawing, once the canvas is in the page.
    let chart = StoredValue::new_local(None::<Rc<ChartCanvas>>);
    Effect::new(move |_| {
        tick.track();
        if let Some(w) = width.get() {
            spec.with(|spec| draw(canvas_ref, chart, spec, w));
        }
    });

    view! {
        <figure class="chart">
            // What the observer watches: as wide as the chart, and empty, so that drawing
            // (which sets the canvas's height) never changes its size.
            <div class="chart-width" node_ref=width_ref></div>
            <div class="chart-canvas">
                <canvas node_ref=canvas_ref aria-hidden="true" data-testid=testid></canvas>
            </div>
            {table.map(|table| hidden_table(title, columns.unwrap_or_default(), table))}
        </figure>
    }
}

/// Draw `spec` `width` CSS pixels wide on the `chart` of the canvas (nothing when the screen
/// was left meanwhile).
fn draw(
    canvas_ref: NodeRef<Canvas>,
    chart: StoredValue<Option<Rc<ChartCanvas>>, LocalStorage>,
    spec: &ChartSpec,
    width: f64,
) {
    let Some(Some(canvas)) = canvas_ref.try_get() else {
        return;
    };
    let Some(chart) = chart.try_update_value(|chart| {
        Rc::clone(chart.get_or_insert_with(|| Rc::new(ChartCanvas::new(canvas.unchecked_into()))))
    }) else {
        return;
    };
    let ratio = window().device_pixel_ratio();
    if let Err(e) = charts::draw(&chart, spec, width, ratio) {
        leptos::logging::warn!("chart not drawn: {e}");
    }
}

thread_local! {
    /// The last width of each chart with a `testid`, for the first drawing of its next one.
    static LAST_WIDTHS: RefCell<Vec<(&'static str, f64)>> = const { RefCell::new(Vec::new()) };
}

fn last_width(testid: &'static str) -> Option<f64> {
    LAST_WIDTHS.with_borrow(|all| all.iter().find(|(id, _)| *id == testid).map(|(_, w)| *w))
}

fn remember_width(testid: &'static str, width: f64) {
    LAST_WIDTHS.with_borrow_mut(|all| match all.iter_mut().find(|(id, _)| *id == testid) {
        Some(slot) => slot.1 = width,
        None => all.push((testid, width)),
    });
}

/// Keep `width` equal to the width of `sizer`'s box (whole pixels, as `clientWidth` gives), as
/// the browser lays it out; `None` until the box has had a width, the last one while hidden.
fn observe_width(sizer: NodeRef<Div>, width: RwSignal<Option<f64>>, testid: Option<&'static str>) {
    let on_resize = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(entry) = entries.iter().last() else {
            return;
        };
        let entry: web_sys::ResizeObserverEntry = entry.unchecked_into();
        let w = entry.content_rect().width().round();
        // No width: hidden (a kept screen while another is shown). The chart keeps its last
        // one, so that it draws at once when the screen is shown again, before any layout.
        if w < 1.0 {
            return;
        }
        if let Some(id) = testid {
            remember_width(id, w);
        }
        if width.try_get_untracked() != Some(Some(w)) {
            width.try_set(Some(w));
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    // Observed once the box exists; disconnected (before its callback is freed) when the
    // chart is removed.
    let kept = SendWrapper::new((observer.clone(), on_resize));
    Effect::new(move |_| {
        if let Some(sizer) = sizer.get() {
            observer.observe(&sizer);
        }
    });
    on_cleanup(move || {
        let (observer, on_resize) = kept.take();
        observer.disconnect();
        drop(on_resize);
    });
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
        charts::text_widths::forget();
        tick.try_update(|t| *t = t.wrapping_add(1));
    });
}
