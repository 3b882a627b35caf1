//! The fuzz corpus (`fuzz/corpus/<target>/`, seeds and every input a fuzz run found worth
//! keeping, crashes included) replayed on stable through the same entry functions the
//! `cargo fuzz` targets call (`ita_core::input::fuzz_entry`).

use std::path::PathBuf;

use ita_core::input::fuzz_entry::{run, TARGETS};

fn corpus_dir(target: &str) -> PathBuf {
    [
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "..",
        "fuzz",
        "corpus",
        target,
    ]
    .iter()
    .collect()
}

#[test]
fn every_corpus_file_replays_without_breaking_an_invariant() {
    for target in TARGETS {
        let dir = corpus_dir(target);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        assert!(files.len() >= 5, "{target}: only {} seeds", files.len());
        for f in files {
            let data = std::fs::read(&f).unwrap();
            // A failing invariant panics inside `run`; name the file first.
            let ok = std::panic::catch_unwind(|| run(target, &data));
            assert!(matches!(ok, Ok(true)), "{target}: {} fails", f.display());
        }
    }
}

#[test]
fn an_unknown_target_is_refused() {
    assert!(!run("no_such_target", b""));
}

/// The small framework seed (what `framework_toml` mutates within its 4 KB input cap) must be
/// a valid framework, or the fuzzer would only ever see refusals.
#[test]
fn the_small_framework_seed_is_a_valid_framework() {
    let path = corpus_dir("framework_toml").join("small-valid.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.len() <= 4096, "{} bytes", text.len());
    if let Err(e) = ita_core::Framework::from_toml(&text) {
        panic!("{}", e.message(ita_core::Lang::En));
    }
}
