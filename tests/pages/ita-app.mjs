// Page object for the ITA app's screens: the summary bar, score entry, import/export,
// analysis and charts. Uses the testing contract (data-testid) where there is one and the
// accessible names otherwise.

import { readFile } from 'node:fs/promises';
import { AppShell } from './app-shell.mjs';

/** The screens this page object knows; `screenSlugs()` lists every screen of the menu. */
export const SCREENS = ['workbook', 'scores', 'analysis', 'planning', 'measures', 'data'];

export class ItaApp extends AppShell {
  /** Open a screen by its slug and wait until the app has started. */
  async goto(screen) {
    await this.page.goto(`${this.origin}/#/${screen}`);
    await this.title.waitFor();
  }

  /** Show a screen of the running app (no reload). */
  async show(screen) {
    await this.page.evaluate((s) => {
      window.location.hash = `#/${s}`;
    }, screen);
    await this.page.locator(`nav a[href="#/${screen}"][aria-current="page"]`).waitFor();
  }

  /** Open a workshop sample (`sample-municipality` …) and start the presenter view on it. */
  async presentSample(sample) {
    await this.page.goto(`${this.origin}/#/workshop`);
    await this.page.getByTestId(`open-${sample}`).click();
    await this.page.getByTestId('workshop-banner').waitFor();
    await this.page.goto(`${this.origin}/#/workshop`);
    await this.page.getByTestId('present-start').click();
  }

  /** Every screen in the menu, by the slug of its link (`#/<slug>`), in menu order. */
  async screenSlugs() {
    const hrefs = await this.navigation.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    return hrefs.map((h) => h.replace(/^#\//, ''));
  }

  indicatorField(n) {
    return this.page.getByTestId(`indicator-score-${n}`);
  }

  get importFile() {
    return this.page.getByTestId('import-file');
  }

  get indicatorChart() {
    return this.page.getByTestId('indicator-chart');
  }

  get storageProblem() {
    return this.page.getByTestId('storage-problem');
  }

  get storageFull() {
    return this.page.getByTestId('storage-full');
  }

  /** Import a file from disk through the scores screen's file input. */
  async importPath(path) {
    await this.importFile.first().setInputFiles(path);
  }

  /** Type into a score field as a person would (replacing its text). */
  async typeScore(locator, text) {
    await locator.fill(text);
  }

  /** The raw value stored under a localStorage key. */
  stored(key) {
    return this.page.evaluate((k) => window.localStorage.getItem(k), key);
  }

  /** Click a button that starts a download and return the downloaded text. */
  async download(button) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /**
   * Counts of painted pixels of a canvas: all non-white ones, and the pass-green and
   * fail-red ones of the bars.
   */
  canvasPixels(locator) {
    return locator.evaluate((canvas) => {
      const ctx = canvas.getContext('2d');
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      let green = 0;
      let red = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
        if (r < 250 || g < 250 || b < 250) painted += 1;
        if (Math.abs(r - 0x1b) < 8 && Math.abs(g - 0x7a) < 8 && Math.abs(b - 0x3d) < 8) green += 1;
        if (Math.abs(r - 0xb4) < 8 && Math.abs(g - 0x2b) < 8 && Math.abs(b - 0x1f) < 8) red += 1;
      }
      return { width: canvas.width, height: canvas.height, painted, green, red };
    });
  }
}
