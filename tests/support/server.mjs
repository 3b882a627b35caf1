// A tiny static file server for the end-to-end tests and the benchmark (Node built-ins only).
// Serves one folder on 127.0.0.1 at a free port; unknown paths get 404. With `gzip: true` it
// compresses text and wasm (gzip -9, once per file) for clients that accept it, as a static
// host does; `mounts` maps URL prefixes to other folders (the benchmark's baseline pages).

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types a static host compresses (fonts and images are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/** gzip -9 of a file's bytes, computed once per file and size. */
const gzipped = new Map();
function gzipOf(file, body) {
  const key = `${file}:${body.length}`;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
  return gzipped.get(key);
}

/**
 * Start serving `root`. Resolves to `{ origin, requests, close() }`;
 * `requests` records every path asked for, with its status, and the bytes sent (`sent`) and
 * the file's size (`raw`) when found.
 * Options: `gzip` (compress as a static host does), `mounts` (`{ '/bench/': folder }`).
 */
export async function serveStatic(root, { gzip = false, mounts = {} } = {}) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const folder = mount ? resolve(mounts[mount]) : base;
    let file = normalize(join(folder, mount ? path.slice(mount.length) : path));
    let status = 200;
    let sent = 0;
    let raw = 0;
    try {
      if (file !== folder && !file.startsWith(folder + sep)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      raw = body.length;
      const ext = extname(file).toLowerCase();
      const headers = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipOf(file, body);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      sent = req.method === 'HEAD' ? 0 : body.length;
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      status = 404;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
    requests.push({ path, status, sent, raw });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
