// Service worker of the ITA tool: after one visit, the app opens and works with the network
// off. Registered by the app as `./sw.js`, so its scope is the folder the app is served from
// (any sub-path works). It never sends anything anywhere: it only keeps copies of the app's
// own files (same origin) in the browser's Cache Storage.
//
// * install: fetch index.html, read every file it references (Trunk gives them hashed names,
//   so the list cannot be written here), every file its stylesheets reference (the fonts) and
//   its scripts import, and cache them all;
// * page loads (navigations): network first, so a new release shows at once; offline, the
//   cached page (index.html, or embed.html for the calculator; whatever the query);
// * other files: cache first, then the network, caching what comes back (runtime caching);
//   files without a hash in their name are refreshed in the background after use;
// * activate: delete the caches of other versions. After each page load from the network,
//   the hashed files that the new index.html no longer references are removed too.

'use strict';

const VERSION = 'v1';
const PREFIX = 'ita-app-';
const CACHE = PREFIX + VERSION;
// Files that index.html does not name (the export module, loaded at the first export; the
// import module, loaded at the first import of a report or a framework file; the manifest's
// icons): cached when present, skipped otherwise.
const OPTIONAL = [
  'ita-export.js',
  'ita-export_bg.wasm',
  'ita-import.js',
  'ita-import_bg.wasm',
  // The embeddable calculator's own page (docs/EMBED.md) and the module it runs on.
  'embed.html',
  'embed.js',
  'embed.css',
  'ita-calc.js',
  'ita-calc_bg.wasm',
  'manifest.webmanifest',
  'icons/icon.svg',
  'icons/icon-192.png',
  'icons/icon-512.png',
];
// Trunk's hashed file names: `name-0123456789abcdef.js`, `…_bg.wasm`, `….css` (the hash is a
// 64-bit number in hex without leading zeros: one build in sixteen has 15 digits).
const HASHED = /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css)$/;

const scope = () => self.registration.scope;
const abs = (path, base) => new URL(path, base || scope()).href;

/** The same-origin files an HTML or CSS text references. */
function references(text, base) {
  const out = new Set();
  const patterns = [
    /\b(?:href|src)\s*=\s*["']([^"'#]+)["']/g, // <link href>, <script src>
    /\bimport\s*(?:[^'"]*?\bfrom\s*)?["']([^"']+)["']/g, // import … from './x.js'
    /\bmodule_or_path\s*:\s*["']([^"']+)["']/g, // Trunk's loader: init({module_or_path})
    /\burl\(\s*["']?([^"')]+)["']?\s*\)/g, // CSS url(...) (fonts)
    // The loader of the screens loaded on demand (__wasm_split-<hash>.js, index.html preloads
    // it) names each chunk as new URL("./x-<hash>.wasm", import.meta.url).
    /\bnew URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url/g,
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const ref = m[1].trim();
      if (!ref || ref.startsWith('data:')) continue;
      const url = new URL(ref, base);
      if (url.origin === self.location.origin) out.add(url.href.split('#')[0]);
    }
  }
  return out;
}

/** Fetch index.html and everything it needs; put them in `cache`. Returns the URLs kept. */
async function precache(cache, indexResponse) {
  const index = abs('./');
  const res = indexResponse || (await fetch(index, { cache: 'no-store' }));
  if (!res.ok) throw new Error(`index.html: HTTP ${res.status}`);
  const html = await res.clone().text();
  await cache.put(index, res);
  const wanted = references(html, index);
  for (const path of OPTIONAL) wanted.add(abs(path));
  const kept = new Set([index]);
  const stylesheets = [];
  await Promise.all(
    [...wanted].map(async (url) => {
      try {
        let r = await cache.match(url);
        if (!r) {
          r = await fetch(url, { cache: 'no-store' });
          if (!r.ok) return;
          await cache.put(url, r.clone());
        }
        kept.add(url);
        if (/\.(css|js)$/.test(url)) stylesheets.push([url, await r.text()]);
      } catch {
        // Optional or unreachable: runtime caching gets it later.
      }
    }),
  );
  // The fonts the stylesheets name, the modules the scripts import (wasm-bindgen snippets) and
  // the chunks of the screens loaded on demand: fetched here, after the first visit's page has
  // loaded (the service worker installs in the background), so that offline stays whole.
  const fonts = new Set();
  for (const [url, text] of stylesheets) {
    for (const f of references(text, url)) if (!kept.has(f) && !/\.(html?)$/.test(f)) fonts.add(f);
  }
  await Promise.all(
    [...fonts].map(async (url) => {
      try {
        if (!(await cache.match(url))) {
          const r = await fetch(url, { cache: 'no-store' });
          if (!r.ok) return;
          await cache.put(url, r);
        }
        kept.add(url);
      } catch {
        // Fetched at first use instead.
      }
    }),
  );
  return kept;
}

/** Remove the hashed files of earlier releases from `cache`. */
async function prune(cache, kept) {
  for (const req of await cache.keys()) {
    if (HASHED.test(new URL(req.url).pathname) && !kept.has(req.url)) await cache.delete(req);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => precache(cache))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;

  if (req.mode === 'navigate') {
    event.respondWith(
      (async () => {
        const cache = await caches.open(CACHE);
        try {
          const res = await fetch(req);
          // A fresh index.html: cache it and what it references, drop what it no longer does.
          if (res.ok && url.href.split(/[?#]/)[0] === abs('./')) {
            event.waitUntil(
              precache(cache, res.clone())
                .then((kept) => prune(cache, kept))
                .catch(() => {}),
            );
          }
          return res;
        } catch (offline) {
          const cached =
            (await cache.match(req, { ignoreSearch: true })) || (await cache.match(abs('./')));
          if (cached) return cached;
          throw offline;
        }
      })(),
    );
    return;
  }

  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = await cache.match(req);
      if (cached) {
        // Hashed files never change; the others (fonts, icons, the modules with stable names)
        // are refreshed in the background for the next visit.
        if (!HASHED.test(url.pathname)) {
          event.waitUntil(
            fetch(req)
              .then((res) => (res.ok ? cache.put(req, res) : undefined))
              .catch(() => {}),
          );
        }
        return cached;
      }
      try {
        const res = await fetch(req);
        if (res.ok && res.type === 'basic') cache.put(req, res.clone()).catch(() => {});
        return res;
      } catch (offline) {
        // The app asks for some files with a version query (`ita-export.js?v=…`).
        const any = await cache.match(req, { ignoreSearch: true });
        if (any) return any;
        throw offline;
      }
    })(),
  );
});
