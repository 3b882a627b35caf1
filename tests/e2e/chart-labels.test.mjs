// No chart label is ever clipped, and the pass line never runs over one (issue #11): at a
// phone's and a desktop's width, every text each chart of the analysis screen drew has its box
// inside its canvas. The boxes are those of the drawing itself: the chart code publishes the
// layout it drew (`data-label-boxes`, `data-pass-line` on the canvas, crates/web/src/charts.rs).

import assert from 'node:assert/strict';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { ItaApp } from '../pages/ita-app.mjs';
import { startServer, VIEWPORTS, withBrowser } from '../support/browser.mjs';
import { eventually, expectText } from '../support/wait.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEEDS = [
  // 2568 tools and OIT sub-indicators: the tool chart's long texts ("100.00 × 30% = 30.00").
  { file: 'seed-000-tools-2568.csv', overall: '94.62' },
  // 2565 indicators, several close to the pass mark.
  { file: 'seed-004-indicators-2565.csv', overall: '79.43' },
];

/** Every chart of the page, once each has been drawn after the page font was ready. */
async function drawnCharts(page, count) {
  await page.evaluate(() => document.fonts.ready);
  return eventually(
    () =>
      page.locator('main canvas[data-label-boxes]').evaluateAll((canvases) =>
        canvases.map((c) => ({
          width: c.clientWidth,
          height: c.clientHeight,
          boxes: JSON.parse(c.dataset.labelBoxes),
          line: JSON.parse(c.dataset.passLine ?? 'null'),
        })),
      ),
    (charts) => charts.length >= count && charts.every((c) => c.boxes.length > 0),
    { message: `${count} charts drawn` },
  );
}

function overlaps(box, x, [top, bottom]) {
  return box.x <= x && x <= box.x + box.w && top < box.y + box.h && bottom > box.y;
}

describe('chart labels', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    for (const seed of SEEDS) {
      test(`${seed.file} at ${viewport.width} px (${name}): every label inside its canvas, none under the pass line`, async () => {
        await withBrowser(server, { viewport }, async ({ page }) => {
          const app = new ItaApp(page, server.origin);
          await app.goto('scores');
          await app.importPath(resolve(HERE, '../../examples', seed.file));
          await expectText(app.overallScore, seed.overall);
          await app.show('analysis');
          const charts = await drawnCharts(page, 2);
          for (const chart of charts) {
            // The layout is for the canvas's own width (the wrapper's, rounded down).
            assert.ok(chart.width > 0 && chart.height > 0, JSON.stringify(chart));
            for (const b of chart.boxes) {
              const where = `${JSON.stringify(b)} in ${chart.width}×${chart.height}`;
              assert.ok(b.w > 0 && b.h > 0, `empty box ${where}`);
              assert.ok(b.x >= 0 && b.y >= 0, `cut at the left or top: ${where}`);
              assert.ok(b.x + b.w <= chart.width + 0.5, `cut at the right: ${where}`);
              assert.ok(b.y + b.h <= chart.height + 0.5, `cut at the bottom: ${where}`);
            }
            if (chart.line) {
              assert.ok(chart.line.pieces.length > 0, 'the pass line is drawn');
              for (const piece of chart.line.pieces) {
                for (const b of chart.boxes) {
                  assert.ok(!overlaps(b, chart.line.x, piece), `pass line over ${JSON.stringify(b)}`);
                }
              }
            }
          }
          // The tool chart's texts are whole at every width (none shortened with "…").
          const texts = charts.flatMap((c) => c.boxes.map((b) => b.text));
          const weighted = texts.filter((t) => / × \d+% = /.test(t));
          assert.ok(weighted.length >= 3, JSON.stringify(texts));
          assert.ok(weighted.every((t) => !t.includes('…')), JSON.stringify(weighted));
        });
      });
    }
  }
});
