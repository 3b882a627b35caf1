// Data that cannot lie or get lost (issue #15): a cut share link is refused with a message; a
// stored workbook with one bad record keeps the rest, and its backup stays offered across
// reloads until restored; two tabs editing the same workbook get a choice, nothing is
// overwritten silently.

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
const BACKUP_KEY = `${WORKBOOK_KEY}.corrupt`;

/** Two agencies; the second's 2568 has a score above 100 (one bad record). */
const ONE_BAD_RECORD = JSON.stringify({
  format: 'ita-workbook',
  version: 1,
  agencies: [
    { id: 'a1', name: 'อบต.หนึ่ง', years: { 2565: { scores: { values: { 1: 91.71 } } } } },
    {
      id: 'a2',
      name: 'อบต.สอง',
      years: {
        2567: { scores: { values: { IIT: 80 } } },
        2568: { scores: { values: { IIT: 101 } } },
      },
    },
  ],
});

const storedWorkbook = async (app) => JSON.parse(await app.stored(WORKBOOK_KEY));
const value = (wb, code) => wb.agencies[0].years['2565'].scores.values[code];

describe('data that cannot lie or get lost', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('a cut share link is refused with a message, and opens nothing', async () => {
    let link;
    await withBrowser(server, {}, async ({ page }) => {
      await page.goto(`${server.origin}/#/workshop`);
      await page.getByTestId('open-sample-blocked-by-eit').click();
      await page.getByTestId('workshop-banner').waitFor();
      await page.goto(`${server.origin}/#/workshop`);
      link = await page.getByTestId('share-link').inputValue();
    });
    assert.match(link, /#s=2~[A-Za-z0-9_-]+~[0-9a-f]{8}~$/, 'a version-2 link');
    for (const cut of [1, 4, 12]) {
      await withBrowser(server, {}, async ({ page }) => {
        await page.goto(link.slice(0, -cut));
        const problem = page.getByTestId('workshop-problem');
        await problem.waitFor({ timeout: 15000 });
        const text = await problem.innerText();
        assert.match(text, /ลิงก์ไม่ครบ/, text);
        assert.match(text, /กรุณาขอลิงก์ใหม่/, text);
        assert.equal(await page.getByTestId('workshop-banner').count(), 0, 'no workshop opened');
        assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'nothing of it kept');
      });
    }
  });

  test('a link in the old format opens only whole, and says it could not be checked', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      await page.goto(`${server.origin}/#s=MXwyNTY1fHN84Lit4Lia4LiVLuC4l-C4lOC4quC4reC4mnxvMToxMDAsbzQyOjA`);
      await page.getByTestId('workshop-banner').waitFor({ timeout: 15000 });
      assert.match(await page.getByTestId('workshop-note').innerText(), /รูปแบบเก่า/);
    });
  });

  test('one bad record costs only that record; its backup is offered after two reloads and restores', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new ItaApp(page, server.origin);
      await app.goto('workbook');
      await page.evaluate(([k, v]) => window.localStorage.setItem(k, v), [WORKBOOK_KEY, ONE_BAD_RECORD]);
      await page.reload();
      await app.storageProblem.waitFor();
      const notice = await app.storageProblem.innerText();
      assert.match(notice, /ได้ไม่ครบ/, notice);
      assert.match(notice, /อบต\.สอง พ\.ศ\. 2568/, notice);
      assert.match(notice, /101/, notice);
      assert.match(notice, new RegExp(BACKUP_KEY.replaceAll('.', '\\.')), notice);
      assert.equal(await app.stored(BACKUP_KEY), ONE_BAD_RECORD, 'the original is kept unchanged');
      // The rest loaded and is saved in place of the original.
      const saved = await eventually(() => app.stored(WORKBOOK_KEY), (s) => s !== ONE_BAD_RECORD);
      const names = JSON.parse(saved).agencies.map((a) => a.name);
      assert.deepEqual(names, ['อบต.หนึ่ง', 'อบต.สอง']);
      assert.deepEqual(Object.keys(JSON.parse(saved).agencies[1].years), ['2567']);

      for (const visit of [1, 2]) {
        await page.reload();
        await page.getByTestId('storage-backups-kept').waitFor();
        assert.equal(await app.storageProblem.count(), 0, `visit ${visit}: the main key reads`);
        await app.show('data');
        const backup = page.getByTestId('backup');
        await backup.waitFor();
        assert.equal(await backup.count(), 1);
        assert.match(await backup.getByTestId('backup-why').innerText(), /101/);
        assert.equal(await app.stored(BACKUP_KEY), ONE_BAD_RECORD);
      }
      const { text } = await app.download(page.getByTestId('backup-download'));
      assert.equal(text, ONE_BAD_RECORD);

      // Restore after fixing the score: the whole original comes back, the backup goes.
      const dir = await mkdtemp(join(tmpdir(), 'ita-e2e-'));
      const fixed = join(dir, 'fixed.json');
      await writeFile(fixed, text.replace('"IIT":101', '"IIT":100'));
      page.once('dialog', (d) => d.accept());
      await page.getByTestId('backup-restore').setInputFiles(fixed);
      await eventually(() => page.getByTestId('backup-outcome').innerText(), (t) => /กู้คืนสมุดงานแล้ว/.test(t));
      assert.equal(await page.getByTestId('backups').count(), 0);
      assert.equal(await app.stored(BACKUP_KEY), null);
      const restored = await storedWorkbook(app);
      assert.equal(restored.agencies[1].years['2568'].scores.values.IIT, 100);
      await page.reload();
      await app.title.waitFor();
      assert.equal(await page.getByTestId('storage-backups-kept').count(), 0);
    });
  });

  test('two tabs editing the same workbook get the choice; nothing is overwritten silently', async () => {
    await withBrowser(server, {}, async ({ page, context }) => {
      const a = new ItaApp(page, server.origin);
      await a.goto('scores');
      await a.importPath(SEED_004);
      await expectText(a.overallScore, '79.43');
      const b = new ItaApp(await context.newPage(), server.origin);
      await b.goto('scores');
      await expectText(b.overallScore, '79.43');

      // Tab A saves a change: tab B is told at once and offered the choice.
      await a.typeScore(a.indicatorField(10), '85');
      await expectText(a.overallScore, '87.68');
      await eventually(() => storedWorkbook(a), (wb) => value(wb, '10') === 85);
      const conflict = b.page.getByTestId('tab-conflict');
      await conflict.waitFor();
      assert.match(await conflict.innerText(), /แท็บอื่น/);

      // B's own edit meanwhile stays on its page but does not overwrite A's saved change.
      await b.typeScore(b.indicatorField(1), '50');
      await eventually(() => b.indicatorField(1).inputValue(), (v) => v === '50');
      assert.equal(value(await storedWorkbook(a), '10'), 85);
      assert.equal(value(await storedWorkbook(a), '1'), 91.71);

      // B chooses to keep its version: it is saved, and now A gets the choice.
      await b.page.getByTestId('conflict-keep-mine').click();
      await eventually(() => storedWorkbook(a), (wb) => value(wb, '1') === 50);
      assert.equal(await conflict.count(), 0);
      await page.getByTestId('tab-conflict').waitFor();
      // A chooses the other tab's version and shows it.
      await page.getByTestId('conflict-take-theirs').click();
      await eventually(() => a.indicatorField(1).inputValue(), (v) => v === '50');
      await eventually(() => a.indicatorField(10).inputValue(), (v) => v === '43.75');
      assert.equal(await page.getByTestId('tab-conflict').count(), 0);
      await b.page.close();
    });
  });
});
