//! The commands that build the web app: `run` (serve while editing), `build` (release build
//! into `dist/`) and `size` (release build, then the wasm size), and the steps they share.

use std::fs;

use crate::context::{step, Ctx};
use crate::tools::ensure_build_tools;
use crate::{Result, RELEASE_DIST, SERVE_ADDRESS, SERVE_PORT, WASM_TARGET};

pub(crate) fn run(ctx: &mut Ctx, args: &[String]) -> Result {
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

pub(crate) fn build(ctx: &mut Ctx, args: &[String]) -> Result {
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

pub(crate) fn size(ctx: &mut Ctx, args: &[String]) -> Result {
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
    ctx.run(c, "scripts/wasm-size.sh")?;
    twiggy_top(ctx)
}

/// With `twiggy` installed (`cargo install twiggy --locked`), the 20 largest items of each
/// wasm, read from cargo's output before wasm-bindgen and wasm-opt (it still has the function
/// names; sizes are before `wasm-opt -Oz`). Findings and the plan: docs/SIZE.md.
fn twiggy_top(ctx: &Ctx) -> Result {
    if ctx
        .capture(ctx.command_with("twiggy", ["--version"]))
        .is_none()
    {
        println!(
            "\n(install twiggy with `cargo install twiggy --locked` to see what each wasm holds)"
        );
        return Ok(());
    }
    for name in ["ita-web", "ita-export", "ita-import", "ita-calc"] {
        let wasm = ctx
            .root
            .join(format!("target/{WASM_TARGET}/release/{name}.wasm"));
        if !wasm.is_file() {
            continue;
        }
        step(&format!(
            "Largest items of {name} (twiggy top, before wasm-opt)"
        ));
        let mut c = ctx.command("twiggy");
        c.args(["top", "-n", "20"]).arg(&wasm);
        ctx.run(c, "twiggy top")?;
    }
    Ok(())
}

pub(crate) fn cargo_fetch(ctx: &Ctx) -> Result {
    step("Fetching Rust dependencies: cargo fetch");
    let mut c = ctx.cargo(["fetch"]);
    c.args(ctx.cargo_locked());
    ctx.run(c, "cargo fetch")
}

pub(crate) fn release_build(ctx: &Ctx, dist: &str) -> Result {
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
