#!/usr/bin/env bash
# Print the size of a Trunk build: each .wasm, .js and .css file raw and gzip -9, and the
# total a browser downloads on first load (fonts included).
#
# Usage: scripts/wasm-size.sh [DIST_DIR]     (default: target/dist-release)
# `cargo xtask size` makes a release build first, then runs this.
set -euo pipefail

dist="${1:-target/dist-release}"
if [[ ! -d "$dist" ]]; then
  echo "wasm-size: no folder $dist; run \`cargo xtask size\` (it builds first)" >&2
  exit 1
fi
shopt -s nullglob
wasm=("$dist"/*.wasm)
if (( ${#wasm[@]} == 0 )); then
  echo "wasm-size: no .wasm file in $dist" >&2
  exit 1
fi

kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
gz() { gzip -9 -c "$1" | wc -c; }

printf '%-38s %-24s %s\n' "file" "raw" "gzip -9"
total_raw=0
total_gz=0
row() {
  local f="$1" raw z
  raw=$(stat -c %s "$f")
  z=$(gz "$f")
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + z))
  printf '%-38s %9d B %-12s %9d B %s\n' "${f#"$dist"/}" "$raw" "($(kib "$raw"))" "$z" "($(kib "$z"))"
}
for f in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css "$dist"/index.html; do row "$f"; done
printf '%-38s %9d B %-12s %9d B %s\n' "app total (wasm+js+css+html)" "$total_raw" "($(kib "$total_raw"))" "$total_gz" "($(kib "$total_gz"))"
fonts=("$dist"/fonts/*.woff2)
if (( ${#fonts[@]} > 0 )); then
  font_raw=$(cat "${fonts[@]}" | wc -c)
  printf '%-38s %9d B %-12s %s\n' "fonts (${#fonts[@]} woff2, compressed)" "$font_raw" "($(kib "$font_raw"))" "-"
fi
