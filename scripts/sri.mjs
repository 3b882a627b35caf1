// The integrity hashes of the built index.html: Trunk writes `integrity="sha384-…"` on the
// links to the files it hashed (the main module, its wasm, the stylesheet); the post-build
// steps that change those files afterwards (scripts/wasm-split.mjs, scripts/minify.mjs) call
// this so that the browser does not refuse them.

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The `integrity` value of `file` (relative to `dir`). */
export const sri = (dir, file) =>
  'sha384-' + crypto.createHash('sha384').update(fs.readFileSync(path.join(dir, file))).digest('base64');

/** `page` (the text of `dir`/index.html) with the integrity of every `<link>` that has one recomputed. */
export const withIntegrity = (dir, page) =>
  page.replace(/<link\b[^>]*>/g, (tag) => {
    const href = tag.match(/\bhref="\.\/([^"]+)"/);
    if (!href || !/\bintegrity="sha384-/.test(tag)) return tag;
    return tag.replace(/\bintegrity="sha384-[^"]*"/, `integrity="${sri(dir, href[1])}"`);
  });
