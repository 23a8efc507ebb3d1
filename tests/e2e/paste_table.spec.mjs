// End-to-end: a table copied from a web page (issue 9). A paste whose clipboard has `text/html`
// with a <table> goes into the paste box as tab-separated rows, and the document it makes has the
// same targets as the same table loaded as a tab-separated .txt; the tree and the table show each
// target's year and 约束性/预期性, and the table's binding and year filters narrow its rows.
// Screenshots of both views at 1280 px and 360 px.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tid, useServedApp } from './app_page.mjs';

// A made-up indicator table: 指标, 单位, 2020年, 2025年, 属性, with row groups spanning the table.
const TITLE = '某市国民经济和社会发展第十四个五年规划纲要';
const ROWS = [
  ['经济发展'],
  ['地区生产总值增长', '%', '3.1', '6', '预期性'],
  ['全员劳动生产率增长', '%', '2.8', '6.5', '预期性'],
  ['绿色生态'],
  ['森林覆盖率', '%', '23.5', '24.1', '约束性'],
  ['单位地区生产总值能耗降低', '%', '—', '13.5', '约束性'],
  ['民生福祉'],
  ['城镇调查失业率', '%', '5.2', '<5.5', '预期性'],
  ['新建中小学校', '所', '12', '20', '预期性'],
];
const HEADER = ['指标', '单位', '2020年', '2025年', '属性'];
const CAPTION = '表1 “十四五”时期经济社会发展主要指标';
const NOTE = '注：地区生产总值增速按可比价计算。';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The table as a web page's clipboard has it: markup, inline styles and handlers, odd white
 * space, spans, a script (none of which may run or be reported by the page's CSP). */
const HTML = [
  '<html><head><meta charset="utf-8"><style>td { border: 1px solid }</style></head><body>',
  '<!--StartFragment-->',
  `<h1>${TITLE}</h1>`,
  '<h2>第一章&nbsp;主要目标</h2>',
  `<table border="1"><caption>${CAPTION.replace(' ', '&nbsp;')}</caption>`,
  `<thead><tr>${HEADER.map((h) => `<th>\n  ${h}\n</th>`).join('')}</tr></thead><tbody>`,
  ...ROWS.map((r) =>
    r.length === 1
      ? `<tr><td colspan="5"><b>${r[0]}</b></td></tr>`
      : `<tr onclick="window.__pasted = true">${r
          .map((c, k) => `<td style="padding: 2px">${k === 0 ? `<span style="color: red">${esc(c)}</span>` : esc(c)}</td>`)
          .join('')}</tr>`,
  ),
  '</tbody></table>',
  `<p>${NOTE}<script>window.__pasted = true</script><img src="/nothing.png" onerror="window.__pasted = true"></p>`,
  '<!--EndFragment--></body></html>',
].join('');

/** The same table as a tab-separated text file (what the paste should put in the box). */
const TSV = [
  TITLE,
  '第一章 主要目标',
  CAPTION,
  HEADER.join('\t'),
  ...ROWS.map((r) => (r.length === 1 ? [r[0], '', '', '', ''] : r).join('\t')),
  NOTE,
].join('\n');

/** What the browser's own text/plain of such a copy looks like (never used: the HTML wins). */
const PLAIN = [TITLE, ...ROWS.map((r) => r.join(' '))].join('\n');

/** Fires a paste on the paste box of `w` with `html` and `plain` on its clipboard. */
async function pasteClipboard(w, html, plain) {
  await w.input.focus();
  return w.page.evaluate(
    ([h, p]) => {
      const data = new DataTransfer();
      data.setData('text/html', h);
      data.setData('text/plain', p);
      const ev = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      document.querySelector('[data-testid="source-input"]').dispatchEvent(ev);
      return ev.defaultPrevented;
    },
    [html, plain],
  );
}

/** Every cell of every table row but the row number, as text. */
async function tableRows(w) {
  await w.tab('table');
  await w.get('table-view').waitFor();
  return w.page.locator('tr[data-testid="target"]').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].slice(1).map((td) => td.innerText.trim())),
  );
}

describe('A table pasted from a web page', () => {
  const app = useServedApp();

  it('gives the targets of the same table loaded as a tab-separated file', async () => {
    const pasted = await app.open();
    assert.equal(await pasteClipboard(pasted, HTML, PLAIN), true, 'the app takes the HTML paste');
    assert.equal(await pasted.input.inputValue(), TSV, 'rows as tab-separated lines');
    assert.equal(await pasted.page.evaluate(() => window.__pasted), undefined, 'nothing from the HTML ran');
    await pasted.page.waitForFunction(() =>
      /字/.test(document.querySelector('[data-testid="draft-preview"]')?.textContent ?? ''),
    );
    await pasted.get('add-document').click();
    await pasted.documents.waitFor();
    const fromPaste = await tableRows(pasted);

    const loaded = await app.open();
    await loaded.addFiles({
      name: 'indicators.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(TSV, 'utf8'),
    });
    await loaded.documents.waitFor();
    const fromFile = await tableRows(loaded);

    assert.ok(fromFile.length > 0, 'the table gives targets (the core reads indicator tables)');
    assert.deepEqual(fromPaste, fromFile);
    assert.deepEqual(pasted.problems(), []);
    assert.deepEqual(loaded.problems(), []);
    await pasted.close();
    await loaded.close();
  });

  it('leaves a paste without a table to the browser', async () => {
    const w = await app.open();
    assert.equal(await pasteClipboard(w, '<p>地区生产总值增长6%</p>', '地区生产总值增长6%'), false);
    assert.deepEqual(w.problems(), []);
    await w.close();
  });

  for (const width of [1280, 360]) {
    it(`shows years, bindings and their filters at ${width} px`, async () => {
      const w = await app.open({ width, height: width === 360 ? 740 : 900 });
      const { page, problems } = w;
      await pasteClipboard(w, HTML, PLAIN);
      await w.get('add-document').click();
      await w.documents.waitFor();

      await w.tab('tree');
      await w.get('tree-view').waitFor();
      const words = (sel) => page.locator(sel).evaluateAll((els) => els.map((e) => e.textContent));
      const years = await words(`.target-leaf ${tid('year-chip')}`);
      const badges = await words(`.target-leaf ${tid('binding-badge')}`);
      assert.ok(years.length > 0 && years.every((y) => /^(年份：)?20\d\d年$/.test(y)), `${years}`);
      assert.ok(badges.some((b) => b.endsWith('约束性')) && badges.some((b) => b.endsWith('预期性')), `${badges}`);
      await w.get('tree-view').scrollIntoViewIfNeeded();
      await w.screenshot(`year-binding-tree-${width}`);

      const rowsAll = await tableRows(w);
      await w.get('filter-binding').selectOption('binding');
      const binding = await page.locator('tr[data-testid="target"]').count();
      assert.ok(binding > 0 && binding < rowsAll.length, `${binding} of ${rowsAll.length}`);
      await w.get('filter-year').selectOption('2025');
      const both = await page.locator('tr[data-testid="target"]').count();
      assert.ok(both > 0 && both < binding, `${both} of ${binding}`);
      // the filters are keyboard controls with labels
      await w.get('filter-year').focus();
      assert.match(await page.locator(`label:has(${tid('filter-year')})`).innerText(), /年份/);
      await w.get('table-view').scrollIntoViewIfNeeded();
      await w.screenshot(`year-binding-table-${width}`);

      // no sideways scrolling of the page (the table scrolls in its own box)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow} px`);
      assert.deepEqual(problems(), []);
      await w.close();
    });
  }
});
