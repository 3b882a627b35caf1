// Issue #10: a Thai user reads every error entirely in Thai — a damaged share link and a scores
// CSV with an unknown code (codes, quoted input, file names and tool names aside).
// Issue #15: a workbook file with a measure linked to an indicator the year does not have is
// refused in Thai naming the JSON path, and a name field stops at the limit and says so.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer, withBrowser } from '../support/browser.mjs';
import { eventually } from '../support/wait.mjs';

/** The English words left in `text` once what may stay in any language is taken out. */
function englishWords(text) {
  const rest = text
    .replace(/"[^"]*"/g, ' ') // the user's own input, quoted
    .replace(/\S+\.(csv|json|toml|docx|xlsx)\b/gi, ' ') // file names
    .replace(/\b(ITA|IIT|EIT|OIT|CSV|JSON|DOCX|XLSX|PDF)\b/g, ' ') // tool and format names
    .replace(/\b[a-zA-Z]\d+(\.\d+)*\b/g, ' ') // codes such as i7, o12, e6
    .replace(/\byear,code,score\b/g, ' '); // the CSV header, as the file must spell it
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

describe('messages in Thai mode', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('a damaged share link is refused in Thai only', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      await page.goto(`${server.origin}/#s=not-a-real-link_~~`);
      const problem = page.getByTestId('workshop-problem');
      await problem.waitFor({ timeout: 15000 });
      const text = (await problem.innerText()).trim();
      assert.match(text, /ลิงก์/, text);
      assert.deepEqual(englishWords(text), [], text);
    });
  });

  test('a CSV with an unknown code is refused in Thai only, and nothing changes', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      await page.goto(`${server.origin}/#/scores`);
      await page.getByTestId('import-file').setInputFiles({
        name: 'scores.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('year,code,score\n2568,IIT,90\n2568,x99,50\n'),
      });
      const error = page.locator('.import-outcome .error-text');
      const text = await eventually(
        async () => ((await error.count()) ? (await error.innerText()).trim() : ''),
        (t) => t.length > 0,
        { message: 'the import reports its error', timeout: 10000 },
      );
      assert.match(text, /x99/, text);
      assert.deepEqual(englishWords(text), [], text);
      const stored = await page.evaluate(() => localStorage.getItem('ita.v1.workbook'));
      assert.ok(stored === null || !stored.includes('"IIT"'), 'nothing was imported');
    });
  });

  test('a workbook with a measure for indicator 11 is refused in Thai, naming where', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      await page.goto(`${server.origin}/#/data`);
      const workbook = {
        format: 'ita-workbook',
        version: 1,
        agencies: [{ id: 'a1', name: 'อบต.ทดลอง', years: { 2568: { plan: [{ indicator: 11, measure: 'ก' }] } } }],
      };
      await page.getByTestId('import-file').first().setInputFiles({
        name: 'workbook.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(workbook)),
      });
      const error = page.locator('.import-outcome .error-text');
      const text = await eventually(
        async () => ((await error.count()) ? (await error.innerText()).trim() : ''),
        (t) => t.length > 0,
        { message: 'the import reports its error', timeout: 10000 },
      );
      assert.match(text, /plan\[0\]\.indicator/, text);
      assert.match(text, /ตัวชี้วัดที่ 11/, text);
      assert.deepEqual(englishWords(text.replace(/\S*agencies\[\S*/g, ' ')), [], text);
      const stored = await page.evaluate(() => localStorage.getItem('ita.v1.workbook'));
      assert.ok(stored === null || !stored.includes('อบต.ทดลอง'), 'nothing was imported');
    });
  });

  test('an agency name stops at 500 characters and the field says so in Thai', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      await page.goto(`${server.origin}/#/workbook`);
      await page.getByTestId('add-agency').click();
      const name = page.locator('.agency-form input[autocomplete="organization"]');
      await name.fill('ก'.repeat(600));
      await eventually(() => name.inputValue(), (v) => v.length === 500, {
        message: 'the name is cut at 500 characters',
      });
      const note = page.locator('.agency-form [data-testid="limit-note"]').first();
      const text = await eventually(
        async () => (await note.innerText()).trim(),
        (t) => t.length > 0,
        { message: 'the field says it is full' },
      );
      assert.match(text, /500/, text);
      assert.deepEqual(englishWords(text), [], text);
    });
  });
});
