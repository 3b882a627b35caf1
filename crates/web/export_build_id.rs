//! The cache-busting id of the lazily loaded modules (the exporter, `crates/export`, and the
//! importer, `crates/import`): a hash over every file they are built from. Shared by
//! `build.rs` (which sets `ITA_EXPORT_BUILD_ID`) and a host test in `src/lib.rs` (both include
//! this file with `#[path]`), so the list below is tested, not just trusted.
//!
//! The inputs are whole directories on purpose: core embeds its sample files with `include_str!`
//! and its framework and recommendation files through its build script (`build.rs`), and a
//! list of `src` directories alone missed them, so a changed framework file left users with a
//! stale cached exporter.

use std::fs;
use std::path::{Path, PathBuf};

/// What the export module is built from, relative to the workspace root (directories are taken
/// whole, minus any `target` directory).
pub const INPUTS: [&str; 6] = [
    "crates/core",
    "crates/document",
    "crates/export",
    "crates/extract",
    "crates/import",
    "Cargo.lock",
];

/// Every input file, in a stable order.
pub fn input_files(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for input in INPUTS {
        collect(&root.join(input), &mut files);
    }
    files.sort();
    files
}

/// The id: FNV-1a over (path relative to `root`, contents) of every input file, as 12 hex
/// digits. `read` gives a file's bytes (`fs::read` in the build; tests pass a changed reader).
pub fn build_id(root: &Path, read: impl Fn(&Path) -> Vec<u8>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for f in input_files(root) {
        let rel = f.strip_prefix(root).unwrap_or(&f);
        feed(rel.to_string_lossy().as_bytes());
        feed(&read(&f));
    }
    format!("{:012x}", hash >> 16)
}

/// Read a file for the hash (an unreadable file counts as empty).
pub fn read_or_empty(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .canonicalize()
            .expect("workspace root")
    }

    /// Every file that `include_str!`/`include_bytes!` embeds in the crates the export module
    /// is built from, and the data files core's build script turns into what it embeds
    /// (`crates/core/build.rs`: frameworks and recommendations).
    fn embedded_files(root: &Path) -> Vec<PathBuf> {
        let mut found = Vec::new();
        for dir in ["crates/core/frameworks", "crates/core/recommendations"] {
            let mut data = Vec::new();
            collect(&root.join(dir), &mut data);
            found.extend(
                data.iter()
                    .filter(|p| p.extension().is_some_and(|e| e == "toml"))
                    .map(|p| p.canonicalize().expect("data file exists")),
            );
        }
        let mut sources = Vec::new();
        for dir in [
            "crates/core/src",
            "crates/document/src",
            "crates/export/src",
            "crates/extract/src",
            "crates/import/src",
        ] {
            collect(&root.join(dir), &mut sources);
        }
        for src in sources
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        {
            let text = fs::read_to_string(src).expect("source readable");
            for mac in ["include_str!(\"", "include_bytes!(\""] {
                for (at, _) in text.match_indices(mac) {
                    let rest = &text[at + mac.len()..];
                    let rel = &rest[..rest.find('"').expect("closing quote")];
                    let path = src.parent().expect("in a directory").join(rel);
                    found.push(path.canonicalize().expect("embedded file exists"));
                }
            }
        }
        found
    }

    #[test]
    fn every_embedded_file_is_an_input() {
        let root = root();
        let inputs: Vec<PathBuf> = input_files(&root)
            .iter()
            .map(|p| p.canonicalize().expect("input exists"))
            .collect();
        let embedded = embedded_files(&root);
        // Frameworks, recommendations and samples at least.
        assert!(embedded.len() >= 10, "{embedded:?}");
        for f in embedded {
            assert!(inputs.contains(&f), "{} is not hashed", f.display());
        }
    }

    #[test]
    fn changing_an_embedded_file_changes_the_id() {
        let root = root();
        let base = build_id(&root, read_or_empty);
        assert_eq!(base.len(), 12);
        assert_eq!(build_id(&root, read_or_empty), base, "stable");
        for changed in embedded_files(&root) {
            let id = build_id(&root, |p| {
                let mut bytes = read_or_empty(p);
                if p.canonicalize().ok().as_ref() == Some(&changed) {
                    bytes.push(b'\n');
                }
                bytes
            });
            assert_ne!(id, base, "{} does not change the id", changed.display());
        }
    }

    #[test]
    fn sources_and_the_lock_file_are_inputs_and_target_is_not() {
        let root = root();
        let files = input_files(&root);
        for must in [
            "crates/core/src/lib.rs",
            "crates/document/src/lib.rs",
            "crates/export/src/lib.rs",
            "Cargo.lock",
        ] {
            assert!(files.contains(&root.join(must)), "{must}");
        }
        assert!(files.iter().all(|f| !f
            .strip_prefix(&root)
            .unwrap_or(f)
            .components()
            .any(|c| c.as_os_str() == "target")));
    }
}
