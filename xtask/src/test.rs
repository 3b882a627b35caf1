//! `cargo xtask test`: every check and test, in order, and the discovery of the in-browser
//! and end-to-end test files.

use std::path::Path;

use crate::build::{cargo_fetch, release_build};
use crate::context::{read, sorted_dir, step, Ctx};
use crate::manifest::toml_string_value;
use crate::structure::{self, MAX_LINES};
use crate::tools::{ensure_build_tools, ensure_test_tools};
use crate::{Result, CHROMEDRIVER, CHROMIUM, RELEASE_DIST, WASM_TARGET};

pub(crate) fn test(ctx: &mut Ctx, args: &[String]) -> Result {
    if !args.is_empty() {
        return Err(format!(
            "`cargo xtask test` takes no arguments (got {args:?})"
        ));
    }
    cargo_fetch(ctx)?;
    ensure_build_tools(ctx)?;
    ensure_test_tools(ctx)?;

    let locked = ctx.cargo_locked();
    step("Formatting: cargo fmt --check");
    ctx.run(
        ctx.cargo(["fmt", "--all", "--", "--check"]),
        "cargo fmt --check",
    )?;

    step(&format!(
        "Structure: no source file over {MAX_LINES} lines, no two top-level modules importing each other"
    ));
    structure::check(&ctx.root)?;

    step("Lints (host): cargo clippy --workspace --all-targets -- -D warnings");
    let mut c = ctx.cargo(["clippy", "--workspace", "--all-targets"]);
    c.args(locked).args(["--", "-D", "warnings"]);
    ctx.run(c, "cargo clippy (host)")?;

    // One run per wasm crate: features are unified within a run, so linting them together
    // could hide a crate that compiles only thanks to another's features.
    for krate in ["ita-web", "ita-calc", "ita-import", "ita-export"] {
        step(&format!(
            "Lints (wasm32): cargo clippy -p {krate} --target wasm32-unknown-unknown --all-targets -- -D warnings"
        ));
        let mut c = ctx.cargo([
            "clippy",
            "-p",
            krate,
            "--target",
            WASM_TARGET,
            "--all-targets",
        ]);
        c.args(locked).args(["--", "-D", "warnings"]);
        ctx.run(c, &format!("cargo clippy (wasm32, {krate})"))?;
    }

    step("Unit and integration tests: cargo test --workspace");
    let mut c = ctx.cargo(["test", "--workspace"]);
    c.args(locked);
    ctx.run(c, "cargo test --workspace")?;

    let browser_tests = find_browser_tests(&ctx.root)?;
    if browser_tests.is_empty() {
        step("In-browser tests: none found (no tests/*.rs with wasm_bindgen_test_configure!(run_in_browser))");
    }
    for (package, test_name) in &browser_tests {
        step(&format!(
            "In-browser tests: {package} tests/{test_name}.rs in headless Chromium (wasm-bindgen-test-runner)"
        ));
        let mut c = ctx.cargo([
            "test",
            "-p",
            package,
            "--target",
            WASM_TARGET,
            "--test",
            test_name,
        ]);
        c.args(locked);
        c.env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        )
        .env("CHROMEDRIVER", CHROMEDRIVER)
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
        // Chromium's binary and flags (the runner adds headless and no-sandbox).
        .env(
            "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
            ctx.root.join("tests/browser/webdriver.json"),
        );
        ctx.run(c, &format!("in-browser tests ({package} {test_name})"))?;
    }

    release_build(ctx, RELEASE_DIST)?;

    step(&format!(
        "End-to-end tests: node --test against the release build in {RELEASE_DIST}"
    ));
    let files = e2e_test_files(&ctx.root)?;
    let mut c = ctx.command("node");
    c.arg("--test")
        .args(&files)
        .current_dir(ctx.root.join("tests"))
        .env("ITA_DIST_DIR", ctx.root.join(RELEASE_DIST))
        .env("CHROMIUM_PATH", CHROMIUM);
    ctx.run(c, "end-to-end tests")?;

    println!("\nAll checks and tests passed.");
    Ok(())
}

// Test discovery

/// `(package, test target)` for every `crates/*/tests/*.rs` that runs in a browser.
fn find_browser_tests(root: &Path) -> Result<Vec<(String, String)>> {
    let mut found = Vec::new();
    for krate in sorted_dir(&root.join("crates"))? {
        let tests = krate.join("tests");
        if !tests.is_dir() {
            continue;
        }
        let manifest = read(&krate.join("Cargo.toml"))?;
        let package = toml_string_value(&manifest, "package", "name")
            .ok_or_else(|| format!("{} has no [package] name", krate.display()))?;
        for file in sorted_dir(&tests)? {
            if file.extension().is_some_and(|e| e == "rs")
                && read(&file)?.contains("wasm_bindgen_test_configure!(run_in_browser)")
            {
                let stem = file
                    .file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                found.push((package.clone(), stem));
            }
        }
    }
    Ok(found)
}

/// The end-to-end test files, relative to tests/.
fn e2e_test_files(root: &Path) -> Result<Vec<String>> {
    let files: Vec<String> = sorted_dir(&root.join("tests/e2e"))?
        .into_iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            name.ends_with(".test.mjs").then(|| format!("e2e/{name}"))
        })
        .collect();
    if files.is_empty() {
        return Err("no end-to-end tests found (tests/e2e/*.test.mjs)".into());
    }
    Ok(files)
}
