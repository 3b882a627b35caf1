// The ITA app end to end: import seed 004's indicator scores, edit, analyse, chart, save,
// reload, export and import the workbook, survive corrupt and full storage.

import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { ItaApp } from '../pages/ita-app.mjs';
import { startServer, withBrowser } from '../support/browser.mjs';
import { eventually, expectText } from '../support/wait.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED_004 = resolve(HERE, '../../examples/seed-004-indicators-2565.csv');
const WORKBOOK_KEY = 'ita.v1.workbook';

/** Open the scores screen of an empty app and import seed 004 (2565: 79.43, B). */
async function importSeed(app) {
  await app.goto('scores');
  await app.importPath(SEED_004);
  await expectText(app.overallScore, '79.43');
}

describe('workbook app', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test("importing seed 004's indicator scores shows 79.43 and B", async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await importSeed(app);
      await expectText(app.ratingLevel, 'B');
      assert.equal(await app.indicatorField(10).inputValue(), '43.75');
      assert.equal(await app.indicatorField(1).inputValue(), '91.71');
    });
  });

  test('editing one indicator updates the overall at once; a bad value never replaces a good one', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await importSeed(app);
      await app.typeScore(app.indicatorField(10), '85');
      // OIT = (88.50 + 85) / 2 = 86.75; overall = 0.3·85.986 + 0.3·90.603 + 0.4·86.75 = 87.68.
      await expectText(app.overallScore, '87.68', { timeout: 1000 });
      await expectText(app.ratingLevel, 'A');
      await app.typeScore(app.indicatorField(10), '๙o');
      const error = page.locator('#score-10-error');
      await eventually(() => error.innerText(), (t) => /ไม่ใช่ตัวเลข/.test(t), { message: 'error beside the field' });
      assert.equal(await app.indicatorField(10).getAttribute('aria-invalid'), 'true');
      await expectText(app.overallScore, '87.68');
      await app.typeScore(app.indicatorField(10), '๙๐');
      await expectText(app.overallScore, '88.68');
      // Empty means missing (never zero): the overall can no longer be computed.
      await app.typeScore(app.indicatorField(10), '');
      await expectText(app.overallScore, '–');
    });
  });

  test('the indicator chart is drawn, with pass and fail bars', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await importSeed(app);
      await app.show('analysis');
      await app.indicatorChart.waitFor();
      const px = await eventually(
        () => app.canvasPixels(app.indicatorChart),
        (p) => p.painted > 5000 && p.green > 500 && p.red > 100,
        { message: 'canvas painted with green and red bars' },
      );
      assert.ok(px.width > 300 && px.height > 200, JSON.stringify(px));
      // Each chart's data is read once (issue #10): the canvas is hidden from assistive
      // technology, the screen's results table is its text alternative, and the chart carries
      // no second, hidden copy of the table.
      assert.equal(await app.indicatorChart.getAttribute('aria-hidden'), 'true');
      const figure = app.indicatorChart.locator('xpath=ancestor::figure');
      assert.equal(await figure.locator('table').count(), 0, 'no hidden copy of the data');
      assert.ok(
        (await page.locator('main table', { hasText: 'การปฏิบัติหน้าที่' }).count()) >= 1,
        'the results table names the indicators',
      );
      // The chart follows edits.
      const before = px.red;
      await app.show('scores');
      await app.typeScore(app.indicatorField(10), '100');
      await app.show('analysis');
      await eventually(
        () => app.canvasPixels(app.indicatorChart),
        (p) => p.red < before,
        { message: 'fewer failing bars after the edit' },
      );
    });
  });

  test('after an edit, the analysis screen shows it: what is in view in its first frame, what is below right after', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await importSeed(app);
      await app.show('analysis');
      const tools = page.locator('section[aria-labelledby="tools-title"] table');
      // OIT = (88.50 + 43.75) / 2
      await eventually(() => tools.textContent(), (t) => /66\.13/.test(t), { message: 'the tools table' });
      await app.show('scores');
      // Edit indicator 10 where the page is (no scrolling), switch to the analysis screen, and
      // read the indicator chart's pixels and the tables in the first animation frame of the
      // switch (before it is painted), and again once the page has settled.
      const editThenSwitch = (value) =>
        page.evaluate(async (value) => {
          const chart = () => document.querySelector('[data-testid="indicator-chart"]').toDataURL();
          const text = (id) => document.querySelector(`section[aria-labelledby="${id}"] table`).textContent;
          const read = () => ({ chart: chart(), indicators: text('indicators-result-title'), tools: text('tools-title') });
          const before = chart();
          const input = document.querySelector('[data-testid="indicator-score-10"]');
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          window.location.hash = '#/analysis';
          const firstFrame = await new Promise((r) => requestAnimationFrame(() => r(read())));
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
          return { before, firstFrame, settled: read() };
        }, value);

      // At the top of the page (1280 × 800), the chart is in view; the table under it and the
      // tools card are below the fold.
      const top = await editThenSwitch('100');
      assert.notEqual(top.firstFrame.chart, top.before, 'the chart in view, drawn again in the first frame');
      assert.match(top.settled.indicators, /100\.00/, 'the table below, right after');
      assert.match(top.settled.tools, /94\.25/, 'the tools card below, right after'); // (88.50 + 100) / 2

      // Scrolled down to the tools card, it is in view when the screen comes back: it is
      // brought up to date in the first frame too.
      await page.locator('#tools-title').scrollIntoViewIfNeeded();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.evaluate(() => {
        window.location.hash = '#/scores';
      });
      await page.locator('nav a[href="#/scores"][aria-current="page"]').waitFor();
      const scrolled = await editThenSwitch('90');
      assert.match(scrolled.firstFrame.tools, /89\.25/, 'the tools card in view, in the first frame'); // (88.50 + 90) / 2
      assert.match(scrolled.settled.tools, /89\.25/);
      assert.match(scrolled.settled.indicators, /90\.00/);
    });
  });

  test('reloading keeps everything', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await importSeed(app);
      await app.typeScore(app.indicatorField(3), '90');
      await expectText(app.overallScore, '79.54');
      await page.getByTestId('thai-digits').check();
      await expectText(app.overallScore, '๗๙.๕๔');
      // The framework's names follow the digits too, as the charts and documents write them.
      const name3 = () => page.locator('label[for="score-3"]').innerText();
      await eventually(name3, (t) => t.startsWith('ตัวชี้วัดที่ ๓ '), { message: 'indicator 3 named in Thai digits' });
      const saved = await app.stored(WORKBOOK_KEY);
      await page.reload();
      await app.title.waitFor();
      await expectText(app.overallScore, '๗๙.๕๔');
      await page.getByTestId('thai-digits').uncheck();
      await expectText(app.overallScore, '79.54');
      await eventually(name3, (t) => t.startsWith('ตัวชี้วัดที่ 3 '), { message: 'indicator 3 named in Arabic digits' });
      assert.equal(await app.indicatorField(3).inputValue(), '90');
      assert.equal(await app.stored(WORKBOOK_KEY), saved);
    });
  });

  test('JSON export then import into an empty app gives the same workbook', async () => {
    let exported;
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await importSeed(app);
      await app.typeScore(app.indicatorField(2), '84.5');
      await app.show('data');
      exported = await app.download(page.getByTestId('export-json'));
      assert.match(exported.name, /\.json$/);
      assert.deepEqual(JSON.parse(exported.text), JSON.parse(await app.stored(WORKBOOK_KEY)));
    });
    const dir = await mkdtemp(join(tmpdir(), 'ita-e2e-'));
    const file = join(dir, 'workbook.json');
    await writeFile(file, exported.text);
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await app.goto('data');
      await app.importPath(file);
      await eventually(() => app.stored(WORKBOOK_KEY), (s) => s !== null && JSON.parse(s).agencies.length === 1);
      assert.deepEqual(JSON.parse(await app.stored(WORKBOOK_KEY)), JSON.parse(exported.text));
      await expectText(app.overallScore, '79.52');
    });
  });

  test('importing a workbook over existing data asks first; a bad file changes nothing', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await importSeed(app);
      const before = await app.stored(WORKBOOK_KEY);
      const dir = await mkdtemp(join(tmpdir(), 'ita-e2e-'));
      const bad = join(dir, 'bad.json');
      await writeFile(bad, '{"format":"ita-workbook","version":1,"agencies":[{"id":"a1","name":"x","years":{"2565":{"scores":{"values":{"1":120}}}}}]}');
      await app.importPath(bad);
      await eventually(() => page.locator('.import-outcome').first().innerText(), (t) => /ไม่สำเร็จ/.test(t));
      assert.equal(await app.stored(WORKBOOK_KEY), before);
      const good = join(dir, 'good.json');
      await writeFile(good, '{"format":"ita-workbook","version":1,"agencies":[{"id":"b1","name":"อบต.ใหม่","years":{}}]}');
      let asked = 0;
      page.once('dialog', (d) => {
        asked += 1;
        d.dismiss();
      });
      await app.importPath(good);
      await eventually(() => page.locator('.import-outcome').first().innerText(), (t) => /ยกเลิก/.test(t));
      assert.equal(asked, 1);
      assert.equal(await app.stored(WORKBOOK_KEY), before);
    });
  });

  test('corrupt storage shows the message and loses nothing', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await app.goto('workbook');
      await page.evaluate((k) => window.localStorage.setItem(k, '{"format":"ita-workbook", broken'), WORKBOOK_KEY);
      await page.reload();
      await app.storageProblem.waitFor();
      assert.match(await app.storageProblem.innerText(), /อ่านไม่ได้/);
      assert.equal(await app.stored(`${WORKBOOK_KEY}.corrupt`), '{"format":"ita-workbook", broken');
      const { text } = await app.download(app.storageProblem.getByRole('button', { name: 'ดาวน์โหลดข้อมูลเดิม' }));
      assert.equal(text, '{"format":"ita-workbook", broken');
      // Working on: new data is saved, the backup stays.
      await app.show('scores');
      await app.importPath(SEED_004);
      await expectText(app.overallScore, '79.43');
      await eventually(() => app.stored(WORKBOOK_KEY), (s) => s && s.includes('91.71'));
      assert.equal(await app.stored(`${WORKBOOK_KEY}.corrupt`), '{"format":"ita-workbook", broken');
    });
  });

  test('a full storage shows a message and keeps the data in memory', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await importSeed(app);
      await page.evaluate(() => {
        Storage.prototype.setItem = function () {
          throw new DOMException('full', 'QuotaExceededError');
        };
      });
      await app.typeScore(app.indicatorField(10), '85');
      await expectText(app.overallScore, '87.68');
      await app.storageFull.waitFor();
      assert.match(await app.storageFull.innerText(), /เต็ม/);
    });
  });

  test('pasting a block previews each line and applies the valid ones', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await importSeed(app);
      await page.getByTestId('paste-text').fill('10\t๘๕\nx9 50\ni7 73.72');
      const preview = page.getByTestId('paste-preview');
      await preview.waitFor();
      assert.equal(await preview.locator('tbody tr').count(), 3);
      assert.match(await preview.locator('tbody tr').nth(1).innerText(), /ไม่รู้จักรหัส/);
      await page.getByTestId('paste-apply').click();
      await expectText(app.overallScore, '87.68');
      assert.equal(await app.indicatorField(10).inputValue(), '85');
    });
  });

  test('English can be chosen and is kept', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await importSeed(app);
      await page.getByTestId('lang-switch').click();
      await expectText(app.title, 'ITA score calculator and analysis');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await page.reload();
      await expectText(app.title, 'ITA score calculator and analysis');
      await expectText(app.overallScore, '79.43');
    });
  });

  test('switching the language relabels the OIT items at once, without a reload', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await importSeed(app);
      // The items sit in closed <details>: read their text, not what is rendered.
      const text = (selector) => page.locator(selector).evaluate((el) => el.textContent.trim());
      const item = page.locator('.oit-item', { has: page.locator('#oit-o1') });
      const title = () => item.locator('.item-title').evaluate((el) => el.textContent);
      const thai = /[\u0E00-\u0E7F]/;
      const expectThai = async () => {
        await eventually(() => text('label[for="oit-o1"]'), (t) => t === 'ผลการเผยแพร่');
        assert.equal(await text('#oit-o1 option[value="met"]'), 'มีครบ (100)');
        assert.match(await title(), /โครงสร้าง/);
      };
      await expectThai();
      await page.getByTestId('lang-switch').click();
      await eventually(() => text('label[for="oit-o1"]'), (t) => t === 'Publication', { message: 'label in English' });
      await eventually(() => text('#oit-o1 option[value="met"]'), (t) => t === 'Met (100)', { message: 'option in English' });
      await eventually(title, (t) => /Organisation structure/.test(t) && !thai.test(t), { message: 'the item title in English' });
      await page.getByTestId('lang-switch').click();
      await expectThai();
      // The number in the option follows the digits setting, like the scores.
      await page.getByTestId('thai-digits').check();
      await eventually(() => text('#oit-o1 option[value="met"]'), (t) => t === 'มีครบ (๑๐๐)', { message: 'Thai digits' });
    });
  });
});
