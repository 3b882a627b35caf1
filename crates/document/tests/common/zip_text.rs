//! Reading the entries of a written DOCX or XLSX archive as text; shared by the writers' tests
//! and ita-core's report tests (through `#[path]`).
#![allow(dead_code)] // each test binary uses only some of these

use std::io::{Cursor, Read};

pub fn unzip(bytes: &[u8]) -> zip::ZipArchive<Cursor<Vec<u8>>> {
    zip::ZipArchive::new(Cursor::new(bytes.to_vec())).expect("a zip archive")
}

/// The text of the entry `name`; panics naming it when it is missing.
pub fn entry(z: &mut zip::ZipArchive<Cursor<Vec<u8>>>, name: &str) -> String {
    let mut s = String::new();
    z.by_name(name)
        .unwrap_or_else(|_| panic!("{name} missing"))
        .read_to_string(&mut s)
        .unwrap();
    s
}

/// The text of the entry `name` of the archive `bytes`.
pub fn unzip_text(bytes: &[u8], name: &str) -> String {
    entry(&mut unzip(bytes), name)
}
