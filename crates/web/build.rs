//! Computes `ITA_EXPORT_BUILD_ID`: a hash of everything the lazily loaded export module is built
//! from (see `export_build_id.rs`). The app appends it to the module's URLs, because Trunk does
//! not hash that module's file names (see src/export_module.rs).
//!
//! Also asks the linker to keep its relocations in the app's wasm: the build splits that wasm
//! at its `#[lazy]` functions after linking (scripts/wasm-split.mjs), and the splitter reads
//! them. Only the final link of the `ita-web` binary changes; no dependency is rebuilt.

use std::path::PathBuf;

#[path = "export_build_id.rs"]
mod export_build_id;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let root = manifest.join("../..");
    for input in export_build_id::INPUTS {
        println!("cargo:rerun-if-changed={}", root.join(input).display());
    }
    let id = export_build_id::build_id(&root, export_build_id::read_or_empty);
    println!("cargo:rustc-env=ITA_EXPORT_BUILD_ID={id}");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=ita-web=--emit-relocs");
    }
}
