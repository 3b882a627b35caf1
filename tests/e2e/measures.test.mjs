// The measures screen: a concise or a full draft (a kept preference, also used by the
// documents for a plan not saved yet), and the keyboard focus kept on the button that moved a
// measure row.

import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { ItaApp } from '../pages/ita-app.mjs';
import { startServer, withBrowser } from '../support/browser.mjs';
import { eventually, expectText } from '../support/wait.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED_004 = resolve(HERE, '../../examples/seed-004-indicators-2565.csv');

const rows = (page) => page.locator('.measure-list > li');

/** The fields' text of every drafted measure, in order. */
function drafted(page) {
  return rows(page).evaluateAll((lis) =>
    lis.map((li) => [...li.querySelectorAll('textarea')].map((t) => t.value).join('\n')),
  );
}

/** The measure id of each row, in order (the rows are labelled by `<id>-heading`). */
function rowIds(page) {
  return rows(page).evaluateAll((lis) =>
    lis.map((li) => li.getAttribute('aria-labelledby').replace(/-heading$/, '')),
  );
}

async function withSeed(page, origin) {
  const app = new ItaApp(page, origin);
  await app.goto('scores');
  await app.importPath(SEED_004);
  await expectText(app.overallScore, '79.43');
  await app.show('measures');
  return app;
}

describe('measures screen', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('the draft is concise by default; full drafts every guideline, and the choice is kept', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      page.on('dialog', (d) => d.accept());
      const app = await withSeed(page, server.origin);
      assert.equal(await page.getByTestId('draft-concise').isChecked(), true);
      await page.getByTestId('plan-draft').click();
      await rows(page).first().waitFor();
      const concise = await drafted(page);

      await page.getByTestId('draft-full').check();
      await page.getByTestId('plan-draft').click();
      const full = await eventually(
        () => drafted(page),
        (d) => d.length > 0 && JSON.stringify(d) !== JSON.stringify(concise),
        { message: 'the full draft replaces the concise one' },
      );
      assert.ok(full.length > concise.length, `full ${full.length} measures, concise ${concise.length}`);
      const chars = (d) => d.join('').length;
      assert.ok(chars(full) > chars(concise), 'the full draft says more');

      // The choice is a kept preference.
      await page.reload();
      await app.title.waitFor();
      await page.getByTestId('draft-full').waitFor();
      assert.equal(await page.getByTestId('draft-full').isChecked(), true);
      assert.equal(await page.getByTestId('draft-concise').isChecked(), false);
    });
  });

  test('moving a row keeps the keyboard focus on the same button of the moved row', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      await withSeed(page, server.origin);
      for (let k = 0; k < 4; k += 1) {
        await page.getByTestId('add-measure').click();
        await eventually(() => rows(page).count(), (n) => n === k + 1);
      }
      const before = await rowIds(page);
      const id = before[1];
      const focused = () => page.evaluate(() => document.activeElement?.id ?? '');

      // Down with the keyboard: the second of four rows becomes the third; its "down" keeps focus.
      await page.locator(`[id="${id}-down"]`).focus();
      await page.keyboard.press('Enter');
      await eventually(() => rowIds(page), (ids) => ids[2] === id, { message: 'the row moved down' });
      await eventually(focused, (f) => f === `${id}-down`, { message: 'focus on the moved row\'s down button' });

      // Up twice: the row reaches the top, where "up" is disabled: focus goes to its "down".
      await page.keyboard.press('Shift+Tab');
      assert.equal(await focused(), `${id}-up`);
      await page.keyboard.press('Enter');
      await eventually(() => rowIds(page), (ids) => ids[1] === id, { message: 'the row moved up' });
      await eventually(focused, (f) => f === `${id}-up`, { message: 'focus on the moved row\'s up button' });
      await page.keyboard.press('Enter');
      await eventually(() => rowIds(page), (ids) => ids[0] === id, { message: 'the row is first' });
      await eventually(focused, (f) => f === `${id}-down`, { message: 'focus on the first row\'s down button' });
    });
  });
});
