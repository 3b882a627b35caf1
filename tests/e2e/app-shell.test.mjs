// The app shell: title, explanation, navigation between the six screens, and the app's
// WebAssembly loaded from the local server.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AppShell } from '../pages/app-shell.mjs';
import { startServer, withBrowser } from '../support/browser.mjs';
import { expectText } from '../support/wait.mjs';

/** Menu label and the heading its screen shows in an empty app (the menu may hold more). */
const SCREENS = [
  ['หน่วยงานและปี', 'หน่วยงาน'],
  ['กรอกคะแนน', 'กรอกคะแนน'],
  ['วิเคราะห์', 'วิเคราะห์'],
  ['จำลอง/เส้นทาง', 'จำลอง/เส้นทาง'],
  ['มาตรการ', 'มาตรการ'],
  ['ไฟล์', 'ไฟล์และข้อมูล'],
];

describe('app shell', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('introduces the tool in Thai', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new AppShell(page, server.origin);
      await app.open();
      assert.equal(await page.title(), 'เครื่องมือคำนวณและวิเคราะห์คะแนน ITA');
      assert.equal(await page.getAttribute('html', 'lang'), 'th');
      assert.equal(await app.title.innerText(), 'เครื่องมือคำนวณและวิเคราะห์คะแนน ITA');
      const intro = await app.introduction.innerText();
      assert.match(intro, /หน่วยงานภาครัฐ/);
      assert.match(intro, /\(ITA\)/);
      assert.equal(await app.loadingNote.count(), 0, 'the loading note is gone once the app runs');
    });
  });

  test('an empty app opens on the workbook screen with no score yet; the wasm came from the local server', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new AppShell(page, server.origin);
      await app.open();
      await expectText(app.screenHeading, 'หน่วยงาน');
      assert.equal((await app.overallScore.innerText()).trim(), '–');
      assert.equal((await app.ratingLevel.innerText()).trim(), '–');
      const wasm = server.requests.filter((r) => r.path.endsWith('.wasm'));
      assert.ok(wasm.length > 0 && wasm.every((r) => r.status === 200), 'the app loaded its wasm');
    });
  });

  test('a first visit fetches the first screen only; an agency\'s card comes in a part of its own', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new AppShell(page, server.origin);
      await app.open();
      await page.getByTestId('add-agency').waitFor();
      // Every wasm file fetched so far, by its name without the build's hash.
      const wasm = () =>
        page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((e) => new URL(e.name).pathname.split('/').pop())
            .filter((f) => f.endsWith('.wasm'))
            .map((f) => f.replace(/-[0-9a-f]{1,16}(_bg)?\.wasm$/, '')),
        );
      assert.deepEqual(await wasm(), ['ita-web'], 'only the main part (no reader, engine or screen)');

      await page.getByTestId('add-agency').click();
      await page.locator('.agency-form input[autocomplete="organization"]').fill('อบต.ทดสอบ');
      await page.locator('.agency-form button[type="submit"]').click();
      await expectText(page.locator('.agency-card h3').first(), 'อบต.ทดสอบ');
      assert.ok((await wasm()).length > 1, 'the card and the engine came on demand');
    });
  });

  test('navigation lists the screens, in order', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new AppShell(page, server.origin);
      await app.open();
      const labels = await app.navLabels();
      const mine = labels.filter((l) => SCREENS.some(([label]) => label === l));
      assert.deepEqual(mine, SCREENS.map(([label]) => label));
    });
  });

  test('each navigation link opens its screen; Back returns', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new AppShell(page, server.origin);
      await app.open();
      for (const [label, heading] of SCREENS) {
        await app.navLink(label).click();
        await expectText(app.screenHeading, heading);
        assert.equal(await app.navLink(label).getAttribute('aria-current'), 'page');
      }
      await page.goBack();
      await expectText(app.screenHeading, SCREENS.at(-2)[1]);
    });
  });

  test('a link to a screen opens that screen directly', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new AppShell(page, server.origin);
      await app.open('analysis');
      await expectText(app.screenHeading, 'วิเคราะห์');
      assert.equal(await app.navLink('วิเคราะห์').getAttribute('aria-current'), 'page');
    });
  });
});
