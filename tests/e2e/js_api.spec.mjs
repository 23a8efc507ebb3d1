// End-to-end: the JS API's example page (dist/api-example.html, crates/planlens-js) imports the
// ES module, analyses two reports and prints the first one's targets, the panel's verdicts and a
// share link read back, under the page's strict CSP and with no console problem.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tid, useServedApp, watchedPage } from './app_page.mjs';

describe('PlanLens JS API', () => {
  const app = useServedApp();

  it('the example page prints a plan\'s targets and the panel\'s verdicts', async () => {
    const w = await watchedPage(app.browser, 1000);
    await w.page.goto(`${app.server.url}/api-example.html`);
    await w.page.waitForSelector(`${tid('api-targets')} li`, { timeout: 30000 });
    const targets = await w.page.$$eval(`${tid('api-targets')} li`, (lis) =>
      lis.map((li) => li.textContent),
    );
    assert.deepEqual(targets, ['地区生产总值 6% (target)', '新增城镇就业 4500人 (target)']);
    await w.page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent.length > 0,
      tid('api-panel'),
    );
    const panel = await w.page.textContent(tid('api-panel'));
    assert.equal(panel, '地区生产总值: met; 城镇新增就业: met · link table');
    assert.deepEqual(w.problems(), []);
    await w.context.close();
  });
});
