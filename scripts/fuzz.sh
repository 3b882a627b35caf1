#!/bin/sh
# Fuzz ita-core's readers with cargo-fuzz (libFuzzer, nightly Rust).
#
#   scripts/fuzz.sh [TARGET] [--runs N]     (default: every target, 1000000 runs each)
#
# Targets: scores_csv workbook_json paste share_link framework_toml (fuzz/fuzz_targets/).
# Installs the nightly toolchain and cargo-fuzz when missing. New inputs go to fuzz/work/
# (not checked in), seeded from the checked-in corpus fuzz/corpus/TARGET/; a crash is saved
# under fuzz/artifacts/TARGET/ and the script stops with its exit code: add the input to
# fuzz/corpus/TARGET/ with the fix, and `cargo test -p ita-core` replays it from then on.
# Runs at the lowest priority (nice 19): the machines are shared. Built with debug assertions
# (integer overflow is a finding) and without AddressSanitizer by default: ita-core and
# ita-document have no unsafe code, and ASan halves the speed; FUZZ_SANITIZER=address turns it on.
set -eu

TARGETS="scores_csv workbook_json paste share_link framework_toml"
RUNS=1000000
ONLY=""
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS="${2:?--runs needs a number}"; shift 2 ;;
        --runs=*) RUNS="${1#--runs=}"; shift ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) ONLY="$1"; shift ;;
    esac
done
if [ -n "$ONLY" ]; then
    case " $TARGETS " in
        *" $ONLY "*) TARGETS="$ONLY" ;;
        *) echo "unknown fuzz target \"$ONLY\" (one of: $TARGETS)" >&2; exit 2 ;;
    esac
fi

cd "$(dirname "$0")/../fuzz"
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz
fi

# Per-target libFuzzer options. framework_toml: a framework file is 25–50 KB, and a run over
# whole files managed 300–550 executions a second; inputs are capped at 4 KB (the small valid
# framework of the corpus fits, and so do the first tables of the real ones) and the schema's
# keys are given as a dictionary, so mutations build tables rather than random bytes.
options() {
    case "$1" in
        framework_toml) echo "-max_len=4096 -dict=dicts/framework_toml.dict" ;;
        *) echo "" ;;
    esac
}

for t in $TARGETS; do
    mkdir -p "work/$t"
    echo "== $t: $RUNS runs"
    start=$(date +%s)
    # shellcheck disable=SC2046 # the options are separate words on purpose
    nice -n 19 cargo +nightly fuzz run --debug-assertions --sanitizer "${FUZZ_SANITIZER:-none}" "$t" "work/$t" "corpus/$t" -- \
        -runs="$RUNS" -max_total_time=0 -print_final_stats=1 $(options "$t")
    echo "== $t: done in $(( $(date +%s) - start )) s"
done
