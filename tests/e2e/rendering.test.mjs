// How the page looks: Thai drawn with the bundled Sarabun font, layouts that fit a phone and
// a desktop. Screenshots go to tests/artifacts/ for people to look at.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AppShell } from '../pages/app-shell.mjs';
import { screenshot, startServer, VIEWPORTS, withBrowser } from '../support/browser.mjs';

describe('rendering', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('Thai text is drawn with the self-hosted Sarabun font', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new AppShell(page, server.origin);
      await app.open();
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts]
          .filter((f) => f.family.replaceAll('"', '') === 'Sarabun')
          .map((f) => ({ weight: f.weight, range: f.unicodeRange, status: f.status }));
      });
      const thai = fonts.filter((f) => f.range.toUpperCase().includes('E01-E5B') && f.status === 'loaded');
      assert.ok(thai.length > 0, `a Thai Sarabun face is loaded; faces: ${JSON.stringify(fonts)}`);
      const family = await app.title.evaluate((el) => getComputedStyle(el).fontFamily);
      assert.match(family, /^"?Sarabun"?,/);
      const served = server.requests.filter((r) => /fonts\/sarabun-thai-\d+-normal\.woff2$/.test(r.path));
      assert.ok(served.length > 0 && served.every((r) => r.status === 200), 'font files came from the local server');
    });
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    test(`fits a ${viewport.width}-pixel-wide ${name} screen without sideways scrolling`, async () => {
      await withBrowser(server, { viewport }, async ({ page }) => {
        const app = new AppShell(page, server.origin);
        await app.open();
        await page.evaluate(() => document.fonts.ready);
        assert.equal(await app.scrollsSideways(), false);
        for (const el of [app.title, app.overallScore, app.navigation]) {
          const box = await el.boundingBox();
          assert.ok(box && box.x >= 0 && box.x + box.width <= viewport.width, 'element inside the window');
        }
        await screenshot(page, `app-shell-${name}-${viewport.width}`);
      });
    });
  }
});
