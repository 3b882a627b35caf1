// The embeddable calculator (`?embed=calculator`) inside a cross-origin iframe on a host page
// served from a second local port, and the JavaScript API module (ita-calc.js). Issue #7.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ARTIFACTS, startServer } from '../support/browser.mjs';
import { axeViolationsIn, localStorageOf, serveFiles, withServers } from '../support/origins.mjs';
import { eventually } from '../support/wait.mjs';

// Seed 004: indicator scores of a published 2565 report (overall 79.43, level B).
const SEED_004 = [91.71, 82.96, 88.12, 83.52, 83.62, 89.52, 91.79, 90.5, 88.5, 43.75];
const QUERY = `embed=calculator&year=2565&${SEED_004.map((v, i) => `${i + 1}=${v.toFixed(2)}`).join('&')}`;

function hostPage(appOrigin) {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Host site</title></head>
<body style="margin:0;padding:16px;font-family:sans-serif">
<h1 style="font-size:18px">A host site</h1>
<script>
  localStorage.setItem('host-key', 'host-value');
  window.calcMessages = [];
  window.addEventListener('message', function (e) {
    var f = document.getElementById('ita-calculator');
    if (e.source !== f.contentWindow || !e.data || e.data.source !== 'ita-calculator') return;
    window.calcMessages.push({ origin: e.origin, data: e.data });
    if (e.data.type === 'height') f.style.height = e.data.height + 'px';
  });
</script>
<iframe id="ita-calculator" src="${appOrigin}/?${QUERY}" title="ITA calculator"
  style="width:400px;height:500px;border:1px solid #ccc"></iframe>
</body></html>`;
}

describe('embeddable calculator', () => {
  let app;
  let host;
  before(async () => {
    app = await startServer();
    host = await serveFiles({ 'index.html': hostPage(app.origin) });
    assert.notEqual(app.origin, host.origin, 'two origins');
  });
  after(async () => {
    await host.close();
    await app.close();
  });

  test('in a cross-origin iframe it posts the result of seed 004 (79.43, B) and its height', async () => {
    await withServers([app, host], { viewport: { width: 440, height: 900 } }, async ({ page }) => {
      await page.goto(`${host.origin}/`);
      const messages = () => page.evaluate(() => window.calcMessages);
      const result = await eventually(
        messages,
        (ms) => ms.some((m) => m.data.type === 'result' && m.data.overall !== null),
        { timeout: 20000, message: 'a result message' },
      ).then((ms) => ms.filter((m) => m.data.type === 'result').at(-1));
      assert.equal(result.origin, app.origin, 'posted by the calculator');
      const r = result.data;
      assert.equal(r.source, 'ita-calculator');
      assert.equal(r.year, 2565);
      assert.equal(r.overall, 79.43);
      assert.equal(r.level, 'B');
      assert.equal(r.passed, false);
      assert.deepEqual(Object.keys(r.tools).sort(), ['EIT', 'IIT', 'OIT']);
      assert.equal(Object.keys(r.indicators).length, 10);
      assert.equal(r.indicators['10'], 43.75);
      for (const v of [...Object.values(r.tools), ...Object.values(r.indicators)]) {
        assert.equal(Math.round(v * 100) / 100, v, `${v} has at most 2 decimals`);
      }
      const ms = await messages();
      assert.ok(ms.some((m) => m.data.type === 'ready' && m.data.version === 1), 'a ready message');
      const height = await eventually(
        async () => (await messages()).filter((m) => m.data.type === 'height').at(-1)?.data.height,
        (h) => h > 200,
        { message: 'a height message' },
      );
      // The host followed the height: the whole calculator shows without a scroll bar.
      await eventually(
        () => page.evaluate(() => document.getElementById('ita-calculator').getBoundingClientRect().height),
        (h) => Math.abs(h - height - 2) <= 1,
        { message: 'the iframe takes the reported height' },
      );

      const frame = page.frames().find((f) => f.url().startsWith(app.origin));
      assert.ok(frame, 'the calculator frame');
      assert.equal((await frame.getByTestId('embed-overall').innerText()).trim(), '79.43');
      assert.equal((await frame.getByTestId('embed-level').innerText()).trim(), 'B');

      // Typing a new score posts a new result.
      await frame.getByTestId('embed-field-10').fill('100');
      const changed = await eventually(
        messages,
        (ms) => ms.filter((m) => m.data.type === 'result').at(-1).data.overall > 79.43,
        { message: 'a new result after typing' },
      ).then((ms) => ms.filter((m) => m.data.type === 'result').at(-1).data);
      assert.equal(changed.indicators['10'], 100);
      await frame.getByTestId('embed-field-10').fill('43.75');
      await eventually(
        messages,
        (ms) => ms.filter((m) => m.data.type === 'result').at(-1).data.overall === 79.43,
      );

      // It reads and writes no storage of its own origin, and the host's is as the host left it.
      assert.deepEqual(await localStorageOf(frame), {});
      assert.equal(await frame.evaluate(() => sessionStorage.length), 0);
      assert.deepEqual(await localStorageOf(page), { 'host-key': 'host-value' });

      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      await page.locator('#ita-calculator').screenshot({ path: `${ARTIFACTS}/embed-calculator-400.png` });
    });
  });

  test('tool scores from the address, in English', async () => {
    await withServers([app], { viewport: { width: 400, height: 800 } }, async ({ page }) => {
      await page.goto(`${app.origin}/?embed=calculator&lang=en&year=2568&IIT=92.5&EIT=88&OIT=90`);
      await eventually(
        async () => (await page.getByTestId('embed-overall').innerText()).trim(),
        (v) => /^\d+\.\d\d$/.test(v),
      );
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.getByTestId('embed-by-tools').isChecked(), true);
      assert.equal(await page.getByRole('navigation').count(), 0, 'no app chrome');
      assert.deepEqual(await localStorageOf(page), {});
      assert.deepEqual(await axeViolationsIn(page, ['[data-testid="embed-calculator"]']), []);
    });
  });

  test('JavaScript API: ita-calc.js analyze() gives 79.43, B for seed 004', async () => {
    await withServers([app], {}, async ({ page }) => {
      await page.goto(`${app.origin}/?embed=calculator`);
      const out = await page.evaluate(async (values) => {
        const api = await import('./ita-calc.js');
        await api.default();
        const scores = Object.fromEntries(values.map((v, i) => [String(i + 1), v]));
        const result = api.analyze({ year: 2565, scores });
        let error = null;
        try {
          api.analyze({ year: 2565, scores: { IIT: 120 } });
        } catch (e) {
          error = String(e);
        }
        return { result, error, years: Array.from(api.years()), version: api.version() };
      }, SEED_004);
      assert.equal(out.result.overall, 79.43);
      assert.equal(out.result.level, 'B');
      assert.equal(out.result.passed, false);
      assert.equal(out.result.indicators['10'], 43.75);
      assert.deepEqual(out.result.weaknesses.slice(0, 1), [10]);
      assert.ok(out.error && out.error.length > 0, 'bad input throws a message');
      assert.ok(out.years.includes(2565) && out.years.includes(2568));
      assert.equal(out.version, '1');
      const wasm = app.requests.filter((r) => r.path === '/ita-calc_bg.wasm');
      assert.ok(wasm.length > 0 && wasm.every((r) => r.status === 200), 'stable file names');
    });
  });
});
