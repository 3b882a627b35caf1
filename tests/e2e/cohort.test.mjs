// The cohort screen (issue #14): a generated 10,000-agency file (wide format, three years) is
// imported in the browser — the preview lists the bad rows by line and applies nothing — then
// the summary, a province filter, the cohort kept in IndexedDB across a reload, and one
// agency's full analysis opened as a workshop copy (the user's own workbook is not written).
// The fictional sample opens in one click and is marked as fictional.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer, withBrowser } from '../support/browser.mjs';
import { PROVINCE, cohortCsv } from '../support/cohort.mjs';
import { eventually, expectText } from '../support/wait.mjs';

const LONG = { timeout: 30000 };

describe('cohort screen', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('imports 10,000 agencies, filters by province, survives a reload and opens one agency', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      await page.goto(`${server.origin}/#/cohort`);
      await page.getByTestId('cohort-file').waitFor(LONG);
      const csv = cohortCsv({ bad: 2 });
      await page.getByTestId('cohort-file').setInputFiles({
        name: 'cohort-10000.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(csv, 'utf8'),
      });

      // The preview: counts and every bad row by line; nothing applied yet.
      await page.getByTestId('cohort-preview').waitFor(LONG);
      const counts = (await page.getByTestId('cohort-preview-counts').innerText()).trim();
      assert.equal(
        counts,
        'หน่วยงาน 10000 แห่ง ปีงบประมาณ 2566, 2567, 2568 แถวที่ถูกต้อง 30000 แถว แถวที่มีปัญหา 2 แถว',
      );
      const bad = await page.getByTestId('cohort-bad-rows').locator('li').allInnerTexts();
      assert.equal(bad.length, 2);
      assert.match(bad[0], /^บรรทัดที่ 30002: /);
      assert.match(bad[1], /^บรรทัดที่ 30003: /);
      assert.equal(await page.getByTestId('cohort-agencies').count(), 0, 'nothing applied before confirming');

      await page.getByTestId('cohort-apply').click();
      await expectText(page.getByTestId('cohort-agencies'), '10000', LONG);
      await expectText(page.getByTestId('cohort-scored'), '10000');
      assert.match((await page.getByTestId('cohort-mean').innerText()).trim(), /^\d{2}\.\d\d$/);
      await page.getByTestId('cohort-level-chart').waitFor();
      await page.getByTestId('cohort-histogram').waitFor();
      const rows = page.getByTestId('cohort-ranking').locator('tbody tr');
      assert.equal(await rows.count(), 50, 'one page of the ranking');
      // The ranking is laid out only near the viewport (`content-visibility: auto`), and
      // text not laid out has no inner text: the ranking is read as text content.
      await expectText(page.getByTestId('cohort-page'), 'หน้า 1 จาก 200');

      // Filter by province: 1,000 agencies, every row of that province.
      await page.getByTestId('cohort-province').selectOption(PROVINCE(3));
      await expectText(page.getByTestId('cohort-agencies'), '1000');
      await expectText(page.getByTestId('cohort-page'), 'หน้า 1 จาก 20');
      const provinces = await rows.locator('td:nth-child(4)').allTextContents();
      assert.equal(provinces.length, 50);
      assert.ok(provinces.every((p) => p.trim() === PROVINCE(3)), 'only the chosen province');
      const ranks = (await rows.locator('td:nth-child(1)').allTextContents()).map(Number);
      assert.ok(ranks.every((r, i) => i === 0 || r >= ranks[i - 1]), 'ranked best first');

      // Sort by agency name, then the next page.
      await page.getByTestId('cohort-ranking').getByRole('button', { name: 'หน่วยงาน', exact: true }).click();
      await eventually(
        async () => rows.locator('th').allTextContents(),
        (names) => names.length === 50 && names.every((n, i) => i === 0 || names[i - 1] <= n),
        { message: 'sorted by name' },
      );
      await page.getByTestId('cohort-next').click();
      await expectText(page.getByTestId('cohort-page'), 'หน้า 2 จาก 20');

      // Kept in IndexedDB: a reload shows the same cohort (and no localStorage is used for it).
      await page.getByTestId('cohort-storage').waitFor();
      await expectText(page.getByTestId('cohort-storage'), 'บันทึกข้อมูลหลายหน่วยงานไว้ในเบราว์เซอร์นี้แล้ว');
      await page.reload();
      await expectText(page.getByTestId('cohort-agencies'), '10000', LONG);
      const stored = await page.evaluate(() => Object.keys(localStorage));
      assert.ok(!stored.some((k) => k.includes('cohort')), `localStorage keys: ${stored}`);

      // One agency's full analysis, as a workshop copy.
      await page.getByTestId('cohort-province').selectOption(PROVINCE(3));
      await expectText(page.getByTestId('cohort-agencies'), '1000');
      const first = rows.first();
      const name = (await first.locator('th').textContent()).trim();
      const overall = (await first.locator('td:nth-child(5)').textContent()).trim();
      await first.getByTestId('cohort-open').click();
      await page.getByTestId('workshop-banner').waitFor();
      await eventually(() => page.url(), (u) => u.endsWith('#/analysis'), { message: 'the analysis screen' });
      await expectText(page.locator('.summary-agency .summary-value'), name);
      await expectText(page.getByTestId('overall-score'), overall);
      assert.match(await page.getByTestId('workshop-banner').innerText(), /จากข้อมูลหลายหน่วยงาน/);
      // The user's own workbook stays as it was (empty: the app may have saved it empty).
      const own = await page.evaluate(() => localStorage.getItem('ita.v1.workbook'));
      assert.ok(own === null || JSON.parse(own).agencies.length === 0, `the user's workbook is not written: ${own}`);
    });
  });

  test('the fictional sample opens in one click, marked as fictional', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      await page.goto(`${server.origin}/#/cohort`);
      await page.getByTestId('cohort-sample').click(LONG);
      await page.getByTestId('cohort-sample-badge').waitFor();
      await expectText(page.getByTestId('cohort-agencies'), '300');
      // Its title's figures follow the digits setting (Arabic by default), as every figure does.
      assert.match(await page.getByTestId('cohort-source').innerText(), /300 แห่ง ปี 2567–2568 \(ข้อมูลไม่ใช่ของจริง\)/);
      // Two years: the biggest changes are listed.
      await page.getByText('คะแนนเพิ่มขึ้นมากที่สุดจากปี 2567').waitFor();
      // A bad file is refused with the line and reason, in the user's language.
      await page.getByTestId('cohort-file').setInputFiles({
        name: 'bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('who,what\n1,2\n', 'utf8'),
      });
      await page.getByTestId('cohort-import-error').waitFor();
      assert.match(await page.getByTestId('cohort-import-error').innerText(), /บรรทัดที่ 1/);
      await expectText(page.getByTestId('cohort-agencies'), '300');
    });
  });
});
