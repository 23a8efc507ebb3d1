// End-to-end: the workspace keeps working when the browser's storage is full or disabled (and
// says so), and a plan file dropped on the input panel is added like a picked one.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SAMPLE_PLAN, launchBrowser, repoRoot, startServer, waitForApp, watchedPage, useServedApp } from './support.mjs';

const dist = path.resolve(repoRoot, process.env.PLANLENS_DIST || 'dist');
const tid = (id) => `[data-testid="${id}"]`;

describe('storage and drag and drop', () => {
  let server;
  let browser;
  useServedApp(dist, (s, b) => {
    server = s;
    browser = b;
  });

  for (const [label, error] of [
    ['full', 'QuotaExceededError'],
    ['disabled', 'SecurityError'],
  ]) {
    it(`keeps working in memory when storage is ${label}`, async () => {
      const w = await watchedPage(browser, 1280);
      await w.page.addInitScript((name) => {
        Storage.prototype.setItem = function () {
          throw new DOMException('blocked by test', name);
        };
        if (name === 'SecurityError') {
          IDBFactory.prototype.open = function () {
            throw new DOMException('blocked by test', name);
          };
        } else {
          IDBObjectStore.prototype.put = function () {
            throw new DOMException('blocked by test', name);
          };
        }
      }, error);
      await w.page.goto(`${server.url}/`);
      await waitForApp(w.page);
      await w.page.locator(tid('source-input')).fill(SAMPLE_PLAN);
      await w.page.locator(tid('add-document')).click();
      await w.page.waitForSelector(tid('storage-warning'));
      const warning = await w.page.locator(tid('storage-warning')).innerText();
      assert.match(warning, label === 'full' ? /拒绝保存 1 份文档/ : /不可用/);
      assert.equal(await w.page.locator(tid('document-item')).count(), 1);
      assert.equal(await w.page.locator(tid('target-count')).innerText(), '4');
      assert.deepEqual(
        w.problems().filter((p) => !p.includes('blocked by test')),
        [],
      );
      await w.context.close();
    });
  }

  it('adds a plan file dropped on the input panel', async () => {
    const w = await watchedPage(browser, 1280);
    await w.page.goto(`${server.url}/`);
    await waitForApp(w.page);
    const target = w.page.locator('section.input-panel');
    const transfer = await w.page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped-plan.txt', { type: 'text/plain' }));
      return dt;
    }, SAMPLE_PLAN);
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
    await w.page.waitForSelector(tid('document-item'));
    assert.equal(await w.page.locator(tid('document-item')).count(), 1);
    assert.equal(await w.page.locator(tid('target-count')).innerText(), '4');
    assert.deepEqual(w.problems(), []);
    await w.context.close();
  });
});
