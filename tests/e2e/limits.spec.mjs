// End-to-end: limits say what they are instead of freezing the page. A workspace file of more than
// 500 documents is refused with the number; the compare view with more than 200 documents chosen
// asks to narrow the choice, and compares the first 200 on request.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tid, useServedApp } from './app_page.mjs';

/** A PlanLens export of `n` small distinct documents with no targets. */
function manyDocs(n) {
  const documents = [];
  for (let k = 0; k < n; k += 1) {
    const text = `第${k}号文件\n正文。`;
    documents.push({
      name: `d${k}.txt`, title: `文件 ${k}`, place: null, year: null,
      text_hash: `h${k}-${'0'.repeat(40)}`, text_chars: [...text].length, text, tree: [], targets: [],
    });
  }
  return Buffer.from(JSON.stringify({ version: 1, documents }));
}

describe('limits', () => {
  const app = useServedApp();

  it('refuses a workspace file of more than 500 documents and names the limit', async () => {
    const w = await app.open();
    await w.addFiles({ name: 'many.json', mimeType: 'application/json', buffer: manyDocs(501) });
    await w.page.waitForSelector(tid('error'));
    const text = await w.get('error').innerText();
    assert.match(text, /501/);
    assert.match(text, /500/);
    assert.equal(await w.documentCount(), 0);
    await w.close();
  });

  it('asks to narrow a compare of more than 200 documents, then compares the first 200', async () => {
    const w = await app.open();
    await w.addFiles({ name: 'many.json', mimeType: 'application/json', buffer: manyDocs(220) });
    await w.waitForDocuments(220);
    await w.tab('compare');
    await w.page.waitForSelector(tid('compare-too-many'));
    assert.match(await w.get('compare-too-many').innerText(), /220 份/);
    assert.equal(await w.get('compare-table').count(), 0);
    await w.get('compare-first').click();
    await w.page.waitForFunction(() => !document.querySelector('[data-testid="compare-too-many"]'));
    const on = await w.page.locator(`${tid('compare-doc')}:checked`).count();
    assert.equal(on, 200);
    assert.deepEqual(w.problems(), []);
    await w.close();
  });
});
