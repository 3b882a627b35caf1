// Trunk post-build hook (Trunk.toml [[hooks]]): split the app's wasm at its `#[lazy]`
// functions (crates/web/src/on_demand.rs), so that the first screen loads only the main part
// and each other screen fetches its own chunk when first shown. Trunk has no split step: this
// hook takes cargo's wasm (linked with --emit-relocs, crates/web/build.rs) and redoes what
// Trunk did with it, the way cargo-leptos does:
//
//   wasm-split-cli → wasm-bindgen (--keep-lld-exports) on the main part → wasm-opt -Oz on the
//   main part and on each chunk (release only)
//
// then replaces Trunk's `ita-web-<hash>.js` / `_bg.wasm` in the staging folder (same names, so
// Trunk's loader in index.html is unchanged), adds the chunks and their loader
// `__wasm_split-<hash>.js` (the build's hash in every name, so that caches never mix two
// builds), preloads that loader from index.html and updates the integrity hashes there.
// The service worker precaches the chunks after the first visit (assets/sw.js).
//
// Tools come from PATH (cargo xtask installs them: xtask/src/tools.rs). Offline.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { sri, withIntegrity } from './sri.mjs';

const fail = (msg) => {
  console.error(`wasm-split: ${msg}`);
  process.exit(1);
};

const staging = process.env.TRUNK_STAGING_DIR || fail('run by Trunk (TRUNK_STAGING_DIR unset)');
const root = process.env.TRUNK_SOURCE_DIR || process.cwd();
const release = process.env.TRUNK_PROFILE === 'release';
const targetDir = process.env.CARGO_TARGET_DIR || path.join(root, 'target');
const input = path.join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'ita-web.wasm');

// (Trunk writes the hash as a 64-bit number in hex without leading zeros: 1 to 16 digits.)
const bg = fs.readdirSync(staging).find((f) => /^ita-web-[0-9a-f]{1,16}_bg\.wasm$/.test(f));
if (!bg) fail(`no ita-web-<hash>_bg.wasm in ${staging}`);
const name = bg.slice(0, -'_bg.wasm'.length);
const hash = name.slice('ita-web-'.length);
if (!fs.existsSync(input)) fail(`no ${input} (cargo's output)`);

const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (e) {
    fail(`${cmd} failed (${e.message.split('\n')[0]})`);
  }
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-split-'));
try {
  const split = path.join(tmp, 'split');
  const out = path.join(tmp, 'bindgen');
  run('wasm-split-cli', [input, split, '--out-name', name, '--target', 'web']);
  run('wasm-bindgen', [
    '--target=web',
    '--no-typescript',
    '--keep-lld-exports',
    '--no-demangle',
    `--out-name=${name}`,
    `--out-dir=${out}`,
    path.join(split, `${name}.wasm`),
  ]);

  // The chunks, renamed with the build's hash; the loader, renamed and pointed at them.
  const loader = `__wasm_split-${hash}.js`;
  let loaderJs = fs.readFileSync(path.join(split, '__wasm_split.js'), 'utf8');
  const chunks = [];
  for (const f of fs.readdirSync(split)) {
    if (!f.endsWith('.wasm') || f === `${name}.wasm`) continue;
    const renamed = `${f.slice(0, -'.wasm'.length)}-${hash}.wasm`;
    const quoted = `"./${f}"`;
    if (!loaderJs.includes(quoted)) fail(`${f} is not named in __wasm_split.js`);
    loaderJs = loaderJs.split(quoted).join(`"./${renamed}"`);
    fs.renameSync(path.join(split, f), path.join(out, renamed));
    chunks.push(renamed);
  }
  fs.writeFileSync(path.join(out, loader), loaderJs);
  const mainJs = path.join(out, `${name}.js`);
  const js = fs.readFileSync(mainJs, 'utf8');
  if (!js.includes("'./__wasm_split.js'") && !js.includes('"./__wasm_split.js"')) {
    fail(`${name}.js does not import ./__wasm_split.js (no #[lazy] function?)`);
  }
  // Only the `import … from` statements: the wasm's import object keeps the module's name.
  fs.writeFileSync(
    mainJs,
    js.replace(/(\bfrom\s*)(["'])\.\/__wasm_split\.js\2/g, (_, from, q) => `${from}${q}./${loader}${q}`),
  );

  if (release) {
    // wasm-opt each part on its own, as cargo-leptos does; the features rustc's wasm32 target
    // uses by default (Chromium, Firefox and Safari have them all).
    const features = [
      '--enable-bulk-memory',
      '--enable-nontrapping-float-to-int',
      '--enable-sign-ext',
      '--enable-mutable-globals',
      '--enable-reference-types',
      '--enable-multivalue',
    ];
    for (const f of [`${name}_bg.wasm`, ...chunks]) {
      const p = path.join(out, f);
      run('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', ...features, '-o', p, p]);
    }
  }

  // Into the staging folder: replace Trunk's files, add the new ones.
  fs.cpSync(out, staging, { recursive: true, force: true });

  // index.html: preload the loader (the main module imports it), and fix every integrity hash.
  const html = path.join(staging, 'index.html');
  let page = fs.readFileSync(html, 'utf8');
  const mainPreload = page.match(/<link rel="modulepreload" href="\.\/ita-web-[0-9a-f]{1,16}\.js"[^>]*>/);
  if (!mainPreload) fail('index.html has no modulepreload of the main module');
  page = page.replace(
    mainPreload[0],
    `${mainPreload[0]}\n<link rel="modulepreload" href="./${loader}" crossorigin="anonymous" integrity="${sri(staging, loader)}">`,
  );
  fs.writeFileSync(html, withIntegrity(staging, page));
  console.log(`wasm-split: ${name} split into its main part and ${chunks.length} chunk(s): ${chunks.join(', ')}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
