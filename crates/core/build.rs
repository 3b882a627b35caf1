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
    write(&out.join("frameworks_scoring.rs"), &scoring_rust(&files));
    write(&out.join("frameworks_listed.rs"), &listed_rust(&files));

    for name in RECOMMENDATIONS {
        let path = root.join("recommendations").join(format!("{name}.toml"));
        let text = read(&path);
        let value: serde_json::Value = toml::from_str(&text)
            .unwrap_or_else(|e| fail(&path, &format!("{}: {}", line_of(&text, &e), e.message())));
        write(&out.join(format!("{name}.json")), &to_json(&value));
    }
}

/// The frameworks in their scoring-only form (`src/framework/scoring_only.rs`), as Rust
/// statics: what scoring and the calculator's labels need, without the question and sub-item
/// texts (a question's title is kept when it has sub-items: a warning may name it), the
/// provisional notes and the document rules (the framework's own title is kept: the app's
/// first screen names it).
fn scoring_rust(files: &[schema::FrameworkFile]) -> String {
    let mut s = String::from("// Written by build.rs from frameworks/*.toml; do not edit.\n&[\n");
    for f in files {
        let _ = writeln!(
            s,
            "ScoringFramework {{ id: {:?}, title_th: {:?}, title_en: {:?}, years: &{:?}, pass_mark: {:?}, oit_indicator_rule: OitIndicatorRule::{:?},",
            f.id, f.title_th, f.title_en, f.years, f.pass_mark, f.oit_indicator_rule
        );
        s.push_str("tools: &[\n");
        for t in &f.tools {
            let parts: Vec<String> = t
                .parts
                .iter()
                .map(|p| format!("({:?}, {:?}, {:?})", p.code, p.name_th, p.name_en))
                .collect();
            let _ = writeln!(
                s,
                "ScoringTool {{ code: {:?}, name_th: {:?}, name_en: {:?}, weight: {:?}, parts: &[{}] }},",
                t.code, t.name_th, t.name_en, t.weight, parts.join(", ")
            );
        }
        s.push_str("],\nindicators: &[\n");
        for i in &f.indicators {
            let _ = writeln!(
                s,
                "ScoringIndicator {{ number: {}, name_th: {:?}, name_en: {:?}, tool: {:?}, part: {:?} }},",
                i.number, i.name_th, i.name_en, i.tool, i.part.as_deref()
            );
        }
        s.push_str("],\nsub_indicators: &[\n");
        for x in &f.sub_indicators {
            let _ = writeln!(
                s,
                "({:?}, {}, {:?}, {:?}),",
                x.code, x.indicator, x.name_th, x.name_en
            );
        }
        s.push_str("],\nquestions: &[\n");
        for q in &f.questions {
            let named = !q.sub_items.is_empty();
            let _ = writeln!(
                s,
                "ScoringQuestion {{ code: {:?}, parent: {:?}, title_th: {:?}, title_en: {:?}, scale: Scale::{:?}, reverse: {}, sub_items: {}, reverse_sub_items: &{:?}, provisional: {} }},",
                q.code,
                q.parent,
                if named { q.title_th.as_str() } else { "" },
                if named { q.title_en.as_deref() } else { None },
                q.scale,
                q.reverse,
                q.sub_items.len(),
                q.reverse_sub_items,
                q.provisional
            );
        }
        s.push_str("],\nlevels: &[\n");
        for l in &f.rating.levels {
            let _ = writeln!(
                s,
                "({:?}, {:?}, {:?}, {}),",
                l.name, l.min, l.tool_min, l.passed
            );
        }
        s.push_str("],\n},\n");
    }
    s.push_str("]\n");
    s
}

/// Each built-in framework's titles and years (`src/framework/listed.rs`), as Rust statics.
fn listed_rust(files: &[schema::FrameworkFile]) -> String {
    let mut s = String::from("// Written by build.rs from frameworks/*.toml; do not edit.\n&[\n");
    for f in files {
        let _ = writeln!(
            s,
            "Listed {{ title_th: {:?}, title_en: {:?}, years: &{:?} }},",
            f.title_th, f.title_en, f.years
        );
    }
    s.push_str("]\n");
    s
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
