// Page object for the app shell: what a person sees and uses on every screen.

export class AppShell {
  /** @param {import('playwright-core').Page} page @param {string} origin */
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
  }

  /** Open the app (optionally on a screen, e.g. 'analysis') and wait until it is ready. */
  async open(screen = '') {
    await this.page.goto(`${this.origin}/${screen ? `#/${screen}` : ''}`);
    await this.title.waitFor();
  }

  get title() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get introduction() {
    return this.page.locator('header .lead');
  }

  get navigation() {
    return this.page.getByRole('navigation', { name: 'เมนูหลัก' });
  }

  navLink(label) {
    return this.navigation.getByRole('link', { name: label, exact: true });
  }

  /** Labels of the navigation links, in order. */
  async navLabels() {
    return (await this.navigation.getByRole('link').allInnerTexts()).map((s) => s.trim());
  }

  /** Heading of the screen shown in the main area. */
  get screenHeading() {
    return this.page.getByRole('main').getByRole('heading', { level: 2 }).first();
  }

  get loadingNote() {
    return this.page.locator('#loading');
  }

  // Worked example on the first screen.
  get overallScore() {
    return this.page.getByTestId('overall-score');
  }

  get ratingLevel() {
    return this.page.getByTestId('rating-level');
  }

  get verdict() {
    return this.page.getByTestId('verdict');
  }

  get homeLink() {
    return this.page.getByRole('link', { name: 'กลับหน้าแรก' });
  }

  /** Whether the page is wider than the window (sideways scrolling). */
  async scrollsSideways() {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
  }
}
