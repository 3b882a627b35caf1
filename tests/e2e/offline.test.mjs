// Hosting and offline use (issue #7): the release build works under any sub-path of a static
// server, installs as an app (manifest with a Thai name and icons), and after one visit its
// service worker lets it open and work with the network off.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { screenshot } from '../support/browser.mjs';
import { serveDistUnder, withServers } from '../support/origins.mjs';
import { eventually, expectText } from '../support/wait.mjs';

const PREFIX = '/agency/tools/ita/';
const SEED_004 = [91.71, 82.96, 88.12, 83.52, 83.62, 89.52, 91.79, 90.5, 88.5, 43.75];
const EMBED = `?embed=calculator&year=2565&${SEED_004.map((v, i) => `${i + 1}=${v}`).join('&')}`;

describe('hosting and offline', () => {
  test('works under a sub-path, and after one visit opens and works with the network off', async () => {
    const server = await serveDistUnder(PREFIX);
    try {
      await withServers([server], {}, async ({ page, context, state }) => {
        await page.goto(server.url);
        await page.getByRole('navigation').waitFor({ timeout: 15000 });

        // Every file came from under the sub-path.
        for (const r of server.requests) {
          assert.ok(r.path.startsWith(PREFIX), `${r.path} is under ${PREFIX}`);
          assert.equal(r.status, 200, r.path);
        }

        // The web app manifest: Thai name, icons that exist.
        const manifestHref = await page.getAttribute('link[rel="manifest"]', 'href');
        const manifestUrl = new URL(manifestHref, server.url).href;
        const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), manifestUrl);
        assert.match(manifest.name, /คะแนน ITA/);
        assert.equal(manifest.lang, 'th');
        assert.equal(manifest.start_url, './');
        for (const icon of manifest.icons) {
          const status = await page.evaluate(
            async (url) => (await fetch(url)).status,
            new URL(icon.src, manifestUrl).href,
          );
          assert.equal(status, 200, icon.src);
        }

        // The service worker is active and has the app, its fonts included, and the modules
        // loaded on demand (the exporter, the importer of reports and framework files).
        const cached = await page.evaluate(async () => {
          const reg = await navigator.serviceWorker.ready;
          const names = await caches.keys();
          const urls = [];
          for (const n of names) for (const r of await (await caches.open(n)).keys()) urls.push(r.url);
          return { scope: reg.scope, names, urls };
        });
        assert.equal(cached.scope, server.url, 'scoped to the sub-path');
        assert.deepEqual(cached.names, ['ita-app-v1']);
        for (const kind of [/_bg\.wasm$/, /ita-web-[0-9a-f]+\.js$/, /\.css$/, /sarabun-thai-400-normal\.woff2$/, /sarabun-latin-700-normal\.woff2$/, /\/ita-export\.js$/, /\/ita-export_bg\.wasm$/, /\/ita-import\.js$/, /\/ita-import_bg\.wasm$/]) {
          assert.ok(cached.urls.some((u) => kind.test(u)), `cached: ${kind}`);
        }
        // The screens loaded on demand: their loader and every chunk it names (wasm-split).
        const loader = cached.urls.find((u) => /\/__wasm_split-[0-9a-f]{1,16}\.js$/.test(u));
        assert.ok(loader, 'cached: the loader of the screens loaded on demand');
        const loaderJs = await page.evaluate(async (url) => (await fetch(url)).text(), loader);
        const chunks = [...loaderJs.matchAll(/new URL\("\.\/([^"]+\.wasm)"/g)].map((m) => m[1]);
        assert.ok(chunks.length >= 7, `the loader names the chunks (${chunks.length})`);
        for (const chunk of chunks) {
          assert.ok(cached.urls.some((u) => u.endsWith(`/${chunk}`)), `cached: ${chunk}`);
        }

        // Network off (and the server gone): a reload still shows a working app.
        state.offline = true;
        await context.setOffline(true);
        await server.close();
        await page.reload();
        await page.getByRole('navigation').waitFor({ timeout: 15000 });
        assert.equal(await page.getAttribute('html', 'lang'), 'th');
        await page.goto(`${server.url}#/workshop`);
        await page.getByTestId('open-sample-pao-narrow').click();
        await page.getByTestId('workshop-banner').waitFor();
        await eventually(
          async () => (await page.getByTestId('overall-score').innerText()).trim(),
          (v) => /^85\.\d\d$/.test(v),
          { message: 'the sample is computed offline' },
        );
        assert.equal(
          await page.evaluate(() => document.fonts.check('16px Sarabun', 'กขค')),
          true,
          'the Thai font is there offline',
        );
        await screenshot(page, 'offline-workshop-desktop-1280');

        // The embeddable calculator works offline too.
        await page.goto(`${server.url}${EMBED}`);
        await expectText(page.getByTestId('embed-overall'), '79.43', { timeout: 15000 });
        await expectText(page.getByTestId('embed-level'), 'B');
      });
    } finally {
      await server.close();
    }
  });
});
