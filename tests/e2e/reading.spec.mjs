// End-to-end: reading a plan (issue 15) in the release build, at 1280 and 360 px, light and dark.
// At 1280 px source and tree stand side by side and a click in either selects in both; at 360 px
// the tabs stay and nothing scrolls sideways; chips, the summary's cards and charts and the
// workspace search render; no console problem anywhere. Screenshots of every view go to
// tests/e2e/screenshots/reading-<width>-<scheme>-<view>.png.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import path from 'node:path';
import { screenshotDir, seedText, tid, useServedApp } from './app_page.mjs';

/**
 * A full-page screenshot `name`, and on a narrow page also what the screen shows with the view's
 * top (or `selector`) scrolled to the top: `name-screen` (a full 360 px page is too long to read).
 */
async function shoot(w, width, name, selector = '.views') {
  await w.screenshot(name);
  if (width < 1100) {
    await w.page.locator(selector).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await w.page.screenshot({ path: path.join(screenshotDir, `${name}-screen.png`) });
  }
}

/** The page scrolls sideways by this many px (0 when it fits). */
const overflow = (w) =>
  w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('reading a plan', () => {
  const app = useServedApp();

  for (const width of [1280, 360]) {
    for (const scheme of ['light', 'dark']) {
      it(`tree, table, source, summary and search at ${width} px, ${scheme} (screenshots)`, async () => {
        const w = await app.open({ width, height: width === 360 ? 740 : 900 });
        await w.page.emulateMedia({ colorScheme: scheme });
        const name = (view) => `reading-${width}-${scheme}-${view}`;
        await w.addDocument(seedText('002'));
        await w.addDocument(seedText('001'));
        await w.page.waitForTimeout(100);

        const split = await w.get('split').count();
        assert.equal(split, width >= 1100 ? 1 : 0, 'side by side only on a wide page');
        const leaves = w.page.locator('.tree-view .target-leaf');
        assert.ok((await leaves.count()) > 60);
        await leaves.nth(40).click();
        if (width >= 1100) {
          const mark = w.page.locator(`${tid('source-pane')} mark.selected`);
          assert.equal(await mark.count(), 1, 'the leaf selects its highlight');
          assert.equal(await mark.getAttribute('data-target'), '40');
          // the highlight shows its details while pointed at
          await w.page.locator(`${tid('source-pane')} mark[data-target="41"]`).hover();
          await w.get('target-details').waitFor();
          assert.match(await w.get('target-details').innerText(), /指标/);
        }
        // every chip says what its number means, the verb's words before the value
        const words = await w.page.locator('.tree-view .chip-words').allInnerTexts();
        assert.ok(words.includes('新增') && words.includes('达到'), words.join(' '));
        await shoot(w, width, name('tree'));
        assert.ok((await overflow(w)) <= 0, `${width} px page scrolls sideways`);

        await w.tab('table');
        await w.get('table-view').waitFor();
        await shoot(w, width, name('table'));
        assert.ok((await overflow(w)) <= 0);

        await w.tab('source');
        await w.get('source-text').waitFor();
        await shoot(w, width, name('source'));

        await w.tab('summary');
        await w.get('summary-view').waitFor();
        assert.ok((await w.get('summary-card').count()) > 0);
        assert.ok((await w.page.locator(`${tid('sections-chart')} rect`).count()) > 0);
        await shoot(w, width, name('summary'));
        assert.ok((await overflow(w)) <= 0);

        await w.get('workspace-search').fill('项目');
        await w.get('search-hit').first().waitFor();
        assert.match(await w.get('search-count').innerText(), /2 份文档/);
        await shoot(w, width, name('search'), '.search-panel');
        await w.get('search-hit').first().click();
        assert.equal(await w.activeTab(), 'tab-tree');
        assert.ok((await overflow(w)) <= 0);

        assert.deepEqual(w.problems(), []);
        await w.close();
      });
    }
  }

  it('the divider is dragged with the pointer and moved with the keyboard', async () => {
    const w = await app.open({ width: 1280 });
    await w.addDocument(seedText('001'));
    const divider = w.get('split-divider');
    await divider.waitFor();
    const pane = w.get('source-pane');
    const before = (await pane.boundingBox()).width;
    const box = await divider.boundingBox();
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x - 150, box.y + box.height / 2, { steps: 5 });
    await w.page.mouse.up();
    const after = (await pane.boundingBox()).width;
    assert.ok(after < before - 100, `${before} → ${after}`);
    await divider.focus();
    await w.page.keyboard.press('End');
    assert.equal(await divider.getAttribute('aria-valuenow'), '75');
    assert.deepEqual(w.problems(), []);
    await w.close();
  });
});
