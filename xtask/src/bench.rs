//! `cargo xtask bench`: the benchmark of issue #12. Builds the release site, then runs
//! tests/bench/bench.mjs, which serves it on 127.0.0.1 with gzip as a static host does and
//! prints the first-load bytes, the time to the first screen and to interactive (also under
//! slow 4G) and the edit latencies, each next to a static baseline page and the issue's
//! target. A benchmark, not a test: it prints figures and fails only when it cannot measure.

use crate::build::{cargo_fetch, release_build};
use crate::context::{step, Ctx};
use crate::tools::{ensure_bench_tools, ensure_build_tools};
use crate::{Result, CHROMIUM, RELEASE_DIST};

/// The benchmark script, relative to tests/.
pub(crate) const BENCH_SCRIPT: &str = "bench/bench.mjs";

pub(crate) fn bench(ctx: &mut Ctx, args: &[String]) -> Result {
    let build = match args {
        [] => true,
        [flag] if flag == "--no-build" => false,
        _ => {
            return Err(format!(
                "unexpected arguments {args:?}; usage: cargo xtask bench [--no-build]"
            ))
        }
    };
    if build {
        cargo_fetch(ctx)?;
        ensure_build_tools(ctx)?;
    }
    ensure_bench_tools(ctx)?;
    if build {
        release_build(ctx, RELEASE_DIST)?;
    }
    step(&format!(
        "Benchmark: node tests/{BENCH_SCRIPT} against the release build in {RELEASE_DIST}"
    ));
    let mut c = ctx.command("node");
    c.arg(BENCH_SCRIPT)
        .current_dir(ctx.root.join("tests"))
        .env("ITA_DIST_DIR", ctx.root.join(RELEASE_DIST))
        .env("CHROMIUM_PATH", CHROMIUM);
    ctx.run(c, "the benchmark")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_benchmark_script_and_its_baseline_exist() {
        let tests = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests");
        let script = std::fs::read_to_string(tests.join(BENCH_SCRIPT)).unwrap();
        assert!(
            script.contains("baseline.html"),
            "the script names its baseline"
        );
        assert!(tests.join("bench/baseline.html").is_file());
    }
}
