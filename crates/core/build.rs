//! Build-time data (issue #12): reads the built-in framework files (`frameworks/*.toml`) and
//! the recommendation library (`recommendations/*.toml`), validates them, and writes them to
//! `OUT_DIR` as minified JSON that the crate embeds and reads with serde_json (which every
//! wasm already carries). The app and ita-calc then ship neither the TOML text (keys, quotes,
//! comments) nor a TOML parser.
//!
//! A framework file is read with the crate's own schema (`src/framework/schema.rs`) and
//! checked by the crate's own validation (`src/framework/check.rs`), both included here, so a
//! broken file fails the build with the file and the field named. The recommendation files
//! are checked for their syntax here; their full validation (which needs the frameworks and
//! the rest of the crate) runs on load and in the tests.

// The schema's helper methods are not used by the build script.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The crate paths the included schema and check modules name (`crate::foundation::…`,
/// `crate::framework`), reduced to what they use: a problem is kept as its English text, which
/// is what a failed build prints.
mod foundation {
    pub mod lang {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Lang {
            Th,
            En,
        }
    }

    pub mod echo {
        /// User text quoted in a message (the build's own files: shown whole).
        pub fn echo(text: &str) -> &str {
            text
        }

        pub fn echo_number(v: f64, _lang: super::lang::Lang) -> String {
            v.to_string()
        }
    }

    pub mod error {
        #[derive(Debug)]
        pub struct Problem(pub String);

        impl Problem {
            pub fn text(_th: impl Into<String>, en: impl Into<String>) -> Problem {
                Problem(en.into())
            }
        }

        #[derive(Debug)]
        pub enum ItaError {
            BadFramework { path: String, problem: Problem },
        }
    }
}

#[path = "src/framework/schema.rs"]
mod schema;

mod framework {
    pub use crate::schema::*;
}

#[path = "src/framework/check.rs"]
mod check;

use foundation::error::ItaError;

/// The framework files, in the order the crate lists them (ascending years).
const FRAMEWORKS: [&str; 4] = ["2565.toml", "2566.toml", "2568.toml", "2569.toml"];
/// The recommendation files' stems: `recommendations/<stem>.toml` → `OUT_DIR/<stem>.json`.
const RECOMMENDATIONS: [&str; 6] = [
    "indicators",
    "issues",
    "codes-2565",
    "codes-2566",
    "codes-2568",
    "codes-2569",
];

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    for dep in [
        "frameworks",
        "recommendations",
        "src/framework/schema.rs",
        "src/framework/check.rs",
    ] {
        println!("cargo:rerun-if-changed={dep}");
    }

    let mut files = Vec::new();
    for name in FRAMEWORKS {
        let path = root.join("frameworks").join(name);
        let text = read(&path);
        let file: schema::FrameworkFile = toml::from_str(&text)
            .unwrap_or_else(|e| fail(&path, &format!("{}: {}", line_of(&text, &e), e.message())));
        if let Err(ItaError::BadFramework {
            path: field,
            problem,
        }) = check::validate(&file)
        {
            fail(&path, &format!("{field}: {}", problem.0));
        }
        files.push(file);
    }
    write(&out.join("frameworks.json"), &to_json(&files));

    for name in RECOMMENDATIONS {
        let path = root.join("recommendations").join(format!("{name}.toml"));
        let text = read(&path);
        let value: serde_json::Value = toml::from_str(&text)
            .unwrap_or_else(|e| fail(&path, &format!("{}: {}", line_of(&text, &e), e.message())));
        write(&out.join(format!("{name}.json")), &to_json(&value));
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| fail(path, &e.to_string()))
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| fail(path, &e.to_string()));
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("plain data serialises")
}

/// "line N" of a TOML error, or "file" when it has no position.
fn line_of(text: &str, e: &toml::de::Error) -> String {
    let mut s = String::new();
    match e.span() {
        Some(span) => {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            let _ = write!(s, "line {line}");
        }
        None => s.push_str("file"),
    }
    s
}

/// Stop the build with the file and the problem named.
fn fail(path: &Path, problem: &str) -> ! {
    panic!("invalid built-in data {}: {problem}", path.display())
}
