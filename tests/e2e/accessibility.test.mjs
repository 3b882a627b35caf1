// Automated accessibility checks with axe-core (WCAG 2.1 A and AA rules).

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AppShell } from '../pages/app-shell.mjs';
import { startServer, VIEWPORTS, withBrowser } from '../support/browser.mjs';
import { injectAxe } from '../support/origins.mjs';

/** Run axe-core on the current page; returns the violations, summarised. */
async function axeViolations(page) {
  await injectAxe(page);
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
  }

  test('a screen reached from the navigation has no axe-core violations', async () => {
    await withBrowser(server, {}, async ({ page }) => {
      const app = new AppShell(page, server.origin);
      await app.open('planning');
      await app.screenHeading.waitFor();
      assert.deepEqual(await axeViolations(page), []);
    });
  });
});
