// Bringing in what agencies already have (issue #13): last year's published analysis report,
// read by the import module loaded only then, previewed with every value and its source, and
// used by the year-over-year comparison once confirmed; and a framework file for 2570, loaded
// on the Data screen, stored with the workbook and used to score a 2570 year.

import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { ItaApp } from '../pages/ita-app.mjs';
import { startServer, withBrowser } from '../support/browser.mjs';
import { eventually, expectText } from '../support/wait.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED_004_REPORT = resolve(HERE, '../fixtures/seed-004-report-2565.txt');
const FRAMEWORK_2570 = resolve(HERE, '../fixtures/framework-2570-test.toml');
const WORKBOOK_KEY = 'ita.v1.workbook';

/** Write `text` to a fresh temporary file named `name`; its path. */
async function tempFile(name, text) {
  const dir = await mkdtemp(join(tmpdir(), 'ita-e2e-'));
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

/** The text of a `data-testid` element once it matches `check`. */
function textOf(page, testid, check, message) {
  return eventually(() => page.getByTestId(testid).innerText(), check, { message });
}

describe('imports', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test("seed 004's published report: preview with sources, confirm, and the year-over-year comparison uses it", async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await app.goto('data');
      // This year's scores (2566, fictional indicator scores) for the agency.
      const csv = await tempFile(
        'scores-2566.csv',
        'year,code,score\n2566,1,95\n2566,2,90\n2566,3,92\n2566,4,88\n2566,5,87\n2566,6,91\n2566,7,93\n2566,8,92\n2566,9,90\n2566,10,80\n',
      );
      await app.importPath(csv);
      await eventually(() => app.stored(WORKBOOK_KEY), (s) => s !== null && JSON.parse(s).agencies.length === 1);
      const before = await app.stored(WORKBOOK_KEY);

      // The import module is fetched only when a report is imported.
      const asked = [];
      page.on('request', (r) => {
        if (r.url().includes('ita-import')) asked.push(new URL(r.url()).pathname);
      });

      // A file with no ITA result: a Thai message, nothing changed.
      await page.getByTestId('report-file').setInputFiles({
        name: 'note.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('บันทึกการประชุมประจำเดือน ไม่มีคะแนนใด ๆ', 'utf8'),
      });
      await textOf(page, 'report-outcome', (t) => t.includes('ไม่พบคะแนนผลการประเมิน ITA ในไฟล์นี้'), 'Thai message for a file without a result');
      assert.deepEqual([...new Set(asked)].sort(), ['/ita-import.js', '/ita-import_bg.wasm'], 'the import module is loaded on the first import');
      assert.equal(await app.stored(WORKBOOK_KEY), before);

      // The seed's report: every value with the words it came from; nothing changes yet.
      await page.getByTestId('report-file').setInputFiles(SEED_004_REPORT);
      const preview = page.getByTestId('report-preview');
      await preview.waitFor();
      const shown = await preview.innerText();
      for (const expected of ['79.43', 'B', '91.71', '43.75', 'องค์การบริหารส่วนจังหวัดอุบลราชธานี', 'บรรทัดที่']) {
        assert.ok(shown.includes(expected), `the preview shows ${expected}`);
      }
      assert.equal(await page.getByTestId('report-year').inputValue(), '2565', 'the report says 2565');
      assert.equal(await app.stored(WORKBOOK_KEY), before, 'nothing changes before the confirmation');

      // Cancel changes nothing; the same file again, confirmed, goes into 2565.
      await page.getByTestId('report-cancel').click();
      await textOf(page, 'report-outcome', (t) => t.includes('ไม่มีข้อมูลใดถูกเปลี่ยน'), 'cancelled');
      assert.equal(await app.stored(WORKBOOK_KEY), before);
      await page.getByTestId('report-file').setInputFiles(SEED_004_REPORT);
      await preview.waitFor();
      await page.getByTestId('report-confirm').click();
      await textOf(page, 'report-outcome', (t) => t.includes('นำเข้าคะแนน'), 'imported');
      await expectText(app.overallScore, '79.43');
      await expectText(app.ratingLevel, 'B');
      const stored = JSON.parse(await app.stored(WORKBOOK_KEY));
      const y2565 = stored.agencies[0].years['2565'].scores;
      assert.equal(y2565.values.ITA, 79.43, 'the published overall is kept');
      assert.equal(y2565.values['10'], 43.75);
      assert.equal(y2565.level, 'B', 'the published level is kept');

      // 2566 compared with the imported 2565.
      await page.locator('#summary-year').selectOption('2566');
      await app.show('analysis');
      await page.getByTestId('yoy-sentences').waitFor();
      const yoy = page.locator('section[aria-labelledby="yoy-title"]');
      await eventually(
        () => yoy.textContent(),
        (t) => t.includes('79.43') && t.includes('43.75') && t.includes('80.00'),
        { message: 'the comparison shows the imported 2565 figures' },
      );
    });
  });

  test('a framework file for 2570: a bad one is refused naming the field, a good one scores a 2570 year and is marked', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      page.on('dialog', (d) => d.accept());
      const app = new ItaApp(page, server.origin);
      await app.goto('data');
      // An agency with 2569 tool scores (the built-in 2569 weights: 91.40).
      await app.importPath(await tempFile('scores-2569.csv', 'year,code,score\n2569,IIT,90\n2569,EIT,88\n2569,OIT,95\n'));
      await expectText(app.overallScore, '91.40');
      // Saved after the edit (the first save fetches the JSON writer's chunk).
      await eventually(() => app.stored(WORKBOOK_KEY), (s) => s !== null && JSON.parse(s).agencies.length === 1);
      const before = await app.stored(WORKBOOK_KEY);

      const good = await readFile(FRAMEWORK_2570, 'utf8');
      const bad = good.replace('pass_mark = 85.0', 'pass_mark = 185.0');
      assert.notEqual(bad, good);
      await page.getByTestId('framework-file').setInputFiles(await tempFile('bad-2570.toml', bad));
      await textOf(
        page,
        'framework-outcome',
        (t) => t.includes('ไม่มีข้อมูลใดถูกเปลี่ยน') && t.includes('ไฟล์กรอบการประเมินไม่ถูกต้องที่ช่อง "pass_mark": 185 อยู่นอกช่วง 0–100'),
        'the error names the field, in Thai',
      );
      assert.equal(await app.stored(WORKBOOK_KEY), before, 'a bad file changes nothing');

      await page.getByTestId('framework-file').setInputFiles(FRAMEWORK_2570);
      await textOf(page, 'framework-outcome', (t) => t.includes('2570-test'), 'loaded');
      assert.equal(await page.getByTestId('framework-list').locator('li').count(), 1);
      const saved = JSON.parse(await app.stored(WORKBOOK_KEY));
      assert.deepEqual(saved.frameworks.map((f) => [f.id, f.years]), [['2570-test', [2570]]], 'stored with the workbook');

      // 2570 is now in the year list; add it and score it with the loaded framework.
      await app.show('workbook');
      await page.locator('#year-to-add').selectOption('2570');
      await page.getByTestId('add-year').click();
      await eventually(() => page.locator('#summary-year').inputValue(), (v) => v === '2570', { message: '2570 chosen' });
      const mark = page.getByTestId('user-framework-mark');
      await mark.waitFor();
      assert.ok((await mark.innerText()).includes('2570-test'), 'the summary bar names the user framework');
      await app.show('scores');
      await app.typeScore(page.locator('#score-IIT'), '90');
      await app.typeScore(page.locator('#score-EIT'), '88');
      await app.typeScore(page.locator('#score-OIT'), '95');
      // The file's weights 0.25/0.25/0.50: 22.5 + 22 + 47.5 = 92.00 (2569's give 91.40).
      await expectText(app.overallScore, '92.00');
      await expectText(app.ratingLevel, 'ผ่านดี');

      // Kept after a reload; the mark is shown only for the year the framework scores.
      await page.reload();
      await app.title.waitFor();
      await expectText(app.overallScore, '92.00');
      await mark.waitFor();
      await page.locator('#summary-year').selectOption('2569');
      await expectText(app.overallScore, '91.40');
      await mark.waitFor({ state: 'detached' });

      // It cannot be removed while 2570 has scores; the message says why.
      await app.show('data');
      await page.getByTestId('framework-remove').click();
      await textOf(page, 'framework-outcome', (t) => t.includes('ปีงบประมาณ 2570') && t.includes('2570-test'), 'removal refused');
      assert.equal(JSON.parse(await app.stored(WORKBOOK_KEY)).frameworks.length, 1);
    });
  });
});
