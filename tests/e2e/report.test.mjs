// The report screen (issue #6): seed 004's scores (ITA 2565, 79.43, level B) are imported,
// the plan is drafted, and the documents are downloaded as DOCX and XLSX (made by the lazily
// loaded export module), opened as ZIP archives and checked; the print view is checked too.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { screenshot, startServer, VIEWPORTS, withBrowser } from '../support/browser.mjs';
import { eventually } from '../support/wait.mjs';
import { readZip, xmlText } from '../support/zip.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SEED_004 = resolve(HERE, '../../examples/seed-004-indicators-2565.csv');
const THAI = '๐๑๒๓๔๕๖๗๘๙';
const toArabic = (s) => s.replace(/[๐-๙]/g, (d) => String(THAI.indexOf(d)));

/** Import seed 004, draft the plan, open the report screen; returns the plan's measures. */
async function prepare(page, origin) {
  page.on('dialog', (d) => d.accept());
  await page.goto(`${origin}/#/scores`);
  await page.getByTestId('import-file').setInputFiles(SEED_004);
  await eventually(
    async () => toArabic((await page.getByTestId('overall-score').innerText()).trim()),
    (v) => v === '79.43',
    { message: 'the summary shows 79.43 after the import', timeout: 10000 },
  );
  await page.goto(`${origin}/#/measures`);
  await page.getByTestId('plan-draft').click();
  const measures = page.locator('textarea[id$="-measure"]');
  await eventually(() => measures.count(), (n) => n > 0, { message: 'the plan has measures' });
  const plan = (await measures.evaluateAll((els) => els.map((e) => e.value))).filter(Boolean);
  assert.ok(plan.length > 0, 'the drafted measures have text');
  await page.goto(`${origin}/#/report`);
  await page.getByTestId('doc-preview').waitFor();
  await eventually(
    () => page.getByTestId('doc-section').count(),
    (n) => n === 4,
    { message: 'the preview shows the four documents' },
  );
  return plan;
}

/** Click the export button and return the downloaded file's name and bytes. */
async function download(page) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30000 }),
    page.getByTestId('report-run').click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** The first line of a measure, compared without digits' script. */
const firstLine = (s) => toArabic(s.split('\n')[0].trim()).slice(0, 40);

describe('report screen', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('downloads the DOCX (Thai digits) and the XLSX (Arabic digits) of seed 004 and prints the documents', async () => {
    await withBrowser(server, { viewport: VIEWPORTS.desktop }, async ({ page }) => {
      const plan = await prepare(page, server.origin);

      // The live preview: Thai digits by default, the overall score and the level.
      const preview = page.getByTestId('doc-preview');
      await eventually(
        () => preview.innerText(),
        (t) => /๗๙\.๔๓ คะแนน ระดับผลการประเมิน( |ไม่ต่ำกว่า )B/.test(t),
        { message: 'the preview gives 79.43 in Thai digits and level B' },
      );
      const previewText = await preview.innerText();
      assert.match(previewText, /บันทึกข้อความ/);
      assert.match(previewText, /การปฏิบัติหน้าที่/);
      assert.match(previewText, /มาตรการส่งเสริมคุณธรรมและความโปร่งใส/);
      // The chart is drawn for the documents and shown in the preview.
      await eventually(
        () => preview.locator('canvas').count(),
        (n) => n >= 1,
        { message: 'the indicator chart is in the preview' },
      );

      // The memo is filled from editable fields, saved in the workbook.
      await page.locator('#memo-to').fill('นายกองค์การบริหารส่วนจังหวัด');
      await page.locator('#memo-signer-0-name').fill('นางสาวทดสอบ ระบบดี');
      await eventually(
        () => preview.innerText(),
        (t) => t.includes('เรียน นายกองค์การบริหารส่วนจังหวัด') && t.includes('(นางสาวทดสอบ ระบบดี)'),
        { message: 'memo edits show in the preview' },
      );

      // DOCX, Thai digits: the export module is fetched only now.
      // The page asks for the module only now (the service worker may have cached it already:
      // that is what makes the first export work offline).
      const asked = [];
      page.on('request', (r) => {
        if (r.url().includes('ita-export')) asked.push(new URL(r.url()).pathname);
      });
      assert.equal(await page.evaluate(() => 'exportDocument' in window), false);
      await page.locator('input[name="report-format"][value="docx"]').check();
      const docx = await download(page);
      assert.equal(docx.name, 'ita-2565-all.docx');
      assert.deepEqual(
        [...new Set(asked)].sort(),
        ['/ita-export.js', '/ita-export_bg.wasm'],
        'the page loaded the export module and its wasm on the first export',
      );
      const served = server.requests.filter((r) => r.path.includes('ita-export'));
      assert.ok(served.length > 0 && served.every((r) => r.status === 200), 'served locally');
      const word = readZip(docx.bytes);
      assert.ok(word.has('[Content_Types].xml') && word.has('word/document.xml'), 'a Word document');
      const body = xmlText(word.get('word/document.xml').toString('utf8'));
      assert.match(body, /๗๙\.๔๓ คะแนน ระดับผลการประเมิน( |ไม่ต่ำกว่า )B/);
      assert.ok(!body.includes('79.43'), 'Thai digits throughout');
      for (const name of ['การปฏิบัติหน้าที่', 'การแก้ไขปัญหาการทุจริต', 'บันทึกข้อความ', 'นางสาวทดสอบ ระบบดี']) {
        assert.ok(body.includes(name), `the DOCX contains ${name}`);
      }
      assert.ok(toArabic(body).includes(firstLine(plan[0])), 'the DOCX contains the plan rows');
      const media = [...word.keys()].filter((k) => k.startsWith('word/media/') && !k.endsWith('/'));
      assert.ok(media.length >= 1, 'the charts are embedded as images');
      for (const m of media) {
        assert.deepEqual([...word.get(m).subarray(1, 4)], [0x50, 0x4e, 0x47], `${m} is a PNG`);
      }
      await eventually(
        async () => (await page.getByTestId('report-status').innerText()).trim(),
        (t) => t.includes('ita-2565-all.docx'),
        { message: 'the screen says the file is ready' },
      );

      // XLSX, Arabic digits.
      await page.locator('input[name="report-digits"][value="arabic"]').check();
      await page.locator('input[name="report-format"][value="xlsx"]').check();
      const xlsx = await download(page);
      assert.equal(xlsx.name, 'ita-2565-all.xlsx');
      const book = readZip(xlsx.bytes);
      assert.ok(book.has('xl/workbook.xml'), 'an Excel workbook');
      const sheets = [...book.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
      assert.ok(sheets.length >= 3, `one sheet per table (${sheets.length})`);
      const strings = xmlText(book.get('xl/sharedStrings.xml').toString('utf8'), '\n');
      const cells = sheets.map((s) => book.get(s).toString('utf8')).join('\n');
      assert.ok(strings.includes('การปฏิบัติหน้าที่'), 'indicator names');
      assert.ok(strings.includes('ไม่ผ่านเกณฑ์'), 'the pass/fail column');
      assert.ok(strings.includes(firstLine(plan[0])), 'the plan rows');
      assert.ok(strings.includes('1 การปฏิบัติหน้าที่'), 'Arabic digits in the indicator column');
      for (const v of ['91.71', '43.75']) {
        assert.ok(cells.includes(`<v>${v}</v>`), `indicator score ${v} is a number cell`);
      }

      // Print view: only the documents, each starting on a new page.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.app-header').isVisible(), false, 'no app header in print');
      assert.equal(await page.getByTestId('report-run').isVisible(), false, 'no controls in print');
      assert.equal(await preview.isVisible(), true, 'the documents print');
      const breaks = await page.getByTestId('doc-section').evaluateAll((els) =>
        els.map((e) => getComputedStyle(e).breakBefore),
      );
      assert.deepEqual(breaks, ['auto', 'page', 'page', 'page'], 'a new page before each document');
      const head = await preview.locator('thead').first().evaluate((e) => getComputedStyle(e).display);
      assert.equal(head, 'table-header-group', 'table headers repeat on every page');
      const font = await preview.evaluate((e) => getComputedStyle(e).fontFamily);
      assert.match(font, /^"?Sarabun"?/);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= 6, `the PDF has a page per document at least (${pages} pages)`);
      const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
      const portrait = boxes.filter((m) => Number(m[1]) < Number(m[2])).length;
      const landscape = boxes.filter((m) => Number(m[1]) > Number(m[2])).length;
      assert.ok(portrait > 0 && landscape > 0, `A4 portrait pages and landscape pages for the plan tables (${portrait}/${landscape})`);
      await page.emulateMedia({ media: 'screen' });
    });
  });

  test('says in Thai when the export module cannot be loaded', async () => {
    await withBrowser(server, { viewport: VIEWPORTS.desktop }, async ({ page, context }) => {
      await prepare(page, server.origin);
      // A broken exporter (as if a stale or damaged copy were served). Routed on the context
      // so that requests made through the app's service worker are caught too.
      await context.route('**/ita-export.js*', (route) =>
        route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("broken");' }),
      );
      await page.getByTestId('report-run').click();
      const alert = page.getByTestId('report-status').getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /^โหลดส่วนสร้างไฟล์ Word\/Excel ไม่สำเร็จ .*broken/s);
      // CSV is made in the main module and still works.
      await page.locator('input[name="report-format"][value="csv"]').check();
      const csv = await download(page);
      assert.equal(csv.name, 'ita-2565-all.csv');
      const text = csv.bytes.toString('utf8');
      assert.ok(text.startsWith('\ufeff# '), 'UTF-8 with a BOM, one block per table');
      assert.ok(text.includes('การปฏิบัติหน้าที่') && text.includes('91.71'));
    });
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    test(`the report screen fits a ${viewport.width}-pixel-wide ${name} screen`, async () => {
      await withBrowser(server, { viewport }, async ({ page }) => {
        await prepare(page, server.origin);
        await page.evaluate(() => document.fonts.ready);
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
        );
        assert.equal(sideways, false, 'no sideways scrolling');
        await screenshot(page, `report-${name}-${viewport.width}`);
      });
    });
  }
});
