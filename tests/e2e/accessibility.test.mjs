// Automated accessibility checks with axe-core (WCAG 2.1 A and AA rules, and best practices):
// every screen of the menu with data (the planner with steps, the measures with rows, the
// report with its preview), every step of the presenter view, and the embedded calculator, on
// a phone (360 px) and a desktop (1280 px). Every violation counts, whatever its impact.

import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { AppShell } from '../pages/app-shell.mjs';
import { ItaApp } from '../pages/ita-app.mjs';
import { startServer, VIEWPORTS, withBrowser } from '../support/browser.mjs';
import { injectAxe } from '../support/origins.mjs';
import { eventually, expectText } from '../support/wait.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED_004 = resolve(HERE, '../../examples/seed-004-indicators-2565.csv');
const SEED_004_VALUES = [91.71, 82.96, 88.12, 83.52, 83.62, 89.52, 91.79, 90.5, 88.5, 43.75];

/** Run axe-core on the current page; returns the violations, summarised. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await injectAxe(page);
  await page.evaluate(() => document.fonts.ready);
  const violations = await page.evaluate(async () => {
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
  return violations;
}

/** Wait until what a screen shows with data is on the page. */
async function screenReady(page, screen) {
  const ready = {
    scores: '[data-testid="indicator-score-10"]',
    analysis: '[data-testid="indicator-chart"]',
    planning: '[data-testid="gains"]',
    measures: '.measure-list > li',
    report: '[data-testid="doc-section"]',
  }[screen];
  if (ready) await page.locator(ready).first().waitFor();
}

describe('accessibility', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    test(`the first screen has no axe-core violations (${name})`, async () => {
      await withBrowser(server, { viewport }, async ({ page }) => {
        const app = new AppShell(page, server.origin);
        await app.open();
        await app.overallScore.waitFor();
        assert.deepEqual(await axeViolations(page), []);
      });
    });

    test(`every screen with data, and the planner, have no axe-core violations (${name})`, async () => {
      await withBrowser(server, { viewport }, async ({ page }) => {
        const app = new ItaApp(page, server.origin);
        await app.goto('scores');
        await app.importPath(SEED_004);
        await expectText(app.overallScore, '79.43');
        await app.show('measures');
        await page.getByTestId('plan-draft').click();
        await page.locator('.measure-list > li').first().waitFor();
        const screens = await app.screenSlugs();
        for (const s of ['workbook', 'scores', 'data', 'analysis', 'planning', 'measures', 'report', 'workshop']) {
          assert.ok(screens.includes(s), `${s} is in the menu`);
        }
        for (const screen of screens) {
          await app.show(screen);
          await screenReady(page, screen);
          assert.deepEqual(await axeViolations(page), [], `axe on ${screen}`);
        }
        // The planner with a target that needs steps: its table of steps is audited too.
        await app.show('planning');
        await page.getByTestId('planner-target').selectOption('95');
        await page.getByTestId('planner-steps').waitFor();
        assert.deepEqual(await axeViolations(page), [], 'axe on the planner');
      });
    });

    test(`every step of the presenter view has no axe-core violations (${name})`, async () => {
      await withBrowser(server, { viewport }, async ({ page }) => {
        await new ItaApp(page, server.origin).presentSample('sample-municipality');
        const count = page.getByTestId('presenter-count');
        await expectText(count, 'ขั้นที่ 1 จาก 6');
        for (let step = 1; ; step += 1) {
          assert.deepEqual(await axeViolations(page), [], `axe on the presenter's step ${step}`);
          if (await page.getByTestId('presenter-next').isDisabled()) break;
          await page.getByTestId('presenter-next').click();
          await expectText(count, `ขั้นที่ ${step + 1} จาก 6`);
        }
      });
    });

    test(`the embedded calculator has no axe-core violations (${name})`, async () => {
      await withBrowser(server, { viewport }, async ({ page }) => {
        const query = SEED_004_VALUES.map((v, i) => `${i + 1}=${v.toFixed(2)}`).join('&');
        await page.goto(`${server.origin}/?embed=calculator&year=2565&${query}`);
        await eventually(
          async () => (await page.getByTestId('embed-overall').innerText()).trim(),
          (v) => v === '79.43',
        );
        assert.deepEqual(await axeViolations(page), []);
      });
    });
  }
});
