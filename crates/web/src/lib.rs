//! ita-web: the browser app.
//!
//! Everything is computed in the browser by `ita-core` compiled to WebAssembly; the app sends
//! nothing anywhere. Structure: one state store (`state`) that screens (`screens`) read and
//! change through its methods; reusable pieces in `components`; every string in `i18n`;
//! saving in the browser in `storage` + `persist` (schema: `STORAGE.md`); charts drawn with
//! plotters in `charts`.

pub mod app;
pub mod charts;
pub mod cohort;
pub mod components;
pub mod export_module;
pub mod files;
pub mod i18n;
pub mod import_module;
pub mod lazy_view;
pub mod offline;
pub mod on_demand;
pub mod persist;
pub mod plan_tools;
pub mod present;
pub mod root;
pub mod screens;
pub mod state;
pub mod storage;
pub mod workshop;

/// The export module's build id (used by build.rs), tested on the host.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "../export_build_id.rs"]
mod export_build_id;

pub use app::{AppWith, Screen};
pub use root::App;
