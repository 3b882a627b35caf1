// Trunk post-build hook (Trunk.toml [[hooks]]), release builds only: minify every JavaScript
// and CSS file of the build (the app's module and its split loader, the stylesheet, the
// embedded calculator's page, the on-demand modules, the service worker) with esbuild, and
// drop the comments of the two HTML pages (they document the source, index.html and
// assets/embed.html); then fix index.html's integrity hashes. Runs after scripts/wasm-split.mjs
// and before scripts/csp-meta.sh (which hashes the inline scripts of the pages as they end up).
//
// esbuild comes from PATH (cargo xtask installs it, pinned by xtask/tools/package-lock.json).
// Each file is transformed on its own (no bundling): module syntax, exported names and
// strings stay as they are, so wasm-bindgen's glue and the loaders work unchanged. Offline.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { withIntegrity } from './sri.mjs';

const fail = (msg) => {
  console.error(`minify: ${msg}`);
  process.exit(1);
};

const staging = process.env.TRUNK_STAGING_DIR || fail('run by Trunk (TRUNK_STAGING_DIR unset)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

/** Every file under `dir` whose name ends with one of `exts`. */
const filesUnder = (dir, exts) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(p, exts);
    return exts.some((x) => e.name.endsWith(x)) ? [p] : [];
  });

let before = 0;
let after = 0;
for (const file of filesUnder(staging, ['.js', '.css'])) {
  before += fs.statSync(file).size;
  try {
    // wasm-bindgen names the split loader's module once per import in one object literal
    // (the same module each time, so the repeated key is harmless): not worth a warning.
    const quiet = '--log-override:duplicate-object-key=silent';
    execFileSync('esbuild', [file, '--minify', `--outfile=${file}`, '--allow-overwrite', '--log-level=warning', quiet], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } catch (e) {
    fail(`esbuild failed on ${path.relative(staging, file)} (${e.message.split('\n')[0]})`);
  }
  after += fs.statSync(file).size;
}

// HTML comments: none is inside a script or a style of these pages (checked below), so
// dropping them changes nothing the browser uses.
for (const name of ['index.html', 'embed.html']) {
  const file = path.join(staging, name);
  if (!fs.existsSync(file)) fail(`no ${name}`);
  const page = fs.readFileSync(file, 'utf8');
  for (const [, , code] of page.matchAll(/<(script|style)\b[^>]*>([^]*?)<\/\1>/gi)) {
    if (code.includes('<!--')) fail(`${name} has "<!--" inside a script or a style; not touching it`);
  }
  let out = page.replace(/<!--[^]*?-->\s*/g, '');
  if (name === 'index.html') out = withIntegrity(staging, out);
  before += Buffer.byteLength(page);
  after += Buffer.byteLength(out);
  fs.writeFileSync(file, out);
}
console.log(`minify: JavaScript, CSS and HTML ${before} → ${after} bytes`);
