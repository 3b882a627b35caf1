//! Fuzz target `paste`: arbitrary bytes through ita-core's entry for this reader
//! (`ita_core::input::fuzz_entry`, the same code the corpus replay test runs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    ita_core::input::fuzz_entry::run("paste", data);
});
