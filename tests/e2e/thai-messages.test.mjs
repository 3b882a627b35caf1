// Issue #10: a Thai user reads every error entirely in Thai — a damaged share link and a scores
// CSV with an unknown code (codes, quoted input, file names and tool names aside).

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
});
