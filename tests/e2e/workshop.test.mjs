// Workshop mode (issue #7): sample workbooks open in one click without touching the user's
// own workbook; the presenter view; a shared link (#s=…) opened in a fresh browser profile
// shows the same scenario.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ARTIFACTS, VIEWPORTS, screenshot, startServer, withBrowser } from '../support/browser.mjs';
import { axeViolationsIn, localStorageOf } from '../support/origins.mjs';
import { eventually, expectText } from '../support/wait.mjs';
import { ItaApp } from '../pages/ita-app.mjs';

// The user's own workbook: one agency with seed 004's 2565 indicator scores (79.43, B).
const OWN = {
  format: 'ita-workbook',
  version: 1,
  agencies: [
    {
      id: 'a1',
      name: 'องค์การบริหารส่วนจังหวัดของฉัน',
      kind: 'pao',
      years: {
        2565: {
          scores: {
            values: Object.fromEntries(
              [91.71, 82.96, 88.12, 83.52, 83.62, 89.52, 91.79, 90.5, 88.5, 43.75].map((v, i) => [
                String(i + 1),
                v,
              ]),
            ),
          },
        },
      },
    },
  ],
};

const agencyName = (page) => page.locator('.summary-agency .summary-value');
const overall = (page) => page.getByTestId('overall-score');

/** Open the app with `OWN` as the user's stored workbook. */
async function openWithOwnData(page, origin) {
  // Stored before the app starts (once: later loads find it there).
  await page.addInitScript((wb) => {
    if (location.search === '' && !localStorage.getItem('ita.v1.workbook')) {
      localStorage.setItem('ita.v1.workbook', JSON.stringify(wb));
      localStorage.setItem('ita.v1.prefs', JSON.stringify({ agency: 'a1', year: 2565 }));
    }
  }, OWN);
  await page.goto(`${origin}/#/workshop`);
  await expectText(agencyName(page), OWN.agencies[0].name, { timeout: 15000 });
  await expectText(overall(page), '79.43');
}

/** The presenter fills the viewport: a screenshot of what the audience sees. */
const shoot = (page, name) => page.screenshot({ path: `${ARTIFACTS}/${name}.png` });

describe('workshop mode', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test("a sample workbook opens in one click and leaves the user's workbook untouched", async () => {
    await withBrowser(server, {}, async ({ page }) => {
      await openWithOwnData(page, server.origin);
      const before = await localStorageOf(page);
      assert.ok(before['ita.v1.workbook'], 'the user has a workbook');

      await page.getByTestId('open-sample-pao-narrow').click();
      const banner = page.getByTestId('workshop-banner');
      await banner.waitFor();
      assert.equal((await page.getByTestId('sample-badge').innerText()).trim(), 'ข้อมูลตัวอย่าง (สมมติ)');
      await eventually(
        async () => (await agencyName(page).innerText()).trim(),
        (n) => n.includes('ตัวอย่างสมมติ'),
        { message: 'the sample agency is shown' },
      );
      assert.equal(page.url().endsWith('#/analysis'), true, 'the analysis of the sample');
      const sampleOverall = (await overall(page).innerText()).trim();
      assert.match(sampleOverall, /^85\.\d\d$/, 'the PAO passes narrowly');

      // Work in the workshop: change a score (the overall follows), then restart it.
      await page.goto(`${server.origin}/#/scores`);
      const field = page.getByTestId('indicator-score-10');
      await field.fill('100');
      await field.blur();
      await eventually(
        async () => (await overall(page).innerText()).trim(),
        (v) => v !== sampleOverall,
        { message: 'the edit changes the workshop copy' },
      );
      assert.deepEqual(await localStorageOf(page), before, 'nothing of the user changed');
      await page.getByTestId('workshop-reset').click();
      await expectText(overall(page), sampleOverall);

      // A reload stays in the workshop (this tab), still without touching the user's data.
      await page.reload();
      await banner.waitFor();
      await expectText(overall(page), sampleOverall);
      assert.deepEqual(await localStorageOf(page), before, 'nothing of the user changed');
      await screenshot(page, 'workshop-banner-desktop-1280');

      // Back to the user's own data, exactly as it was.
      await page.getByTestId('workshop-exit').click();
      await expectText(agencyName(page), OWN.agencies[0].name);
      await expectText(overall(page), '79.43');
      assert.equal(await banner.count(), 0);
      const after = await localStorageOf(page);
      assert.equal(after['ita.v1.workbook'], before['ita.v1.workbook']);
      assert.deepEqual(
        await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('ita-workshop'))),
        [],
        'the workshop copy is gone',
      );
    });
  });

  for (const [name, viewport] of Object.entries({ desktop: VIEWPORTS.desktop, phone: VIEWPORTS.phone })) {
    test(`presenter view steps through the analysis with buttons and arrow keys (${name})`, async () => {
      await withBrowser(server, { viewport }, async ({ page }) => {
        await new ItaApp(page, server.origin).presentSample('sample-municipality');
        const presenter = page.getByTestId('presenter');
        await presenter.waitFor();
        const title = page.getByTestId('presenter-title');
        await expectText(title, 'คะแนนรวมและระดับผลการประเมิน');
        await expectText(page.getByTestId('presenter-count'), 'ขั้นที่ 1 จาก 6');
        assert.match((await page.getByTestId('presenter-overall').innerText()).trim(), /^\d+\.\d\d$/);
        await page.evaluate(() => document.fonts.ready);
        await shoot(page, `presenter-overall-${name}-${viewport.width}`);
        assert.deepEqual(await axeViolationsIn(page, ['[data-testid="presenter"]']), []);

        await page.keyboard.press('ArrowRight');
        await expectText(title, 'คะแนนรายเครื่องมือ');
        await page.keyboard.press('ArrowRight');
        await expectText(title, 'คะแนนรายตัวชี้วัด');
        await page.waitForTimeout(300);
        await shoot(page, `presenter-indicators-${name}-${viewport.width}`);
        await page.keyboard.press('ArrowLeft');
        await expectText(title, 'คะแนนรายเครื่องมือ');
        const steps = ['คะแนนรายตัวชี้วัด', 'จุดอ่อนที่ต้องพัฒนาเร่งด่วน', 'ถ้าปรับปรุงได้… (การจำลอง)', 'มาตรการที่เสนอ'];
        for (const s of steps) {
          await page.getByTestId('presenter-next').click();
          await expectText(title, s);
        }
        assert.equal(await page.getByTestId('presenter-next').isDisabled(), true, 'last step');
        assert.ok((await page.getByTestId('presenter-measures').locator('li').count()) > 0);
        await shoot(page, `presenter-measures-${name}-${viewport.width}`);
        await page.getByTestId('presenter-prev').click();
        await expectText(title, 'ถ้าปรับปรุงได้… (การจำลอง)');
        assert.ok((await page.getByTestId('presenter-whatif').locator('li').count()) > 0);
        await page.keyboard.press('Escape');
        assert.equal(await presenter.count(), 0, 'Esc leaves');
      });
    });
  }

  test('a shared link opened in a fresh browser profile shows the same scenario', async () => {
    let link;
    let expected;
    await withBrowser(server, {}, async ({ page }) => {
      await page.goto(`${server.origin}/#/workshop`);
      await page.getByTestId('open-sample-blocked-by-eit').click();
      await page.getByTestId('workshop-banner').waitFor();
      expected = {
        agency: (await agencyName(page).innerText()).trim(),
        overall: (await overall(page).innerText()).trim(),
        level: (await page.getByTestId('rating-level').innerText()).trim(),
      };
      await page.goto(`${server.origin}/#/workshop`);
      link = await page.getByTestId('share-link').inputValue();
      assert.deepEqual(
        await axeViolationsIn(page, ['main', '[data-testid="workshop-banner"]']),
        [],
        'the workshop screen and banner',
      );
      assert.ok(link.startsWith(`${server.origin}/#s=`), link);
      assert.equal(await page.getByTestId('share-qr').locator('path').count(), 1, 'a QR code');
      await screenshot(page, 'workshop-share-desktop-1280');
    });
    assert.equal(new URL(link).search, '', 'the scenario is in the fragment only');

    await withBrowser(server, { viewport: VIEWPORTS.phone }, async ({ page }) => {
      const before = server.requests.length;
      await page.goto(link);
      await page.getByTestId('workshop-banner').waitFor({ timeout: 15000 });
      await expectText(agencyName(page), expected.agency);
      await expectText(overall(page), expected.overall);
      await expectText(page.getByTestId('rating-level'), expected.level);
      assert.equal(page.url(), `${server.origin}/#/analysis`, 'the packed scenario leaves the address bar');
      for (const r of server.requests.slice(before)) {
        assert.ok(!r.path.includes('s='), `the scenario never reaches the server (${r.path})`);
      }
      assert.equal((await localStorageOf(page))['ita.v1.workbook'], undefined, 'nothing saved');
      await screenshot(page, 'shared-link-phone-360');

      // On request, the scenario becomes an agency of the user's own data.
      await page.getByTestId('workshop-save').click();
      await eventually(
        async () => (await page.getByTestId('workshop-banner').count()) === 0,
        (gone) => gone,
      );
      await expectText(agencyName(page), expected.agency);
      const own = JSON.parse((await localStorageOf(page))['ita.v1.workbook']);
      assert.equal(own.agencies.length, 1);
      assert.equal(own.agencies[0].name, expected.agency);

      // A link pasted into an open tab opens too.
      await page.evaluate((hash) => {
        location.hash = hash;
      }, new URL(link).hash);
      await page.getByTestId('workshop-banner').waitFor();
      await expectText(overall(page), expected.overall);
      assert.equal(page.url(), `${server.origin}/#/analysis`);
    });
  });
});
