// End-to-end: the analyst's corrections against the release build in dist/ — a plan written for
// the test; a metric corrected in place in the tree by the keyboard (Enter on the selected target,
// Enter to save), a false target deleted, a missed one added from a passage selected in the source
// (read by the real analysis worker); the table's CSV and JSON downloads carry each target's
// origin; the table filters by origin; a reload keeps it all; screenshots of the form in place and
// of the bar.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useServedApp } from './app_page.mjs';

const PLAN =
  '某县2026年重点工作\n一、主要目标\n地区生产总值增长6%左右，新增城镇就业8000人。\n二、民生\n新建幼儿园5所。启动186号县道改造。\n';

/** Selects `needle` in the source text as a user dragging over it would. */
function selectInSource(page, needle) {
  return page.evaluate((n) => {
    const pre = document.querySelector('[data-testid="source-text"]');
    const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(n);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + n.length);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        return true;
      }
    }
    return false;
  }, needle);
}

describe('PlanLens corrections', () => {
  const app = useServedApp();

  it('edits in place, deletes, adds from the source, and exports the origins', async () => {
    const w = await app.open({ width: 1280 });
    await w.addDocument(PLAN);
    assert.equal(await w.targetCount(), '3');

    // the keyboard: select the first target, Enter again opens the form under it
    const leaves = w.page.locator('.tree-view [data-testid="target"]');
    const first = leaves.first();
    await first.click();
    await first.press('Enter');
    const form = w.page.locator('.tree-view li [data-testid="correct-form"]');
    await form.waitFor();
    const metric = w.get('correct-metric');
    assert.equal(await metric.inputValue(), '地区生产总值');
    assert.ok(await metric.evaluate((el) => el === document.activeElement), 'the first field has the focus');
    await metric.fill('全县地区生产总值');
    await w.screenshot('corrections-form-in-tree-1280', '.view-body');
    await metric.press('Enter');
    await form.waitFor({ state: 'detached' });
    assert.equal(
      await w.page.evaluate(() => document.activeElement?.getAttribute('data-target')),
      '0',
      'saving gives the focus back to the target',
    );
    assert.match(await leaves.first().innerText(), /全县地区生产总值[\s\S]*已更正/);

    // delete a false one
    await leaves.filter({ hasText: '新增城镇就业' }).click();
    await w.get('correct-delete').click();
    await w.page.waitForFunction(() => document.querySelector('[data-testid="target-count"]').innerText === '2');

    // add a missed one from the source: the passage is read by the analysis worker
    await w.tab('source');
    assert.ok(await selectInSource(w.page, '186号县道改造'));
    await w.get('correct-add').click();
    await w.get('correct-form').waitFor();
    await w.get('correct-metric').fill('改造县道');
    await w.get('correct-value').fill('1');
    await w.get('correct-unit').fill('条');
    await w.get('correct-save').click();
    await w.get('correct-form').waitFor({ state: 'detached' });
    assert.equal(await w.targetCount(), '3');
    assert.equal((await w.get('corrections-count').innerText()).trim(), '4 处更正');

    // the table's downloads say where each target comes from
    await w.tab('table');
    const csv = await w.downloaded('export-csv');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\n');
    assert.equal(lines[0].split(',').at(-1), 'origin');
    const origins = lines.slice(1).map((l) => [l.split(',')[1], l.split(',').at(-1)]);
    assert.deepEqual(origins, [
      ['全县地区生产总值', 'corrected'],
      ['新建幼儿园', 'extracted'],
      ['改造县道', 'added'],
    ]);
    const json = JSON.parse((await w.downloaded('export-json')).text);
    assert.deepEqual(
      json.documents[0].targets.map((t) => t.origin),
      ['corrected', 'extracted', 'added'],
    );
    // and the table filters by origin
    await w.get('filter-origin').selectOption('added');
    assert.equal(await w.page.locator('.table-view tbody tr[data-testid="target"]').count(), 1);
    await w.get('filter-origin').selectOption('');
    await w.screenshot('corrections-table-1280', '.main-pane, main');

    // a reload keeps the corrections
    await w.page.waitForTimeout(1200); // the autosave's debounce
    await w.reload();
    assert.equal(await w.targetCount(), '3');
    assert.equal((await w.get('corrections-count').innerText()).trim(), '4 处更正');
    await w.get('accuracy').locator('summary').click();
    assert.equal(await w.get('accuracy-line').innerText(), 'F1 0.667 (P 0.667 R 0.667; tp 2 fp 1 fn 1)');
    await w.screenshot('corrections-bar-1280');
    assert.deepEqual(w.problems(), []);
  });
});
