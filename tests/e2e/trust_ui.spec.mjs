// End-to-end: trust and keyboard work of issue 19 against the release build in dist/ — a file
// dropped anywhere on the page is added (the browser does not leave the app), one notice per file
// that fails, a file over the size limit is refused unread, the unadded paste survives a reload
// (and a storage that throws does not break it), near-links say so, keyboard use of the notices and
// the edit form, and on a 360 px phone the results come into view after adding and the table's
// section column stays readable. Screenshots go to tests/e2e/screenshots/trust-*.png.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SAMPLE_PLAN, tid, useServedApp } from './app_page.mjs';

/** A plan of many sections, so that the table has long section paths. */
const LONG_PLAN = [
  '某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
  '第一章 构建现代产业体系推动经济体系优化升级',
  '一、加快发展现代服务业和先进制造业深度融合',
  '到2025年，规模以上工业增加值年均增长7%左右，数字经济核心产业增加值占地区生产总值比重达到10%。',
  '二、提升产业链供应链现代化水平',
  '新增国家级专精特新“小巨人”企业50家以上。',
].join('\n');

/** A DataTransfer holding `files` ({ name, text }) in the page. */
function transferOf(page, files) {
  return page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
}

describe('trust and keyboard (issue 19)', () => {
  const app = useServedApp();

  it('adds a file dropped on the results side and stays in the app', async () => {
    const w = await app.open();
    const before = w.page.url();
    const transfer = await transferOf(w.page, [{ name: 'dropped.txt', text: SAMPLE_PLAN }]);
    const results = w.page.locator('main .views');
    await results.dispatchEvent('dragenter', { dataTransfer: transfer });
    await results.dispatchEvent('dragover', { dataTransfer: transfer });
    const prevented = await w.page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], 'x.txt'));
      const ev = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
      document.querySelector('main .views').dispatchEvent(ev);
      return ev.defaultPrevented;
    });
    assert.equal(prevented, true, 'dragover anywhere is taken, so the browser will not open the file');
    await results.dispatchEvent('drop', { dataTransfer: transfer });
    await w.page.waitForSelector(tid('document-item'));
    assert.equal(await w.targetCount(), '4');
    assert.equal(w.page.url(), before);
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  it('lists one dismissable notice per failed file and keeps the good ones', async () => {
    const w = await app.open();
    await w.addFiles([
      { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, oops') },
      { name: 'plan.txt', mimeType: 'text/plain', buffer: Buffer.from(SAMPLE_PLAN) },
      { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n') },
    ]);
    await w.page.waitForFunction(() => document.querySelectorAll('[data-testid="error"]').length === 2);
    const errors = await w.get('error').allInnerTexts();
    assert.match(errors[0], /broken\.json/);
    assert.match(errors[1], /scan\.pdf/);
    assert.match(errors[1], /PDF 已损坏或不完整/); // a PDF cut short after its header (PDF.js reads it)
    assert.equal(await w.documentCount(), 1, 'the good file is added');
    await w.screenshot('trust-file-errors-1280');
    // each is dismissed on its own; Escape on a focused notice dismisses that one
    await w.page.locator(`${tid('error')} ${tid('dismiss')}`).first().click();
    assert.equal(await w.get('error').count(), 1);
    await w.page.locator(`${tid('error')} ${tid('dismiss')}`).focus();
    await w.page.keyboard.press('Escape');
    assert.equal(await w.get('error').count(), 0);
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  it('skips the documents of a workspace file whose text is already open, and says so', async () => {
    const w = await app.open();
    for (const text of [SAMPLE_PLAN, LONG_PLAN]) await w.addDocument(text);
    const [download] = await Promise.all([
      w.page.waitForEvent('download'),
      w.get('export-workspace').click(),
    ]);
    const json = readFileSync(await download.path(), 'utf8');
    await w.get('remove').first().click();
    await w.addFiles({
      name: 'workspace.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await w.page.waitForSelector(tid('note'));
    assert.match(await w.get('note').innerText(), /跳过了 1 份与已有文档文本相同的文档（“某市/);
    assert.equal(await w.documentCount(), 2, 'the removed one is back, once');
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planlens-big-'));
    const big = path.join(dir, 'huge-plan.txt');
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024 + 1, 0x61));
    try {
      const w = await app.open();
      const started = Date.now();
      await w.addFiles(big);
      await w.page.waitForSelector(tid('error'));
      const text = await w.get('error').innerText();
      assert.match(text, /huge-plan\.txt/);
      assert.match(text, /文件过大（20\.0 MB），最多可读取 20 MB/);
      assert.ok(Date.now() - started < 15000, 'said at once');
      assert.equal(await w.documentCount(), 0);
      assert.deepEqual(w.problems(), []);
      await w.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the unadded paste across a reload, and works when storage throws', async () => {
    const w = await app.open();
    await w.input.fill(SAMPLE_PLAN);
    await w.page.waitForFunction(() => localStorage.getItem('planlens.draft.v1') !== null);
    await w.reload();
    assert.equal(await w.input.inputValue(), SAMPLE_PLAN);
    await w.input.press('Control+Enter');
    await w.page.waitForSelector(tid('document-item'));
    assert.equal(await w.input.inputValue(), '');
    assert.equal(await w.page.evaluate(() => localStorage.getItem('planlens.draft.v1')), null);
    assert.deepEqual(w.problems(), []);
    await w.close();

    const b = await app.open({
      init: () => {
        Storage.prototype.setItem = function () {
          throw new DOMException('blocked by test', 'QuotaExceededError');
        };
      },
    });
    await b.input.fill(SAMPLE_PLAN);
    await b.page.waitForFunction(() => document.querySelector('[data-testid="draft-preview"]')?.textContent.includes('4 个目标'));
    await b.get('add-document').click();
    await b.page.waitForSelector(tid('document-item'));
    assert.deepEqual(b.problems().filter((p) => !p.includes('blocked by test')), []);
    await b.close();
  });

  it('says when an address only looks like a share link', async () => {
    for (const [hash, says] of [
      ['#v=abc', /看起来像 PlanLens 分享链接，但/],
      ['#v3', /看起来像 PlanLens 分享链接，但/],
      ['#v0=abc', /v0 不是有效的链接版本/],
    ]) {
      const w = await app.open({ at: `/${hash}` });
      await w.page.waitForSelector(tid('error'));
      assert.match(await w.get('error').innerText(), says, hash);
      assert.equal(await w.page.evaluate(() => location.hash), '', `${hash} cleared`);
      if (hash === '#v=abc') await w.screenshot('trust-near-link-1280');
      assert.deepEqual(w.problems(), []);
      await w.close();
    }
  });

  it('edits a document from the keyboard and refuses a bad year with a message', async () => {
    const w = await app.open();
    await w.addDocument(SAMPLE_PLAN);
    await w.get('rename').click();
    assert.equal(await w.page.evaluate(() => document.activeElement?.dataset.testid), 'rename-input');
    await w.page.keyboard.type('（修订）');
    await w.get('year-input').fill('20255');
    await w.get('year-input').press('Enter');
    await w.page.waitForSelector(tid('year-error'));
    assert.equal(await w.get('year-input').getAttribute('aria-invalid'), 'true');
    assert.match(await w.get('rename-input').inputValue(), /（修订）$/);
    await w.screenshot('trust-year-error', '.documents');
    await w.page.keyboard.press('Escape');
    assert.equal(await w.get('rename-input').count(), 0, 'Escape cancels');
    assert.doesNotMatch(await w.get('document-title').innerText(), /修订/);
    assert.equal(await w.page.evaluate(() => document.activeElement?.dataset.testid), 'rename');
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  it('on a 360 px phone brings the results into view and keeps sections readable', async () => {
    const w = await app.open({ width: 360, height: 740 });
    await w.addDocument(LONG_PLAN);
    await w.page.waitForFunction(() => {
      const top = document.querySelector('main .views').getBoundingClientRect().top;
      return window.scrollY > 0 && top > -5 && top < 120;
    });
    await w.screenshot('trust-added-360');
    await w.tab('table');
    const cell = w.page.locator('tr[data-testid="target"] .section-cell').first();
    const box = await cell.boundingBox();
    assert.ok(box && box.width >= 100, `section column is ${box?.width} px wide`);
    const scrollWidth = await w.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 360, `page is ${scrollWidth} px wide (the table scrolls in its box)`);
    await w.screenshot('trust-table-360', '.table-view');
    assert.deepEqual(w.problems(), []);
    await w.close();
  });
});
