//! Project tasks. The only entry points of the project:
//!
//! * `cargo xtask run`  – install what is missing, build the web app, serve it on
//!   http://127.0.0.1:8080
//! * `cargo xtask test` – install what the tests need, then run every check and test
//!
//! and, for maintainers: `cargo xtask build` (release build into `dist/`),
//! `cargo xtask size` (release build, then print the wasm size), `cargo xtask bench`
//! (release build, then the load and speed figures of issue #12 next to a static baseline) and
//! `cargo xtask fuzz` (cargo-fuzz over the core's readers, `scripts/fuzz.sh`).
//!
//! Every install step first checks whether the tool is already there at the right version,
//! prints what it installs, and stops with a clear message when it cannot install something.
//! No dependencies on purpose: this crate must compile in seconds on a fresh machine.
//!
//! The code: this file only dispatches; [`build`] holds `run`, `build` and `size`, [`bench`]
//! the benchmark, [`test`] the test sequence, [`structure`] the layout check it runs,
//! [`tools`] the installers, [`manifest`] the little TOML / Cargo.lock reading xtask needs,
//! and [`context`] the process helpers (PATH, running commands, apt) and the console output.

mod bench;
mod build;
mod context;
mod manifest;
mod structure;
mod test;
mod tools;

use std::env;
use std::process::ExitCode;
use std::time::Instant;

use context::{human_duration, Ctx};

pub(crate) const WASM_TARGET: &str = "wasm32-unknown-unknown";
pub(crate) const CHROMIUM: &str = "/usr/bin/chromium";
pub(crate) const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub(crate) const SERVE_ADDRESS: &str = "127.0.0.1";
pub(crate) const SERVE_PORT: &str = "8080";
/// Release build used by the end-to-end tests and by `size` (kept apart from `dist/`, which
/// `trunk serve` rewrites).
pub(crate) const RELEASE_DIST: &str = "target/dist-release";

pub(crate) type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let (command, rest) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => ("help", &[][..]),
    };
    let started = Instant::now();
    let result = Ctx::new().and_then(|mut ctx| match command {
        "run" => build::run(&mut ctx, rest),
        "test" => test::test(&mut ctx, rest),
        "build" => build::build(&mut ctx, rest),
        "size" => build::size(&mut ctx, rest),
        "bench" => bench::bench(&mut ctx, rest),
        "fuzz" => fuzz(&ctx, rest),
        "structure" if rest.is_empty() => structure::check(&ctx.root),
        "structure" => Err(format!(
            "`cargo xtask structure` takes no arguments (got {rest:?})"
        )),
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

/// `cargo xtask fuzz`: the runner is a shell script so that it can be used without building
/// xtask; this gives it the project's one entry point.
fn fuzz(ctx: &Ctx, args: &[String]) -> Result {
    let mut c = ctx.command("sh");
    c.arg(ctx.root.join("scripts/fuzz.sh")).args(args);
    ctx.run(c, "scripts/fuzz.sh")
}

fn print_help() {
    println!(
        "\
Usage: cargo xtask <command>

Commands:
  run [--dev]   install what is missing (wasm32 target, trunk, wasm-bindgen-cli, wasm-opt),
                build the web app and serve it on http://{SERVE_ADDRESS}:{SERVE_PORT}
                (--dev: unoptimised build, faster to rebuild while editing)
  test          install what the tests need (Chromium, LibreOffice, npm packages) and run
                everything: rustfmt, structure check, clippy (host and wasm32), cargo test,
                in-browser tests, end-to-end tests against a release build
  build         release build into dist/ (a static site: copy the folder to any web server)
  size          release build, then print the size of the wasm (raw and gzip) and, with
                twiggy installed, the largest items of each wasm
  bench [--no-build]
                release build, then serve it with gzip and print first-load bytes, time to
                the first screen and to interactive (also under slow 4G) and edit
                latencies, next to a static baseline page and the targets of issue #12
                (--no-build: measure the last release build in target/dist-release)
  fuzz [TARGET] [--runs N]
                fuzz ita-core's readers (scores_csv, workbook_json, paste, share_link,
                framework_toml; default every target, 1000000 runs each) with cargo-fuzz;
                installs nightly Rust and cargo-fuzz when missing (scripts/fuzz.sh)
  structure     only the structure check `test` runs (file lengths, modules importing
                each other); reads files, compiles nothing
  help          this text"
    );
}
