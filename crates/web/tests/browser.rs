//! In-browser tests: run in headless Chromium by `cargo xtask test`
//! (wasm-bindgen-test-runner + chromedriver). They compile to nothing on the host.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use ita_web::charts::{self, Bar, BarStyle, ChartSpec, Row};
use ita_web::components::import_file::import_text;
use ita_web::state::engine::{EngineSource, SCORING};
use ita_web::state::Store;
use ita_web::storage::{KeyValueStore, Keys, MemoryStore};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED_004: &str = include_str!("../../../examples/seed-004-indicators-2565.csv");

fn with_store<T>(backend: Rc<MemoryStore>, f: impl FnOnce(Store) -> T) -> T {
    // The store's autosave is an effect: effects need the browser's task executor, which
    // mounting starts.
    let host = document().create_element("div").unwrap();
    leptos::mount::mount_to(wasm_bindgen::JsCast::unchecked_into(host), || ()).forget();
    let owner = Owner::new();
    owner.with(|| {
        let loaded = ita_web::persist::load_now(backend.as_ref(), &Keys::new("test"));
        let engine = EngineSource::Ready(&SCORING);
        let store = Store::new(backend, Keys::new("test"), loaded, engine);
        f(store)
    })
}

#[wasm_bindgen_test]
fn importing_seed_004_gives_79_43_and_b_and_edits_recompute() {
    with_store(Rc::new(MemoryStore::default()), |store| {
        let msg = import_text(store, "seed.csv", SEED_004).expect("imports");
        assert!(!msg.is_empty());
        let a = store.assessment.get_untracked().expect("assessed");
        assert_eq!(store.score(a.overall.unwrap()), "79.43");
        assert_eq!(a.level.unwrap().name, "B");
        store.set_score("10", Some(85.0));
        let a = store.assessment.get_untracked().unwrap();
        assert_eq!(store.score(a.overall.unwrap()), "87.68");
        let an = store.analysis.get_untracked().unwrap();
        assert_eq!(an.weaknesses, vec![2, 4, 5]);
    });
}

#[wasm_bindgen_test]
fn a_gated_store_holds_still_while_hidden_and_catches_up_when_shown() {
    with_store(Rc::new(MemoryStore::default()), |store| {
        import_text(store, "seed.csv", SEED_004).expect("imports");
        let shown = RwSignal::new(true);
        let gated = store.gated(shown.into());
        let overall = |s: Store| {
            s.assessment
                .get_untracked()
                .and_then(|a| a.overall)
                .map(|v| s.score(v))
        };
        let indicator_10 = |s: Store| {
            s.analysis
                .get_untracked()
                .and_then(|an| an.indicator(10).map(|r| r.value))
        };
        // What the screen read while shown (a gate computes when first read).
        assert_eq!(overall(gated).as_deref(), Some("79.43"));
        let shown_before = indicator_10(gated);
        assert_ne!(shown_before, Some(85.0));

        shown.set(false);
        store.set_score("10", Some(85.0));
        assert_eq!(overall(store).as_deref(), Some("87.68"));
        assert_eq!(
            overall(gated).as_deref(),
            Some("79.43"),
            "hidden: as last shown"
        );
        assert_eq!(indicator_10(store), Some(85.0));
        assert_eq!(indicator_10(gated), shown_before);

        shown.set(true);
        assert_eq!(overall(gated).as_deref(), Some("87.68"), "shown: caught up");
        assert_eq!(indicator_10(gated), Some(85.0));

        // Its writes are the store's.
        gated.set_score("10", None);
        assert_eq!(overall(store), overall(gated));
        assert_ne!(overall(store).as_deref(), Some("87.68"));
    });
}

#[wasm_bindgen_test]
fn corrupt_storage_is_kept_and_reported() {
    let backend = Rc::new(MemoryStore::default());
    let keys = Keys::new("test");
    backend.set(&keys.workbook(), "{oops").unwrap();
    with_store(backend.clone(), |store| {
        let p = store.stored_problem.get_untracked().expect("problem shown");
        assert_eq!(p.raw, "{oops");
        assert!(!store.has_agencies_untracked());
    });
    assert_eq!(
        backend.get("test.v1.workbook.corrupt").unwrap().as_deref(),
        Some("{oops")
    );
}

#[wasm_bindgen_test]
fn the_bar_chart_paints_the_canvas() {
    let canvas: web_sys::HtmlCanvasElement =
        wasm_bindgen::JsCast::unchecked_into(document().create_element("canvas").unwrap());
    document().body().unwrap().append_child(&canvas).unwrap();
    let spec = ChartSpec {
        rows: (1..=10)
            .map(|n| Row {
                label: format!("ตัวชี้วัดที่ {n}"),
                bars: vec![Bar {
                    value: Some(40.0 + 6.0 * n as f64),
                    style: if n > 7 {
                        BarStyle::Pass
                    } else {
                        BarStyle::Fail
                    },
                    text: "x".into(),
                }],
            })
            .collect(),
        pass_line: Some((85.0, "85".into())),
        thai_digits: false,
    };
    charts::draw(&charts::ChartCanvas::new(canvas.clone()), &spec, 360.0, 1.0).expect("drawn");
    let ctx: web_sys::CanvasRenderingContext2d =
        wasm_bindgen::JsCast::unchecked_into(canvas.get_context("2d").unwrap().unwrap());
    let data = ctx
        .get_image_data(0.0, 0.0, canvas.width() as f64, canvas.height() as f64)
        .unwrap()
        .data();
    let painted = data
        .chunks(4)
        .filter(|p| p[0] < 250 || p[1] < 250 || p[2] < 250)
        .count();
    assert!(painted > 2000, "painted {painted}");
}
