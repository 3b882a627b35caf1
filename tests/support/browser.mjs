// Browser harness for the end-to-end tests: Debian's Chromium driven by playwright-core.
//
// Every test gets a fresh browser with its own empty profile (user-data-dir). The harness
// records, and the test then fails on: any console error, any uncaught exception, any HTTP
// error status, and any request to a host other than the local test server (such requests
// are also blocked, so nothing leaves the machine).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Folder where tests may write screenshots for people to look at (ignored by git). */
export const ARTIFACTS = resolve(HERE, '../artifacts');

/** Chromium flags: without the network-related ones Chromium stalls on a machine without internet. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
};

/** The release build to test (`cargo xtask test` builds it and sets ITA_DIST_DIR). */
export function distDir() {
  const dir = process.env.ITA_DIST_DIR ?? resolve(HERE, '../../target/dist-release');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`no built app in ${dir}; run the tests with \`cargo xtask test\``);
  }
  return dir;
}

/** Serve the release build on 127.0.0.1 for the duration of a test file. */
export function startServer() {
  return serveStatic(distDir());
}

/**
 * Open a fresh headless Chromium on `server`, run `fn({ page, context, problems })`, then
 * fail if anything went wrong in the browser. The browser is always closed.
 */
export async function withBrowser(server, { viewport = VIEWPORTS.desktop } = {}, fn) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'ita-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  const problems = [];
  try {
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === server.origin) return route.continue();
      problems.push(`request to another host: ${url.href}`);
      return route.abort('blockedbyclient');
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        const where = msg.location()?.url ? ` (${msg.location().url})` : '';
        problems.push(`console error: ${msg.text()}${where}`);
      }
    });
    page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
    });
    page.on('requestfailed', (req) => {
      const url = new URL(req.url());
      // A navigation (reload, goto) cancels what is still in flight, e.g. the icon; Chromium
      // reports those as ERR_ABORTED. They are not failures: a missing file shows as an HTTP
      // status above, and a blocked request has its own error text.
      const aborted = req.failure()?.errorText === 'net::ERR_ABORTED';
      if (url.origin === server.origin && !aborted) {
        problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
      }
    });

    await fn({ page, context, problems });

    // Let late requests and console messages arrive before judging.
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, [], 'the browser reported problems');
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/** Save a full-page screenshot into tests/artifacts/ and return its path. */
export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
