// The app shell: title, explanation, navigation, and the worked example computed by
// ita-core in WebAssembly.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AppShell } from '../pages/app-shell.mjs';
import { startServer, withBrowser } from '../support/browser.mjs';
import { expectText } from '../support/wait.mjs';

const SCREENS = ['กรอกคะแนน', 'วิเคราะห์', 'จำลอง/เส้นทาง', 'มาตรการ', 'เอกสาร'];

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

  test('shows the worked example computed by ita-core in WebAssembly: 79.43, level B', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new AppShell(page, server.origin);
      await app.open();
      assert.equal((await app.overallScore.innerText()).trim(), '79.43');
      assert.equal((await app.ratingLevel.innerText()).trim(), 'B');
      assert.equal((await app.verdict.innerText()).trim(), 'ยังไม่ผ่านเกณฑ์');
      const wasm = server.requests.filter((r) => r.path.endsWith('.wasm'));
      assert.ok(wasm.length > 0 && wasm.every((r) => r.status === 200), 'the app loaded its wasm');
    });
  });

  test('navigation lists the five screens, in order', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new AppShell(page, server.origin);
      await app.open();
      assert.deepEqual(await app.navLabels(), SCREENS);
    });
  });

  test('each navigation link opens its screen; Back returns', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new AppShell(page, server.origin);
      await app.open();
      for (const label of SCREENS) {
        await app.navLink(label).click();
        await expectText(app.screenHeading, label);
        assert.equal(await app.navLink(label).getAttribute('aria-current'), 'page');
        assert.match(await page.innerText('main'), /อยู่ระหว่างการพัฒนา/);
      }
      await page.goBack();
      await expectText(app.screenHeading, SCREENS.at(-2));
      await app.homeLink.click();
      await expectText(app.screenHeading, 'ตัวอย่างการคำนวณ');
      assert.equal(await app.navigation.locator('[aria-current]').count(), 0);
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

