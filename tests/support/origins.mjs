// Helpers for the tests that need more than the one test server of `browser.mjs` (issue #7):
// a second origin (a host page that embeds the calculator in a cross-origin iframe), the app
// under a sub-path, and offline runs. Same rules as `withBrowser`: a fresh profile per browser,
// and the test fails on console errors, uncaught exceptions, HTTP errors, and requests to any
// origin that is not one of the test's own servers (those are blocked too).

import assert from 'node:assert/strict';
import { mkdtemp, rm, symlink, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, VIEWPORTS, distDir } from './browser.mjs';
import { serveStatic } from './server.mjs';

/** Serve `files` ({ 'path/name.html': text }) from a temporary folder. */
export async function serveFiles(files) {
  const root = await mkdtemp(join(tmpdir(), 'ita-e2e-host-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  const server = await serveStatic(root);
  const close = server.close;
  server.close = async () => {
    await close();
    await rm(root, { recursive: true, force: true });
  };
  return server;
}

/** Serve the release build under the sub-path `prefix` (e.g. `/agency/ita/`). */
export async function serveDistUnder(prefix) {
  const root = await mkdtemp(join(tmpdir(), 'ita-e2e-subpath-'));
  const parts = prefix.split('/').filter(Boolean);
  const parent = join(root, ...parts.slice(0, -1));
  await mkdir(parent, { recursive: true });
  await symlink(distDir(), join(parent, parts.at(-1)), 'dir');
  const server = await serveStatic(root);
  const close = server.close;
  let closed = false;
  server.close = async () => {
    if (closed) return;
    closed = true;
    await close();
    await rm(root, { recursive: true, force: true });
  };
  server.url = `${server.origin}/${parts.join('/')}/`;
  return server;
}

/**
 * Like `withBrowser`, for several servers: `fn({ page, context, problems })` runs in a fresh
 * Chromium whose only reachable origins are those of `servers`.
 * `offlineOk`: requests that fail once the test has gone offline are not problems.
 */
export async function withServers(servers, { viewport = VIEWPORTS.desktop } = {}, fn) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'ita-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  const origins = new Set(servers.map((s) => s.origin));
  const problems = [];
  const state = { offline: false };
  try {
    // Requests to any other origin are blocked (nothing may leave the machine). The page's
    // own origins are not routed, so the service worker behaves as it does for users.
    await context.route(
      (url) => !origins.has(url.origin),
      (route) => {
        problems.push(`request to another host: ${route.request().url()}`);
        return route.abort('blockedbyclient');
      },
    );
    const watch = (page) => {
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
      page.on('response', (res) => {
        if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
      });
      page.on('requestfailed', (req) => {
        if (state.offline) return;
        if (origins.has(new URL(req.url()).origin)) {
          problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
        }
      });
    };
    context.on('page', watch);
    const page = context.pages()[0] ?? (await context.newPage());
    watch(page);
    await fn({ page, context, problems, state });
    if (!state.offline) await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, [], 'the browser reported problems');
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/** Everything in `localStorage` of the page's origin, as a plain object. */
export function localStorageOf(pageOrFrame) {
  return pageOrFrame.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/**
 * Load axe-core into the page (or frame). Evaluated through the DevTools protocol, which the
 * page's Content-Security-Policy does not govern: a <script> tag added to the page would be
 * refused by the policy, as any injected script must be.
 */
export async function injectAxe(page) {
  const { createRequire } = await import('node:module');
  const { readFile } = await import('node:fs/promises');
  const path = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.evaluate(await readFile(path, 'utf8'));
}

/** axe-core (WCAG 2.1 A/AA and best practices) on the parts of the page named by `selectors`. */
export async function axeViolationsIn(page, selectors) {
  await injectAxe(page);
  return page.evaluate(async (include) => {
    const result = await window.axe.run(
      { include: include.map((s) => [s]) },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    );
    return result.violations.map((v) => ({
      rule: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, selectors);
}
