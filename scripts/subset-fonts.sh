#!/usr/bin/env bash
# Reproduce assets/fonts/*.woff2: Sarabun from the npm package @fontsource/sarabun 5.3.0
# (SIL Open Font License 1.1, assets/fonts/OFL.txt), subset with fonttools' pyftsubset to the
# characters the UI uses (issue #12: a lighter first load).
#
# * Thai files: the whole Thai block Sarabun has (U+0E01–U+0E5B) and the marks fontsource
#   puts in them, with every OpenType layout feature (Thai needs mark positioning and
#   contextual forms); only the glyph names and unused name records go.
# * Latin files: Basic Latin, no-break space and the punctuation and symbols the UI and its
#   data use (· × ÷ – — ‘ ’ “ ” • … − © « » °; scanned from crates/web/src/i18n, crates/core
#   frameworks, recommendations and samples). A character outside the subset (é in an agency
#   name, say) is drawn with the next font of the stack; assets/app.css's unicode-range lists
#   exactly these characters, so the browser never fetches a file for a glyph it lacks.
# The license records of the fonts (name IDs 0, 13 and 14: copyright, license, license URL)
# are kept.
#
# Needs: npm (to fetch the package) and `pip install fonttools brotli`.
# Usage: scripts/subset-fonts.sh            (writes assets/fonts/ and prints sizes)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/assets/fonts"
version="5.3.0"
command -v pyftsubset >/dev/null || { echo "subset-fonts: pyftsubset missing; pip install fonttools brotli" >&2; exit 1; }
command -v npm >/dev/null || { echo "subset-fonts: npm missing" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@fontsource/sarabun@$version" >/dev/null && tar -xzf fontsource-sarabun-"$version".tgz)
src="$work/package/files"

# Keep in sync with the unicode-range of the Latin @font-face rules in assets/app.css.
latin="U+0020-007E,U+00A0,U+00A9,U+00AB,U+00B0,U+00B7,U+00BB,U+00D7,U+00F7,U+2013-2014,U+2018-2019,U+201C-201D,U+2022,U+2026,U+2212"
# The Thai files' own range (as fontsource's CSS names it).
thai="U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC"

common=(--flavor=woff2 --layout-features='*' --name-IDs=0,1,2,3,4,5,6,13,14
  --name-languages='*' --no-glyph-names --notdef-outline --drop-tables+=FFTM)

printf '%-32s %10s %10s\n' "file" "before" "after"
before_total=0
after_total=0
for weight in 400 700; do
  for script in thai latin; do
    name="sarabun-$script-$weight-normal.woff2"
    if [[ $script == thai ]]; then unicodes=$thai; else unicodes=$latin; fi
    pyftsubset "$src/$name" --unicodes="$unicodes" --output-file="$out/$name" "${common[@]}"
    b=$(stat -c %s "$src/$name")
    a=$(stat -c %s "$out/$name")
    before_total=$((before_total + b))
    after_total=$((after_total + a))
    printf '%-32s %8d B %8d B\n' "$name" "$b" "$a"
  done
done
printf '%-32s %8d B %8d B\n' "total" "$before_total" "$after_total"
