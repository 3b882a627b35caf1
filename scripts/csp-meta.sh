#!/bin/sh
# Trunk post-build hook (Trunk.toml [[hooks]]): put the Content-Security-Policy in the built
# index.html and embed.html (the embeddable calculator's page) as a <meta http-equiv> tag,
# with the sha256 of every inline <script> of the page (Trunk's wasm loader, whose text
# changes with each build's file hashes; index.html's redirect of `?embed=calculator`). Plain
# POSIX sh, awk, openssl and base64: works offline with what Debian has.
#
#   scripts/csp-meta.sh [HTML…]    (default: index.html and embed.html of $TRUNK_STAGING_DIR)
#
# The same policy, for servers that send it as a header, is in docs/DEPLOY.md. frame-ancestors
# cannot be set by a meta tag; it stays open so that other sites can embed the calculator.
set -eu

if [ $# -eq 0 ]; then
    dir="${TRUNK_STAGING_DIR:?run by Trunk, or give the pages}"
    set -- "$dir/index.html" "$dir/embed.html"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for html in "$@"; do
[ -f "$html" ] || { echo "csp-meta: no $html" >&2; exit 1; }
rm -f "$tmp"/script.*

# `trunk serve` (`cargo xtask run`) adds its live-reload script, and writes the server's
# address and path into it on each request ('{{__TRUNK_ADDRESS__}}', {{__TRUNK_WS_BASE__}}):
# the hash of the text as built would not be the hash of the text as served, and the policy
# would block it. Fill them in here with what they become on any request: the page's own host
# (the server that serves the page) and the root (Trunk serves public_url "./" from "/").
if grep -q '{{__TRUNK_' "$html"; then
    sed -e "s/'{{__TRUNK_ADDRESS__}}'/window.location.host/g" \
        -e "s/\`{{__TRUNK_ADDRESS__}}\`/window.location.host/g" \
        -e "s#{{__TRUNK_WS_BASE__}}#/#g" "$html" > "$tmp/filled.html"
    cat "$tmp/filled.html" > "$html"
fi

# Write the exact text of each inline script (a <script> without src) to $tmp/script.N.
awk -v dir="$tmp" '
    { doc = doc $0 "\n" }
    END {
        n = 0
        while ((i = index(doc, "<script")) > 0) {
            doc = substr(doc, i)
            close_tag = index(doc, ">")
            open_tag = substr(doc, 1, close_tag)
            doc = substr(doc, close_tag + 1)
            end = index(doc, "</script>")
            if (end == 0) break
            if (open_tag !~ /[ \t\n]src[ \t\n]*=/) {
                n++
                printf "%s", substr(doc, 1, end - 1) > (dir "/script." n)
                close(dir "/script." n)
            }
            doc = substr(doc, end + 9)
        }
    }' "$html"

hashes=""
for f in "$tmp"/script.*; do
    [ -f "$f" ] || continue
    h=$(openssl dgst -sha256 -binary "$f" | base64)
    hashes="$hashes 'sha256-$h'"
done

policy="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'$hashes; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
meta="<meta http-equiv=\"Content-Security-Policy\" content=\"$policy\" />"

# Drop a policy already there (a second run), then put it right after <meta charset>, before
# any script (also when Trunk writes the page on one line). The policy has no backslash, so
# awk -v passes it unchanged.
awk -v meta="$meta" '
    { gsub(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "") }
    !done && match($0, /<meta charset=[^>]*>/) {
        $0 = substr($0, 1, RSTART + RLENGTH - 1) meta substr($0, RSTART + RLENGTH)
        done = 1
    }
    { print }
    END { if (!done) exit 3 }' "$html" > "$tmp/out.html" \
    || { echo "csp-meta: no <meta charset> in $html" >&2; exit 1; }
cat "$tmp/out.html" > "$html"
echo "csp-meta: $(echo "$hashes" | wc -w) inline script hash(es) in $html"
done
