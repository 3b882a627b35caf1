#!/usr/bin/env bash
# Render the published documents of the seed examples to PDF and PNG pages, to look at them as a
# person would: `ita report` → DOCX → PDF (LibreOffice) → PNG (pdftoppm).
# Needs Debian's libreoffice-writer-nogui, fonts-thai-tlwg and poppler-utils (installed if absent).
# Usage: scripts/render-documents.sh [OUT_DIR]   (default: target/documents)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-target/documents}"
mkdir -p "$out"
need=()
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
fc-list | grep -qi laksaman || need+=(fonts-thai-tlwg)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
cargo build -q -p ita-cli
ita=target/debug/ita
render() { # name input year
  local name=$1 input=$2 year=$3
  "$ita" report "$input" --year "$year" --doc all -o "$out/$name.docx"
  "$ita" report "$input" --year "$year" --doc all -o "$out/$name.xlsx"
  soffice --headless --convert-to pdf --outdir "$out" "$out/$name.docx" >/dev/null 2>&1
  rm -f "$out/$name"-*.png
  pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name"
  echo "$name: $(ls "$out/$name"-*.png | wc -l) pages → $out/$name.pdf"
}
render seed-004 examples/seed-004-indicators-2565.csv 2565
render seed-000 examples/seed-000-tools-2568.csv 2568
render sample-two-years crates/core/samples/sample-municipality.json 2567
# The cohort's documents (the coordinator's summary and the sheets) of the fictional province.
"$ita" cohort examples/cohort-fictional-province-2567-2568.csv --year 2568 --report "$out/cohort" >/dev/null
for doc in cohort-summary-2568 cohort-sheets-2568; do
  soffice --headless --convert-to pdf --outdir "$out" "$out/cohort/$doc.docx" >/dev/null 2>&1
  rm -f "$out/$doc"-*.png
  pdftoppm -png -r 60 "$out/$doc.pdf" "$out/$doc"
  echo "$doc: $(ls "$out/$doc"-*.png | wc -l) pages → $out/$doc.pdf"
done
