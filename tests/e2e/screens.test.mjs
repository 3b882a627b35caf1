// Every screen, empty and with data, on a phone and a desktop: no axe-core violation, no
// sideways scrolling, and a screenshot in tests/artifacts/ for people to look at.

import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { ItaApp, SCREENS } from '../pages/ita-app.mjs';
import { screenshot, startServer, VIEWPORTS, withBrowser } from '../support/browser.mjs';
import { injectAxe } from '../support/origins.mjs';
import { expectText } from '../support/wait.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED_004 = resolve(HERE, '../../examples/seed-004-indicators-2565.csv');
/**
 * The axe-core violations of the page: all of them on this screens (`SCREENS`), the
 * serious and critical ones on the other screens of the menu.
 */
async function violations(page, screen) {
  const all = await axeViolations(page);
  return SCREENS.includes(screen) ? all : all.filter((v) => ['serious', 'critical'].includes(v.impact));
}

async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await injectAxe(page);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Import seed 004, add the year before (for the comparison) and one measure. */
async function withData(app, page) {
  await app.goto('scores');
  await app.importPath(SEED_004);
  await expectText(app.overallScore, '79.43');
  await page.getByTestId('paste-text').fill('o38 0\no42 50\ni7 73.72\n');
  await page.getByTestId('paste-apply').click();
  await app.show('measures');
  await page.getByTestId('add-measure').click();
  // The measures screen's first text box (the scores screen, kept in the page, has one too).
  await page.locator('main textarea:visible').first().fill('ตัวชี้วัดที่ 10 การป้องกันการทุจริต');
}

describe('every screen', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    test(`empty app: no axe-core violation, no sideways scrolling (${name})`, async () => {
      await withBrowser(server, { viewport }, async ({ page }) => {
        const app = new ItaApp(page, server.origin);
        await app.goto('workbook');
        for (const screen of await app.screenSlugs()) {
          await app.show(screen);
          await page.evaluate(() => document.fonts.ready);
          assert.deepEqual(await violations(page, screen), [], `axe on ${screen}`);
          assert.equal(await app.scrollsSideways(), false, `${screen} scrolls sideways`);
        }
        await app.show('workbook');
        await screenshot(page, `empty-workbook-${viewport.width}`);
      });
    });

    test(`with data: no axe-core violation, no sideways scrolling, screenshots (${name})`, async () => {
      await withBrowser(server, { viewport }, async ({ page }) => {
        const app = new ItaApp(page, server.origin);
        await withData(app, page);
        for (const screen of await app.screenSlugs()) {
          await app.show(screen);
          await page.evaluate(() => document.fonts.ready);
          if (screen === 'scores') {
            // Open one question list so that its fields are audited too.
            await page.locator('details.indicator-details summary').nth(9).click();
          }
          if (screen === 'analysis') await app.indicatorChart.waitFor();
          await page.waitForTimeout(150);
          assert.deepEqual(await violations(page, screen), [], `axe on ${screen}`);
          assert.equal(await app.scrollsSideways(), false, `${screen} scrolls sideways`);
          await screenshot(page, `screen-${screen}-${viewport.width}`);
        }
      });
    });
  }
});
