// End-to-end: share links, saved views and the workspace file against the release build in dist/ —
// a link taken after choosing the table tab and a target opens in a fresh browser context (empty
// storage) with the same documents, target count, tab and selection; broken links (cut short, a
// foreign character, an unknown version) show an error and leave the workspace and the app usable;
// saved views survive a reload; a workspace exported then imported is the same workspace.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { requireSeeds, SAMPLE_PLAN, seeds, tid, useServedApp } from './app_page.mjs';

/** Titles, target count shown, active tab and selected target text of a page. */
async function viewOf(w) {
  return {
    titles: await w.documentTitles(),
    count: await w.targetCount(),
    tab: await w.activeTab(),
    kind: (await w.get('filter-kind').count()) ? await w.get('filter-kind').inputValue() : null,
    rows: (await w.get('rows-shown').count()) ? await w.get('rows-shown').innerText() : null,
    selected: (await w.get('selected-target').count()) ? await w.get('selected-target').innerText() : null,
  };
}

async function takeLink(w, kind = 'texts') {
  if (!(await w.get('share-link').count())) await w.get('share-button').click();
  await w.get('share-kind').selectOption(kind);
  return w.shareLink();
}

describe('PlanLens share links, saved views, workspace file', () => {
  const app = useServedApp();
  const seedText = () => (seeds[1] ?? seeds[0]).text();

  it('opens a link in a fresh context with the same documents, tab and selection', async () => {
    requireSeeds();
    const a = await app.open();
    await a.addDocument(seedText());
    await a.addDocument(SAMPLE_PLAN);
    await a.documents.first().locator('.document-select').click();
    await a.tab('table');
    await a.get('filter-kind').selectOption('percent');
    await a.page.locator('tr[data-testid="target"]').nth(2).click();
    await a.page.waitForSelector(tid('selected-target'));
    const want = await viewOf(a);
    assert.equal(want.tab, 'tab-table');
    assert.equal(want.kind, 'percent');

    for (const kind of ['texts', 'analysis']) {
      const link = await takeLink(a, kind);
      assert.ok(link.startsWith(`${app.server.url}/#v3=`), link.slice(0, 60));
      const chars = Number((await a.get('share-length').innerText()).match(/\d+/)[0]);
      assert.equal(chars, [...link].length);
      assert.equal(await a.get('share-warning').count() > 0, chars > 2000);
      if (kind === 'texts') {
        await a.screenshot('share-1280');
        await a.screenshot('share-panel', '.panel.saved');
      }

      const b = await app.open({ at: link });
      await b.page.waitForSelector(tid('target-count'));
      // the table's module may still be loading (the release page fetches a view on first use)
      await b.page.waitForSelector(tid('filter-kind'));
      assert.deepEqual(await viewOf(b), want, kind);
      assert.equal(await b.page.evaluate(() => location.hash), '', 'hash cleared');
      assert.deepEqual(b.problems(), []);
      await b.close();
    }
    assert.deepEqual(a.problems(), []);
    await a.close();
  });

  it('shows why a broken link does not open and leaves the workspace usable', async () => {
    const a = await app.open();
    await a.addDocument(SAMPLE_PLAN);
    const link = await takeLink(a);
    const frag = link.slice(link.indexOf('#') + 1);
    await a.close();

    const mid = Math.floor(frag.length / 2);
    const broken = {
      'cut short': frag.slice(0, mid),
      'foreign character': `${frag.slice(0, mid)}*${frag.slice(mid + 1)}`,
      'unknown version': 'v9=abc',
    };
    // on load, in a fresh context
    for (const [why, bad] of Object.entries(broken)) {
      const b = await app.open({ at: `/#${bad}` });
      await b.page.waitForSelector(tid('error'));
      assert.ok(await b.get('documents-empty').isVisible(), why);
      if (why === 'unknown version') assert.match(await b.get('error').innerText(), /v9/);
      await b.addDocument(SAMPLE_PLAN); // still usable
      await b.close();
    }
    // on hashchange, over a workspace with a document in it
    const c = await app.open();
    await c.addDocument(SAMPLE_PLAN);
    for (const [why, bad] of Object.entries(broken)) {
      await c.page.evaluate((h) => { location.hash = h; }, bad);
      await c.page.waitForSelector(tid('error'));
      assert.equal(await c.documentCount(), 1, why);
      await c.page.locator(`${tid('error')} button`).click();
    }
    await c.get('lang-toggle').click();
    await c.page.evaluate(() => { location.hash = 'v9=abc'; });
    assert.match(await c.get('error').innerText(), /newer than this PlanLens/);
    await c.tab('table');
    // the table's module may still be loading (the release page fetches a view on first use)
    await c.page.locator('tr[data-testid="target"]').first().waitFor();
    assert.ok((await c.page.locator('tr[data-testid="target"]').count()) > 0);
    assert.deepEqual(c.problems(), []);
    await c.close();
  });

  it('keeps saved views across a reload; open, rename and delete them', async () => {
    const a = await app.open();
    await a.addDocument(SAMPLE_PLAN);
    await a.tab('table');
    await a.get('view-name').fill('目标表');
    await a.get('save-view').click();
    await a.tab('tree');
    await a.get('save-view').click();
    assert.equal(await a.get('saved-view').count(), 2);
    await a.reload();
    assert.deepEqual(await a.get('saved-view-name').allInnerTexts(), ['目标表', '视图 2']);
    // open: the view's tab comes back (a view names its documents, it does not copy them)
    await a.tab('summary');
    await a.get('saved-view-open').first().click();
    assert.equal(await a.activeTab(), 'tab-table');
    assert.equal(await a.documentCount(), 1, 'nothing added twice');
    // a document removed since is left out, and the view says so
    await a.get('remove').click();
    await a.get('saved-view-open').first().click();
    assert.match(await a.get('error').innerText(), /1 份文档已不在工作区中/);
    await a.addDocument(SAMPLE_PLAN);
    // rename and delete
    await a.get('saved-view-rename').nth(1).click();
    await a.get('saved-view-rename-input').fill('目录');
    await a.get('saved-view-rename-input').press('Enter');
    await a.get('saved-view-delete').first().click();
    await a.reload();
    assert.deepEqual(await a.get('saved-view-name').allInnerTexts(), ['目录']);
    assert.deepEqual(a.problems(), []);
    await a.close();
  });

  it('exports the workspace as one file that imports into the same workspace', async () => {
    const exportFrom = async (w) => {
      const [download] = await Promise.all([w.page.waitForEvent('download'), w.get('export-workspace').click()]);
      return readFileSync(await download.path(), 'utf8');
    };
    const a = await app.open();
    await a.addDocument(seedText());
    await a.addDocument(SAMPLE_PLAN);
    const json = await exportFrom(a);
    const titles = await a.documentTitles();
    assert.equal(JSON.parse(json).version, 1);
    await a.close();

    const b = await app.open();
    await b.addFiles({
      name: 'planlens-workspace.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await b.waitForDocuments(2);
    assert.deepEqual(await b.documentTitles(), titles);
    assert.deepEqual(JSON.parse(await exportFrom(b)), JSON.parse(json));
    assert.deepEqual(b.problems(), []);
    await b.close();
  });
});
