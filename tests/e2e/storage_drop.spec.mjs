// End-to-end: the workspace keeps working when the browser's storage is full or disabled (and
// says so), and a plan file dropped on the input panel is added like a picked one.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SAMPLE_PLAN, tid, useServedApp } from './app_page.mjs';

describe('storage and drag and drop', () => {
  const app = useServedApp();

  for (const [label, error] of [
    ['full', 'QuotaExceededError'],
    ['disabled', 'SecurityError'],
  ]) {
    it(`keeps working in memory when storage is ${label}`, async () => {
      const w = await app.open({
        init: (name) => {
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
        },
        initArg: error,
      });
      await w.addDocument(SAMPLE_PLAN);
      await w.page.waitForSelector(tid('storage-warning'));
      const warning = await w.get('storage-warning').innerText();
      assert.match(warning, label === 'full' ? /拒绝保存 1 份文档/ : /不可用/);
      assert.equal(await w.documentCount(), 1);
      assert.equal(await w.targetCount(), '4');
      assert.deepEqual(
        w.problems().filter((p) => !p.includes('blocked by test')),
        [],
      );
      await w.close();
    });
  }

  it('adds a plan file dropped on the input panel', async () => {
    const w = await app.open();
    const target = w.page.locator('section.input-panel');
    const transfer = await w.page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped-plan.txt', { type: 'text/plain' }));
      return dt;
    }, SAMPLE_PLAN);
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
    await w.page.waitForSelector(tid('document-item'));
    assert.equal(await w.documentCount(), 1);
    assert.equal(await w.targetCount(), '4');
    assert.deepEqual(w.problems(), []);
    await w.close();
  });
});
