// End-to-end: the compare view against the release build in dist/ — seed plans 001, 002 and 003
// aligned in one matrix (GDP growth with its range, tiers and approximation; 规上 and 规模以上
// 工业增加值 in one row), a row charted as an accessible SVG, and screenshots at 1280 px and 360 px.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedText, tid, useServedApp } from './app_page.mjs';

describe('PlanLens compare view', () => {
  const app = useServedApp();

  for (const width of [1280, 360]) {
    it(`aligns seeds 001–003 and charts a row at ${width} px (screenshots)`, async () => {
      const w = await app.open({ width });
      const { page, problems } = w;
      for (const prefix of ['001', '002', '003']) await w.addDocument(seedText(prefix));
      await w.tab('compare');
      await w.get('compare-table').waitFor();
      assert.equal(await w.get('compare-doc').count(), 3);
      assert.equal(await page.locator(`${tid('compare-doc')}:checked`).count(), 3, 'all documents by default');

      const rows = w.get('compare-row');
      const gdp = rows.filter({ has: page.locator('.indicator-name', { hasText: /^地区生产总值$/ }) })
        .filter({ has: page.locator('.indicator-measure', { hasText: '增速' }) });
      assert.equal(await gdp.count(), 1, 'one GDP growth row');
      const gdpText = await gdp.innerText();
      for (const v of ['8%–10%', '7%', '7.8%', '12.5%', '6%左右']) {
        assert.ok(gdpText.includes(v), `GDP growth row shows ${v}: ${gdpText}`);
      }
      assert.equal(await gdp.locator('.badge-tier').count(), 3, 'the three tiers of 002');
      assert.equal(await gdp.locator(tid('extreme-high')).count(), 1);
      assert.equal(await gdp.locator(tid('extreme-low')).count(), 1);

      // 规上工业增加值 (001) and 规模以上工业增加值 (003) share one row
      const industry = rows.filter({ has: page.locator('.indicator-name', { hasText: /^规模以上工业增加值$/ }) });
      const quotes = await industry.locator('.compare-value').evaluateAll((els) => els.map((e) => e.title));
      assert.ok(quotes.some((q) => q.includes('规上工业增加值')), `规上 in the row: ${quotes}`);
      assert.ok(quotes.some((q) => q.includes('规模以上工业增加值')), `规模以上 in the row: ${quotes}`);

      // filters change the rows shown
      const all = await rows.count();
      await w.get('compare-filter').selectOption('all');
      const shared = await rows.count();
      assert.ok(shared >= 1 && shared < all, `${shared} rows shared by all of ${all}`);
      await w.get('compare-filter').selectOption('any');
      assert.equal(await rows.count(), all);

      // select the GDP row by keyboard: a chart with an accessible name appears
      await gdp.focus();
      await page.keyboard.press('Enter');
      const svg = w.get('compare-chart-svg');
      await svg.waitFor();
      assert.equal(await svg.getAttribute('role'), 'img');
      assert.match(await svg.getAttribute('aria-label'), /地区生产总值/);
      assert.equal(await svg.locator('title').count(), 1);
      assert.ok((await svg.locator('rect.bar-range').count()) >= 1, 'the 8%–10% range is a span');
      assert.ok((await svg.locator('rect').count()) >= 5, 'tiers stack');
      await gdp.scrollIntoViewIfNeeded();
      await w.screenshot(`compare-${width}`);

      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `page is ${scrollWidth} px wide at ${width}`);
      assert.deepEqual(problems(), []);
      await w.close();
    });
  }
});
