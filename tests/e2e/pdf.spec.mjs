// End-to-end: PDF files (issue 17). A PDF picked in the file input is read by PDF.js in the
// analysis worker, loaded only then and from the app's own origin, and gives the same text and
// targets as the plan pasted; a 50-page PDF shows the pages read of its page count while the page
// stays responsive; an encrypted PDF, a scanned (image-only) one, a truncated one and an empty one
// each get a notice naming the file and the reason, and the workspace is as it was; a share link
// of a PDF's document carries its derived text. The PDFs are
// tests/fixtures/pdf (scripts/make_pdf_fixtures.py, from a short plan of the tests' own).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, useServedApp } from './app_page.mjs';

const FIXTURES = path.join(repoRoot, 'tests', 'fixtures', 'pdf');
const fixture = (name) => readFileSync(path.join(FIXTURES, name));
const pdf = (name, buffer) => ({ name, mimeType: 'application/pdf', buffer });
/** A request for the PDF reader or PDF.js. */
const isPdfReader = (url) => /\/(pdf-reader\.js|pdfjs\/)/.test(url);

/** The source view's text of the document whose title row has `text` (the n-th such row). */
async function sourceOf(w, n) {
  await w.documents.nth(n).click();
  await w.tab('source');
  await w.page.waitForFunction(() => document.querySelector('[data-testid="source-text"]')?.innerText.length > 0);
  return w.get('source-text').innerText();
}

/** The tree view's text and the target count of the n-th document. */
async function readingOf(w, n) {
  await w.documents.nth(n).click();
  await w.tab('tree');
  await w.page.waitForSelector('[data-testid="tree-view"]');
  return { tree: await w.get('tree-view').innerText(), count: await w.targetCount() };
}

describe('PDF files', () => {
  const app = useServedApp();

  it('a PDF gives the text and targets of the same plan pasted; PDF.js is loaded only for it', async () => {
    const plan = fixture('plan.txt').toString('utf8');
    // the plan pasted, in a page of its own
    const p = await app.open();
    await p.addDocument(plan);
    const pasted = await readingOf(p, 0);
    assert.deepEqual(p.requests.filter(isPdfReader), [], 'nothing of the PDF reader for a paste');
    await p.close();

    const w = await app.open();
    assert.deepEqual(w.requests.filter(isPdfReader), [], 'nothing of the PDF reader before a PDF');
    await w.addFiles([pdf('规划.pdf', fixture('plan-cid.pdf'))]);
    await w.waitForDocuments(1);
    const fromPdf = await sourceOf(w, 0);
    assert.equal(fromPdf.trimEnd(), plan.trimEnd());
    assert.ok(fromPdf.includes('森林覆盖率（%）\t23.9\t24.1\t约束性'), fromPdf);
    const read = await readingOf(w, 0);
    assert.equal(read.count, pasted.count);
    assert.ok(Number(read.count) >= 30, read.count);
    assert.equal(read.tree, pasted.tree);
    await w.screenshot('pdf-tree-1280');
    // the reader came from this origin, after the PDF was picked
    const loaded = w.requests.filter(isPdfReader);
    assert.ok(loaded.length > 0 && loaded.every((u) => u.startsWith(w.base)), loaded.join('\n'));
    // a share link carries the derived text (not the file): it opens, without PDF.js, as the same plan
    await w.get('share-button').click();
    await w.get('share-kind').selectOption('texts');
    const link = await w.shareLink();
    const b = await app.open({ at: link });
    await b.waitForDocuments(1);
    assert.equal((await sourceOf(b, 0)).trimEnd(), plan.trimEnd());
    assert.deepEqual(b.requests.filter(isPdfReader), []);
    assert.deepEqual(b.problems(), []);
    await b.close();
    // the embedded-TrueType copy gives the same text: already open, so not added again (a note)
    await w.addFiles([pdf('规划-ttf.pdf', fixture('plan-ttf.pdf'))]);
    await w.page.waitForSelector('[data-testid="note"]');
    assert.equal(await w.documentCount(), 1);
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  it('a 50-page PDF shows the pages read while the page stays responsive', async () => {
    const w = await app.open();
    // every progress line shown, and the longest the main thread was busy while the PDF was read
    await w.page.evaluate(() => {
      window.__seen = [];
      window.__longest = 0;
      let last = performance.now();
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid="analysis-progress"]');
        if (p && window.__seen.at(-1) !== p.textContent) window.__seen.push(p.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
      window.__tick = setInterval(() => {
        const now = performance.now();
        if (document.querySelector('[data-testid="pdf-progress"]')) {
          window.__longest = Math.max(window.__longest, now - last);
        }
        last = now;
      }, 20);
    });
    // a slower machine (CPU throttled 4×), so that the reading takes long enough to be seen
    const cdp = await w.context.newCDPSession(w.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await w.addFiles([pdf('长规划.pdf', fixture('long.pdf'))]);
    await w.page.waitForFunction(
      () => /第 \d+ \/ 50 页/.test(document.querySelector('[data-testid="analysis-progress"]')?.textContent),
      null,
      { polling: 'raf', timeout: 30000 },
    );
    await w.screenshot('pdf-progress-1280');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await w.waitForDocuments(1, { timeout: 60000 });
    const seen = await w.page.evaluate(() => window.__seen);
    const pages = seen.filter((s) => /第 \d+ \/ 50 页/.test(s));
    assert.ok(pages.length >= 2, seen.join('\n'));
    assert.ok(pages.some((s) => !s.includes('第 50 / 50 页')), seen.join('\n'));
    const longest = await w.page.evaluate(() => window.__longest);
    assert.ok(longest < 1000, `the page was unresponsive for ${longest} ms while the PDF was read`);
    // the source view renders a long text progressively: what it shows is the text's beginning
    const source = (await sourceOf(w, 0)).trimEnd();
    const want = fixture('long.txt').toString('utf8');
    assert.ok(source.length > 2000 && want.startsWith(source), 'the source view shows long.txt');
    await w.screenshot('pdf-long-source-1280');
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  it('encrypted, scanned, truncated and empty PDFs are named with the reason; the workspace is as it was', async () => {
    const w = await app.open();
    await w.addFiles([pdf('规划.pdf', fixture('plan-cid.pdf'))]);
    await w.waitForDocuments(1);
    await w.waitForStored(1);
    const before = await w.documentTitles();
    const plan = fixture('plan-cid.pdf');
    await w.addFiles([
      pdf('加密.pdf', fixture('encrypted.pdf')),
      pdf('扫描件.pdf', fixture('scanned.pdf')),
      pdf('残缺.pdf', plan.subarray(0, plan.length >> 2)),
      pdf('空.pdf', Buffer.alloc(0)),
    ]);
    await w.page.waitForFunction(() => document.querySelectorAll('[data-testid="error"]').length === 4, null, {
      timeout: 30000,
    });
    const errors = await w.get('error').allInnerTexts();
    assert.match(errors[0], /“加密\.pdf”.*PDF 已加密/s);
    assert.match(errors[1], /“扫描件\.pdf”.*不支持扫描件/s);
    assert.match(errors[2], /“残缺\.pdf”.*PDF 已损坏或不完整/s);
    assert.match(errors[3], /“空\.pdf”/);
    for (const e of errors) assert.match(e, /工作区未改动/);
    assert.deepEqual(await w.documentTitles(), before);
    await w.waitForStored(1);
    await w.screenshot('pdf-errors-1280');
    assert.deepEqual(w.problems(), []);
    await w.close();
  });
});
