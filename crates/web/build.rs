//! Computes `ITA_EXPORT_BUILD_ID`: a hash of the sources that make the lazily loaded export
//! module (crates/export and crates/core, and Cargo.lock). The app appends it to the module's
//! URLs, because Trunk does not hash that module's file names (see src/export_module.rs).

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let root = manifest.join("../..");
    let inputs = [
        root.join("crates/export"),
        root.join("crates/core/src"),
        root.join("crates/core/Cargo.toml"),
        root.join("Cargo.lock"),
    ];
    // FNV-1a over (path, contents) of every file, in a stable order.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for input in &inputs {
        println!("cargo:rerun-if-changed={}", input.display());
        let mut files = Vec::new();
        collect(input, &mut files);
        files.sort();
        for f in files {
            let rel = f.strip_prefix(&root).unwrap_or(&f);
            feed(rel.to_string_lossy().as_bytes());
            feed(&fs::read(&f).unwrap_or_default());
        }
    }
    println!("cargo:rustc-env=ITA_EXPORT_BUILD_ID={:012x}", hash >> 16);
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
    } else if let Ok(entries) = fs::read_dir(path) {
        for e in entries.flatten() {
            let p = e.path();
            if p.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            collect(&p, out);
        }
    }
}
