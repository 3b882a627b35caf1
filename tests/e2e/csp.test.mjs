// The Content-Security-Policy of the release build (issue #15): the built index.html carries
// the policy as a meta tag with the hash of every inline script (scripts/csp-meta.sh, a Trunk
// post-build hook), and the whole app runs under it: every screen, a DOCX export (the lazily
// loaded export module), the embeddable calculator and the service worker, with zero
// violations (`securitypolicyviolation` events and console CSP errors).

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { distDir, startServer, VIEWPORTS, withBrowser } from '../support/browser.mjs';
import { eventually } from '../support/wait.mjs';
import { ItaApp } from '../pages/ita-app.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED_004 = resolve(HERE, '../../examples/seed-004-indicators-2565.csv');
const THAI = '๐๑๒๓๔๕๖๗๘๙';
const toArabic = (s) => s.replace(/[๐-๙]/g, (d) => String(THAI.indexOf(d)));

const DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** Collect CSP violations in every document of the context, from its first script on. */
async function watchViolations(context) {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
}

const violationsIn = (page) => page.evaluate(() => window.__cspViolations ?? ['no listener']);

describe('content security policy', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('the built index.html carries the policy with the hash of each inline script', async () => {
    const html = await readFile(join(distDir(), 'index.html'), 'utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
    assert.ok(meta, 'a CSP meta tag');
    const policy = meta[1];
    for (const d of DIRECTIVES) assert.ok(policy.includes(`${d};`) || policy.endsWith(d), d);
    assert.ok(!policy.includes('frame-ancestors'), 'frame-ancestors cannot be set by meta');
    assert.ok(html.indexOf(meta[0]) < html.indexOf('<script'), 'the policy comes before any script');
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script>/g)];
    assert.ok(inline.length > 0, "Trunk's inline loader is there");
    const hashes = inline.map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
    assert.equal(
      policy.match(/script-src [^;]*/)[0],
      `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    );
  });

  // `cargo xtask run` serves with `trunk serve`, which adds its live-reload script and writes
  // the server's address and path into it on each request: the hook fills them in first, so
  // that the page is served as it was hashed (else the policy blocks live reload).
  test("the hook hashes Trunk's live-reload script as it is served", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'csp-'));
    const page = join(dir, 'index.html');
    const reload = [
      "const address = '{{__TRUNK_ADDRESS__}}';",
      "const base = '{{__TRUNK_WS_BASE__}}';",
      "const url = 'ws://' + address + base + '.well-known/trunk/ws';",
    ].join('\n');
    await writeFile(page, `<!doctype html><html><head><meta charset="utf-8"></head><body><script>${reload}</script></body></html>`);
    await promisify(execFile)('sh', [resolve(HERE, '../../scripts/csp-meta.sh'), page]);
    const built = await readFile(page, 'utf8');
    // What `trunk serve` does to the page on each request (trunk 0.21, src/serve/mod.rs).
    const served = built
      .replaceAll("'{{__TRUNK_ADDRESS__}}'", "'127.0.0.1:8080'")
      .replaceAll('`{{__TRUNK_ADDRESS__}}`', "'127.0.0.1:8080'")
      .replaceAll('{{__TRUNK_WS_BASE__}}', '/');
    const script = served.match(/<script>([\s\S]*?)<\/script>/)[1];
    assert.match(script, /const address = window\.location\.host;/);
    assert.match(script, /const base = '\/';/);
    const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
    const policy = served.match(/content="([^"]*)"/)[1];
    assert.ok(policy.includes(`script-src 'self' 'wasm-unsafe-eval' ${hash}`), policy);
    await rm(dir, { recursive: true });
  });

  test('every screen and a DOCX export run with zero violations', async () => {
    await withBrowser(server, { viewport: VIEWPORTS.desktop }, async ({ page, context, problems }) => {
      await watchViolations(context);
      page.on('dialog', (d) => d.accept());
      const app = new ItaApp(page, server.origin);
      await app.goto('scores');
      await app.importPath(SEED_004);
      await eventually(
        async () => toArabic((await page.getByTestId('overall-score').innerText()).trim()),
        (v) => v === '79.43',
        { message: 'seed 004 imported', timeout: 10000 },
      );
      await app.show('measures');
      await page.getByTestId('plan-draft').click();
      for (const screen of await app.screenSlugs()) {
        await app.show(screen);
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(200);
        assert.deepEqual(await violationsIn(page), [], `violations on ${screen}`);
      }
      // The export loads a second wasm module (import() and WebAssembly under the policy).
      await app.show('report');
      await page.getByTestId('doc-preview').waitFor();
      await page.locator('input[name="report-format"][value="docx"]').check();
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 30000 }),
        page.getByTestId('report-run').click(),
      ]);
      assert.equal(file.suggestedFilename(), 'ita-2565-all.docx');
      // The service worker registers and controls the page under the policy.
      await page.evaluate(() => navigator.serviceWorker.ready);
      assert.deepEqual(await violationsIn(page), [], 'violations after the export');
      assert.deepEqual(problems.filter((p) => /Content.Security.Policy/i.test(p)), []);

      // The watch itself works: an injected inline script is refused and reported.
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true';
        document.body.append(s);
      });
      await eventually(() => violationsIn(page), (v) => v.length === 1, {
        message: 'an injected inline script is a violation',
      });
      assert.equal(await page.evaluate(() => window.__injected), undefined, 'it did not run');
      // That refusal is also logged as a console error: expected here, not a problem.
      await page.waitForTimeout(200);
      for (let i = problems.length - 1; i >= 0; i -= 1) {
        if (/Content Security Policy/i.test(problems[i])) problems.splice(i, 1);
      }
    });
  });

  test('the embeddable calculator runs under the policy', async () => {
    await withBrowser(server, { viewport: { width: 440, height: 900 } }, async ({ page, context }) => {
      await watchViolations(context);
      await page.goto(`${server.origin}/?embed=calculator&year=2565&1=91.71&10=43.75`);
      await page.locator('body').waitFor();
      await eventually(
        () => page.evaluate(() => document.body.innerText),
        (t) => t.trim().length > 0 && !t.includes('กำลังโหลด'),
        { message: 'the calculator started', timeout: 20000 },
      );
      await page.waitForTimeout(300);
      assert.deepEqual(await violationsIn(page), [], 'violations in the calculator');
    });
  });
});
