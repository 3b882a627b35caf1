//! The structure check `cargo xtask test` runs right after rustfmt: no Rust source file under
//! `crates/*/src` or `xtask/src` longer than [`MAX_LINES`], and no two top-level modules of a
//! crate that import each other (a module and its own child modules aside).
//!
//! It reads the files as text and compiles nothing, so it takes well under a second. A
//! top-level module is `src/NAME.rs` or everything under `src/NAME/`; `lib.rs` and `main.rs`
//! are the crate root, not a module. An import is any `crate::NAME` path outside a `//`
//! comment line, including the names inside `crate::{a, b::c}`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::context::{ok, read, sorted_dir};
use crate::Result;

/// The longest a Rust source file may be.
pub(crate) const MAX_LINES: usize = 600;

/// One source file of a crate: its path relative to the crate's `src/` (with `/`) and its text.
pub(crate) struct Source {
    pub(crate) rel: String,
    pub(crate) text: String,
}

/// Run both checks over the repository at `root`; the error lists every violation.
pub(crate) fn check(root: &Path) -> Result {
    let mut crate_dirs: Vec<PathBuf> = sorted_dir(&root.join("crates"))?
        .into_iter()
        .filter(|d| d.join("src").is_dir())
        .collect();
    crate_dirs.push(root.join("xtask"));
    let mut problems = Vec::new();
    let mut file_count = 0;
    for dir in &crate_dirs {
        let shown = dir.strip_prefix(root).unwrap_or(dir).display().to_string();
        let sources = read_sources(&dir.join("src"))?;
        file_count += sources.len();
        for s in &sources {
            if let Some(p) = too_long(&format!("{shown}/src/{}", s.rel), &s.text) {
                problems.push(p);
            }
        }
        problems.extend(mutual_imports(&format!("{shown}/src"), &sources));
    }
    if problems.is_empty() {
        ok(&format!(
            "{file_count} source files in {} crates: none over {MAX_LINES} lines, \
             no two top-level modules importing each other",
            crate_dirs.len()
        ));
        return Ok(());
    }
    for p in &problems {
        println!("    {p}");
    }
    Err(format!(
        "structure check: {} problem(s), listed above",
        problems.len()
    ))
}

/// Every `.rs` file under `src`, sorted, with its path relative to `src`.
fn read_sources(src: &Path) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    let mut dirs = vec![src.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for path in sorted_dir(&dir)? {
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(src).unwrap_or(&path);
                let rel: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(Source {
                    rel: rel.join("/"),
                    text: read(&path)?,
                });
            }
        }
    }
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(out)
}

/// The violation, if the file at `shown` has more than [`MAX_LINES`] lines.
fn too_long(shown: &str, text: &str) -> Option<String> {
    let lines = text.lines().count();
    (lines > MAX_LINES).then(|| format!("{shown}: {lines} lines (at most {MAX_LINES})"))
}

/// The top-level module a file belongs to, or `None` for the crate root (`lib.rs`, `main.rs`).
fn top_level_module(rel: &str) -> Option<&str> {
    match rel.split_once('/') {
        Some((dir, _)) => Some(dir),
        None if rel == "lib.rs" || rel == "main.rs" => None,
        None => rel.strip_suffix(".rs"),
    }
}

/// One violation per pair of top-level modules that import each other, naming on each side the
/// files that hold the imports. `src` is how the crate's `src/` folder is shown.
pub(crate) fn mutual_imports(src: &str, sources: &[Source]) -> Vec<String> {
    let modules: BTreeSet<&str> = sources
        .iter()
        .filter_map(|s| top_level_module(&s.rel))
        .collect();
    // (importer, imported) -> files of the importer that hold the import
    let mut edges: BTreeMap<(&str, &str), BTreeSet<&str>> = BTreeMap::new();
    for s in sources {
        let Some(from) = top_level_module(&s.rel) else {
            continue;
        };
        for name in crate_paths(&s.text) {
            if let Some(&to) = modules.get(name.as_str()) {
                if to != from {
                    edges.entry((from, to)).or_default().insert(&s.rel);
                }
            }
        }
    }
    let mut out = Vec::new();
    for ((a, b), a_files) in &edges {
        if a < b {
            if let Some(b_files) = edges.get(&(*b, *a)) {
                let list = |files: &BTreeSet<&str>| {
                    files
                        .iter()
                        .map(|f| format!("{src}/{f}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                out.push(format!(
                    "{src}: modules `{a}` and `{b}` import each other: \
                     `{a}` uses crate::{b} in {}; `{b}` uses crate::{a} in {}",
                    list(a_files),
                    list(b_files)
                ));
            }
        }
    }
    out
}

/// The first segment of every `crate::…` path in `text` (`crate::{a, b::c}` gives `a` and `b`),
/// ignoring `//` comment lines and `$crate` in macros.
fn crate_paths(text: &str) -> Vec<String> {
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut names = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + "crate::".len()..];
        rest = after;
        if before.is_some_and(|c| is_ident(c) || c == '$') {
            continue;
        }
        let after = after.trim_start();
        if let Some(group) = after.strip_prefix('{') {
            names.extend(group_heads(group));
        } else {
            let name: String = after.chars().take_while(|&c| is_ident(c)).collect();
            if !name.is_empty() {
                names.push(name);
            }
        }
    }
    names
}

/// The first name of each item of a `{a, b::c, d::{e, f}}` group, `group` starting after `{`.
fn group_heads(group: &str) -> Vec<String> {
    let mut items = vec![String::new()];
    let mut depth = 0;
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => items.push(String::new()),
            _ => {}
        }
        if let Some(item) = items.last_mut() {
            item.push(c);
        }
    }
    items
        .iter()
        .map(|item| {
            item.trim_start_matches(',')
                .trim_start()
                .chars()
                .take_while(|&c| c.is_alphanumeric() || c == '_')
                .collect::<String>()
        })
        .filter(|head| !head.is_empty() && head != "self")
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(files: &[(&str, &str)]) -> Vec<Source> {
        files
            .iter()
            .map(|(rel, text)| Source {
                rel: rel.to_string(),
                text: text.to_string(),
            })
            .collect()
    }

    #[test]
    fn finds_two_modules_that_import_each_other_and_names_the_files() {
        let files = sources(&[
            (
                "lib.rs",
                "pub mod app;\npub mod workshop;\nuse crate::app::App;\n",
            ),
            ("app.rs", "use crate::workshop::Workshop;\n"),
            ("workshop/mod.rs", "mod steps;\n"),
            ("workshop/steps.rs", "use crate::{app::App, state};\n"),
            ("state.rs", "pub struct Store;\n"),
        ]);
        let found = mutual_imports("crates/web/src", &files);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("`app` and `workshop`"), "{}", found[0]);
        assert!(found[0].contains("crates/web/src/app.rs"), "{}", found[0]);
        assert!(
            found[0].contains("crates/web/src/workshop/steps.rs"),
            "{}",
            found[0]
        );
    }

    #[test]
    fn a_module_and_its_children_or_the_root_are_no_cycle() {
        let files = sources(&[
            (
                "lib.rs",
                "mod framework;\nuse crate::framework::Framework;\n",
            ),
            (
                "framework/mod.rs",
                "mod check;\nuse crate::framework::check::run;\n",
            ),
            (
                "framework/check.rs",
                "use crate::framework::Framework;\nuse crate::Result;\n",
            ),
            ("scoring.rs", "use crate::framework::Framework;\n"),
        ]);
        assert_eq!(mutual_imports("src", &files), Vec::<String>::new());
    }

    #[test]
    fn comments_macros_and_longer_names_are_not_imports() {
        let text = "// see crate::b\n/// [`crate::b::X`]\nmacro_rules! m { () => { $crate::b::X } }\n\
                    use my_crate::b;\nfn f() { crate::c::g(); }\nuse crate::{self, d::{E, F}, e};\n";
        assert_eq!(crate_paths(text), ["c", "d", "e"]);
    }

    #[test]
    fn only_files_over_the_limit_are_too_long() {
        let at_limit = "x\n".repeat(MAX_LINES);
        let over = "x\n".repeat(MAX_LINES + 1);
        assert_eq!(too_long("a.rs", &at_limit), None);
        assert_eq!(
            too_long("xtask/src/b.rs", &over).as_deref(),
            Some("xtask/src/b.rs: 601 lines (at most 600)")
        );
    }

    #[test]
    fn the_root_files_are_not_modules() {
        assert_eq!(top_level_module("lib.rs"), None);
        assert_eq!(top_level_module("main.rs"), None);
        assert_eq!(top_level_module("state.rs"), Some("state"));
        assert_eq!(top_level_module("screens/report/mod.rs"), Some("screens"));
    }
}
